// Eighteenth-session fetch pass, fetcha helper (2026-12-06): AI tools named in permissively licensed tool
// directories and datasets on GitHub that the catalog still missed. Candidate repositories were found by name
// (aitools, awesome-ai-tools, ai-directory, ai-nav, ai-tools-nav, ai-tool-directory, ai-tools-directory,
// ai-tools-hub, ai-tools-collection, ai-tools-data, ai-tools-dataset, ai-tools-list, ai-tool-list, ai-tools-cn,
// ai-catalog, ai-websites, ai-products, genai-tools, free-ai-tools, best-ai-tools, ai-companies, ai-startups, and two
// path look-ups for ai-tools.json; 24 look-ups) and
// fetched as snapshots. Sources read, each at the commit pinned in `LISTS`:
// johnhenry/awesome-ai-tools (data/tools.json and readme.md; CC0), tarekmasryo/genai-tools-data (the one CSV under
// data/; CC BY 4.0 licence file), dimasrahmandaalfarizi/Awesome-AI-Tools (src/data/mock.ts; MIT per its README),
// wilmoore/savvy-ai-catalog (data/catalog.json; MIT as declared in its package.json, no licence file),
// versalistai/ai-coder-toolbox (ai-tools.json; MIT licence file) and AntonioDEM/ai-toolkit-directory
// (data/ai-tools.json; MIT licence file), the last two found by the paths ai-tools.json and data/ai-tools.json.
// Only facts (a product's name, host and what the list says it does) were taken; rows are written here, never
// copied. Every product host these files name was run through /work/helpers/classify-hosts.mts and the catalog grepped by name;
// rows are the AI-first products nothing matched, plus one AI section of a general developer site as a URL prefix
// (Graphite's Diamond reviewer). Two subdomains are claimed alone: docify.ai4code.io and nutstudio.imyfone.com
// (iMyFone sells general phone utilities).
// Also read, with no row taken (licence checked; every product host already classified, or only GitHub
// repositories, infrastructure and general software named): davidliuzhibo/ai-tools-directory (MIT),
// Durgesh-Vaigandla/AI-tools-database (MIT), cbwinslow/awesome-ai-tools (MIT; a copy of mahseema/awesome-ai-tools),
// StevenGrow/ai-tools-navigation (MIT), cangyuemazi/ai-tools-navigator (MIT), chenyichao1993/ai-tool-directory (MIT),
// pengyunzhaoisme1207-bit/ai-tool-directory (MIT), ddy4633/ai-tools-nav (MIT), Dovelizi/ai-tools-collection (MIT),
// livissnack/doniai-nav (MIT; a developer's bookmarks), wavesbig/ai-navigation (MIT; a seed of famous tools),
// thefirsty/Block-AI-websites (MIT), nikoferraz/awesome-ai-tools (CC BY 4.0), UserHIJ/ai-catalog (MIT; datasets and
// papers), aibookmarks/best-ai-tools-2026 (MIT; its one unmatched host, chatgate.ai, stands for ChatGPT there),
// landedjobs/recently-funded-ai-startups-hiring (MIT; links news posts, not the startups' sites), epoch-research/
// ai-companies and mappmechanic/ai-startups-hub (MIT; no product hosts) and five
// GagnDeep/awesome-best-ai-tools-for-*-2026 lists (MIT; GitHub repositories only). siteoptz/siteoptz (MIT only in
// package.json) was not mined: its tool data is a scrape of another directory.
// Skipped for want of a licence: tankvn/awesome-ai-tools, xiaomo945/useaitools-me, ansonyu1125/ai-nav,
// yinpengpeng1027-code/ai-tools-nav, studyaihubajoy/ai-tool-directory, sanjay-murmu-au9/best-free-ai-tools-guide,
// jamesmurdza/awesome-ai-devtools, Ditto190/awesome-ai-tools-catalogue, music6745-max/ai-tools-navi,
// mmlfl/ai-tools-nav, dexinchen699-web/ai-tools-nav, PINOER/Ai-tools-hub ("all rights reserved"),
// aitoolslist00/ai-tools-insights ("all rights reserved") and others; Daseanle/ai-tools-navigator shows only an MIT
// badge pointing at a licence file it lacks.
// Left out: GitHub repositories, docs on shared hosts (twinnydotdev.github.io, invoke-ai.github.io), directories and
// prompt sites (altern.ai, theresanai.com, pulsemcp.com, publicprompts.art), general clouds, IDEs, API clients and
// code-analysis suites (AWS, Google Cloud, JetBrains, Sourcegraph, Snyk, SonarQube, Codacy, Semgrep, Aikido,
// Katalon, Insomnia, Hoppscotch, Bruno, SoapUI, Octotree, daily.dev, Eclipse Theia), enterprise software with an MCP
// server (Box, Canva, Figma, HubSpot, Intercom, Cloudinary, Chronograph, MongoDB, ClickHouse, Workato, Zapier),
// Functionize (a test-automation suite), Vector Magic (a vectoriser that does not call itself AI), SD Tools
// (sdtools.org: the list says only "Stable Diffusion tools and utilities"), Charm's Crush (the list names only
// charm.sh, the vendor's general site), mock data in the navigation apps (aicodereview.com, felvin.com), research
// demos (opt.alpa.ai), and hosts of products listed already, handed over as leads: `melty.eco` (Melty, listed as
// melty-sh), `wan.aliyun.com` (Alibaba's Wan, listed as wan-video), `rork.ai` (rork), `lambdatest.com/kane-ai` without
// `www.` (lambdatest-kaneai already covers it), and the mahseema copies' `huntr.co`, `veritone.com`, `getwhys.io` and
// `nurgo-software.com` pages (their entries classify them); from the coding toolbox `codestory.ai` (CodeStory's Aide,
// listed as aide), `tusk.ai` (Tusk, listed as tusk-ai) and `augment.dev` (Augment, listed as augment-code); and
// Mimentic, Ventrilo and Planar, which the toolbox names with no word on what they do, QA Wolf (a QA service) and
// Trunk (developer tooling).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C18, defineTools, listed } from './define';

