// Fifth pass (CHECKED_3): AI image tools (background and object removal, upscaling, face swap, try-on, QR art) and image
// APIs named by stimQQ/awesome-ai-image-tools (CC0) that no entry claimed yet. Each row cites the list file that names
// its host.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed } from './define';

export const longTailC5ImageToolsTools: Tool[] = defineTools('image', [
  // hivemoderation.com: Hive's AI-content detector, as textsight/awesome-ai-detection lists it (listed('textsight')).
  { id: 'hive-ai', name: 'Hive', vendor: 'Hive', category: 'developer-platform', domains: ['thehive.ai', 'hivemoderation.com'], source: listed('stimqq', 'COMPREHENSIVE-TOOLS.md') },
  { id: 'wavespeed-ai', name: 'WaveSpeedAI', vendor: 'WaveSpeedAI', category: 'developer-platform', domains: ['wavespeed.ai'], source: listed('stimqq') },
  { id: 'lummi', name: 'Lummi', vendor: 'Lummi', category: 'image', domains: ['lummi.ai'], source: listed('stimqq', 'COMPREHENSIVE-TOOLS.md') },
  { id: 'creatie', name: 'Creatie', vendor: 'Creatie', category: 'image', domains: ['creatie.ai'], source: listed('stimqq', 'COMPREHENSIVE-TOOLS.md') },
  { id: 'on1-nonoise-ai', name: 'ON1 NoNoise AI', vendor: 'ON1', category: 'image', urlPrefixes: ['on1.com/nonoise-ai', 'www.on1.com/nonoise-ai'], source: listed('stimqq', 'COMPREHENSIVE-TOOLS.md') },
  { id: 'perfectly-clear', name: 'Perfectly Clear', vendor: 'EyeQ', category: 'image', domains: ['eyeq.photos'], source: listed('stimqq', 'COMPREHENSIVE-TOOLS.md') },
  { id: 'pixpretty', name: 'PixPretty', vendor: 'PixPretty', category: 'image', domains: ['pixpretty.com'], source: listed('stimqq') },
  { id: 'photiu', name: 'Photiu.ai', vendor: 'Photiu', category: 'image', domains: ['photiu.ai'], source: listed('stimqq') },
  { id: 'blend-so', name: 'Blend', vendor: 'Blend', category: 'image', domains: ['blend.so'], source: listed('stimqq') },
  { id: 'ezremove', name: 'EzRemove', vendor: 'EzRemove', category: 'image', domains: ['ezremove.ai'], source: listed('stimqq') },
  { id: 'aiarty', name: 'Aiarty Image Enhancer', vendor: 'Aiarty', category: 'image', domains: ['aiarty.com'], source: listed('stimqq') },
  { id: 'nero-ai', name: 'Nero AI', vendor: 'Nero AI', category: 'image', domains: ['nero.ai', 'ai.nero.com'], source: listed('stimqq') }, // ai.nero.com: listed('laylavish', 'noai_hosts.txt')
  { id: 'sparkpix', name: 'SparkPix', vendor: 'SparkPix', category: 'image', domains: ['sparkpix.ai'], source: listed('stimqq') },
  { id: 'aienhancer', name: 'AIEnhancer', vendor: 'AIEnhancer', category: 'image', domains: ['aienhancer.ai'], source: listed('stimqq') },
  { id: 'upsampler', name: 'Upsampler', vendor: 'Upsampler', category: 'image', domains: ['upsampler.com'], source: listed('stimqq') },
  { id: 'snapedit', name: 'SnapEdit', vendor: 'SnapEdit', category: 'image', domains: ['snapeditor.com', 'snapedit.app'], source: listed('stimqq') }, // snapedit.app: listed('rvelamen', 'data.json')
  { id: 'removermarca', name: 'RemoverMarca', vendor: 'RemoverMarca', category: 'image', domains: ['removermarca.com'], source: listed('stimqq') },
  { id: 'imagecleanr', name: 'ImageCleanr', vendor: 'ImageCleanr', category: 'image', domains: ['imagecleanr.com'], source: listed('stimqq') },
  { id: 'unwatermark-ai', name: 'Unwatermark AI', vendor: 'Unwatermark AI', category: 'image', domains: ['unwatermark.ai'], source: listed('stimqq') },
  { id: 'removetexts', name: 'RemoveTexts', vendor: 'RemoveTexts', category: 'image', domains: ['removetexts.com'], source: listed('stimqq') },
  { id: 'iopaint', name: 'IOPaint', vendor: 'IOPaint', category: 'image', domains: ['iopaint.com'], source: listed('stimqq') },
  { id: 'myedit', name: 'MyEdit', vendor: 'CyberLink', category: 'image', domains: ['myedit.online'], source: listed('stimqq') },
  { id: 'retouchai', name: 'RetouchAI', vendor: 'RetouchAI', category: 'image', domains: ['retouchai.com'], source: listed('stimqq') },
  { id: 'ezeditor-ai', name: 'EzEditor AI', vendor: 'EzEditor AI', category: 'image', domains: ['ezeditor.ai'], source: listed('stimqq') },
  { id: 'photofairy', name: 'PhotoFairy', vendor: 'PhotoFairy', category: 'image', domains: ['photofairy.io'], source: listed('stimqq') },
  { id: 'smoothrase', name: 'Smoothrase', vendor: 'Smoothrase', category: 'image', domains: ['smoothrase.com'], source: listed('stimqq') },
  { id: 'deepswapper', name: 'DeepSwapper', vendor: 'DeepSwapper', category: 'image', domains: ['deepswapper.com'], source: listed('stimqq') },
  { id: 'aifaceswap', name: 'AiFaceSwap', vendor: 'AiFaceSwap', category: 'image', domains: ['aifaceswap.io'], source: listed('stimqq') },
  { id: 'deepfaceswap', name: 'DeepFaceSwap', vendor: 'DeepFaceSwap', category: 'image', domains: ['deepfaceswap.ai'], source: listed('stimqq') },
  { id: 'beart-ai', name: 'BeArt AI', vendor: 'BeArt AI', category: 'image', domains: ['beart.ai'], source: listed('stimqq') },
  { id: 'kolorize', name: 'Kolorize', vendor: 'Kolorize', category: 'image', domains: ['kolorize.cc'], source: listed('stimqq') },
  { id: 'neuralstyle-art', name: 'NeuralStyle.art', vendor: 'NeuralStyle.art', category: 'image', domains: ['neuralstyle.art'], source: listed('stimqq') },
  { id: 'nano-banana-ai-site', name: 'Nano Banana AI', vendor: 'nanobanana.com', category: 'image', domains: ['nanobanana.com'], source: listed('stimqq') },
  { id: 'fitroom', name: 'FitRoom', vendor: 'FitRoom', category: 'image', domains: ['fitroom.app'], source: listed('stimqq') },
  { id: 'the-new-black', name: 'The New Black', vendor: 'The New Black', category: 'image', domains: ['thenewblack.ai'], source: listed('stimqq') },
  { id: 'nightjar', name: 'Nightjar', vendor: 'Nightjar', category: 'image', domains: ['nightjar.so'], source: listed('stimqq') },
  { id: 'anifusion', name: 'Anifusion', vendor: 'Anifusion', category: 'image', domains: ['anifusion.ai'], source: listed('stimqq') },
  { id: 'newarc', name: 'NewArc.ai', vendor: 'NewArc.ai', category: 'image', domains: ['newarc.ai'], source: listed('stimqq') },
  { id: 'qrcode-ai', name: 'QR Code AI', vendor: 'QR Code AI', category: 'image', domains: ['qrcode-ai.com'], source: listed('stimqq') },
  { id: 'qr-diffusion', name: 'QR Diffusion', vendor: 'QR Diffusion', category: 'image', domains: ['qrdiffusion.com'], source: listed('stimqq') },
  { id: 'excire', name: 'Excire Foto', vendor: 'Excire', category: 'image', domains: ['excire.com'], source: listed('stimqq', 'COMPREHENSIVE-TOOLS.md'), region: 'europe' },
  { id: 'imagga', name: 'Imagga', vendor: 'Imagga', category: 'developer-platform', domains: ['imagga.com'], source: listed('stimqq'), region: 'europe' },
  { id: 'profile-bakery', name: 'Profile Bakery', vendor: 'Profile Bakery', category: 'image', domains: ['profilebakery.com'], source: listed('stimqq'), region: 'europe' },
], { checked: CHECKED_3 });
