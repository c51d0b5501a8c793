// Tenth long-tail pass, second helper (2026-12-05, issue 15): prompt-engineering and LLM-workflow tools and AI-text
// detectors from three lists the catalog had not read. dair-ai/Prompt-Engineering-Guide's tools page
// (pages/tools.en.mdx, MIT licence file at the pinned commit), promptslab/Awesome-Prompt-Engineering (README.md,
// Apache-2.0 licence file at the pinned commit) and textsight/awesome-ai-detection (README.md, whose Licence section
// states CC0 1.0; no snapshot could be fetched, so the licence rests on the README at the pinned commit). Only facts
// (name, host) were taken. Every host each list names was classified first; rows are the AI-first products whose host
// nothing matched, and AI-detector pages of plagiarism suites as URL prefixes. Left out: GitHub repositories and papers,
// a prompt builder on vercel.app (a shared platform), prompt-link and prompt-app libraries (prompted.link,
// chatgpt-prompt-apps.com), price comparisons and leaderboards, framework docs (dspy.ai), an MCP gateway for GitHub
// repositories (gitmcp.io), Turnitin's institutional AI-writing pages and Compilatio (plagiarism suites), and the hosts of
// products already here, left for aliases: promptimize.ai (Promptimize AI, here as `promptimizeai.com` and its
// extension), www.pangramlabs.com (Pangram, here as `pangram.com`) and hivemoderation.com (Hive, here as `thehive.ai`).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C10, defineTools, listed } from './define';

const dair = listed('dairai', 'pages/tools.en.mdx');
const promptslab = listed('promptslab');
const textsight = listed('textsight');

export const longTailC10bListsTools: Tool[] = defineTools(
  'developer-platform',
  [
    // dair-ai/Prompt-Engineering-Guide, pages/tools.en.mdx
    { id: 'actionschema', name: 'ActionSchema', vendor: 'ActionSchema', domains: ['actionschema.com'], source: dair },
    { id: 'anysolve', name: 'AnySolve', vendor: 'AnySolve', domains: ['anysolve.ai'], source: dair },
    { id: 'dyno-prompt-ide', name: 'Dyno', vendor: 'Dyno', domains: ['trydyno.com'], source: dair },
    { id: 'everyprompt', name: 'EveryPrompt', vendor: 'EveryPrompt', domains: ['everyprompt.com'], source: dair },
    { id: 'gpttools', name: 'GPTTools', vendor: 'GPTTools', domains: ['gpttools.com'], source: dair },
    { id: 'knit-prompt', name: 'Knit', vendor: 'Knit', domains: ['promptknit.com'], source: dair },
    { id: 'langbear', name: 'LangBear', vendor: 'Runbear', domains: ['langbear.runbear.io'], source: dair },
    { id: 'optimusprompt', name: 'OptimusPrompt', vendor: 'OptimusPrompt', category: 'productivity', domains: ['optimusprompt.ai'], source: dair },
    { id: 'prompter-engineer', name: 'Prompter', vendor: 'Prompter', domains: ['prompter.engineer'], source: dair },
    { id: 'promptmetheus', name: 'PROMPTMETHEUS', vendor: 'Promptmetheus', domains: ['promptmetheus.com'], source: dair },
    { id: 'smartgpt-getsmartgpt', name: 'SmartGPT', vendor: 'SmartGPT', category: 'chat', domains: ['getsmartgpt.com'], source: dair },
    {
      id: 'saxifrage-visual-prompt-builder',
      name: 'Visual Prompt Builder',
      vendor: 'Saxifrage',
      category: 'image',
      urlPrefixes: ['tools.saxifrage.xyz/prompt'],
      source: dair,
    },
    // promptslab/Awesome-Prompt-Engineering, README.md
    { id: 'flompt', name: 'flompt', vendor: 'flompt', category: 'productivity', domains: ['flompt.dev'], source: promptslab },
    { id: 'promptpanda', name: 'PromptPanda', vendor: 'PromptPanda', domains: ['promptpanda.io'], source: promptslab },
    { id: 'promptotype', name: 'Promptotype', vendor: 'Promptotype', domains: ['promptotype.io'], source: promptslab },
    { id: 'weco-ai', name: 'Weco', vendor: 'Weco AI', category: 'agents', domains: ['weco.ai'], source: promptslab },
    { id: 'novix-science', name: 'Novix', vendor: 'Novix', category: 'agents', domains: ['novix.science'], source: promptslab },
    // textsight/awesome-ai-detection, README.md: AI-text detectors (the pages of plagiarism suites as URL prefixes)
    { id: 'ghostbuster-app', name: 'Ghostbuster', vendor: 'UC Berkeley', category: 'writing', domains: ['ghostbuster.app'], source: textsight },
    { id: 'textsight', name: 'TextSight', vendor: 'TextSight', category: 'writing', domains: ['textsight.ai'], source: textsight },
    {
      id: 'plagiarismcheck-tracegpt',
      name: 'TraceGPT AI Detector',
      vendor: 'PlagiarismCheck.org',
      category: 'writing',
      urlPrefixes: ['plagiarismcheck.org/ai-detector'],
      source: textsight,
    },
    {
      id: 'quetext-ai-detector',
      name: 'Quetext AI Detector',
      vendor: 'Quetext',
      category: 'writing',
      urlPrefixes: ['www.quetext.com/ai-detector'],
      source: textsight,
    },
  ],
  { checked: CHECKED_C10 },
);
