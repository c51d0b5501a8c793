// Thirteenth-session list pass, lists-b helper (2026-12-06, issue 15): creative tools (image, video, voice and music,
// design, 3D), no-code AI app builders and agent platforms, from lists no earlier pass had pinned. Sources read, each at
// the commit pinned in `LISTS`: fengxiaolonger/awesome-ai-video-tools (README.md; CC0 by its License section),
// stark-ydq/awesome-ai-music (README.md, a copy of Full-Vibe/awesome-ai-music; CC0 by its License section) and
// ishandutta2007/Awesome-AI-Agent-Deployment-Platform (README.md; MIT licence file). Only facts (name, host) were
// taken; every product host these files name was classified with the catalog first (recall 80.4%, 50.0% and 88.9% of
// hosts), and rows are the AI-first products nothing matched. Stack AI's second host `stackai.com` was handed to the
// existing `stack-ai` entry instead of a new row.
// Left out: general editors and suites whose AI is one feature (CapCut, Clipchamp, Filmora, FlexClip, Renderforest,
// Canva's and Adobe's video editors, HitPaw's enhancer page, Loom, Tella, Screen Studio), caption and visualiser tools
// not presented as AI products (Zubtitle, Vizzy), Nova AI (the listed `nova.ai` host could not be confirmed as the
// product's own), Kling's API docs on a shared document host (`docs.qingque.cn`), guides and leaderboards
// (stable-diffusion-art.com, artificialanalysis.ai), project pages on github.io; focus-sound and ambient apps that are
// not AI generators (Brain.fm, Focus@Will, Noisli, myNoise, LifeAt), Amper on Shutterstock's site (discontinued), audio
// libraries and research sites in the music list; and the payment rail Voidly in ishandutta2007/awesome-ai-apis (read,
// MIT, recall 89.5%, nothing taken).
// Hanzawa-1/Awesome-Generative-AI-for-Game-and-Anime-Production (data/services.yml and data/entries.yml, a catalogue its
// own sweep agent keeps; MIT licence file; recall 36.1% of the 252 hosts its files name, most misses being papers,
// research pages and general software): rows for the AI services whose host names the product, three AI sections of
// general sites as URL prefixes (Rokoko Vision, NVIDIA Audio2Face and ACE, Zoo's Zookeeper text-to-CAD), and two
// aliases handed to existing entries (`unity.com/products/muse` to `unity-ai`, `developer.adobe.com/firefly-services`
// to `adobe-firefly`). Left out from it: game engines, DCC, rigging, retopology, terrain, procedural-audio,
// middleware, localization-management and painting software whose AI is a feature or absent (Unity, Unreal,
// MetaHuman, Houdini, Mixamo, Reallusion, Rokoko Studio, KeenTools, World Machine, Gaea, FMOD, Wwise, Tsugi, Crowdin,
// Lokalise, Phrase, Gridly, Clip Studio Paint, MediBang, VOCALOID, OpenUtau, SVP, Boris FX, Adobe's Photoshop and After
// Effects pages), research demos and paper pages, Steam store pages, plugins sold on shared stores (Gumroad,
// Blender Market), and services whose listed host could not be tied to the product with confidence (Sync Labs'
// `synclabs.studio`, Ragnar CAD, Atlas, Odyssey's `odyssey.ml`, Tractive, 360 Hextile, SketchEdge, Toona, Comistitch,
// COMICPAD, DialogueForge, MagnaPlay, LoreWeaver, Loreguard, GladeCore, Slapshot, Orange Inc., Petalica Paint's
// API host, OBSIDIAN Neural).
// ankurkumarz/agentic-ai-knowledge-base (docs/**/*.md; Apache-2.0 licence file; recall 39.6% of the 265 hosts, most
// misses being articles, standards bodies and vendors' blogs): agent platforms, agent-memory and retrieval services, an
// AI gateway and Google's Stax evaluation service, plus `swarms.ai` handed to the existing `swarms` entry. Left out
// from it: frameworks and protocols documented on their own sites (Strands Agents, Fast Agent, Flowgram, kagent, AOF,
// A2A, ACP, AG-UI), general data, workflow and cloud platforms (Zapier, Temporal, Confluent, Celonis, LiveKit,
// Superblocks, Sourcegraph, ByteChef, Snowflake, Databricks, Cube, dbt), benchmarks and leaderboards, marketplaces and
// directories (Agentic Era, agen.cy, PulseMCP, Hermes Atlas), `iambee.ai` (not IBM BeeAI's own site), and products
// whose page could not be told from a project page (OpenHuman on tinyhumans.ai, MCPI).
// Not used: ThinkinLiu/ant-ai-nav (MIT), whose seed scripts pair Chinese product names with made-up URLs
// (`<brand>.com/ai` pages and pinyin domains that are not the products' sites), so nothing from it could be trusted.
// Also read with no rows taken (hosts all matched, or none were AI products): richawo/ai-notes (MIT; 86.7%),
// Turkish-AI-Community/awesome-ai-tools (MIT; 71.4%, the misses are general sites), wildminder/awesome-ai-music (no
// licence for the list text; not used), and the agent lists biao52, Supersynergy, lokeswaran-aj and peterfei
// awesome-ai-agents(-cn) (MIT), whose links are GitHub projects, protocols and documentation rather than products.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C13, defineTools, listed } from './define';

