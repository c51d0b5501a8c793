// Twelfth-session fetch pass, fetch-a helper (2026-12-06, issue 15): general AI-tool lists, agents, chat apps and
// coding tools from repositories fetched by name. Sources read, each at the commit pinned in `LISTS`:
// roboco-io/awesome-vibecoding (README.md; CC0 licence file), swyxio/ai-notes (every *.md file; MIT licence file), the
// Machine Learning section of public-apis/public-apis (README.md; MIT licence file), underlines/awesome-ml (every *.md
// file; MIT licence file), JStumpp/awesome-chatbots (README.md, 2019; CC0 licence file), steel-dev/awesome-web-agents
// (README.md and ARCHIVE.md; CC0 `license` file) and angrykoala/awesome-browser-automation (README.md; CC0 licence
// file). Only facts (name, host) were taken; every product host these files name was classified with the catalog
// first, and rows are the AI-first products nothing matched, plus four AI sections of general sites as URL prefixes
// (CodeSandbox, Playcode, Builder.io, NVIDIA's ChatRTX pages).
// Left out: GitHub repositories, papers, articles, blogs, newsletters, podcasts, benchmarks, leaderboards, news sites
// and image hosts; general clouds, developer and data platforms with an AI feature (AWS, Google Cloud, IBM, Zapier,
// Appsmith, Gitpod, Hostinger, Pulumi, Terraform, Subframe, BuildShip, Cloudmersive, Keen IO, RapidAPI, Wolfram|Alpha,
// Pathway, SerpAPI, Webfuse, PhantomBuster, Browserflow, the BI, CDP and marketing-analytics vendors in awesome-ml);
// research demos and closed or merged products (Phenaki, Parti, Neeva, MosaicML, Impira, Mycroft, BlenderBot, Viv,
// Reply.ai, Sensay, Kura, Convergence); chatbot frameworks and builders that are not AI-first (Botkit, BotMan,
// Bottender, Flow XO, BotStar, Dashbot, Botsociety); prompt sites, tool directories (aimodels.fyi, futuretools.io,
// theresanaiforthat.com, gpt3demo.com, llm.extractum.io), price trackers; small API demos in public-apis (face APIs
// on personal hosts, pay-per-call APIs on onrender.com); chip and GPU-cloud companies (Etched, Extropic, Celestial AI,
// Brev, Oblivus); and hosts of entries already here, handed over rather than added: `tempolabs.ai` (tempo-labs),
// `onlook.dev` (onlook), `getscorecard.ai` (scorecard-ai), `sonauto.app` (sonauto), `jetbrains.com/ai` without
// `www.` (jetbrains-ai), `ai.casibase.com` / `ai.casbin.com` (casibase), `botpress.io` (botpress), `msxiaoice.com`
// (xiaoice), `pandorabots.com` and `alice.pandorabots.com` (pandorabots), `msg.ai` (netomi), `dialogflow.com`
// (google-dialogflow), `nanobrowser.ai` (nanobrowser-extension), if the same product `browsegpt.ai`
// (browsergpt-extension); and from OpenMindClub/awesome-chatgpt the sites of Adam Lui's extensions
// (`chatgptinfinity.com`, `chatgptwidescreen.com`, `chatgptevo.com/autocontinue`, `chatgptautorefresh.com`),
// `bing.com/new` (Copilot) and `langboat.com/technology/mengzi` (Langboat's Mengzi).
// Also read, with four rows taken: rafska/Awesome-local-LLM (README.md; MIT licence file; the rest are calculators,
// benchmarks and model indexes), OpenMindClub/awesome-chatgpt (README.md; CC0; the rest are reports, courses, blogs and
// directories such as aihub.cn) and DavidZWZ/Awesome-Deep-Research (README.md; MIT; the rest are papers' pages).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C12, CHECKED_C15, defineTools, listed } from './define';

const vibe = listed('robocovibecoding');
const steel = listed('steelwebagents');
const notes = (file: string) => listed('swyxainotes', file.replace(/ /g, '%20'));

