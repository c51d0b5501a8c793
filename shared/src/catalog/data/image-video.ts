// Image, video, 3D and design generation.
import type { Tool } from '../../schemas/tool';
import { defineTools, listed, CHECKED_2, v2flyAt, CHECKED_3, CHECKED_C10, CHECKED_C12, CHECKED_C13 } from './define';

export const imageVideoTools: Tool[] = defineTools('image', [
  { id: 'midjourney', name: 'Midjourney', vendor: 'Midjourney', domains: ['midjourney.com'], supplier: { trainsOnInputsByDefault: true }, source: v2flyAt('category-ai-!cn'), checked: CHECKED_3 },
  { id: 'dall-e', name: 'DALL·E Labs', vendor: 'OpenAI', domains: ['labs.openai.com'], source: 'https://help.openai.com/en/articles/6468065-dall-e-2-faq', checked: CHECKED_C12 }, // the FAQ says new customers can no longer buy DALL·E 2 credits on labs.openai.com
  { id: 'sora', name: 'Sora', vendor: 'OpenAI', category: 'video', domains: ['sora.com', 'sora.chatgpt.com'], source: v2flyAt('openai'), checked: CHECKED_3 },
  { id: 'stability-ai', region: 'europe', name: 'Stability AI', vendor: 'Stability AI', domains: ['stability.ai', 'dreamstudio.ai', 'stableaudio.com'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'clipdrop', name: 'Clipdrop', vendor: 'Jasper', domains: ['clipdrop.co'], source: v2flyAt('category-ai-!cn'), checked: CHECKED_3 },
  { id: 'leonardo-ai', name: 'Leonardo.Ai', vendor: 'Canva', domains: ['leonardo.ai'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'ideogram', name: 'Ideogram', vendor: 'Ideogram', domains: ['ideogram.ai'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'black-forest-labs', region: 'europe', name: 'FLUX (Black Forest Labs)', vendor: 'Black Forest Labs', domains: ['bfl.ai', 'blackforestlabs.ai'], apiEndpoints: ['api.bfl.ai', 'api.bfl.ml'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'playground-ai', name: 'Playground', vendor: 'Playground AI', domains: ['playground.com', 'playgroundai.com'], source: listed('steven2358'), checked: CHECKED_2 },
  { id: 'krea', name: 'Krea', vendor: 'Krea AI', domains: ['krea.ai'], source: listed('steven2358'), checked: CHECKED_2 },
  { id: 'freepik-ai', region: 'europe', name: 'Freepik AI', vendor: 'Freepik', category: 'embedded-saas', urlPrefixes: ['www.freepik.com/pikaso', 'www.freepik.com/ai'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  // developer.adobe.com/firefly-services (2026-12-06): the Firefly Services API pages, listed('c13bhanzawagame', 'data/services.yml').
  // adobe.com/products/firefly and developer.adobe.com/firefly-api (2026-12-05): the product page without www. and the
  // Firefly API's page, as listed('stimqq') links them ("Adobe Firefly Sketch", "Adobe Firefly API").
  { id: 'adobe-firefly', name: 'Adobe Firefly', vendor: 'Adobe', domains: ['firefly.adobe.com'], urlPrefixes: ['www.adobe.com/products/firefly.html', 'www.adobe.com/products/firefly', 'adobe.com/products/firefly', 'developer.adobe.com/firefly-api', 'developer.adobe.com/firefly-services'], apiEndpoints: ['firefly-api.adobe.io'], supplier: { trainsOnInputsByDefault: false, enterpriseTier: true }, source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 }, // firefly-api.adobe.io (2026-12-05), the Firefly API's production server in Adobe's own SDK package @adobe/firefly-apis 2.0.1 (oas/FFApiOpenApi3.json, stored copy at https://app.unpkg.com/@adobe/firefly-apis@2.0.1/files/oas/FFApiOpenApi3.json read)
  { id: 'microsoft-designer', name: 'Microsoft Designer', vendor: 'Microsoft', domains: ['designer.microsoft.com'], source: listed('steven2358'), checked: CHECKED_2 },
  { id: 'bing-image-creator', name: 'Bing Image Creator', vendor: 'Microsoft', urlPrefixes: ['www.bing.com/images/create', 'www.bing.com/create', 'bing.com/images/create', 'bing.com/create', 'cn.bing.com/images/create', 'cn.bing.com/create'], source: listed('obrais', 'README.md'), checked: CHECKED_3 }, // bing.com/create: listed('digidai'); cn.bing.com: listed('lihongzhai'); cn.bing.com/create: listed('kapibala', 'data/navigation.json')
  { id: 'google-labs', name: 'Google Labs', vendor: 'Google', category: 'other', domains: ['labs.google', 'labs.google.com'], apiEndpoints: ['aisandbox-pa.googleapis.com'], source: v2flyAt('google-deepmind'), checked: CHECKED_3 }, // aisandbox-pa (the Labs tools' backend): v2flyAt('google-deepmind'), CHECKED_3
  { id: 'imagefx', name: 'ImageFX', vendor: 'Google', urlPrefixes: ['labs.google/fx/tools/image-fx'] },
  { id: 'whisk', name: 'Whisk', vendor: 'Google', urlPrefixes: ['labs.google/fx/tools/whisk'] },
  { id: 'google-flow', name: 'Flow', vendor: 'Google', category: 'video', domains: ['flow.google'], urlPrefixes: ['labs.google/fx/tools/flow'], source: v2flyAt('google-deepmind'), checked: CHECKED_3 },
  { id: 'google-stitch', name: 'Stitch', vendor: 'Google', category: 'presentation', domains: ['stitch.withgoogle.com'], source: v2flyAt('google-deepmind'), checked: CHECKED_3 },
  { id: 'nightcafe', name: 'NightCafe', vendor: 'NightCafe Studio', domains: ['nightcafe.studio'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'lexica', name: 'Lexica', vendor: 'Lexica', domains: ['lexica.art'], source: listed('filipecalegario'), checked: CHECKED_2 },
  { id: 'civitai', name: 'Civitai', vendor: 'Civitai', domains: ['civitai.com', 'civitai.green'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'tensor-art', name: 'Tensor.Art', vendor: 'Tensor.Art', domains: ['tensor.art'], source: listed('laylavish', 'list.txt'), checked: CHECKED_3 },
  { id: 'seaart', name: 'SeaArt', vendor: 'SeaArt', domains: ['seaart.ai', 'haiyi.art'], source: listed('lihongzhai', 'ai_tools.csv'), checked: CHECKED_2 }, // haiyi.art: listed('kapibala', 'data/navigation.json') (海艺, SeaArt's Chinese name)
  { id: 'getimg', name: 'getimg.ai', vendor: 'getimg.ai', domains: ['getimg.ai'], source: listed('filipecalegario'), checked: CHECKED_2 },
  { id: 'dreamina', region: 'china', name: 'Dreamina', vendor: 'ByteDance', domains: ['dreamina.capcut.com', 'dreamina.jianying.com'], source: listed('stimqq', 'README.md'), checked: CHECKED_3 }, // dreamina.jianying.com: listed('autoventure', 'ai-tools.csv'), CHECKED_3
  { id: 'jimeng', region: 'china', name: 'Jimeng', vendor: 'ByteDance', domains: ['jimeng.jianying.com', 'jimeng.com'], supplier: { dataRegions: ['CN'] }, source: v2flyAt('bytedance'), checked: CHECKED_2 },
  { id: 'photoroom', region: 'europe', name: 'Photoroom', vendor: 'Photoroom', domains: ['photoroom.com'], source: listed('steven2358'), checked: CHECKED_2 },
  { id: 'remove-bg', name: 'remove.bg', vendor: 'Canva', domains: ['remove.bg', 'unscreen.com'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'recraft', name: 'Recraft', vendor: 'Recraft', domains: ['recraft.ai'], source: listed('steven2358'), checked: CHECKED_2 },
  { id: 'magnific', name: 'Magnific', vendor: 'Freepik', domains: ['magnific.ai', 'magnific.com'], source: listed('steven2358'), checked: CHECKED_2 },
  { id: 'lets-enhance', name: 'Let’s Enhance', vendor: 'Let’s Enhance', domains: ['letsenhance.io'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'starryai', name: 'starryai', vendor: 'starryai', domains: ['starryai.com'], source: listed('filipecalegario'), checked: CHECKED_2 },
  { id: 'artbreeder', name: 'Artbreeder', vendor: 'Artbreeder', domains: ['artbreeder.com'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'deep-dream-generator', name: 'Deep Dream Generator', vendor: 'Aifnet', domains: ['deepdreamgenerator.com'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'craiyon', name: 'Craiyon', vendor: 'Craiyon', domains: ['craiyon.com'], source: listed('steven2358'), checked: CHECKED_2 },
  { id: 'mage-space', name: 'Mage', vendor: 'Mage', domains: ['mage.space'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'dezgo', name: 'Dezgo', vendor: 'Dezgo', domains: ['dezgo.com'], source: listed('filipecalegario'), checked: CHECKED_2 },
  // lovart.art: the host clawhome/awesome-ai-toolbox's README.en.md gives for Lovart (www.lovart.art; listed('clawhome', 'README.en.md')).
  { id: 'lovart', region: 'china', name: 'Lovart', vendor: 'Lovart', domains: ['lovart.ai', 'lovart.art'], source: v2flyAt('category-ai-!cn'), checked: CHECKED_3 },
  { id: 'openart', name: 'OpenArt', vendor: 'OpenArt', domains: ['openart.ai'], source: v2flyAt('category-ai-!cn'), checked: CHECKED_3 },
  { id: 'tripo3d', region: 'china', name: 'Tripo', vendor: 'VAST', domains: ['tripo3d.ai'], source: v2flyAt('category-ai-!cn'), checked: CHECKED_3 },
  { id: 'meshy', name: 'Meshy', vendor: 'Meshy', domains: ['meshy.ai'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'tapnow', region: 'china', name: 'TapNow', vendor: 'TapNow', domains: ['tapnow.ai', 'tapnow.top'], source: v2flyAt('category-ai-!cn'), checked: CHECKED_3 },
  { id: 'liblib', region: 'china', name: 'LiblibAI', vendor: 'LiblibAI', domains: ['liblib.art', 'liblib.tv', 'liblib.cloud', 'liblib.ai'], source: v2flyAt('category-ai-cn'), checked: CHECKED_3 }, // liblib.ai: listed('lihongzhai')
  { id: 'shedevrum', region: 'russia', name: 'Shedevrum', vendor: 'Yandex', domains: ['shedevrum.ai'], source: v2flyAt('yandex'), checked: CHECKED_2 },
  { id: 'kandinsky', region: 'russia', name: 'Kandinsky (Fusion Brain)', vendor: 'Sber', domains: ['fusionbrain.ai'], source: 'https://github.com/ai-forever/Kandinsky-2/blob/aeefc1ce3a989eefe7c99d6a02cce44318c4d210/README.md', checked: CHECKED_C12 }, // Sber AI's repository; links its demo on fusionbrain.ai
  { id: 'vectorizer-ai', name: 'Vectorizer.AI', vendor: 'Vectorizer.AI', domains: ['vectorizer.ai'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'looka', name: 'Looka', vendor: 'Looka', domains: ['looka.com', 'logojoy.com'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 }, // logojoy.com (Looka's former name, Logojoy): listed('whoisdsmith', 'README.md')
  { id: 'designs-ai', name: 'Designs.ai', vendor: 'Inmagine', domains: ['designs.ai'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'uizard', name: 'Uizard', vendor: 'Miro', category: 'presentation', domains: ['uizard.io'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'visily', name: 'Visily', vendor: 'Visily', category: 'presentation', domains: ['visily.ai'], source: listed('kostja94', 'README-CN.md'), checked: CHECKED_3 },
  { id: 'fal-ai', name: 'fal', vendor: 'Features & Labels', category: 'developer-platform', domains: ['fal.ai'], apiEndpoints: ['fal.run', 'queue.fal.run'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'runway', name: 'Runway', vendor: 'Runway', category: 'video', domains: ['runwayml.com'], apiEndpoints: ['api.dev.runwayml.com'], source: listed('eudk'), checked: CHECKED_2 }, // not runway.com, which a list gave it: that is Runway Financial's FP&A software (blog.runway.com), a namesake
  { id: 'pika', name: 'Pika', vendor: 'Pika Labs', category: 'video', domains: ['pika.art'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'luma-ai', name: 'Luma Dream Machine', vendor: 'Luma AI', category: 'video', domains: ['lumalabs.ai', 'luma.ai'], source: listed('eudk'), checked: CHECKED_2 }, // luma.ai: listed('vercelai', 'packages/luma/src/luma-image-settings.ts')
  { id: 'heygen', name: 'HeyGen', vendor: 'HeyGen', category: 'video', domains: ['heygen.com'], apiEndpoints: ['api.heygen.com'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'synthesia', region: 'europe', name: 'Synthesia', vendor: 'Synthesia', category: 'video', domains: ['synthesia.io'], supplier: { enterpriseTier: true }, source: listed('eudk'), checked: CHECKED_2 },
  { id: 'd-id', region: 'middle-east', name: 'D-ID', vendor: 'D-ID', category: 'video', domains: ['d-id.com'], apiEndpoints: ['api.d-id.com'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'kling', region: 'china', name: 'Kling AI', vendor: 'Kuaishou', category: 'video', domains: ['klingai.com', 'kling-ai.com', 'kechuangai.com', 'kling.ai', 'kling.kuaishou.com', 'klingai.kuaishou.com'], source: v2flyAt('category-ai-cn'), checked: CHECKED_3 }, // kling.ai: listed('steven2358'); *.kuaishou.com: listed('digidai'), listed('lihongzhai')
  { id: 'hailuo', region: 'china', name: 'Hailuo AI', vendor: 'MiniMax', category: 'video', domains: ['hailuoai.com', 'hailuoai.video', 'hailuo.ai'], source: v2flyAt('category-ai-cn'), checked: CHECKED_3 }, // hailuo.ai: listed('aliammari1')
  { id: 'vidu', region: 'china', name: 'Vidu', vendor: 'ShengShu', category: 'video', domains: ['vidu.com', 'vidu.studio'], urlPrefixes: ['www.shengshu-ai.com/vidu'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_3 }, // www.shengshu-ai.com/vidu (ShengShu's Vidu page): listed('metame', 'docs/part1/awesome_video_generation.md')
  // app-api.pixverseai.cn, app-api.pixverseai.ai (2026-12-05): the PixVerse API base URLs in the vendor's own MCP
  // server: the client's default and the config template's (PixVerseAI/PixVerse-
  // MCP@943b1148e33d20b24ec5bd3dfaf48ac24c3f1693 src/client/base.py, config.template.yaml).
  { id: 'pixverse', region: 'china', name: 'PixVerse', vendor: 'AIsphere', category: 'video', domains: ['pixverse.ai'], apiEndpoints: ['app-api.pixverseai.cn', 'app-api.pixverseai.ai'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'pixeldance', region: 'china', name: 'PixelDance', vendor: 'ByteDance', category: 'video', domains: ['pixeldance.com'], source: v2flyAt('doubao'), checked: CHECKED_3 },
  { id: 'wan-video', region: 'china', name: 'Wan', vendor: 'Alibaba', category: 'video', domains: ['wan.video'], source: listed('kostja94', 'INDEX.md'), checked: CHECKED_3 },
  { id: 'haiper', name: 'Haiper', vendor: 'Haiper', category: 'video', domains: ['haiper.ai'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'invideo', name: 'InVideo AI', vendor: 'InVideo', category: 'video', domains: ['invideo.io'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'pictory', name: 'Pictory', vendor: 'Pictory', category: 'video', domains: ['pictory.ai'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'descript', name: 'Descript', vendor: 'Descript', category: 'video', domains: ['descript.com'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'captions', name: 'Captions', vendor: 'Captions', category: 'video', domains: ['captions.ai'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'opus-clip', name: 'OpusClip', vendor: 'Opus', category: 'video', domains: ['opus.pro'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'veed', name: 'VEED', vendor: 'VEED', category: 'video', domains: ['veed.io'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'fliki', name: 'Fliki', vendor: 'Fliki', category: 'video', domains: ['fliki.ai'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'colossyan', name: 'Colossyan', vendor: 'Colossyan', category: 'video', domains: ['colossyan.com'], source: listed('steven2358'), checked: CHECKED_2 },
  { id: 'elai', name: 'Elai', vendor: 'Elai', category: 'video', domains: ['elai.io'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'hedra', name: 'Hedra', vendor: 'Hedra', category: 'video', domains: ['hedra.com'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'viggle', name: 'Viggle', vendor: 'Viggle', category: 'video', domains: ['viggle.ai'], source: listed('steven2358', 'DISCOVERIES.md'), checked: CHECKED_2 },
  { id: 'higgsfield', name: 'Higgsfield', vendor: 'Higgsfield', category: 'video', domains: ['higgsfield.ai'], source: listed('kostja94', 'README.md'), checked: CHECKED_3 },
  { id: 'genmo', name: 'Genmo', vendor: 'Genmo', category: 'video', domains: ['genmo.ai'], source: listed('embraceagi', 'docs/ChatGPT_tools.md'), checked: CHECKED_3 },
  { id: 'moonvalley', name: 'Moonvalley', vendor: 'Moonvalley', category: 'video', domains: ['moonvalley.com', 'moonvalley.ai'], source: listed('yuanmanxgame'), checked: CHECKED_C13 }, // moonvalley.ai (2026-12-06): listed('yuanmanxgame'), "Moonvalley … text-to-video generative AI model" (the row's source since the C13 re-check; moonvalley.com stays unproven)
  { id: 'rask-ai', name: 'Rask AI', vendor: 'Rask AI', category: 'video', domains: ['rask.ai'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'vizard', name: 'Vizard', vendor: 'Vizard', category: 'video', domains: ['vizard.ai'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'kapwing', name: 'Kapwing', vendor: 'Kapwing', category: 'video', domains: ['kapwing.com'], source: listed('eudk'), checked: CHECKED_2 },
  // tavusapi.com (2026-12-05): the host of Tavus's API in the vendor's own reference, https://docs.tavus.io/api-
  // reference/conversations/create-conversation (stored copy read): POST https://tavusapi.com/v2/conversations.
  { id: 'tavus', name: 'Tavus', vendor: 'Tavus', category: 'video', domains: ['tavus.io'], apiEndpoints: ['tavusapi.com'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'akool', name: 'Akool', vendor: 'Akool', category: 'video', domains: ['akool.com'], source: listed('kostja94', 'README.md'), checked: CHECKED_3 },
  { id: 'kaiber', name: 'Kaiber', vendor: 'Kaiber', category: 'video', domains: ['kaiber.ai'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'neural-love', name: 'neural.love', vendor: 'neural.love', domains: ['neural.love'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'hotpot', name: 'Hotpot.ai', vendor: 'Hotpot', domains: ['hotpot.ai'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'pixai', name: 'PixAI', vendor: 'PixAI', domains: ['pixai.art'], source: listed('laylavish', 'list.txt'), checked: CHECKED_3 },
  { id: 'imagine-art', name: 'Imagine', vendor: 'Vyro', domains: ['imagine.art'], source: listed('laylavish', 'list.txt'), checked: CHECKED_3 },
  { id: 'dreamlike', name: 'Dreamlike', vendor: 'Dreamlike', domains: ['dreamlike.art'], source: listed('filipecalegario'), checked: CHECKED_2 },
  { id: 'scenario', name: 'Scenario', vendor: 'Scenario', domains: ['scenario.com'], source: listed('steven2358'), checked: CHECKED_2 },
  { id: 'layer-ai', name: 'Layer', vendor: 'Layer', domains: ['layer.ai'], source: listed('kostja94', 'README.md'), checked: CHECKED_3 },
  { id: 'pebblely', name: 'Pebblely', vendor: 'Pebblely', domains: ['pebblely.com'], source: listed('lihongzhai', 'ai_tools.csv'), checked: CHECKED_2 },
  { id: 'flair-ai', name: 'Flair', vendor: 'Flair', domains: ['flair.ai'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'claid', name: 'Claid.ai', vendor: 'Claid', domains: ['claid.ai'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'cleanup-pictures', name: 'Cleanup.pictures', vendor: 'Jasper', domains: ['cleanup.pictures'], source: listed('filipecalegario'), checked: CHECKED_2 },
  { id: 'picwish', name: 'PicWish', vendor: 'PicWish', domains: ['picwish.com', 'picwish.cn'], source: listed('steven2358', 'DISCOVERIES.md'), checked: CHECKED_2 },
  { id: 'vmake', name: 'Vmake', vendor: 'Vmake', domains: ['vmake.ai'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'zmo', name: 'ZMO.AI', vendor: 'ZMO', domains: ['zmo.ai'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'imgcreator', name: 'ImgCreator', vendor: 'ZMO', domains: ['imgcreator.ai'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'stockimg', name: 'Stockimg.ai', vendor: 'Stockimg', domains: ['stockimg.ai'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'reve', name: 'Reve', vendor: 'Reve', domains: ['reve.com', 'reve.art', 'reve.ai'], source: listed('steven2358'), checked: CHECKED_2 }, // reve.ai: listed('aliammari1')
  { id: 'pollo', name: 'Pollo AI', vendor: 'Pollo', category: 'video', domains: ['pollo.ai'], source: 'https://docs.pollo.ai/task/get-task-status', checked: CHECKED_C10 },
  { id: 'vidnoz', name: 'Vidnoz', vendor: 'Vidnoz', category: 'video', domains: ['vidnoz.com'], source: listed('jianzhniet2v'), checked: CHECKED_C13 }, // "Vidnoz AI" linking www.vidnoz.com (avatar videos)
  { id: 'deepbrain', name: 'DeepBrain AI Studios', vendor: 'DeepBrain AI', category: 'video', domains: ['deepbrain.io', 'aistudios.com', 'deepbrain.ai', 'deepbrainai.io'], source: listed('mrkomiljon', 'docs/more_detailed.md'), checked: CHECKED_3 }, // deepbrain.ai: listed('natnew'); deepbrainai.io (2026-12-06, leads3): DeepBrain AI's own AI Studios API docs send users to www.deepbrainai.io/pricing for an API key, https://github.com/DeepBrain-AI/docs/blob/36f2a75978c94a0b658396756cb5455930c06be7/versioned_docs/version-1.4.x/aistudioV3/reference/auth.md line 13
  { id: 'steve-ai', name: 'Steve.AI', vendor: 'Animaker', category: 'video', domains: ['steve.ai'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'lumen5', name: 'Lumen5', vendor: 'Lumen5', category: 'video', domains: ['lumen5.com'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'gling', name: 'Gling', vendor: 'Gling', category: 'video', domains: ['gling.ai'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'topaz', name: 'Topaz Labs', vendor: 'Topaz Labs', domains: ['topazlabs.com'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'cutout-pro', name: 'Cutout.Pro', vendor: 'Cutout.Pro', domains: ['cutout.pro'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'argil', name: 'Argil', vendor: 'Argil', category: 'video', domains: ['argil.ai'], source: listed('kostja94', 'README.md'), checked: CHECKED_3 },
  { id: 'vozo', name: 'Vozo', vendor: 'Vozo', category: 'video', domains: ['vozo.ai'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'synthesys', name: 'Synthesys', vendor: 'Synthesys', category: 'video', domains: ['synthesys.io'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'hour-one', name: 'Hour One', vendor: 'Hour One', category: 'video', domains: ['hourone.ai'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'designify', name: 'Designify', vendor: 'Kaleido', domains: ['designify.com'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'brandmark', name: 'Brandmark', vendor: 'Brandmark', domains: ['brandmark.io'], source: listed('steven2358'), checked: CHECKED_2 },
  { id: 'khroma', name: 'Khroma', vendor: 'Khroma', domains: ['khroma.co'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'galileo-ai', name: 'Galileo AI', vendor: 'Google', category: 'presentation', domains: ['usegalileo.ai'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'musho', name: 'Musho', vendor: 'Musho', category: 'presentation', domains: ['musho.ai'] },
]);
