// Twelfth-session list pass, creative and content tools (helper lists-c, 2026-12-06), continued: the rest of the AI
// products from whoisdsmith/AI-MTHRFCKR (README.md, MIT licence file at the pinned commit; see long-tail-c12-c.ts for
// what was read and left out), and single tools from four small lists read in the same pass, each pinned at the commit
// read: ezremove/awesome-sora-watermark-removal-tools (README.md, which releases the list under CC BY 4.0; no licence
// file, so the licence rests on that statement), ZeroLu/awesome-sora2 (MIT licence file; the README's badge says CC0),
// metame-ai/awesome-aigc-plaza (MIT licence file; its product section of docs/part1/awesome_image_generation.md; the rest
// is papers) and gongminmin/awesome-aigc (CC0 licence file; a third-party ChatGPT web chat it links). Only facts (name,
// host) were taken. Left out from those: papers and project pages, a Sider page (Sider is here), ImgUpscaler's second
// host and ShengShu's Vidu page (left for the entries' aliases), a site the list calls "Claude" that is not Anthropic's
// (claudeai.tech) and one it calls "Brad" (bradai.chat) with no description.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C12, defineTools, listed } from './define';

const MTHRFCKR = listed('whoisdsmith');
const EZREMOVE = listed('ezremove');
const ZEROLU = listed('zerolu');
const METAME = listed('metame', 'docs/part1/awesome_image_generation.md');
const GONGMINMIN = listed('gongminmin');

