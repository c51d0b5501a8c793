// AI browser extensions, twentieth-session extension pass (exts, 2026-12-07). As in extensions-c19.ts, the store ids
// come from one kind of source: the extension's own repository or its maker's website or portfolio repository, read at
// the commit in the row's source, whose README store links and badges or site files give the Chrome Web Store id.
// Leads: the brief's four ids without a source (ChatGPT Sidebar, GPT Breeze, MagicCopy, LLMnesia), then exact-string
// searches for Chrome Web Store detail links whose slug begins with a word not tried in the c16 and c19 passes (prompt,
// openai, tldr, voice, grammar, explain, ask-, and claude again), one Firefox Add-ons slug search (summar), 4
// code-index searches (GPT Breeze's site, sidebar chats, page summarisers with store badges, AI tab organisers) and
// repository-name look-ups to name the repository behind a hit: 41 look-ups in all (15 exact-string, 4 code-index, 16
// repository-name, 3 file-list, 3 file reads); 19 repositories were asked for and 16 arrived. OpenAI API Explorer's id
// was also checked against the public key in its manifest (SHA-256 of the key, hex mapped to a-p). Measured on the lead
// list (65 listing ids seen in those hits, /work/helpers/out/exts-ids.txt): 5 classified before (7.7%), 18 after
// (27.7%); on the 33 hosts met (/work/helpers/out/exts-hosts.txt) 8 before (24.2%), 11 after (33.3%; gptbreeze.io, its
// beta host and llmnesia.com, the makers' own sites, whose repositories are the sources). Already listed (skipped):
// Claude in Chrome, Prompt Perfect, OpenAI Translator, Immersive Translate, Grammarly, TLDR This. Left out: AI Copilot
// – MagicCopy (the maker's repository, ayqy/Copylot, names it Copylot, a clipboard cleaner that prepares Markdown for
// AI chats on-device without calling a model itself); GPT Breeze's older id bceemhpgndldchfglifbldmbgmebhdja, seen only
// in one agent-written blog post on its site (not the current listing); LLMnesia's Edge id, seen only in a stored
// version of its site file that no fetched commit holds; Claude i18n (pectics/claude-web-i18n, not fetchable); ids seen
// only in third parties' files, portfolios or in files whose repository could not be named (Article Summarizer with
// OpenAI, OpenAI Thread Lister, tldr, Voice Transcription + AI, Voice Rankings, Explain This, ExplainIt!, Explainly,
// Ask My AI, Ask David, Ask Me Anything AI, Ask Grok, Claude Usage Meter, Claude to PDF, Claude Chat Bulk Delete,
// PromptNest, Promptin, Promptive Sentry, TLDRL, VoiceHop); non-AI or anti-leak listings the slug searches met (Prompt
// Scrubber and Prompt Security's DLP extensions, VoiceKeep's caption saver, OpenAir timesheets, OpenAI Status Reader,
// Voice In dictation). Generic names are qualified so that only the ids match them (Page Summarizer, Ask AI, Ask
// Gemini). lookalikes-c20-exts.test.ts checks every id, name and host and the ordinary names and sites beside them.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C20, defineTools } from './define';

const gh = (repo: string, commit: string, file: string) => `https://github.com/${repo}/blob/${commit}/${file}`;

