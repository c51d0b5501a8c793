// AI browser extensions, sixteenth-session extension pass (exts, 2026-12-06, issue 15). As in extensions-c15-exts.ts,
// one kind of source: the extension's own repository (or its maker's website repository), read at the commit in the
// row's source, whose README store links and badges give the Chrome Web Store and Edge Add-ons ids and whose Firefox
// manifest gives the gecko id. Leads came from code-index searches for store links beside AI words (Chrome
// "detail/" with ai-, ollama, deepseek, claude, gemini, grok; Firefox "addon/" with chatgpt, claude, ai-; Edge
// "addons/detail/chatgpt"), repository-name searches (gpt-extension, ai-chrome-extension, ai-sidebar, claude-extension,
// the Singularity Labs organisation), the Edge extensions community's discussions, and the popular open-source AI
// extensions' own repositories; some 90 repositories were fetched, most naming no listing at all. Measured on the lead
// list (94 listing ids from the repositories read here, including those of extensions already in the catalog): 41
// classified before (43.6%), 93 after (98.9%; the one left is KISS Translator's Thunderbird-only gecko id, not a
// browser listing). Most popular open-source AI extensions (ChatGPTBox, WebChatGPT, Page Assist, ChatHub, Read Frog,
// FluentRead, OpenAI Translator, Nanobrowser, MCP SuperAssistant, Midscene, AIPex, Glarity ...) were already here with
// every id their repositories name; the gaps were Firefox gecko ids, so the pass also gave ids to four entries already
// here (each with a comment on the row): Gemini Voyager's current and earlier Chrome ids and its gecko id
// (extensions-2.ts), and the gecko ids of Claude Usage Tracker and NativeMind (extensions-3.ts) and Ollama Client
// (extensions-c12.ts).
// Rows are grouped by the repository's licence; a maker's own repository is cited whatever its licence (only
// third-party lists must be permissive), and the rows under "other licences" take only the maker's own ids from it.
// Left out: store links that point at another listing of the same maker (SciGemini's and GemGPT's READMEs link SciGPT's
// and GoogleGPT's Edge listings), an Edge Add-ons id seen only in an issue on Microsoft's extension repository
// (Timeline: ChatGPT & Gemini), ids seen only in third parties' files or in files whose repository could not be named
// or fetched (Thunderbit's AI web scraper, named in its own blog posts in the code index; Gemini Folders, Grok Usage
// Watch, Claude to PDF, Claude Exporter, Claude Usage Pacer, Claude i18n, ChatGPT Citation Generator, AI Copilot for
// LinkedIn, DeepSeek Exporter), placeholder gecko ids (Nanobrowser's example@example.com, Covai Labs' ai-chat-exporter@local.dev), AI-Overview extractors and
// AI-site blockers (not AI tools), and the many repositories with no listing (Taxy AI, chrome MCP server, Browser
// Copilot, Cognito, Kapture, Open WebUI's extension). Generic names are qualified so that only the ids match them
// (WebBrain, AI Side Panel, AI Chat Exporter). lookalikes-c16-exts.test.ts checks every id and name and the ordinary names beside them.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C16, defineTools } from './define';

const gh = (repo: string, commit: string, file: string) => `https://github.com/${repo}/blob/${commit}/${file}`;

/** Singularity Labs' extension repositories, all in one organisation (MIT forks of Zohaib Ahmed's projects, MultiGPT GPL-3.0). */
const sl = (repo: string, commit: string) => gh(`SingularityLabs-ai/${repo}`, commit, 'README.md');

