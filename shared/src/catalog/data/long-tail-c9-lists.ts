// Ninth long-tail pass (2026-12-05, issue 15): AutoVenture's free AI tools dataset
// (autoventure-projects/ai-tools-dataset, `ai-tools.csv`, 449 records), whose LICENSE puts the dataset under CC BY 4.0:
// credit to AutoVenture (https://autoventure.live), given here and in the catalog README's Sources table. Only facts
// (a product's name and host) were taken; each row is our own. The dataset mixes AI-native products with general SaaS
// described as having AI features (help desks, CRMs, schedulers, accounting, observability, no-code builders), which
// are left out, as are open-source projects linked on GitHub, products that have shut down (ROSS Intelligence,
// Babylon Health) and `ai.com` (a look-alike trap: it has pointed at more than one vendor). Hosts it gives to products
// already here were left for aliases: `wellsaid.ai` (WellSaid, `wellsaid.io`), `woebot.io` (Woebot,
// `woebothealth.com`), `www.wisprflow.com` (Wispr Flow, `wisprflow.ai`), `nxcode.io` (NxCode, `studio.nxcode.io`)
// and `dreamina.jianying.com` (Dreamina). Model-named generator sites (`flux-3.im`, `seedance21.io`,
// `muse-video.ai`) are third-party sites, not the model makers': their rows name the site as vendor.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed } from './define';

const AUTOVENTURE = listed('autoventure', 'ai-tools.csv');