export const extensionsC20Tools: Tool[] = defineTools(
  'browser-extension',
  [
    // Sidebar chats and AI-chat helpers
    // Sidely - ChatGPT Sidebar, the official ChatGPT interface in Chrome's side panel with summarise/translate/explain
    // quick actions (README.md line 66: store link; its own commercial licence)
    { id: 'sidely-chatgpt-sidebar-extension', name: 'Sidely', vendor: 'Artem Parasochka (Sidely)', extensionIds: ['ibgipmeolfponfpmjhflfgkbcecpmcoo'], source: gh('parasochka/chatgpt-chrome-sidebar', '0ba2e8c935ec0c51612101fecd940e7ce5bfdb4c', 'README.md') },
    // Ask Gemini, sends questions to Google Gemini from the toolbar, a shortcut or the context menu (README.md line 5:
    // store badge; Apache-2.0)
    { id: 'ask-gemini-adhin-extension', name: 'Ask Gemini (Adhin37)', vendor: 'Adhin (Ask Gemini)', extensionIds: ['fjjilejcmcominckkkfboobnaplbkdfd'], source: gh('Adhin37/ask-gemini', 'eb918a829d602580127e90012845a4b5381c3f3b', 'README.md') },
    // LLMnesia, indexes and searches the user's AI conversations across ChatGPT, Claude, Gemini and other platforms;
    // the maker's website repository (app/about/page.js lines 11 and 22: description and store link; lib/site.js:
    // site llmnesia.com)
    { id: 'llmnesia-extension', name: 'LLMnesia', vendor: 'Keiran Flynn (LLMnesia)', domains: ['llmnesia.com'], extensionIds: ['leekfgbdojiaabifbjbbgiiclannjdkf'], source: gh('KeiranCPFlynn/llmnesia-site-njs', '1ef1df63a970ab570c1b29aa2d1b6851129c3b27', 'app/about/page.js') },
    // PromptMate, a prompt-library sidebar injected into ChatGPT and Claude (README.md line 10: store badge; MIT)
    { id: 'promptmate-extension', name: 'PromptMate', vendor: 'Jitan Gupta (PromptMate)', extensionIds: ['oknglgpcglngpaobpjndcaaljdchmgai'], source: gh('jitangupta/PromptMate', '6c7fd25bc40cf3c5af69b73f0f1a1b66a02514b7', 'README.md') },
    // PromptKeeper, a local AI prompt workspace with AI prompt scoring and Gemini Nano rewriting (README.md line 3:
    // store badge; ISC)
    { id: 'promptkeeper-extension', name: 'PromptKeeper', vendor: 'PromptKeeper (open source)', extensionIds: ['donmkahapkohncialmknoofangooemjb'], source: gh('pantsjj/PromptKeeper-ext', '1bb2f4fbeac6644d6c0b1c1c8532b7a5b6203b16', 'README.md') },
    // Shortcuts, explainers and summarisers
    // GPT Breeze, AI summaries and one-click AI shortcuts for YouTube, selected text and any page with the user's own
    // model (BYOM); the maker's website repository (src/components/landing/Hero.tsx lines 52 and 131: description and
    // store link; astro.config.mjs: site gptbreeze.io)
    { id: 'gpt-breeze-extension', name: 'GPT Breeze', vendor: 'GPT Breeze', domains: ['gptbreeze.io'], extensionIds: ['plchckmceefljjjphgfcadhlfnlindog'], source: gh('tektrg/gtB-website', '4d3e021778c8bae3a460d4b0bbbb197afffcaddd', 'src/components/landing/Hero.tsx') },
    // Dobby AI, inline AI explanations of selected text through an OpenAI proxy (README.md line 57: store link; MIT)
    { id: 'dobby-ai-extension', name: 'Dobby AI', vendor: 'Dobby AI (zhongnansu)', extensionIds: ['ebkmcgbkhegdmmmofiobmpnfmlljjjea'], source: gh('zhongnansu/ask-ai-extension', 'b5695628ff1fe8c855214bde437426358cd57cb8', 'README.md') },
    // Ask AI (Josh-Approved), answers questions about the page or YouTube video with Chrome's built-in Gemini Nano
    // (README.md line 19: store link; MIT)
    { id: 'ask-ai-josh-approved-extension', name: 'Ask AI (Josh-Approved)', vendor: 'Josh-Approved (Ask AI)', extensionIds: ['ijppmdedkjcpicffbinafhegdmkfdeff'], source: gh('Josh-Approved/ask-ai', '3dcd50fd0e0ce5065e6cc42436ee691c6a83d3b8', 'README.md') },
    // Page Summarizer (Medha170), summarises any page with Gemini 1.5 Flash (README.md line 3: store badge; no licence
    // file)
    { id: 'page-summarizer-medha170-extension', name: 'Page Summarizer (Medha170)', vendor: 'Medha170 (Page Summarizer AI)', extensionIds: ['jfpamiogeejbllgkconnhomkaemhhino'], source: gh('Medha170/PageSummarizerAI', 'd9e6aaf8625682bc20341ffb168429df4d4cc0b2', 'README.md') },
    // Free AI Summarizer, sends articles, YouTube transcripts and PDFs to ChatGPT, Gemini, Claude, Grok, Perplexity or
    // DeepSeek for a summary (README.md line 43: store link; MIT)
    { id: 'free-ai-summarizer-extension', name: 'Free AI Summarizer', vendor: 'Kojiro Futamura (gumob)', extensionIds: ['ojofnhnjhhjfpgenkakhpajjeidplidd'], source: gh('gumob/AISummarizer', '63b208ed29aca920a9b2b1e38852252af0b0679a', 'README.md') },
    // OpenAI API Explorer (TextAigist), summarises selected text with the OpenAI ChatGPT API; the maker's portfolio
    // repository (src/data/projects.js line 68: store link); the id matches the key in artemu78/OpenAI-API-Explorer's
    // manifest.json at d28bc93dd8061a2651b2b662abe664f7389aa25b
    { id: 'openai-api-explorer-extension', name: 'OpenAI API Explorer', vendor: 'Artem (artemu78)', extensionIds: ['cancnnlepmbfaegpklfklajlfglbdcan'], source: gh('artemu78/developer-portfolio', 'b7427381fd2adf9f7abf60b6e34984bca987b889', 'src/data/projects.js') },
    // tldr.map, turns web pages into mind maps summarised by the Gemini API (README.md line 8: store badge; MIT badge)
    { id: 'tldr-map-extension', name: 'tldr.map', vendor: 'Mulualem Tekle (tldr.map)', extensionIds: ['kplijcfeflnedbanohjjpnaoldoclgmc'], source: gh('MULUALEM-TEKLE/tldrmap_ch_ex', '526d3e1e77719a5eeb1a26411733f56870977c14', 'README.md') },
    // Translators
    // VoiceOne, translates selections and dubs captioned videos with Chrome's built-in on-device AI (Translator and
    // LanguageDetector APIs) (README.md line 3: store badge; MIT)
    { id: 'voiceone-extension', name: 'VoiceOne', vendor: 'Rohit Waghire (VoiceOne)', extensionIds: ['ingbabpokfkldjjpbgjkmfichemjagii'], source: gh('RohitWaghire/VoiceOne', 'b71cb54eb34f99b5b1d0df4d636f73d0d3bff65f', 'README.md') },
  ],
  { checked: CHECKED_C20 },
);