export const longTailC12FaTools: Tool[] = defineTools(
  'chat',
  [
    // roboco-io/awesome-vibecoding
    { id: 'twill-ai', name: 'Twill', vendor: 'Twill', category: 'coding', domains: ['twill.ai'], source: vibe },
    { id: 'rapidnative', name: 'RapidNative', vendor: 'RapidNative', category: 'coding', domains: ['rapidnative.com'], source: vibe },
    { id: 'openbolt', name: 'OpenBolt', vendor: 'OpenBolt', category: 'coding', domains: ['openbolt.dev'], source: vibe },
    { id: 'codesandbox-ai', name: 'CodeSandbox AI', vendor: 'CodeSandbox', category: 'coding', urlPrefixes: ['codesandbox.io/ai'], source: vibe },
    {
      id: 'playcode-ai',
      name: 'Playcode AI Website Builder',
      vendor: 'Playcode',
      category: 'coding',
      urlPrefixes: ['playcode.io/ai-website-builder'],
      source: vibe,
    },
    {
      id: 'builder-fusion',
      name: 'Fusion',
      vendor: 'Builder.io',
      category: 'coding',
      urlPrefixes: ['www.builder.io/fusion', 'builder.io/fusion'],
      source: vibe,
    },
    // swyxio/ai-notes
    { id: 'freedomgpt', name: 'FreedomGPT', vendor: 'Age of AI', domains: ['freedomgpt.com'], source: notes('TEXT.md') },
    { id: 'goody2', name: 'GOODY-2', vendor: 'BRAIN', domains: ['goody2.ai'], source: notes('Monthly Notes/2024 notes/Feb 2024 notes.md') },
    { id: 'faraday-dev', name: 'Faraday', vendor: 'Faraday', domains: ['faraday.dev'], source: notes('TEXT.md') },
    { id: 'tavernai', name: 'TavernAI', vendor: 'TavernAI', domains: ['tavernai.net'], source: notes('TEXT.md') },
    { id: 'chatonmac', name: 'ChatOnMac', vendor: 'ChatOnMac', domains: ['chatonmac.com'], source: notes('TEXT.md') },
    { id: 'llmfarm', name: 'LLMFarm', vendor: 'LLMFarm', domains: ['llmfarm.site'], source: notes('TEXT.md') },
    { id: 'ex-human', name: 'Ex-Human', vendor: 'Ex-Human', domains: ['exh.ai'], source: notes('TEXT_CHAT.md') },
    { id: 'sketch-dev', name: 'Sketch', vendor: 'Bold Software', category: 'coding', domains: ['sketch.dev'], source: notes('Monthly Notes/Jan 2025 notes.md') },
    { id: 'sutro-app-builder', name: 'Sutro', vendor: 'Sutro', category: 'coding', domains: ['withsutro.com'], source: notes('CODE.md') },
    { id: 'grit-io', name: 'Grit', vendor: 'Grit', category: 'coding', domains: ['grit.io'], source: notes('CODE.md') },
    { id: 'simon-says-ai', name: 'Simon Says', vendor: 'Simon Says', category: 'audio', domains: ['simonsaysai.com'], source: notes('AUDIO.md') },
    { id: 'weights-gg', name: 'Weights', vendor: 'Weights', category: 'audio', domains: ['weights.gg'], source: notes('Monthly Notes/2023 notes/Nov 2023 notes.md') },
    { id: 'noiselith', name: 'Noiselith', vendor: 'Noiselith', category: 'image', domains: ['noiselith.com'], source: notes('IMAGE_GEN.md') },
    { id: 'visualise-ai', name: 'Visualise', vendor: 'Visualise', category: 'image', domains: ['visualise.ai'], source: notes('IMAGE_GEN.md') },
    { id: 'avyn', name: 'Avyn', vendor: 'Avyn', category: 'image', domains: ['avyn.com'], source: notes('IMAGE_GEN.md') },
    { id: 'comfyworkflows', name: 'ComfyWorkflows', vendor: 'ComfyWorkflows', category: 'image', domains: ['comfyworkflows.com'], source: notes('IMAGE_GEN.md') },
    { id: 'fill3d', name: 'Fill 3D', vendor: 'Fill 3D', category: 'image', domains: ['fill3d.ai'], source: notes('Monthly Notes/2023 notes/Sept 2023 notes.md') },
    { id: 'deckrobot', name: 'DeckRobot', vendor: 'DeckRobot', category: 'presentation', domains: ['deckrobot.com'], source: notes('stub notes/MISC PRODUCTS.md') },
    { id: 'drgupta-ai', name: 'Dr. Gupta', vendor: 'Dr. Gupta', category: 'other', domains: ['drgupta.ai'], source: notes('stub notes/MEDICINE_HEALTH.md') },
    { id: 'meticulate', name: 'Meticulate', vendor: 'Meticulate', category: 'other', domains: ['meticulate.ai'], source: notes('Monthly Notes/2024 notes/Mar 2024 notes.md') },
    { id: 'numbers-station', name: 'Numbers Station', vendor: 'Numbers Station', category: 'other', domains: ['numbersstation.ai'], source: notes('TEXT.md') },
    { id: 'pulze', name: 'Pulze', vendor: 'Pulze', category: 'developer-platform', domains: ['pulze.ai'], source: notes('Software 3.0 stack.md') },
    { id: 'log10', name: 'Log10', vendor: 'Log10', category: 'developer-platform', domains: ['log10.io'], source: notes('Software 3.0 stack.md') },
    { id: 'baserun', name: 'Baserun', vendor: 'Baserun', category: 'developer-platform', domains: ['baserun.ai'], source: notes('Software 3.0 stack.md') },
    { id: 'talc-ai', name: 'Talc', vendor: 'Talc', category: 'developer-platform', domains: ['talc.ai'], source: notes('Software 3.0 stack.md') },
    { id: 'hegel-ai', name: 'Hegel AI', vendor: 'Hegel AI', category: 'developer-platform', domains: ['hegel-ai.com'], source: notes('Software 3.0 stack.md') },
    { id: 'benchllm', name: 'BenchLLM', vendor: 'V7', category: 'developer-platform', domains: ['benchllm.com'], source: notes('Software 3.0 stack.md') },
    { id: 'zeno-ml', name: 'Zeno', vendor: 'Zeno', category: 'developer-platform', domains: ['zenoml.com'], source: notes('Resources/AI-hackathon-stack.md') },
    { id: 'automorphic', name: 'Automorphic', vendor: 'Automorphic', category: 'developer-platform', domains: ['automorphic.ai'], source: notes('TEXT_PROMPTS.md') },
    { id: 'centml', name: 'CentML', vendor: 'CentML', category: 'developer-platform', domains: ['centml.ai'], source: notes('INFRA.md') },
    { id: 'lume-ai', name: 'Lume', vendor: 'Lume', category: 'developer-platform', domains: ['lume.ai'], source: notes('Monthly Notes/2023 notes/Dec 2023 notes.md') },
    { id: 'neuton-ai', name: 'Neuton.AI', vendor: 'Neuton.AI', category: 'developer-platform', domains: ['neuton.ai'], source: notes('stub notes/SMALL_MODELS.md') },
    {
      id: 'ironclad-rivet',
      name: 'Rivet',
      vendor: 'Ironclad',
      category: 'developer-platform',
      domains: ['rivet.ironcladapp.com'],
      source: notes('Monthly Notes/2023 notes/Sept 2023 notes.md'),
    },
    // underlines/awesome-ml (llm-tools.md)
    { id: 'singulatron', name: 'Singulatron', vendor: 'Singulatron', domains: ['singulatron.com'], source: listed('underlinesml', 'llm-tools.md') },
    { id: 'opinionate-io', name: 'Opinionate', vendor: 'Opinionate', domains: ['opinionate.io'], source: listed('underlinesml', 'llm-tools.md') },
    {
      id: 'boundaryml',
      name: 'BoundaryML (BAML)',
      vendor: 'Boundary',
      category: 'developer-platform',
      domains: ['boundaryml.com'],
      source: listed('underlinesml', 'llm-tools.md'),
    },
    {
      id: 'nvidia-chatrtx',
      name: 'ChatRTX',
      vendor: 'NVIDIA',
      urlPrefixes: ['www.nvidia.com/en-us/ai-on-rtx/chat-with-rtx', 'www.nvidia.com/en-us/ai-on-rtx/chatrtx'],
      source: listed('underlinesml', 'llm-tools.md'),
    },
    // JStumpp/awesome-chatbots
    { id: 'cleverbot', name: 'Cleverbot', vendor: 'Existor', domains: ['cleverbot.com'], source: listed('jstumppchatbots') },
    { id: 'turing-robot', name: 'Turing Robot', vendor: 'Turing Robot', category: 'agents', domains: ['tuling123.com'], region: 'china', source: listed('jstumppchatbots') },
    // steel-dev/awesome-web-agents (README.md)
    { id: 'asteroid-ai', name: 'Asteroid', vendor: 'Asteroid', category: 'agents', domains: ['asteroid.ai'], source: steel },
    { id: 'browserable', name: 'Browserable', vendor: 'Browserable', category: 'agents', domains: ['browserable.ai'], source: steel },
    { id: 'bytebot-ai', name: 'Bytebot', vendor: 'Bytebot', category: 'agents', domains: ['bytebot.ai'], source: steel },
    // `cekura` re-checked in the fifteenth session: YC's records show two companies of that name in F24.json. The one on
    // www.cekura.io (the documentation agent this list line describes, YC id 30068) is now Stewdio (Fall 2024.json), so
    // cekura.io moved to `stewdio-ai` (long-tail-c13-yc-2.ts); this id now stands for YC's Cekura (id 30046, formerly
    // Vocera) on cekura.ai, from its own docs.
    { id: 'cekura', name: 'Cekura', vendor: 'Cekura (formerly Vocera)', category: 'developer-platform', domains: ['cekura.ai'], apiEndpoints: ['api.cekura.ai'], source: 'https://docs.cekura.ai/documentation/integrations/chat-testing', checked: CHECKED_C15 }, // Cekura's own docs, stored copy read: testing voice agents by chat through the Cekura dashboard's agent settings and evaluator; its observability guide (the same docs, on Mintlify) sends call logs to api.cekura.ai and points to dashboard.cekura.ai
    { id: 'crawl4ai', name: 'Crawl4AI', vendor: 'Crawl4AI', category: 'developer-platform', domains: ['crawl4ai.com'], source: steel },
    { id: 'dassi-ai', name: 'Dassi', vendor: 'Dassi', category: 'agents', domains: ['dassi.ai'], source: steel },
    { id: 'datalens-uk', name: 'DataLens', vendor: 'DataLens', category: 'agents', domains: ['datalens.uk'], source: steel },
    { id: 'deta-surf', name: 'Surf', vendor: 'Deta', category: 'productivity', domains: ['deta.surf'], source: steel },
    { id: 'dobrowser', name: 'doBrowser', vendor: 'doBrowser', category: 'agents', domains: ['dobrowser.io'], source: steel },
    { id: 'expand-ai', name: 'Expand.ai', vendor: 'Expand.ai', category: 'developer-platform', domains: ['expand.ai'], source: steel },
    { id: 'dex-dexterity', name: 'Dex', vendor: 'Dexterity', category: 'agents', domains: ['getdexterity.com'], source: steel },
    { id: 'lavague', name: 'LaVague', vendor: 'LaVague', category: 'developer-platform', domains: ['lavague.ai'], source: steel },
    { id: 'onpiste', name: 'Onpiste', vendor: 'Onpiste', category: 'agents', domains: ['onpiste.work'], source: steel },
    { id: 'copycat-browser', name: 'Copycat', vendor: 'Copycat', category: 'agents', domains: ['runcopycat.com'], source: steel },
    { id: 'sentience-api', name: 'Sentience API', vendor: 'Sentience', category: 'developer-platform', domains: ['sentienceapi.com'], source: steel },
    { id: 'starizon-ai', name: 'Starizon', vendor: 'Starizon', category: 'agents', domains: ['starizon.ai'], source: steel },
    { id: 'superhighway-walls', name: 'Superhighway', vendor: 'Walls', category: 'developer-platform', domains: ['superhighway.walls.sh'], source: steel },
    { id: 'surf-new', name: 'Surf.new', vendor: 'Steel', category: 'agents', domains: ['surf.new'], source: steel },
    { id: 'webagent-cloud', name: 'Webagent-cloud', vendor: 'Webagent-cloud', category: 'developer-platform', domains: ['webagent.cloud'], source: steel },
    { id: 'yutori', name: 'Yutori', vendor: 'Yutori', category: 'agents', domains: ['yutori.com'], source: steel },
    // angrykoala/awesome-browser-automation
    { id: 'alumnium', name: 'Alumnium', vendor: 'Alumnium', category: 'coding', domains: ['alumnium.ai'], source: listed('angrykoala') },
    // rafska/Awesome-local-LLM, OpenMindClub/awesome-chatgpt, DavidZWZ/Awesome-Deep-Research (README.md)
    { id: 'kolosal-ai', name: 'Kolosal AI', vendor: 'Kolosal', domains: ['kolosal.ai'], source: listed('rafskalocal') },
    { id: 'cliprecaps', name: 'ClipRecaps', vendor: 'ClipRecaps', category: 'video', domains: ['cliprecaps.com'], source: listed('openmindclub') },
    { id: 'poet-ly', name: 'Poet.ly', vendor: 'Poet.ly', category: 'writing', domains: ['poet.ly'], source: listed('openmindclub') },
    { id: 'searchhive', name: 'SearchHive', vendor: 'SearchHive', category: 'developer-platform', domains: ['searchhive.dev'], source: listed('deepresearch') },
    // public-apis/public-apis, Machine Learning section
    { id: 'nlp-cloud', name: 'NLP Cloud', vendor: 'NLP Cloud', category: 'developer-platform', domains: ['nlpcloud.io'], source: listed('publicapis') },
  ],
  { checked: CHECKED_C12 },
);