export const longTailC9ListsTools: Tool[] = defineTools(
  'other',
  [
    { id: 'airmusic', name: 'AirMusic', vendor: 'AirMusic', category: 'audio', domains: ['airmusic.ai'], source: AUTOVENTURE },
    { id: 'audioai-io', name: 'AudioAI.io', vendor: 'AudioAI.io', category: 'audio', domains: ['audioai.io'], source: AUTOVENTURE },
    { id: 'clumi-ai', name: 'Clumi AI', vendor: 'Clumi AI', category: 'audio', domains: ['clumi.ai'], source: AUTOVENTURE },
    { id: 'freesong-ai', name: 'Freesong', vendor: 'Freesong', category: 'audio', domains: ['freesong.ai'], source: AUTOVENTURE },
    { id: 'kikivoice', name: 'KikiVoice', vendor: 'KikiVoice', category: 'audio', domains: ['kikivoice.com'], source: AUTOVENTURE },
    { id: 'soundtools-io', name: 'SoundTools', vendor: 'SoundTools', category: 'audio', domains: ['soundtools.io'], source: AUTOVENTURE },
    { id: 'tts-ai', name: 'TTS.ai', vendor: 'TTS.ai', category: 'audio', domains: ['tts.ai'], source: AUTOVENTURE },
    { id: 'vocloner', name: 'Vocloner', vendor: 'Vocloner', category: 'audio', domains: ['vocloner.com'], source: AUTOVENTURE },
    { id: 'voicebox-sh', name: 'Voicebox', vendor: 'Voicebox', category: 'audio', domains: ['voicebox.sh'], source: AUTOVENTURE },
    { id: 'whisperai-com', name: 'WhisperAI', vendor: 'WhisperAI', category: 'audio', domains: ['whisperai.com'], source: AUTOVENTURE },
    { id: 'allyhub', name: 'Allyhub', vendor: 'Allyhub', category: 'agents', domains: ['allyhub.com'], source: AUTOVENTURE },
    { id: 'buda-ai', name: 'Buda AI', vendor: 'Buda AI', category: 'agents', domains: ['buda.ai'], source: AUTOVENTURE },
    { id: 'klavis-ai', name: 'Klavis AI', vendor: 'Klavis AI', category: 'developer-platform', domains: ['klavis.ai'], source: AUTOVENTURE },
    { id: 'openworker', name: 'OpenWorker', vendor: 'OpenWorker', category: 'agents', domains: ['openworker.com'], source: AUTOVENTURE },
    { id: 'workbeaver', name: 'WorkBeaver', vendor: 'WorkBeaver', category: 'agents', domains: ['workbeaver.ai'], source: AUTOVENTURE },
    { id: 'workclaw', name: 'WorkClaw', vendor: 'WorkClaw', category: 'agents', domains: ['workclaw.ai'], source: AUTOVENTURE },
    { id: 'flatkey-ai', name: 'Flatkey AI', vendor: 'Flatkey AI', category: 'developer-platform', domains: ['flatkey.ai'], source: AUTOVENTURE },
    { id: 'jcode-sh', name: 'JCode', vendor: 'JCode', category: 'coding', domains: ['jcode.sh'], source: AUTOVENTURE },
    { id: 'open-codereview', name: 'Open Code Review', vendor: 'Open Code Review', category: 'coding', domains: ['open-codereview.ai'], source: AUTOVENTURE },
    { id: 'reasonix', name: 'Reasonix', vendor: 'Reasonix', category: 'coding', domains: ['reasonix.io'], source: AUTOVENTURE },
    { id: 'you-bot', name: 'you.bot', vendor: 'you.bot', category: 'developer-platform', domains: ['you.bot'], source: AUTOVENTURE },
    { id: 'kaltalk', name: 'KalTalk', vendor: 'KalTalk', category: 'agents', domains: ['kaltalk.com'], source: AUTOVENTURE },
    { id: 'pandas-ai', name: 'PandasAI', vendor: 'PandasAI', domains: ['pandas-ai.com'], source: AUTOVENTURE },
    { id: 'architecture-diagram-ai', name: 'ArchDiagramAI', vendor: 'ArchDiagramAI', category: 'image', domains: ['architecturediagramai.com'], source: AUTOVENTURE },
    { id: 'lovspark-ai', name: 'Lovspark AI', vendor: 'Lovspark AI', category: 'image', domains: ['lovspark.ai'], source: AUTOVENTURE },
    { id: 'makko-ai', name: 'Makko AI', vendor: 'Makko AI', category: 'image', domains: ['makko.ai'], source: AUTOVENTURE },
    { id: 'roomfoundry', name: 'RoomFoundry', vendor: 'RoomFoundry', category: 'image', domains: ['roomfoundry.com'], source: AUTOVENTURE },
    { id: 'zawa-ai', name: 'Zawa AI', vendor: 'Zawa AI', category: 'image', domains: ['zawa.ai'], source: AUTOVENTURE },
    { id: 'copyshark-ai', name: 'Copy Shark', vendor: 'Copy Shark', category: 'writing', domains: ['copyshark.ai'], source: AUTOVENTURE },
    { id: 'insightagent-app', name: 'InsightAgent', vendor: 'InsightAgent', domains: ['insightagent.app'], source: AUTOVENTURE },
    { id: 'acade-ai', name: 'Acade.ai', vendor: 'Acade.ai', category: 'search', domains: ['acade.ai'], source: AUTOVENTURE },
    { id: 'receiptsai', name: 'ReceiptsAI', vendor: 'ReceiptsAI', domains: ['receiptsai.com'], source: AUTOVENTURE },
    { id: 'ezimgeditor', name: 'EzImgEditor', vendor: 'EzImgEditor', category: 'image', domains: ['ezimgeditor.io'], source: AUTOVENTURE },
    { id: 'freemake-cc', name: 'FreeMake.cc', vendor: 'FreeMake.cc', category: 'image', domains: ['freemake.cc'], source: AUTOVENTURE },
    { id: 'gazouya', name: 'Gazouya', vendor: 'Gazouya', category: 'image', domains: ['gazouya.com'], source: AUTOVENTURE },
    { id: 'imagvio-ai', name: 'Imagvio AI', vendor: 'Imagvio AI', category: 'image', domains: ['imagvio.ai'], source: AUTOVENTURE },
    { id: 'patentfig-ai', name: 'Patentfig AI', vendor: 'Patentfig AI', category: 'image', domains: ['patentfig.ai'], source: AUTOVENTURE },
    { id: 'vynzo-ai', name: 'Vynzo.ai', vendor: 'Vynzo.ai', category: 'image', domains: ['vynzo.ai'], source: AUTOVENTURE },
    // leahai.com: Leah, formerly ContractPodAi, in listed('openaidirectorylawyers', 'README.md').
    { id: 'contractpodai', name: 'ContractPodAI', vendor: 'ContractPodAI', domains: ['contractpod.ai', 'leahai.com'], source: AUTOVENTURE },
    { id: 'analook', name: 'Analook', vendor: 'Analook', domains: ['analook.com'], source: AUTOVENTURE },
    { id: 'beamtrace', name: 'Beamtrace', vendor: 'Beamtrace', category: 'search', domains: ['beamtrace.com'], source: AUTOVENTURE },
    { id: 'supaslides', name: 'Supaslides', vendor: 'Supaslides', category: 'presentation', domains: ['supaslides.app'], source: AUTOVENTURE },
    { id: 'meetily', name: 'Meetily', vendor: 'Meetily', category: 'meeting', domains: ['meetily.ai'], source: AUTOVENTURE },
    { id: 'panzoe-ai', name: 'Panzoe.ai', vendor: 'Panzoe.ai', category: 'productivity', domains: ['panzoe.ai'], source: AUTOVENTURE },
    { id: 'wery-ai', name: 'Wery AI', vendor: 'Wery AI', category: 'agents', domains: ['wery.ai'], source: AUTOVENTURE },
    { id: 'whacka', name: 'whacka', vendor: 'whacka', category: 'coding', domains: ['whacka.app'], source: AUTOVENTURE },
    { id: 'structurely', name: 'Structurely', vendor: 'Structurely', category: 'agents', domains: ['structurely.com'], source: AUTOVENTURE },
    { id: 'aisummarizer-ai', name: 'AISummarizer', vendor: 'AISummarizer', category: 'writing', domains: ['aisummarizer.ai'], source: AUTOVENTURE },
    { id: 'portable-picks', name: 'Portable Picks', vendor: 'Portable Picks', category: 'search', domains: ['portablepicks.com'], source: AUTOVENTURE },
    { id: 'thumblore', name: 'Thumblore', vendor: 'Thumblore', category: 'image', domains: ['thumblore.com'], source: AUTOVENTURE },
    { id: 'ai-image-translator', name: 'AI Image Translator', vendor: 'AI Image Translator', category: 'translation', domains: ['aiimagetranslator.io'], source: AUTOVENTURE },
    { id: 'flux-3-im', name: 'Flux 3 (flux-3.im)', vendor: 'flux-3.im', category: 'video', domains: ['flux-3.im'], source: AUTOVENTURE },
    { id: 'freelipsync', name: 'FreeLipSync', vendor: 'FreeLipSync', category: 'video', domains: ['freelipsync.com'], source: AUTOVENTURE },
    { id: 'klaylab', name: 'Klaylab', vendor: 'Klaylab', category: 'video', domains: ['klaylab.com'], source: AUTOVENTURE },
    { id: 'muse-video-ai', name: 'Muse Video AI (muse-video.ai)', vendor: 'muse-video.ai', category: 'video', domains: ['muse-video.ai'], source: AUTOVENTURE },
    { id: 'protoface', name: 'Protoface', vendor: 'Protoface', category: 'video', domains: ['protoface.com'], source: AUTOVENTURE },
    { id: 'seedance21-io', name: 'Seedance 2.1 (seedance21.io)', vendor: 'seedance21.io', category: 'video', domains: ['seedance21.io'], source: AUTOVENTURE },
    { id: 'tapvid-ai', name: 'TapVid', vendor: 'TapVid', category: 'video', domains: ['tapvid.ai'], source: AUTOVENTURE },
    { id: 'videoupscale-net', name: 'VideoUpscale.net', vendor: 'VideoUpscale.net', category: 'video', domains: ['videoupscale.net'], source: AUTOVENTURE },
    { id: 'bluehumanizer', name: 'BlueHumanizer', vendor: 'BlueHumanizer', category: 'writing', domains: ['bluehumanizer.com'], source: AUTOVENTURE },
    { id: 'undetectedgpt', name: 'UndetectedGPT', vendor: 'UndetectedGPT', category: 'writing', domains: ['undetectedgpt.ai'], source: AUTOVENTURE },
    { id: 'unfox-ai', name: 'Unfox AI', vendor: 'Unfox AI', category: 'writing', domains: ['unfox.ai'], source: AUTOVENTURE },
    { id: 'writerly-ai', name: 'Writerly AI', vendor: 'Writerly AI', category: 'writing', domains: ['writerly.ai'], source: AUTOVENTURE },
  ],
  { checked: CHECKED_3 },
);