const feng = listed('c13bfengvideo');
const music = listed('c13bstarkmusic');
const game = listed('c13bhanzawagame', 'data/services.yml');
const gameOss = listed('c13bhanzawagame', 'data/entries.yml');
const agentic = (file: string) => listed('c13bankuragentic', file);

export const longTailC13BTools: Tool[] = defineTools(
  'video',
  [
    // fengxiaolonger/awesome-ai-video-tools: "All-in-One Platforms" and "APIs & Developer Tools"
    { id: 'modelslab', name: 'ModelsLab', vendor: 'ModelsLab', category: 'developer-platform', domains: ['modelslab.com'], source: feng },
    { id: 'comfy-deploy', name: 'ComfyDeploy', vendor: 'ComfyDeploy', category: 'developer-platform', domains: ['comfydeploy.com'], source: feng },
    // stark-ydq/awesome-ai-music: "Focus & Productivity Music"
    { id: 'workmusic-ai', name: 'workmusic.ai', vendor: 'FullVibeAI', category: 'audio', domains: ['workmusic.ai'], source: music },
    // Hanzawa-1/Awesome-Generative-AI-for-Game-and-Anime-Production, data/services.yml (commercial services)
    { id: 'kie-ai', name: 'Kie.ai', vendor: 'Kie.ai', category: 'developer-platform', domains: ['kie.ai'], source: game },
    { id: 'cartwheel-animation', name: 'Cartwheel', vendor: 'Cartwheel', domains: ['getcartwheel.com'], source: game },
    { id: 'rokoko-vision', name: 'Rokoko Vision', vendor: 'Rokoko', urlPrefixes: ['www.rokoko.com/products/vision', 'rokoko.com/products/vision'], source: game },
    { id: 'nvidia-audio2face', name: 'NVIDIA Audio2Face', vendor: 'NVIDIA', urlPrefixes: ['www.nvidia.com/en-us/omniverse/apps/audio2face'], source: game },
    { id: 'nvidia-ace', name: 'NVIDIA ACE', vendor: 'NVIDIA', category: 'developer-platform', urlPrefixes: ['developer.nvidia.com/ace'], source: game },
    { id: 'voisona', name: 'VoiSona', vendor: 'Techno-Speech', category: 'audio', domains: ['voisona.com'], source: game, region: 'japan' },
    { id: 'cevio-ai', name: 'CeVIO AI', vendor: 'CeVIO Project', category: 'audio', domains: ['cevio.jp'], source: game, region: 'japan' },
    { id: 'neutrino-singing', name: 'NEUTRINO', vendor: 'STUDIO NEUTRINO', category: 'audio', domains: ['studio-neutrino.com'], source: game, region: 'japan' },
    { id: 'anything-world', name: 'Anything World', vendor: 'Anything World', category: 'image', domains: ['anything.world'], source: game },
    { id: 'didimo', name: 'Didimo', vendor: 'Didimo', category: 'image', domains: ['didimo.co'], source: game },
    { id: 'meshcapade', name: 'Meshcapade', vendor: 'Meshcapade', category: 'image', domains: ['meshcapade.com'], source: game },
    { id: 'leo-ai-cad', name: 'Leo AI', vendor: 'Leo AI', category: 'image', domains: ['getleo.ai'], source: game },
    { id: 'zoo-zookeeper', name: 'Zoo Zookeeper', vendor: 'Zoo', category: 'image', urlPrefixes: ['zoo.dev/zookeeper'], source: game },
    { id: 'spaitial', name: 'SpAItial', vendor: 'SpAItial', category: 'image', domains: ['spaitial.ai'], source: game },
    { id: 'copainter', name: 'copainter', vendor: 'copainter', category: 'image', domains: ['copainter.ai'], source: game, region: 'japan' },
    { id: 'mangacolorizer', name: 'MangaColorizer', vendor: 'MangaColorizer', category: 'image', domains: ['mangacolorizer.com'], source: game },
    { id: 'watashi-colorizer', name: 'Watashi Colorizer', vendor: 'Watashi Colorizer', category: 'image', domains: ['watashicolorizer.com'], source: game },
    { id: 'vividmanga', name: 'VividManga', vendor: 'VividManga', category: 'image', domains: ['vividmanga.com'], source: game },
    { id: 'anicomic-ai', name: 'AniComic.ai', vendor: 'AniComic.ai', category: 'image', domains: ['anicomic.ai'], source: game },
    { id: 'mangaflow-studio', name: 'MangaFlow Studio', vendor: 'MangaFlow Studio', category: 'image', domains: ['mangaflow.studio'], source: game },
    { id: 'comic-ai', name: 'Comic AI', vendor: 'Comic AI', category: 'image', domains: ['comicai.com'], source: game },
    { id: 'comicsai', name: 'ComicsAI', vendor: 'ComicsAI', category: 'image', domains: ['comicsai.org'], source: game },
    { id: 'mangaka-app', name: 'Mangaka.app', vendor: 'Mangaka.app', category: 'image', domains: ['mangaka.app'], source: game },
    { id: 'ismanga', name: 'IsManga', vendor: 'IsManga', category: 'translation', domains: ['ismanga.com'], source: game },
    { id: 'torii-translate', name: 'Torii Image Translator', vendor: 'Torii', category: 'translation', domains: ['toriitranslate.com'], source: game },
    { id: 'mantra-engine', name: 'Mantra Engine', vendor: 'Mantra', category: 'translation', domains: ['mantra.co.jp'], source: game, region: 'japan' },
    { id: 'crowdin-ai', name: 'Crowdin AI', vendor: 'Crowdin', category: 'translation', domains: ['crowdin.ai'], source: game },
    { id: 'alchemind-ai', name: 'Alchemind AI', vendor: 'Alchemind', category: 'writing', domains: ['alchemind.ai'], source: game },
    { id: 'rpggo', name: 'RPGGO', vendor: 'RPGGO', category: 'chat', domains: ['rpggo.ai'], source: game },
    { id: 'beeble-ai', name: 'Beeble', vendor: 'Beeble', domains: ['beeble.ai'], source: game },
    { id: 'pixop', name: 'Pixop', vendor: 'Pixop', domains: ['pixop.com'], source: game },
    { id: 'mago-studio', name: 'Mago', vendor: 'Mago', domains: ['mago.studio'], source: game },
    // Hanzawa-1/Awesome-Generative-AI-for-Game-and-Anime-Production, data/entries.yml (open projects with their own sites)
    { id: 'flowframes', name: 'Flowframes', vendor: 'Flowframes', domains: ['flowframes.app'], source: gameOss },
    { id: 'applio', name: 'Applio', vendor: 'Applio', category: 'audio', domains: ['applio.org'], source: gameOss },
    { id: 'adam-cad', name: 'Adam', vendor: 'Adam', category: 'image', domains: ['adam.new', 'adamcad.com'], source: gameOss }, // adamcad.com: Y Combinator's record of the same company (LISTS c13ayc, responses/W25.json; alias pass)
    // ankurkumarz/agentic-ai-knowledge-base
    { id: 'hyperagent', name: 'Hyperagent', vendor: 'Hyperagent', category: 'agents', domains: ['hyperagent.com'], source: agentic('docs/AgentPlatforms/saas-platforms.md') },
    { id: 'app-build', name: 'app.build', vendor: 'Neon', category: 'coding', domains: ['app.build'], source: agentic('docs/AgentPlatforms/README.md') },
    { id: 'coder-mux', name: 'Mux', vendor: 'Coder', category: 'coding', domains: ['mux.coder.com'], source: agentic('docs/AgentPlatforms/README.md') },
    { id: 'varick-agents', name: 'Varick Agents', vendor: 'Varick Agents', category: 'agents', domains: ['varickagents.com'], source: agentic('docs/AgentPlatforms/README.md') },
    { id: 'liquid-ai', name: 'Liquid AI', vendor: 'Liquid AI', category: 'developer-platform', domains: ['liquid.ai'], source: agentic('docs/AgenticFrameworks/README.md') },
    { id: 'honcho', name: 'Honcho', vendor: 'Plastic Labs', category: 'developer-platform', domains: ['honcho.dev'], source: agentic('docs/AgentMemory/solutions.md') },
    { id: 'byterover', name: 'ByteRover', vendor: 'ByteRover', category: 'developer-platform', domains: ['byterover.dev'], source: agentic('docs/AgentMemory/solutions.md') },
    { id: 'openviking', name: 'OpenViking', vendor: 'ByteDance', category: 'developer-platform', domains: ['openviking.ai'], source: agentic('docs/AgentMemory/solutions.md') },
    { id: 'maximem', name: 'Maximem', vendor: 'Maximem', category: 'developer-platform', domains: ['maximem.ai'], source: agentic('docs/AgentMemory/solutions.md') },
    { id: 'retaindb', name: 'RetainDB', vendor: 'RetainDB', category: 'developer-platform', domains: ['retaindb.com'], source: agentic('docs/AgentMemory/solutions.md') },
    { id: 'pageindex', name: 'PageIndex', vendor: 'Vectify AI', category: 'developer-platform', domains: ['pageindex.ai'], source: agentic('docs/AgenticTechStack/README.md') },
    { id: 'arch-gateway', name: 'Arch Gateway', vendor: 'Katanemo', category: 'developer-platform', domains: ['archgw.com'], source: agentic('docs/AgenticTechStack/README.md') },
    { id: 'google-stax', name: 'Stax', vendor: 'Google', category: 'developer-platform', domains: ['stax.withgoogle.com'], source: agentic('docs/EvaluationFrameworks/Readme.md') },
  ],
  { checked: CHECKED_C13 },
);
