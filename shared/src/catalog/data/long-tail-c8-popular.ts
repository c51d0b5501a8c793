// Eighth pass (2026-12-05, issue 15 "a living catalog"): popular AI products the catalog still missed. About 1,400
// products from public popularity rankings (a16z's Top 100 Gen AI Consumer Apps, web and mobile; AI traffic rankings;
// big vendors' AI product pages; meeting notetakers; coding tools and IDE agents; desktop AI apps) were classified
// against the catalog by script; almost all were already here. The rows below are the AI products that missed and whose
// host could be read on the vendor's own page or docs, or in the app's Homebrew cask (its name, a description that says
// the app is AI, and its homepage; Homebrew/homebrew-cask is BSD-2-Clause), at the commit read.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, type ToolRow } from './define';

/** A Homebrew cask file at the commit read: its `desc` says the app is AI and its `homepage` gives the host. */
const cask = (path: string, commit: string) => `https://github.com/Homebrew/homebrew-cask/blob/${commit}/Casks/${path}`;

const rows: ToolRow[] = [
  // Vendor pages (stored copies read through the search corpus).
  {
    // Terms of service on cluely.com and app.cluely.com: Cluely, Inc.'s AI desktop app that reads the screen and audio
    // to assist during meetings, interviews and sales calls.
    id: 'cluely',
    name: 'Cluely',
    vendor: 'Cluely, Inc.',
    category: 'meeting',
    domains: ['cluely.com'],
    source: 'https://cluely.com/terms',
  },
  {
    // Microsoft Learn, "Build Security Copilot agents in standalone": sign in to Security Copilot at
    // https://securitycopilot.microsoft.com (the standalone portal; the embedded experiences live in Defender, Entra, ...).
    id: 'microsoft-security-copilot',
    name: 'Microsoft Security Copilot',
    vendor: 'Microsoft',
    category: 'agents',
    domains: ['securitycopilot.microsoft.com'],
    // The product page: listed('arunagirinathan') (and bsaisuryacharan's list), CHECKED_3
    urlPrefixes: ['www.microsoft.com/en-us/security/business/ai-machine-learning/microsoft-security-copilot'],
    source: 'https://learn.microsoft.com/ja-jp/copilot/security/developer/agent-standalone-overview',
  },
  {
    // Sentry's own blog post introducing Seer Agent links the product page https://sentry.io/product/seer/ (and its
    // Agent, Autofix and AI Code Review pages under it); Seer itself runs inside each organisation's sentry.io app.
    id: 'sentry-seer',
    name: 'Sentry Seer',
    vendor: 'Sentry',
    category: 'coding',
    // docs.sentry.io/product/ai-in-sentry (the docs of Sentry's AI features, Seer among them): Sentry's docs llms.txt
    // (https://docs.sentry.io/llms.txt; copy at api-evangelist/sentry@6f876e588638781d729789ba895f44978d38e507 llms/sentry-llms.txt), CHECKED_C14
    urlPrefixes: ['sentry.io/product/seer', 'docs.sentry.io/product/ai-in-sentry'],
    source: 'https://blog.sentry.io/introducing-seer-agent/',
  },
  {
    // Manus's browser agent extension: three public files (a research note on browser agents, an extension-audit
    // write-up, an agent-tooling report that also cites Manus's own blog) link this Chrome Web Store listing and id.
    id: 'manus-browser-operator-extension',
    name: 'Manus AI Browser Operator',
    vendor: 'Manus',
    category: 'browser-extension',
    extensionIds: ['cecngibhkljoiafhjfmcgbmikfogdiko'],
    source: 'https://chromewebstore.google.com/detail/manus-ai-browser-operator/cecngibhkljoiafhjfmcgbmikfogdiko',
  },
  {
    // Jump's help centre (help.jumpapp.com, "Account owner startup guide"): the AI notetaker and meeting assistant for
    // financial advisers, used at my.jumpapp.com (notetaker, AI recap emails with an AI disclaimer).
    id: 'jump-ai',
    name: 'Jump',
    vendor: 'Jump',
    category: 'meeting',
    domains: ['jumpapp.com'],
    source: 'https://help.jumpapp.com/en/articles/15264036-account-owner-startup-guide',
  },
  {
    // BuildBetter's docs (docs.buildbetter.ai, "Chat privacy and sharing"): AI chat over the team's call recordings,
    // documents and signals.
    id: 'buildbetter',
    name: 'BuildBetter',
    vendor: 'BuildBetter',
    category: 'meeting',
    domains: ['buildbetter.ai'],
    source: 'https://docs.buildbetter.ai/pages/Chat/privacy-and-sharing',
  },
  {
    // Upheal's own blog ("About Upheal: how we work with and secure your data"): AI progress notes and session insights
    // for therapists from session recordings.
    id: 'upheal',
    name: 'Upheal',
    vendor: 'Upheal Inc.',
    category: 'meeting',
    domains: ['upheal.io'],
    source: 'https://upheal.io/blog/about-upheal-how-we-work-with-and-secure-your-data',
  },
  {
    // Mentalyc's "How it works" page: therapists upload session recordings or dictate, and AI writes the notes.
    id: 'mentalyc',
    name: 'Mentalyc',
    vendor: 'Mentalyc',
    category: 'meeting',
    domains: ['mentalyc.com'],
    source: 'https://www.mentalyc.com/how-it-works',
  },
  // Desktop AI apps, each from its Homebrew cask (desc names it an AI product; homepage is its own host).
  { id: 'typeless', name: 'Typeless', vendor: 'Typeless', category: 'audio', domains: ['typeless.com'], source: cask('t/typeless.rb', '0a4529fa27f17acde7ccec4582f71379b90d57c9') },
  { id: 'monologue', name: 'Monologue', vendor: 'Zeita Labs', category: 'audio', domains: ['monologue.to'], source: cask('m/monologue.rb', '0c5929abad581fb9b998887b6e64c06bef87c1ae') },
  { id: 'spokenly', name: 'Spokenly', vendor: 'Spokenly', category: 'audio', domains: ['spokenly.app'], source: cask('s/spokenly.rb', '001a2f8f880ecd9b66d580f4c7dbecf0835bb635') },
  { id: 'hyperwhisper', name: 'HyperWhisper', vendor: 'HyperWhisper', category: 'audio', domains: ['hyperwhisper.com'], source: cask('h/hyperwhisper.rb', '016d57cf6372f529124b042aaeb8bbf00d7f7726') },
  { id: 'voicetypr', name: 'VoiceTypr', vendor: 'Ideaplexa', category: 'audio', domains: ['voicetypr.com'], source: cask('v/voicetypr.rb', '89b48e3a841b99bb5fd734a3d4f67c5598b260bd') },
  { id: 'amical', name: 'Amical', vendor: 'Amical', category: 'audio', domains: ['amical.ai'], source: cask('a/amical.rb', '01eb38ecc04a39c15f03c8ebcf9ccb811bdc57a0') },
  { id: 'chatwise', name: 'ChatWise', vendor: 'ChatWise', category: 'chat', domains: ['chatwise.app'], source: cask('c/chatwise.rb', '00dd2d9664fd85b846aa968849bd12e493682335') },
  { id: 'witsy', name: 'Witsy', vendor: 'Witsy', category: 'chat', domains: ['witsyai.com'], source: cask('w/witsy.rb', '088be87eaec6bb1667d3aeab339b2bd0d40c5606') },
  { id: 'highlight-ai', name: 'Highlight', vendor: 'Highlight', category: 'chat', domains: ['highlightai.com'], source: cask('h/highlight.rb', '0f201062d8c1d47c7cd1c975d082d41ade4a64a6') },
  { id: 'fire-5ire', name: '5ire', vendor: '5ire', category: 'chat', domains: ['5ire.app'], source: cask('5/5ire.rb', '06e0c466b71e4bf047c247c25e7b081318415370') },
  { id: 'cotypist', name: 'Cotypist', vendor: 'Cotypist', category: 'writing', domains: ['cotypist.app'], source: cask('c/cotypist.rb', '6656a3b1e19757b1404baa05b26b429abb840fb7') },
  { id: 'reor', name: 'Reor', vendor: 'Reor (open source)', category: 'productivity', domains: ['reorproject.org'], source: cask('r/reor.rb', '35e7f32184735966e59c2df76941231feffca4b6') },
  { id: 'natively', name: 'Natively', vendor: 'Natively', category: 'meeting', domains: ['natively.software'], source: cask('n/natively.rb', '907d86f9ffcfa54888616c7f14a640b57eafb138') },
  { id: 'cmd-xcode', name: 'cmd', vendor: 'cmd', category: 'coding', domains: ['getcmd.dev'], source: cask('c/cmd.rb', '0c5929abad581fb9b998887b6e64c06bef87c1ae') },
  { id: 'nao', name: 'nao', vendor: 'nao', category: 'coding', domains: ['getnao.io'], source: cask('n/nao.rb', '022e590855f7b545a66f852cb82291d8196875ae') },
  { id: 'sanctum', name: 'Sanctum', vendor: 'Sanctum', category: 'chat', domains: ['sanctum.ai'], source: cask('s/sanctum.rb', '04f2da1f56444ba755ae94bead9267a83ab25b43') },
  { id: 'proliferate', name: 'Proliferate', vendor: 'Proliferate', category: 'coding', domains: ['proliferate.com'], source: cask('p/proliferate.rb', '4d708f74a2aa06eb881e0e7f8f290ccd0e2220b4') },
  { id: 'aigcpanel', name: 'AigcPanel', vendor: 'ModStart', category: 'video', domains: ['aigcpanel.com'], source: cask('a/aigcpanel.rb', '130e882bc136c81a7473c6ab4b77608571f5e2b0'), region: 'china' },
  // June's cask gives a page on its maker's site (opensoftware.co/june), so only that path is claimed.
  { id: 'june-opensoftware', name: 'June', vendor: 'Open Software Network', category: 'meeting', urlPrefixes: ['opensoftware.co/june'], source: cask('j/june.rb', '1afa89131df3a8281a0f03557ed2334e5b2abc00') },
];

export const longTailC8PopularTools: Tool[] = defineTools('chat', rows, { checked: CHECKED_3 });