export const longTailC12CTools2: Tool[] = defineTools(
  'image',
  [
    { id: 'polarr-copilot', name: 'Polarr Copilot', vendor: 'Polarr', domains: ['copilot.polarr.com'], source: MTHRFCKR },
    { id: 'promptable', name: 'Promptable', vendor: 'Promptable', category: 'developer-platform', domains: ['promptable.ai'], source: MTHRFCKR },
    { id: 'promptitude', name: 'Promptitude', vendor: 'Promptitude', category: 'developer-platform', domains: ['promptitude.io'], source: MTHRFCKR },
    { id: 'quench', name: 'Quench', vendor: 'Quench', category: 'other', domains: ['quench.ai'], source: MTHRFCKR },
    { id: 'replay', name: 'Replay', vendor: 'Replay', category: 'audio', domains: ['tryreplay.io'], source: MTHRFCKR },
    { id: 'revocalize-ai', name: 'Revocalize AI', vendor: 'Revocalize AI', category: 'audio', domains: ['revocalize.ai'], source: MTHRFCKR },
    { id: 'roboresponse', name: 'RoboResponse', vendor: 'RoboResponse', category: 'writing', domains: ['roboresponse.ai'], source: MTHRFCKR },
    { id: 'robovision', name: 'Robovision', vendor: 'Robovision', category: 'developer-platform', domains: ['robovision.ai'], source: MTHRFCKR },
    { id: 'roex', name: 'RoEx', vendor: 'RoEx', category: 'audio', domains: ['roexaudio.com'], source: MTHRFCKR },
    { id: 'rosebud-journal', name: 'Rosebud', vendor: 'Rosebud', category: 'productivity', domains: ['rosebudjournal.com'], source: MTHRFCKR },
    { id: 'rudall-e', name: 'ruDALL-E', vendor: 'Sber', domains: ['rudalle.ru'], region: 'russia', source: MTHRFCKR },
    { id: 'same-energy', name: 'Same Energy', vendor: 'Same Energy', category: 'search', domains: ['same.energy'], source: MTHRFCKR },
    { id: 'screenshot2code', name: 'Screenshot2Code', vendor: 'Screenshot2Code', category: 'coding', domains: ['screenshot2code.com'], source: MTHRFCKR },
    { id: 'scrip-ai', name: 'Scrip AI', vendor: 'Scrip AI', category: 'writing', domains: ['scripai.com'], source: MTHRFCKR },
    { id: 'sheetgpt', name: 'SheetGPT', vendor: 'SheetGPT', category: 'productivity', domains: ['sheetgpt.ai'], source: MTHRFCKR },
    { id: 'sincode', name: 'Sincode', vendor: 'Sincode', category: 'writing', domains: ['sincode.ai'], source: MTHRFCKR },
    { id: 'skimit', name: 'Skimit', vendor: 'Skimit', category: 'productivity', domains: ['skimit.ai'], source: MTHRFCKR },
    { id: 'songr', name: 'songR', vendor: 'songR', category: 'audio', domains: ['songr.ai'], source: MTHRFCKR },
    { id: 'sounds-studio', name: 'Sounds.Studio', vendor: 'Sounds.Studio', category: 'audio', domains: ['sounds.studio'], source: MTHRFCKR },
    { id: 'speechtext-ai', name: 'SpeechText.AI', vendor: 'SpeechText.AI', category: 'audio', domains: ['speechtext.ai'], source: MTHRFCKR },
    { id: 'stackbear', name: 'Stackbear', vendor: 'Stackbear', category: 'agents', domains: ['stackbear.com'], source: MTHRFCKR },
    { id: 'stemroller', name: 'StemRoller', vendor: 'StemRoller', category: 'audio', domains: ['stemroller.com'], source: MTHRFCKR },
    { id: 'sttabot', name: 'Sttabot', vendor: 'Sttabot', category: 'chat', domains: ['sttabot.io'], source: MTHRFCKR },
    { id: 'superwise', name: 'Superwise', vendor: 'Superwise', category: 'developer-platform', domains: ['superwise.ai'], source: MTHRFCKR },
    { id: 'synth', name: 'Synth', vendor: 'Synth', domains: ['synth.run'], source: MTHRFCKR },
    { id: 'talk-to-books', name: 'Talk to Books', vendor: 'Google', category: 'search', urlPrefixes: ['books.google.com/talktobooks'], source: MTHRFCKR },
    { id: 'talk-to-transformer', name: 'Talk to Transformer', vendor: 'Talk to Transformer', category: 'writing', domains: ['talktotransformer.com'], source: MTHRFCKR },
    { id: 'the-forge', name: 'The Forge', vendor: 'The Forge', category: 'agents', domains: ['theforgeai.com'], source: MTHRFCKR },
    { id: 'this-story-does-not-exist', name: 'This Story Does Not Exist', vendor: 'This Story Does Not Exist', category: 'writing', domains: ['thisstorydoesnotexist.com'], source: MTHRFCKR },
    { id: 'tinq-ai', name: 'Tinq.ai', vendor: 'Tinq.ai', category: 'developer-platform', domains: ['tinq.ai'], source: MTHRFCKR },
    { id: 'tiyaro', name: 'Tiyaro', vendor: 'Tiyaro', category: 'developer-platform', domains: ['tiyaro.ai'], source: MTHRFCKR },
    { id: 'tone-transfer', name: 'Tone Transfer', vendor: 'Google', category: 'audio', urlPrefixes: ['sites.research.google/tonetransfer'], source: MTHRFCKR },
    { id: 'toneshift', name: 'ToneShift', vendor: 'ToneShift', category: 'audio', domains: ['toneshift.cc'], source: MTHRFCKR },
    { id: 'toobsquid-ai', name: 'ToobSquid AI', vendor: 'ToobSquid', category: 'video', domains: ['ai.toobsquid.com'], source: MTHRFCKR },
    { id: 'toolbuilder', name: 'ToolBuilder', vendor: 'ToolBuilder', category: 'agents', domains: ['toolbuilder.ai'], source: MTHRFCKR },
    { id: 'trainmyai', name: 'TrainMyAI', vendor: 'TrainMyAI', category: 'developer-platform', domains: ['trainmy.ai'], source: MTHRFCKR },
    { id: 'tts-tool', name: 'TTS Tool', vendor: 'TTS Tool', category: 'audio', domains: ['ttstool.com'], source: MTHRFCKR },
    { id: 'tuney', name: 'Tuney', vendor: 'Tuney', category: 'audio', domains: ['tuney.io'], source: MTHRFCKR },
    { id: 'tweetyai', name: 'TweetyAI', vendor: 'TweetyAI', category: 'writing', domains: ['tweetyai.com'], source: MTHRFCKR },
    { id: 'type-ai-app', name: 'Type AI', vendor: 'Type AI', category: 'writing', domains: ['typeai.app'], source: MTHRFCKR },
    { id: 'uncody', name: 'Uncody', vendor: 'Uncody', category: 'coding', domains: ['uncody.com'], source: MTHRFCKR },
    { id: 'undertones', name: 'Undertones', vendor: 'Undertones', category: 'audio', domains: ['undertones.ai'], source: MTHRFCKR },
    { id: 'upcat', name: 'Upcat', vendor: 'Upcat', category: 'writing', domains: ['upcat.app'], source: MTHRFCKR },
    { id: 'variart', name: 'Variart', vendor: 'Variart', domains: ['variart.ai'], source: MTHRFCKR },
    { id: 'vercel-ai-playground', name: 'Vercel AI Playground', vendor: 'Vercel', category: 'developer-platform', domains: ['play.vercel.ai'], source: MTHRFCKR },
    { id: 'vid2txt', name: 'Vid2txt', vendor: 'Vid2txt', category: 'audio', domains: ['vid2txt.com'], source: MTHRFCKR },
    { id: 'vidds', name: 'Vidds', vendor: 'Vidds', category: 'video', domains: ['vidds.co'], source: MTHRFCKR },
    { id: 'voila-ai', name: 'Voila AI', vendor: 'Voila AI', category: 'chat', domains: ['getvoila.ai'], source: MTHRFCKR },
    { id: 'warpsound', name: 'WarpSound', vendor: 'WarpSound', category: 'audio', domains: ['warpsound.ai'], source: MTHRFCKR },
    { id: 'watchnow-ai', name: 'WatchNow AI', vendor: 'WatchNow AI', category: 'other', domains: ['watchnowai.com'], source: MTHRFCKR },
    { id: 'wavo', name: 'Wavo', vendor: 'Wavo', category: 'audio', domains: ['wavoai.com'], source: MTHRFCKR },
    { id: 'webllm', name: 'WebLLM', vendor: 'MLC AI', category: 'chat', domains: ['webllm.mlc.ai'], urlPrefixes: ['mlc.ai/web-llm'], source: MTHRFCKR },
    { id: 'what-does-this-code-do', name: 'What Does This Code Do', vendor: 'What Does This Code Do', category: 'coding', domains: ['whatdoesthiscodedo.com'], source: MTHRFCKR },
    { id: 'wonderslide', name: 'Wonderslide', vendor: 'Wonderslide', category: 'presentation', domains: ['wonderslide.com'], source: MTHRFCKR },
    { id: 'writers-brew', name: 'Writers Brew', vendor: 'Writers Brew', category: 'writing', domains: ['writersbrew.app'], source: MTHRFCKR },
    { id: 'xno-ai', name: 'Xno.ai', vendor: 'Xno.ai', domains: ['xno.ai'], source: MTHRFCKR },
    { id: 'xturing', name: 'xTuring', vendor: 'Stochastic', category: 'developer-platform', domains: ['xturing.stochastic.ai'], source: MTHRFCKR },
    { id: 'yippity', name: 'Yippity', vendor: 'Yippity', category: 'other', domains: ['yippity.io'], source: MTHRFCKR },
    { id: 'yoursearch-ai', name: 'YourSearch AI', vendor: 'YourSearch AI', category: 'search', domains: ['yoursearch.ai'], source: MTHRFCKR },
    { id: 'zappr-ai', name: 'Zappr.AI', vendor: 'Zappr.AI', category: 'chat', domains: ['zappr.ai'], source: MTHRFCKR },
    { id: 'zeus-notebook', name: 'Zeus Notebook', vendor: 'Zeus Notebook', category: 'coding', domains: ['zeusnotebook.com'], source: MTHRFCKR },
    { id: 'zevi', name: 'Zevi', vendor: 'Zevi', category: 'search', domains: ['zevi.ai'], source: MTHRFCKR },
    { id: 'magiceraser-org', name: 'MagicEraser', vendor: 'MagicEraser', domains: ['magiceraser.org'], source: EZREMOVE },
    { id: 'sora-watermark-remover', name: 'Sora Watermark Remover', vendor: 'Sora Watermark Remover', category: 'video', domains: ['thesorawatermarkremover.com'], source: ZEROLU },
    { id: 'fluxforge', name: 'FluxForge', vendor: 'FluxForge', domains: ['fluxforge.app'], source: METAME },
    { id: 'rubbrband', name: 'Rubbrband', vendor: 'Rubbrband', domains: ['rubbrband.com'], source: METAME },
    { id: 'chatgpt-online', name: 'ChatGPT Online', vendor: 'ChatGPT Online', category: 'chat', domains: ['chatgptonline.net'], source: GONGMINMIN },
  ],
  { checked: CHECKED_C12 },
);