const john = listed('c18fajohnhenry', 'data/tools.json');
const tarek = listed('c18fatarek', 'data/Generative%20AI%20Tools%20-%20Platforms%202025.csv');
const dimas = listed('c18fadimas', 'src/data/mock.ts');
const savvy = listed('c18fawilmoore', 'data/catalog.json');
const versalist = listed('c18faversalist', 'ai-tools.json');
const antonio = listed('c18faantoniodem', 'data/ai-tools.json');

export const longTailC18FetchaTools: Tool[] = defineTools(
  'other',
  [
    // johnhenry/awesome-ai-tools (AI coding tools, November 2025)
    { id: 'ch-at', name: 'ch.at (ch.at)', vendor: 'ch.at', category: 'chat', domains: ['ch.at'], source: john }, // zero-setup OpenAI-compatible chat service over HTTP, SSH and DNS
    { id: 'boil-cli', name: 'Boil', vendor: 'Boil', category: 'coding', domains: ['tryboil.com'], source: john }, // AI boilerplate generator: project scaffolds from plain English
    { id: 'flexpilot', name: 'Flexpilot', vendor: 'Flexpilot AI', category: 'coding', domains: ['flexpilot.ai'], source: john }, // open-source Copilot alternative for VS Code (OpenAI, Anthropic, Google, Ollama)
    { id: 'docify-ai', name: 'Docify AI', vendor: 'AI4Code', category: 'coding', domains: ['docify.ai4code.io'], source: john }, // AI code-comment and documentation generator
    { id: 'backyard-ai', name: 'Backyard.ai', vendor: 'Backyard AI', category: 'chat', domains: ['backyard.ai'], source: john }, // AI character chat with local models
    { id: 'llamafile', name: 'Llamafile', vendor: 'Mozilla', category: 'developer-platform', domains: ['llamafile.ai'], source: john }, // single-file LLM executables
    { id: 'nut-studio', name: 'Nut Studio', vendor: 'iMyFone', category: 'chat', domains: ['nutstudio.imyfone.com'], source: john }, // GUI for running local LLMs on Windows
    { id: 'thesys-c1', name: 'Thesys C1', vendor: 'Thesys', category: 'developer-platform', domains: ['thesys.dev'], source: john }, // generative UI API that turns LLM output into live components
    {
      id: 'graphite-diamond',
      name: 'Graphite Diamond',
      vendor: 'Graphite',
      category: 'coding',
      urlPrefixes: ['graphite.dev/diamond', 'www.graphite.dev/diamond'],
      source: john,
    }, // AI pull-request reviewer; the rest of graphite.dev is a code-review platform
    // tarekmasryo/genai-tools-data
    { id: 'dataherald', name: 'Dataherald', vendor: 'Dataherald', category: 'developer-platform', domains: ['dataherald.com'], source: tarek }, // natural-language-to-SQL engine with an API
    // dimasrahmandaalfarizi/Awesome-AI-Tools
    { id: 'chatdev-ai', name: 'ChatDev', vendor: 'OpenBMB', category: 'agents', domains: ['chatdev.ai'], source: dimas }, // a virtual software company of communicating LLM agents
    { id: 'garak-llm-scanner', name: 'garak', vendor: 'NVIDIA', category: 'developer-platform', domains: ['garak.ai'], source: dimas }, // LLM vulnerability scanner (hallucination, prompt injection)
    { id: 'ideahunter', name: 'IdeaHunter', vendor: 'IdeaHunter', category: 'search', domains: ['ideahunter.today'], source: dimas }, // AI research and startup-idea validation
    { id: 'ecc-tools', name: 'ECC (Everything Claude Code)', vendor: 'ECC', category: 'coding', domains: ['ecc.tools'], source: dimas }, // agent harness: AI skills, memory and hooks for coding agents
    // wilmoore/savvy-ai-catalog
    { id: 'blocks-diy', name: 'Blocks (blocks.diy)', vendor: 'Blocks', category: 'agents', domains: ['blocks.diy'], source: savvy }, // AI platform for building work apps and agents without code
    { id: 'skysnail', name: 'SkySnail', vendor: 'SkySnail', category: 'image', domains: ['skysnail.ai'], source: savvy }, // AI thumbnail generator
    { id: 'syllaby', name: 'Syllaby', vendor: 'Syllaby', category: 'video', domains: ['syllaby.com'], source: savvy }, // AI content engine for faceless video scripts and short-form video
    { id: 'pixelmotion', name: 'PixelMotion', vendor: 'PixelMotion', category: 'video', domains: ['pixelmotion.io'], source: savvy }, // AI-native video and photo generation on Sora 2, Veo 3.1 and others
    { id: 'omnime', name: 'Omnime', vendor: 'Omnime', category: 'image', domains: ['omnime.ai'], source: savvy }, // AI digital-influencer photos and short videos
    { id: 'mimicpc', name: 'MimicPC', vendor: 'MimicPC', category: 'developer-platform', domains: ['mimicpc.com'], source: savvy }, // cloud GPU workspace for open-source AI apps and LoRA training
    { id: 'enhancor', name: 'Enhancor', vendor: 'Enhancor', category: 'image', domains: ['enhancor.ai'], source: savvy }, // AI image upscaling, sharpening and restoration
    { id: 'photobear', name: 'PhotoBear', vendor: 'PhotoBear', category: 'image', domains: ['photobear.io'], source: savvy }, // AI photo enhancement and profile-photo generation
    // versalistai/ai-coder-toolbox (AI-assisted coding tools, 2024)
    { id: 'blinqio', name: 'BlinqIO', vendor: 'BlinqIO', category: 'coding', domains: ['blinq.io'], source: versalist }, // listed among AI tools for testing code
    { id: 'gitar', name: 'Gitar', vendor: 'Gitar', category: 'coding', domains: ['gitar.io', 'gitar.co'], source: versalist }, // listed among AI tools for code maintenance (site gitar.io, docs on gitar.co)
    { id: 'second-dev', name: 'SECOND', vendor: 'Second', category: 'coding', domains: ['second.dev'], source: versalist }, // listed among AI tools for code maintenance
    // AntonioDEM/ai-toolkit-directory (Italian)
    { id: 'mysheetai', name: 'mysheetAI', vendor: 'mysheetAI', category: 'productivity', domains: ['mysheetai.com'], source: antonio }, // AI assistant for Excel and Google Sheets: formulas, steps, VBA and Apps Script
  ],
  { checked: CHECKED_C18 },
);
