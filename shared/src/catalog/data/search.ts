// AI search, research and document question-answering.
import type { Tool } from '../../schemas/tool';
import { defineTools, listed, CHECKED_2, CHECKED_3, v2flyAt, CHECKED_C10, CHECKED_C12, CHECKED_C15 } from './define';

export const searchTools: Tool[] = defineTools('search', [
  { id: 'notebooklm', name: 'NotebookLM', vendor: 'Google', domains: ['notebooklm.google.com', 'notebooklm.google', 'notebook.google.com', 'notebooklm.cloud.google.com', 'notebooklm.cloud.google'], urlPrefixes: ['workspace.google.com/products/notebooklm'], apiEndpoints: ['notebooklm.googleapis.com', 'notebooklm-pa.googleapis.com'], supplier: { enterpriseTier: true }, source: v2flyAt('google-deepmind'), checked: CHECKED_3 }, // apiEndpoints: v2flyAt('google-deepmind'), CHECKED_3; workspace.google.com/products/notebooklm: listed('stevoisiakai', 'GenAI-Blocklist.txt') (line 2130), CHECKED_3; notebooklm.cloud.google.com and notebooklm.cloud.google (NotebookLM Enterprise, for Google and third-party identities): Google Cloud's docs, https://docs.cloud.google.com/gemini/enterprise/notebooklm-enterprise/docs/api-notebooks (read in its zh-CN rendering), CHECKED_C15
  { id: 'consensus', name: 'Consensus', vendor: 'Consensus', domains: ['consensus.app'], source: listed('steven2358'), checked: CHECKED_2 },
  { id: 'elicit', name: 'Elicit', vendor: 'Elicit', domains: ['elicit.com', 'elicit.org'], source: listed('filipecalegario'), checked: CHECKED_2 },
  { id: 'scite', name: 'scite', vendor: 'Research Solutions', domains: ['scite.ai'], source: listed('filipecalegario'), checked: CHECKED_2 },
  { id: 'scispace', name: 'SciSpace', vendor: 'SciSpace', domains: ['scispace.com', 'typeset.io'], source: listed('steven2358'), checked: CHECKED_2 },
  { id: 'undermind', name: 'Undermind', vendor: 'Undermind', domains: ['undermind.ai'], source: listed('filipecalegario'), checked: CHECKED_2 },
  { id: 'kagi-assistant', name: 'Kagi Assistant', vendor: 'Kagi', urlPrefixes: ['kagi.com/assistant', 'kagi.com/welcome/assistant'], apiEndpoints: ['assistant-api.kagi.com'], source: listed('stevoisiakai', 'GenAI-Blocklist.txt'), checked: CHECKED_3 }, // assistant-api.kagi.com: listed('stevoisiakai', 'GenAI-Blocklist.txt'); kagi.com/welcome/assistant: listed('felladrin'), CHECKED_3
  { id: 'andi', name: 'Andi', vendor: 'Andi', domains: ['andisearch.com'], source: listed('felladrin'), checked: CHECKED_2 },
  { id: 'exa', name: 'Exa', vendor: 'Exa Labs', domains: ['exa.ai', 'metaphor.systems'], apiEndpoints: ['api.exa.ai'], source: listed('filipecalegario'), checked: CHECKED_2 },
  { id: 'tavily', name: 'Tavily', vendor: 'Tavily', domains: ['tavily.com'], apiEndpoints: ['api.tavily.com'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'komo', name: 'Komo', vendor: 'Komo', domains: ['komo.ai'], source: listed('steven2358'), checked: CHECKED_2 },
  { id: 'felo', region: 'japan', name: 'Felo', vendor: 'Felo', domains: ['felo.ai'], source: listed('felladrin'), checked: CHECKED_2 },
  { id: 'genspark', name: 'Genspark', vendor: 'MainFunc', category: 'agents', domains: ['genspark.ai'], source: listed('felladrin'), checked: CHECKED_2 },
  { id: 'iask', name: 'iAsk', vendor: 'iAsk', domains: ['iask.ai'], source: listed('felladrin'), checked: CHECKED_2 },
  { id: 'devv', name: 'Devv', vendor: 'Devv', domains: ['devv.ai'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'liner', region: 'korea', name: 'Liner', vendor: 'Liner', domains: ['liner.com', 'getliner.com'], source: listed('felladrin'), checked: CHECKED_2 },
  { id: 'chatpdf', name: 'ChatPDF', vendor: 'ChatPDF', domains: ['chatpdf.com'], source: listed('filipecalegario'), checked: CHECKED_2 },
  { id: 'chatdoc', name: 'ChatDOC', vendor: 'ChatDOC', domains: ['chatdoc.com'], source: listed('embraceagi', 'docs/ChatGPT_tools.md'), checked: CHECKED_3 },
  { id: 'humata', name: 'Humata', vendor: 'Humata', domains: ['humata.ai'], source: listed('lihongzhai', 'ai_tools.csv'), checked: CHECKED_2 },
  { id: 'askyourpdf', name: 'AskYourPDF', vendor: 'AskYourPDF', domains: ['askyourpdf.com'], source: listed('embraceagi', 'docs/ChatGPT_tools.md'), checked: CHECKED_3 },
  { id: 'researchrabbit', name: 'ResearchRabbit', vendor: 'ResearchRabbit', domains: ['researchrabbit.ai', 'researchrabbitapp.com'], source: listed('filipecalegario'), checked: CHECKED_2 },
  { id: 'storm', name: 'STORM', vendor: 'Stanford OVAL', domains: ['storm.genie.stanford.edu', 'storm-project.stanford.edu'], source: listed('steven2358'), checked: CHECKED_2 }, // storm-project.stanford.edu (2026-12-06, aliases pass): the project's own website, linked as "Website" beside the research preview in its own README (stanford-oval/storm at fb951af7744dab086e34962e9bc6fe878e145f83, README.md line 8; MIT); only that subdomain of stanford.edu
  { id: 'grokipedia', name: 'Grokipedia', vendor: 'xAI', domains: ['grokipedia.com'], source: v2flyAt('xai'), checked: CHECKED_3 },
  { id: 'glean', name: 'Glean', vendor: 'Glean', domains: ['glean.com'], supplier: { enterpriseTier: true }, source: listed('kostja94', 'README.md'), checked: CHECKED_3 },
  { id: 'hebbia', name: 'Hebbia', vendor: 'Hebbia', domains: ['hebbia.com', 'hebbia.ai'], source: listed('clawhome', 'README.en.md'), checked: CHECKED_C10 }, // the list names hebbia.com; hebbia.ai stays unproven
  { id: 'alphasense', name: 'AlphaSense', vendor: 'AlphaSense', domains: ['alpha-sense.com'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'scholarcy', name: 'Scholarcy', vendor: 'Scholarcy', domains: ['scholarcy.com'], source: listed('filipecalegario'), checked: CHECKED_2 },
  { id: 'explainpaper', name: 'Explainpaper', vendor: 'Explainpaper', domains: ['explainpaper.com'], source: listed('filipecalegario'), checked: CHECKED_2 },
  { id: 'metaso', region: 'china', name: 'Metaso', vendor: 'Metaso', domains: ['metaso.cn', 'meta.law'], supplier: { dataRegions: ['CN'] }, source: v2flyAt('category-ai-cn'), checked: CHECKED_3 },
  { id: 'nano-ai-search', region: 'china', name: 'Nano AI Search', vendor: '360', domains: ['n.cn', 'namiso.com', 'ai.zhaomi.cn'], supplier: { dataRegions: ['CN'] }, source: v2flyAt('category-ai-cn'), checked: CHECKED_3 },
  { id: 'zhihu-zhida', region: 'china', name: 'Zhihu Zhida', vendor: 'Zhihu', domains: ['zhida.zhihu.com'], supplier: { dataRegions: ['CN'] }, source: listed('lihongzhai', 'ai_tools.csv'), checked: CHECKED_2 },
  { id: 'reddit-answers', name: 'Reddit Answers', vendor: 'Reddit', category: 'embedded-saas', urlPrefixes: ['www.reddit.com/answers'], apiEndpoints: ['answers.reddit.com'], source: listed('stevoisiakai', 'GenAI-Blocklist.txt'), checked: CHECKED_3 }, // answers.reddit.com: listed('stevoisiakai', 'GenAI-Blocklist.txt')
  { id: 'harvey', name: 'Harvey', vendor: 'Harvey', category: 'other', domains: ['harvey.ai'], supplier: { enterpriseTier: true }, source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'legora', region: 'europe', name: 'Legora', vendor: 'Legora', category: 'other', domains: ['legora.com', 'leya.law'], supplier: { enterpriseTier: true }, source: listed('kostja94', 'README.md'), checked: CHECKED_3 }, // leya.law (Leya, Legora's name until 2024): listed('zeweihan', 'README.md'); Leya AB's terms https://www.leya.law/legal/terms (read CHECKED_C12) describe its legal AI platform
  // spellbook.com: the host listed('openaidirectorylawyers', 'README.md') and listed('clawhome', 'README.en.md') give for Spellbook.
  { id: 'spellbook', name: 'Spellbook', vendor: 'Rally Legal', category: 'other', domains: ['spellbook.legal', 'spellbook.com'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  // legal.thomsonreuters.com/en/products/cocounsel: the CoCounsel page listed('openaidirectorylawyers', 'README.md') gives.
  { id: 'casetext', name: 'CoCounsel', vendor: 'Thomson Reuters', category: 'other', domains: ['casetext.com'], urlPrefixes: ['legal.thomsonreuters.com/en/products/cocounsel'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'khanmigo', name: 'Khanmigo', vendor: 'Khan Academy', category: 'chat', domains: ['khanmigo.ai'], urlPrefixes: ['www.khanacademy.org/khan-labs'], source: listed('kaynxu', 'README.md'), checked: CHECKED_3 }, // www.khanacademy.org/khan-labs (2026-12-07, CHECKED_C22, mergefix): Khan Academy's own page for Khanmigo, the source being the page itself, as the c22 wellknown2 pass reported (Khan Academy's page on Khanmigo: annualreport.khanacademy.org/khanmigo)
  { id: 'ai2-playground', name: 'Ai2 Playground', vendor: 'Allen Institute for AI', category: 'chat', domains: ['playground.allenai.org'], source: 'https://github.com/allenai/OLMo/blob/59a53e3f68e546330ca5a99ec626e58f9ab96494/README.md', checked: CHECKED_C12 }, // Ai2's repository; links playground.allenai.org
  { id: 'paperguide', name: 'Paperguide', vendor: 'Paperguide', domains: ['paperguide.ai'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'afforai', name: 'Afforai', vendor: 'Afforai', domains: ['afforai.com'], source: listed('shadowaltz', 'tools-and-tech/ai-research-tools.md'), checked: CHECKED_C10 },
  { id: 'mindgrasp', name: 'Mindgrasp', vendor: 'Mindgrasp', domains: ['mindgrasp.ai'], source: listed('kostja94', 'INDEX.md'), checked: CHECKED_3 },
  { id: 'recall', name: 'Recall', vendor: 'Recall', domains: ['getrecall.ai', 'recall.it'], source: listed('steven2358'), checked: CHECKED_2 },
  { id: 'eightify', name: 'Eightify', vendor: 'Eightify', domains: ['eightify.app'], source: listed('laylavish', 'list.txt'), checked: CHECKED_3 },
  { id: 'glasp', name: 'Glasp', vendor: 'Glasp', domains: ['glasp.co'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'thinkany', name: 'ThinkAny', vendor: 'ThinkAny', domains: ['thinkany.ai', 'thinkany.so'], source: listed('dreamtrainer'), checked: CHECKED_2 }, // thinkany.so, its mainland edition: listed('dreamtrainer')
  { id: 'morphic', name: 'Morphic', vendor: 'Morphic', domains: ['morphic.sh'], source: listed('felladrin'), checked: CHECKED_2 },
  { id: 'hika', name: 'Hika', vendor: 'Hika', domains: ['hika.fyi'] },
  { id: 'scira', name: 'Scira', vendor: 'Scira', domains: ['scira.ai', 'scira.how'], source: listed('felladrin'), checked: CHECKED_2 }, // scira.how (c25 rebrands2): Scira's earlier host; the README of its own repository (zaidmukaddam/scira@01bca3851de5d710838e8c3cf20664f258a18a99 README.md) sets https://scira.how?q=%s as the search URL of the AI search engine
  { id: 'openevidence', name: 'OpenEvidence', vendor: 'OpenEvidence', domains: ['openevidence.com'] },
  { id: 'keenious', name: 'Keenious', vendor: 'Keenious', domains: ['keenious.com'], source: listed('filipecalegario'), checked: CHECKED_2 },
  { id: 'iris-ai', name: 'Iris.ai', vendor: 'Iris.ai', domains: ['iris.ai'], source: listed('whoisdsmith'), checked: CHECKED_C12 }, // Iris.ai at iris.ai
  { id: 'petal', name: 'Petal', vendor: 'Petal', domains: ['petal.org'], apiEndpoints: ['cite.petal.org'], source: 'https://docs.petal.org/usecases/ai_chat', checked: CHECKED_C15 }, // Petal's own API docs, stored copy read (fifteenth-session re-check, was homepage-only): AI chat sessions over the documents in a Petal workspace, created through its API on cite.petal.org
  { id: 'sourcely', name: 'Sourcely', vendor: 'Sourcely', domains: ['sourcely.net'], source: listed('filipecalegario'), checked: CHECKED_2 },
  { id: 'upword', name: 'Upword', vendor: 'Upword', domains: ['upword.ai'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'wiseone', name: 'Wiseone', vendor: 'Wiseone', domains: ['wiseone.io'], source: listed('whoisdsmith', 'AIMF.md'), checked: CHECKED_C12 }, // Wiseone at wiseone.io
  { id: 'bearly', name: 'Bearly', vendor: 'Bearly', domains: ['bearly.ai'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'pdf-ai', name: 'PDF.ai', vendor: 'PDF.ai', domains: ['pdf.ai'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'docanalyzer', name: 'DocAnalyzer.AI', vendor: 'DocAnalyzer', domains: ['docanalyzer.ai'], source: listed('aiagenta2z', 'AGENT.md'), checked: CHECKED_C12 }, // entry "docanalyzer ai" at docanalyzer.ai (AI agents for documents)
  { id: 'sharly', name: 'Sharly', vendor: 'Sharly', domains: ['sharly.ai'], source: 'https://docs.sharly.ai/faq', checked: CHECKED_C12 },
  { id: 'anara', name: 'Anara', vendor: 'Anara', domains: ['anara.com'], source: 'https://support.anara.com/en/articles/14473068-how-anara-searches-your-documents', checked: CHECKED_C10 },
  { id: 'otio', name: 'Otio', vendor: 'Otio', domains: ['otio.ai'], source: listed('shadowaltz', 'tools-and-tech/ai-research-tools.md'), checked: CHECKED_C10 },
]);