export const extensionToolsC16Exts: Tool[] = defineTools(
  'browser-extension',
  [
    // Permissive licences (MIT, Apache-2.0, MPL-2.0)
    // AI Group Tabs, groups open tabs by topic with an OpenAI-compatible model (README.md line 28: store link; MIT)
    { id: 'ai-group-tabs-extension', name: 'AI Group Tabs', vendor: 'AI Group Tabs (open source)', extensionIds: ['hihpejmkeabgeockcemeikfkkbdofhji'], source: gh('MichaelYuhe/ai-group-tabs', '36100d3f93028e72faa498b419be6ff226becd76', 'README.md') },
    // DragGPT, sends selected text to ChatGPT from a button beside the selection (README.md line 9: store link; MIT)
    { id: 'draggpt-extension', name: 'DragGPT', vendor: 'DragGPT (open source)', extensionIds: ['akgdgnhlglhelinkmnmiakgccdkghjbh'], source: gh('Jonghakseo/drag-gpt-extension', 'e56a3abd273324c609c0f60219c4fd183f3724ee', 'README.md') },
    // PinGPT (Pinboard GPT), pins and tags ChatGPT answers (README.md lines 5-6: Chrome and Firefox links;
    // extension/firefox/manifest.json line 56: gecko id; MIT)
    { id: 'pingpt-extension', name: 'PinGPT', vendor: 'PinGPT (open source)', extensionIds: ['hdhoaialemjelcfjjmjkkhkffiggbnap', 'pingpt@dps.codes'], source: gh('0xdps/pinboard-gpt-extension', '5e8906096030067c8c6d0d0e4f8cc0ee3f34954b', 'README.md') },
    // Singularity Labs' chatbot extensions, each README's install badges (Chrome Web Store, Edge Add-ons)
    // SciGPT, summarises scientific papers on journal sites with ChatGPT (lines 32-33)
    { id: 'scigpt-extension', name: 'SciGPT', vendor: 'Singularity Labs', extensionIds: ['paahiifbajkfokamacmmaakejigmgoke', 'mhadibipedibfdhcckkjnnnbnkgbfanl'], source: sl('chatgpt-scientific-publications-extension', 'c85743e6739b9529c93cdd9c5a50144a90d0c4d5') },
    // GoogleGPT, ChatGPT answers beside Google results (lines 29 and 31; the listing's name is "ChatGPT for Google for free")
    { id: 'googlegpt-extension', name: 'GoogleGPT', vendor: 'Singularity Labs', extensionIds: ['pabeminldebomngnkgffiejipjjaaogi', 'mdhkejbkfomlifhmdmidhnaaagcijfjc'], source: sl('chatgpt-on-google-extension', '81abab0bf950ad7226f916caae234a510c28e650') },
    // ChatGPTonBard, ChatGPT answers inside Bard/Gemini (lines 17 and 19)
    { id: 'chatgptonbard-extension', name: 'ChatGPTonBard', vendor: 'Singularity Labs', extensionIds: ['eblbemelhgcmgigmgcmepggaoikjkhoe', 'jfnjdpghnehonomgigfndffcfncijocp'], source: sl('chatgpt-on-bard-extension', '7c5b4ea5d5fb376d803785d4e9855d52d60fa43e') },
    // BeyondBard, Bard/Gemini summaries beside Google and YouTube (lines 19 and 21)
    { id: 'beyondbard-extension', name: 'BeyondBard', vendor: 'Singularity Labs', extensionIds: ['ceknbkmhppjloheidfdpmaijdcgofoif', 'kgahbgkbdeipbnjiboihbkinnnobikdm'], source: sl('beyond-bard-mini', 'a35203fd4bae0da425b628722d73dc0740b35c6d') },
    // HindustanGPT, ChatGPT answers on Google in Indian languages (lines 22 and 24; the README's title is BharatGPT,
    // a name CoRover's Indian LLM also carries, so the row keeps the store name)
    { id: 'hindustangpt-extension', name: 'HindustanGPT', vendor: 'Singularity Labs', extensionIds: ['meekeejnaelkiggfhdfjaolehdchhoop', 'ddapjedokkkncmcmgkkpmcdaiadjldkh'], source: sl('chatgpt-on-hindi-google-extension', 'c4edef78dd977c48bc928d731dbe6a440cb2c0ed') },
    // SciGemini, paper summaries with Gemini (line 25: Chrome; its Edge badge points at SciGPT's listing, not taken)
    { id: 'scigemini-extension', name: 'SciGemini', vendor: 'Singularity Labs', extensionIds: ['fbdfkkohcnanaloccoianaglbgebjpoj'], source: sl('bard-scientific-publications-extension', '40ecd110ec0d1cceded6bb851543133c6fd340bb') },
    // GemGPT (BardOnChatGPT), Bard/Gemini inside ChatGPT (line 28: Chrome; its Edge badge points at GoogleGPT's listing)
    { id: 'gemgpt-extension', name: 'GemGPT', vendor: 'Singularity Labs', extensionIds: ['adegllojomfnieceeanfoblmlfcdpoab'], source: sl('bard-on-chatgpt-extension', '28ad41de15cbc6f09115d6c1a34f45c9dfbfd811') },
    // WebBrain, an AI browser agent that reads pages and acts on them with local or cloud models (its website template,
    // web/build/template.html line 1232: store link; src/firefox/manifest.json line 52: gecko id; MIT)
    { id: 'webbrain-extension', name: 'WebBrain (AI browser agent)', vendor: 'WebBrain (open source)', extensionIds: ['ljhijonmfahplgbbacgcfnaihbjljhhb', 'webbrain@esokullu.com'], source: gh('esokullu/webbrain', '3209ca327b393b506c78f3ca502d472d5c1b74ec', 'web/build/template.html') },
    // Free AI Side Bar, ChatGPT in Chrome's side panel (README.md line 5: store link; Apache-2.0)
    { id: 'free-ai-side-bar-extension', name: 'Free AI Side Bar', vendor: 'AI Side Bar (open source)', extensionIds: ['bphjdepgpbodffelhponjdfpjdajghgc'], source: gh('seonWKim/ai-sidebar', '56bbf5431e5084a9bd27ed3eab87e972d1933329', 'README.md') },
    // Firefox Translations, Mozilla's on-device neural translation add-on from the Bergamot project, since folded into
    // Firefox (README.md line 17: Firefox listing; extension/manifest.json line 9: gecko id; MPL-2.0)
    { id: 'firefox-translations-extension', name: 'Firefox Translations', vendor: 'Mozilla', extensionIds: ['firefox-translations-addon@mozilla.org'], source: gh('mozilla/firefox-translations', '65ef06bb526693022821b41603c3ce1e650b2819', 'README.md') },
    // AI Chat TOC, a table of contents beside long ChatGPT, Claude and Gemini chats (README.md lines 45-49: Firefox,
    // Chrome and Edge links; manifests/firefox_manifest.json line 56: gecko id; MIT)
    { id: 'ai-chat-toc-extension', name: 'AI Chat TOC', vendor: 'AI Chat TOC (open source)', extensionIds: ['ainbhafdpkbgbkcomkhkilokelolnnpn', 'ciclciocehhjmkknjhnpaaligmffmpcb', 'ai-chat-toc@extension'], source: gh('harshmann10/AI-Chat-TOC', '26d3e136cd50ab6733b36604944b75b3b542bc6e', 'README.md') },
    // AI Chat Cleaner, bulk-deletes chat history on AI chat platforms (README.md line 8: Firefox listing;
    // manifests/firefox.json line 103: gecko id; MIT)
    { id: 'ai-chat-cleaner-extension', name: 'AI Chat Cleaner', vendor: 'Sunny C. (AI Chat Cleaner)', extensionIds: ['aichatcleaner@sunnyc.de'], source: gh('benjarogit/ai-chat-cleaner', 'dcb0b62af21e504bf50f39510f8f7878f21b8a48', 'manifests/firefox.json') },
    // Claudezilla, Firefox browser automation for Claude Code (README.md line 25: Firefox listing; extension/manifest.json
    // line 10: gecko id; MIT)
    { id: 'claudezilla-extension', name: 'Claudezilla', vendor: 'Boot Industries', extensionIds: ['claudezilla@boot.industries'], source: gh('boot-industries/claudezilla', 'fb9c37e22ccaf3f75702e994d33150beb255427f', 'extension/manifest.json') },
    // ClaudeCodeBrowser, Firefox page automation for Claude Code (extension/manifest.json line 53: gecko id; MIT)
    { id: 'claudecodebrowser-extension', name: 'ClaudeCodeBrowser', vendor: 'Ligandal', extensionIds: ['claudecodebrowser@ligandal.com'], source: gh('nanogenomic/ClaudeCodeBrowser', 'd5f6bbe9fef2cfe82474722320af7e04499fb10d', 'extension/manifest.json') },
    // ChatGPT Tag Highlighter, colours ChatGPT's sidebar chats by title tags (ReadMe.md lines 9-10: Chrome and Firefox
    // links; src/manifest.firefox.json line 12: gecko id; MIT)
    { id: 'chatgpt-tag-highlighter-extension', name: 'ChatGPT Tag Highlighter', vendor: 'D0n9X1n (open source)', extensionIds: ['lplghggkggkbkkakjabafjenjlekogbm', 'chatgpt-tag-highlighter@D0n9X1n.dev'], source: gh('D0n9X1n/chatgpt-tag-highlighter', 'c8e2996ba008caa46bc4a90b91dafdecd1f74bd0', 'ReadMe.md') },
    // ChatGPT Message Saver, saves and indexes one's own ChatGPT prompts (README.md line 8: Firefox listing; manifest.json
    // line 15: gecko id; MIT)
    { id: 'chatgpt-message-saver-extension', name: 'ChatGPT Message Saver', vendor: 'ChatGPT Message Saver (open source)', extensionIds: ['chatgpt-message-saver@nimajelodari.me'], source: gh('C0deforbreakfast/ChatGPT-Message-Saver', '55075b9dbae24cb3e264fd3015fc037b4720b6d4', 'manifest.json') },
    // AI Agent for Overleaf, writing help, completion and error explanations in Overleaf's LaTeX editor with
    // OpenAI-compatible models (README.md lines 3-5: Chrome, Edge and Firefox links; public/manifest-firefox.json
    // line 8: gecko id; MIT)
    { id: 'ai-agent-for-overleaf-extension', name: 'AI Agent for Overleaf', vendor: 'bgeneto (AI Agent for Overleaf)', extensionIds: ['pcmffklbilmgckfkbncpoffmicdpfkmm', 'dgbgphmgphkibogcjhjhdmkjphejcead', 'ai-agent-for-overleaf@bgeneto.com'], source: gh('bgeneto/ai-agent-for-overleaf', '9636edf8d688e3910ce7939f545bd3e02843b691', 'README.md') },
    // Covai Labs' AI Chat Exporter, exports chats from ChatGPT, Claude, Gemini, Copilot, Perplexity and others
    // (README.md lines 8-9: Chrome and Edge links; its Firefox gecko id in wxt.config.ts, ai-chat-exporter@local.dev,
    // looks like a development id and is not taken; MPL-2.0)
    { id: 'ai-chat-exporter-covai-extension', name: 'AI Chat Exporter (Covai Labs)', vendor: 'Covai Labs', extensionIds: ['cgakhbhkplndjjknhgegfcipffflcaoj', 'hbgckjgfhnaedlihmkogenclfcnobicg'], source: gh('Covai-Labs/ai-chat-exporter', 'e8b760e9860ce276bfb52dfd010f67930703378c', 'README.md') },

    // Other licences: the maker's own repository read for its own ids only
    // MultiGPT, several chatbots side by side (README.md lines 27 and 29: Chrome and Edge; GPL-3.0)
    { id: 'multigpt-extension', name: 'MultiGPT', vendor: 'Singularity Labs', extensionIds: ['dfobejficjaelohpjceiicphofmmglop', 'hdlddhcngcdpcgajecjoccekfofmllfn'], source: sl('MultiGPT-mini', '9d175d75cf8d509a911b5a11c726fb57be2d680b') },
    // Share by ChatGPT, summarises the page with ChatGPT for sharing (README.md line 7: Chrome link; GPL-3.0)
    { id: 'share-by-chatgpt-extension', name: 'Share by ChatGPT', vendor: 'Share by ChatGPT (open source)', extensionIds: ['gflipcaadffoldodbknnlpfgcfdomekc'], source: gh('joyqi/sharebychatgpt-extension', '48bb8bd762314ce5e8b9a2921908618fe33ec033', 'README.md') },
    // ChatGPT for Edge, the Edge listing of a ChatGPT-beside-search-results extension (README.md line 9; GPL-3.0)
    { id: 'chatgpt-for-edge-extension', name: 'ChatGPT for Edge', vendor: 'devteam-addons (ChatGPT for Edge)', extensionIds: ['fkjiikdgpjeaocggailpihiklianahgp'], source: gh('devteam-addons/chatgpt-for-edge', 'd2ae58b6a008c2d86d6a3561179986d58c7291a6', 'README.md') },
    // BingAI Sidebar for Chrome, Bing's Copilot chat sidebar rebuilt for Chrome (README.md line 15: store link; AGPL-3.0)
    { id: 'bingai-sidebar-for-chrome-extension', name: 'BingAI Sidebar for Chrome', vendor: 'Harry-zklcdc (open source)', extensionIds: ['enfbonjklffanbdpfabadbgaljojhlei'], source: gh('Harry-zklcdc/bingai-sidebar-chrome', 'b92825c8255445a12e31ba81c7af605a979b45bb', 'README.md') },
    // Claude QoL, additions to Claude's web app by the maker of Claude Usage Tracker, whose notice card links its Chrome
    // listing (content-components/notification_card.js line 227; GPL-3.0)
    { id: 'claude-qol-extension', name: 'Claude QoL', vendor: 'lugia19 (Claude QoL)', extensionIds: ['dkdnancajokhfclpjpplkhlkbhaeejob'], source: gh('lugia19/Claude-Usage-Extension', '3a22d74bb7ad30efe03cd881c4b2793d5fc81789', 'content-components/notification_card.js') },
    // AI Side Panel, Gemini, ChatGPT, Claude and Copilot in Chrome's and Edge's side panel (README.md lines 11-12:
    // Chrome and Edge; no licence file)
    { id: 'ai-side-panel-creosb-extension', name: 'AI Side Panel (creosB)', vendor: 'Artists Company (creosB)', extensionIds: ['icapcpllhdnnpcmfdcgpnbgchfenmjmg', 'okldldohcpoeldjackkdakhoflphiipn'], source: gh('creosB/AI-Side-Panel-Extension', '40ce195a0dcf9f568a62e1cf181e77f83b2779f0', 'README.md') },
    // ollama-chrome-api, lets web pages use the visitor's local Ollama models once allowed (README.md line 22: store
    // link; no licence file)
    { id: 'ollama-chrome-api-extension', name: 'ollama-chrome-api', vendor: 'Mark Wylde (ollama-chrome-api)', extensionIds: ['eeceimooeojijecjhjedodbhimcfgiif'], source: gh('markwylde/ollama-chrome-api', '86ec00a4d23bcaae44388761eb2fe0de5eb1b7da', 'README.md') },
    // DeepSeekSuper, folders for DeepSeek chats (its website's about page, app/about/page.tsx line 9: store link; no
    // licence file)
    { id: 'deepseeksuper-extension', name: 'DeepSeekSuper', vendor: 'DeepSeekSuper', extensionIds: ['ifakidpnjchifdpplbihnalcbdkmdgkj'], source: gh('oaved/deepseeksuper-website', '0b2a994fa469d1295db22eb5e7d5da446d404601', 'app/about/page.tsx') },
    // ChatGPT SelfChat, lets two ChatGPT chats talk to each other (README.md line 9: Firefox and Chrome links; no licence
    // file)
    { id: 'chatgpt-selfchat-extension', name: 'ChatGPT SelfChat', vendor: 'vitaminwater (ChatGPT SelfChat)', extensionIds: ['bholnkibjojfohlkjamjjkfkfibdfpfg'], source: gh('vitaminwater/ChatGPT-SelfChat', '91635dc48b6b93bcbdc9dbf6db137e881a5c2411', 'README.md') },
    // GPT Tunnel, sends the passage being read to a ChatGPT chat with ready-made prompts (README.md line 7: store link;
    // no licence file)
    { id: 'gpt-tunnel-extension', name: 'GPT Tunnel', vendor: 'gpt-tunnel (open source)', extensionIds: ['dkelohhjcfbkjkgpmcnboojdonegbakl'], source: gh('tommy11jo/gpt-tunnel', 'f62dc26fc1b04b598f7a9ca8e6abe357ccd5d9ef', 'README.md') },
    // GPTCopy, copies ChatGPT's rendered equations into Word (README.md line 30: store link; no licence file)
    { id: 'gptcopy-extension', name: 'GPTCopy', vendor: 'GPTCopy (open source)', extensionIds: ['ibnfnmnloecjgmephfokgmlppccheoed'], source: gh('joeeliang/gptCopy', '29c37f43c9df03240c64bc3c63f2401361cc4af8', 'README.md') },
  ],
  { checked: CHECKED_C16 },
);
