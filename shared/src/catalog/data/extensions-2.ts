// More AI browser extensions (second pass, 2026-12-05). Each id below was read in a public file that links
// the extension's store listing with that id (found by exact search for the listing URL in public
// repositories); the comment on each row says where. Where the only file naming an id was a single
// third-party document and nothing else corroborated it, the comment says "one source". An id that files
// disagreed on, or that was seen only in a file that got another well-known id wrong, was left out. Names
// are store names, made longer where the short one is an ordinary word (Recall, Lavender, Fathom, Bluedot)
// so the name match of classifyExtension cannot flag an unrelated extension of the same word (traps in
// extension-lookalikes.test.ts).
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools } from './define';

const store = (slug: string, id: string) => `https://chromewebstore.google.com/detail/${slug}/${id}`;
const edge = (slug: string, id: string) => `https://microsoftedge.microsoft.com/addons/detail/${slug}/${id}`;

export const extensionTools2: Tool[] = defineTools(
  'browser-extension',
  [
    // Chat sidebars and multi-model companions
    // chathub-dev README install badge, the project's own rating link, and several blog posts
    { id: 'chathub-extension', name: 'ChatHub', vendor: 'ChatHub', extensionIds: ['iaakpnchhognanibcahlpcplchdfmgma', 'kdlmggoacmfoombiokflpeompajfljga'], source: store('chathub-all-in-one-chatbo', 'iaakpnchhognanibcahlpcplchdfmgma') }, // kdlmggoacmfoombiokflpeompajfljga, its Edge Add-ons id: listed('billmei'), CHECKED_C12
    // josStorer/chatGPTBox README badges (Chrome and Edge) and forks of it
    { id: 'chatgptbox-extension', name: 'ChatGPTBox', vendor: 'ChatGPTBox (open source)', extensionIds: ['eobbhoofkanlmddnplfhnmkfbnlhpbbo', 'enjmfilpkbbabhgeoadmdpjjpnahkogf'], source: store('chatgptbox', 'eobbhoofkanlmddnplfhnmkfbnlhpbbo') },
    // n4ze3m/page-assist install link quoted in many guides; the Edge id in the project README's Edge
    // Add-ons badge; the Firefox id is the gecko id in its wxt.config.ts
    { id: 'page-assist-extension', name: 'Page Assist', vendor: 'Page Assist (open source)', extensionIds: ['jfgfiigpkhlkbnfnbobbkinehhfdhndo', 'ogkogooadflifpmmidmhjedogicnhooa', 'page-assist@nazeem'], source: store('page-assist-a-web-ui-for', 'jfgfiigpkhlkbnfnbobbkinehhfdhndo') },
    // wong2/chatgpt-google-extension README ("Install from Chrome Web Store") and lists
    { id: 'chatgpt-for-google-extension', name: 'ChatGPT for Google', vendor: 'ChatGPT for Google (open source)', extensionIds: ['jgjaeacdkonaoafenlfkkkmbaopkbilf'], source: store('chatgpt-for-google', 'jgjaeacdkonaoafenlfkkkmbaopkbilf') },
    // an awesome-chatgpt list translation ("ChatGPT for Search Engines")
    { id: 'chatgpt-for-search-engines-extension', name: 'ChatGPT for Search Engines', vendor: 'ChatGPT for Search Engines', extensionIds: ['feeonheemodpkdckaljcjogdncpiiban'], source: store('chatgpt-for-search-engine', 'feeonheemodpkdckaljcjogdncpiiban') },
    // OptiSearch's own source: its webstores table names all three of its builds
    { id: 'optisearch-extension', name: 'OptiSearch', vendor: 'OptiSearch', extensionIds: ['bbojmeobdaicehcopocnfhaagefleiae'], source: store('optisearch', 'bbojmeobdaicehcopocnfhaagefleiae') },
    { id: 'bing-chat-in-google-extension', name: 'Bing Chat GPT-4 in Google', vendor: 'OptiSearch', extensionIds: ['pcnhobmoglanpljipbomknafhdlcgcng'], source: store('bing-chat-gpt-4-in-google', 'pcnhobmoglanpljipbomknafhdlcgcng') },
    { id: 'bard-for-search-engines-extension', name: 'Bard for Search Engines', vendor: 'OptiSearch', extensionIds: ['pkdmfoabhnkpkcacnmgilaeghiggdbgf'], source: store('bard-for-search-engines', 'pkdmfoabhnkpkcacnmgilaeghiggdbgf') },
    // a Japanese tools post and a site's settings link to the same listing
    { id: 'bing-chat-for-all-browsers-extension', name: 'Bing Chat for All Browsers', vendor: 'Bing Chat for All Browsers', extensionIds: ['jofbglonpbndadajbafmmaklbfbkggpo'], source: store('bing-chat-for-all-browser', 'jofbglonpbndadajbafmmaklbfbkggpo') },
    // one source: a guide naming it beside other Bing Chat plugins
    { id: 'bingchatanywhere-extension', name: 'Bing Chat Anywhere', vendor: 'Bing Chat Anywhere', extensionIds: ['pgmomcbgjgohbiagkkkcmhflipkllggi'], source: store('bingchatanywhere', 'pgmomcbgjgohbiagkkkcmhflipkllggi') },
    // research notes on browser agents (twice) and a listing review table
    { id: 'aitopia-extension', name: 'AITOPIA', vendor: 'AITOPIA', extensionIds: ['becfinhbfclcgokjlobojlnldbfillpf'], source: store('aitopia', 'becfinhbfclcgokjlobojlnldbfillpf') },
    // two blog posts (Chinese) linking the listing
    { id: 'elmo-extension', name: 'Elmo Chat', vendor: 'Lepton AI', extensionIds: ['ipnlcfhfdicbfbchfoihipknbaeenenm'], source: store('elmo-chat-your-ai-web-cop', 'ipnlcfhfdicbfbchfoihipknbaeenenm') },
    // the same blog post as Elmo, and the Mereos extension list (extensions-3.ts) names this id BrainyAI
    { id: 'brainyai-extension', name: 'BrainyAI', vendor: 'BrainyAI', extensionIds: ['jmcllpdchgacpnpgechgncndkfdogdah'], source: store('brainyai-browser-ai-sidek', 'jmcllpdchgacpnpgechgncndkfdogdah') },
    // ChatGPT companions (prompt libraries, voice, export)
    // sindresorhus/awesome-chatgpt readme, "Browser extensions"
    { id: 'fancygpt-extension', name: 'FancyGPT', vendor: 'FancyGPT', extensionIds: ['meonalmakdjaojaoipfhahcfccoecegk'], source: store('fancygpt', 'meonalmakdjaojaoipfhahcfccoecegk') },
    { id: 'writingmate-extension', name: 'WritingMate.ai', vendor: 'Writingmate', extensionIds: ['iihamopomflffiecicbgelncanmfionp'], source: store('writingmateai-1-chatgpt-a', 'iihamopomflffiecicbgelncanmfionp') },
    { id: 'chatgpt-for-chrome-youtube-summary-extension', name: 'ChatGPT for Chrome & YouTube Summary', vendor: 'ChatGPT for Chrome & YouTube Summary', extensionIds: ['cdjifpfganmhoojfclednjdnnpooaojb'], source: store('chatgpt-for-chrome-youtub', 'cdjifpfganmhoojfclednjdnnpooaojb') },
    // awesome-chatgpt list and its translations, and several other lists
    { id: 'chatgpt-prompt-genius-extension', name: 'ChatGPT Prompt Genius', vendor: 'ChatGPT Prompt Genius (open source)', extensionIds: ['jjdnakkfjnnbbckhifcfchagnpofjffo'], source: store('chatgpt-prompt-genius', 'jjdnakkfjnnbbckhifcfchagnpofjffo') },
    // many guides and two projects crediting it in code comments
    { id: 'voice-control-for-chatgpt-extension', name: 'Voice Control for ChatGPT', vendor: 'Voice Control for ChatGPT', extensionIds: ['eollffkcakegifhacjnlnegohfdlidhn'], source: store('voice-control-for-chatgpt', 'eollffkcakegifhacjnlnegohfdlidhn') },
    // C-Nedelcu/talk-to-chatgpt README and projects crediting it
    { id: 'talk-to-chatgpt-extension', name: 'Talk-to-ChatGPT', vendor: 'Talk-to-ChatGPT (open source)', extensionIds: ['hodadfhfagpiemkeoliaelelfbboamlk', 'bkkdkngklccknmoalpoakglipbibafpn'], source: store('talk-to-chatgpt', 'hodadfhfagpiemkeoliaelelfbboamlk') }, // bkkdkngklccknmoalpoakglipbibafpn, its Edge Add-ons id: the project README's Edge link (C-Nedelcu/talk-to-chatgpt at 851519fa4b07617c257ad8f5053d729b09656863, README.md line 11), CHECKED_C15
    // several READMEs and guides (the same name is used by another listing, which is not claimed here)
    { id: 'chatgpt-exporter-extension', name: 'ChatGPT Exporter', vendor: 'ChatGPT Exporter', extensionIds: ['ilmdofdhpnhffldihboadndccenlnfll'], source: store('chatgpt-exporter-chatgpt', 'ilmdofdhpnhffldihboadndccenlnfll') },
    // supermemoryai/supermemory web app code (install buttons, redirect route)
    { id: 'supermemory-extension', name: 'Supermemory', vendor: 'Supermemory', extensionIds: ['afpgkkipfdpeaflnpoaffkcankadgjfc'], source: store('supermemory', 'afpgkkipfdpeaflnpoaffkcankadgjfc') },
    // MCP SuperAssistant README and many setup guides; mcpsuperassistant.ai (2026-12-06) is the website
    // listed('punkpeyemcpclients') gives for it (README.md, "MCP SuperAssistant": GitHub srbhptl39/MCP-SuperAssistant).
    // Its Firefox gecko id: listed('c14extsmcpsa', 'chrome-extension/manifest.ts') (fourteenth session).
    { id: 'mcp-superassistant-extension', name: 'MCP SuperAssistant', vendor: 'MCP SuperAssistant (open source)', domains: ['mcpsuperassistant.ai'], extensionIds: ['kngiafgkdnlkgmefdafaibkibegkcaef', 'saurabh@mcpsuperassistant.ai'], source: store('mcp-superassistant', 'kngiafgkdnlkgmefdafaibkibegkcaef') },
    // Gemini Voyager READMEs (several languages) give one Edge Add-ons id; its code names two different
    // Chrome ids in different versions, so no Chrome id was claimed; a newer commit names only one (see the row's comment)
    { id: 'gemini-voyager-extension', name: 'Gemini Voyager', vendor: 'Gemini Voyager (open source)', extensionIds: ['gibmkggjijalcjinbdhcpklodjkhhlne', 'iifacdnjakkhjjiengaffnegbndgingi', 'kjdpnimcnfinmilocccippmododhceol', 'gemini-voyager@nagi-ovo'], source: edge('gemini-voyager', 'gibmkggjijalcjinbdhcpklodjkhhlne') }, // iifacdnjakkhjjiengaffnegbndgingi, its Chrome id: the one Chrome id its README (badges and store link, lines 21 and 135) and code name at Nagi-ovo/gemini-voyager 103c367c0230b4b1c176066cf777a246c6c84d8f; kjdpnimcnfinmilocccippmododhceol, its earlier Chrome listing (README.md lines 22-23 at 345d50022fa7025a8aac68356582b6b2005f6991, replaced on 2026-03-23 by a commit that says the Chrome Web Store id was updated); gemini-voyager@nagi-ovo, its Firefox gecko id (manifest.json line 16 at the newer commit), CHECKED_C16
    // a Japanese NotebookLM guide
    { id: 'notebooklm-web-importer-extension', name: 'NotebookLM Web Importer', vendor: 'NotebookLM Web Importer', extensionIds: ['ijdefdijdmghafocfmmdojfghnpelnfn'], source: store('notebooklm-web-importer', 'ijdefdijdmghafocfmmdojfghnpelnfn') },
    // Summarisers (YouTube, pages, PDFs, papers)
    { id: 'tubesum-extension', name: 'TubeSum', vendor: 'TubeSum', extensionIds: ['hkhihfjmjgledkdhmlohldmpnolcoabm'], source: store('tubesum', 'hkhihfjmjgledkdhmlohldmpnolcoabm') }, // awesome-chatgpt
    // several research notes and guides
    { id: 'eightify-extension', name: 'Eightify', vendor: 'Eightify', extensionIds: ['cdcpabkolgalpgeingbdcebojebfelgb'], source: store('eightify-ai-youtube-summa', 'cdcpabkolgalpgeingbdcebojebfelgb') },
    // sparticleinc's lists and many guides
    { id: 'glarity-extension', name: 'Glarity', vendor: 'Sparticle', extensionIds: ['cmnlolelipjlhfkhpohphpedmkfbobjc'], source: store('glarity-summary-for-googl', 'cmnlolelipjlhfkhpohphpedmkfbobjc') },
    // three product-research notes; the other four ids are listed as "NoteGPT" in the Mereos extension
    // list (see extensions-3.ts)
    { id: 'notegpt-extension', name: 'NoteGPT', vendor: 'NoteGPT', extensionIds: ['baecjmoceaobpnffgnlkloccenkoibbb', 'eacfcoicoelokngmcgkkdakohpaklgmk', 'indcipieilphhkjlepfgnldhjejiichk', 'oihfhipjjdpilmmejmbeoiggngmaaeko', 'gnobmiceibhknbpgkacoceabpealjnom'], source: store('notegpt-youtube-summary-c', 'baecjmoceaobpnffgnlkloccenkoibbb') },
    // two product-research notes
    { id: 'recall-extension', name: 'Recall: Summarize Anything', vendor: 'Recall', extensionIds: ['ldbooahljamnocpaahaidnmlgfklbben'], source: store('recall-summarize-anything', 'ldbooahljamnocpaahaidnmlgfklbben') },
    // a Japanese research-tools comparison; the Mereos extension list names this id SciSpace
    { id: 'scispace-extension', name: 'SciSpace Copilot', vendor: 'SciSpace', extensionIds: ['cipccbpjpemcnijhjcdjmkjhmhniiick'], source: store('scispace-do-hours-of-rese', 'cipccbpjpemcnijhjcdjmkjhmhniiick') },
    // one source: a study-tools research note
    { id: 'knowt-extension', name: 'Knowt', vendor: 'Knowt', extensionIds: ['akegecpdcdbkjioddaingaedacjgfjhm'], source: store('knowt-quizlet-import-ai-n', 'akegecpdcdbkjioddaingaedacjgfjhm') },
    // Writing assistants and detectors
    // HyperWrite's own site code ("built through our Chrome Extension") and lists
    { id: 'hyperwrite-extension', name: 'HyperWrite', vendor: 'OthersideAI', extensionIds: ['kljjoeapehcmaphfcjkmbhkinoaopdnd'], source: store('hyperwrite-ai-assistant', 'kljjoeapehcmaphfcjkmbhkinoaopdnd') },
    // course notes and a download script
    { id: 'textcortex-extension', name: 'TextCortex', vendor: 'TextCortex', extensionIds: ['hahkojdegblcccihngmgndhdfheheofe'], source: store('textcortex-personal-ai-as', 'hahkojdegblcccihngmgndhdfheheofe') },
    // several guides; the Edge id in Microsoft Edge guides
    { id: 'microsoft-editor-extension', name: 'Microsoft Editor', vendor: 'Microsoft', extensionIds: ['gpaiobkfhnonedkhhfjpmhdalgeoebfa', 'hokifickgkhplphjiodbggjmoafhignh'], source: store('microsoft-editor-spelling', 'gpaiobkfhnonedkhhfjpmhdalgeoebfa') },
    // a site script choosing ProWritingAid's extension per browser (another file's id for it was in a
    // table that also got LanguageTool's id wrong, so it is not used)
    { id: 'prowritingaid-extension', name: 'ProWritingAid', vendor: 'Orpheus Technology', extensionIds: ['npnbdojkgkbcdfdjlfdmplppdphlhhcf'], source: store('prowritingaid-grammar-che', 'npnbdojkgkbcdfdjlfdmplppdphlhhcf') },
    // GPTZero's own blog footer ("Chrome Extension") and two research notes
    { id: 'gptzero-extension', name: 'GPTZero', vendor: 'GPTZero', extensionIds: ['kgobeoibakoahbfnlficpmibdbkdchap'], source: store('gptzero-ai-detector-and-h', 'kgobeoibakoahbfnlficpmibdbkdchap') },
    // Email writers
    // MailMaestro's website pages ("Outlook or Gmail" install links)
    { id: 'mailmaestro-extension', name: 'MailMaestro', vendor: 'MailMaestro', extensionIds: ['hjdkljkgenkplcgeecgjjgijpipnneai'], source: store('mailmaestro-gmail-ai-assi', 'hjdkljkgenkplcgeecgjjgijpipnneai') },
    // a sales-tools research note; the Mereos extension list names this id Lavender
    { id: 'lavender-extension', name: 'Lavender AI Email Assistant', vendor: 'Lavender', extensionIds: ['necbalcggglceeioaehdbkpbldmoabii'], source: store('lavender', 'necbalcggglceeioaehdbkpbldmoabii') },
    // Translators
    // openai-translator README badges (several languages) and guides; the Firefox id is the gecko id in
    // its src/browser-extension/manifest.ts
    { id: 'openai-translator-extension', name: 'OpenAI Translator', vendor: 'OpenAI Translator (open source)', extensionIds: ['ogjibjphoadhljaoicdnjnmgokohngcc', 'openaitranslator@gmail.com'], source: store('openai-translator', 'ogjibjphoadhljaoicdnjnmgokohngcc') },
    // several translator comparisons
    { id: 'trancy-extension', name: 'Trancy', vendor: 'Trancy', extensionIds: ['mjdbhokoopacimoekfgkcoogikbfgngb'], source: store('trancy-ai-translator-dual', 'mjdbhokoopacimoekfgkcoogikbfgngb') },
    // a translator comparison table (store snapshot with users and ratings); the Edge id in the project
    // README (fishjar/kiss-translator) and its homepage code
    { id: 'kiss-translator-extension', name: 'KISS Translator', vendor: 'KISS Translator (open source)', extensionIds: ['bdiifdefkgmcblbcghdlonllpjhhjgof', 'jemckldkclkinpjighnoilpbldbdmmlh'], source: store('kiss-translator', 'bdiifdefkgmcblbcghdlonllpjhhjgof') },
    // Bistutu/FluentRead README links both the Chrome and the Edge listing
    // fluent.thinkstu.com (2026-12-06): FluentRead's site in listed('deepseekintegration') (README.md); the exact
    // subdomain only, never its maker's thinkstu.com.
    { id: 'fluentread-extension', region: 'china', name: 'FluentRead', vendor: 'FluentRead (open source)', domains: ['fluent.thinkstu.com'], extensionIds: ['djnlaiohfaaifbibleebjggkghlmcpcj', 'kakgmllfpjldjhcnkghpplmlbnmcoflp'], source: store('fluentread', 'djnlaiohfaaifbibleebjggkghlmcpcj') },
    // Meeting note-takers
    // five files, among them site code with an install button
    { id: 'fathom-extension', name: 'Fathom AI Note Taker', vendor: 'Fathom', extensionIds: ['nhocmlminaplaendbabmoemehbpgdemn'], source: store('fathom-ai-note-taker-for', 'nhocmlminaplaendbabmoemehbpgdemn') },
    // a market-research data file; the Mereos extension list names this id Read AI
    { id: 'read-ai-extension', name: 'Read AI', vendor: 'Read AI', extensionIds: ['aiamjjeggglngiggkmmbnpnpeejjejaf'], source: store('read-ai', 'aiamjjeggglngiggkmmbnpnpeejjejaf') },
    // a note-taker comparison; the Mereos extension list names this id Bluedot
    { id: 'bluedot-extension', name: 'Bluedot AI Notetaker', vendor: 'Bluedot', extensionIds: ['aeeninnnlhgaojlolnbpljadhbionlal'], source: store('bluedot-ai-notetaker-meet', 'aeeninnnlhgaojlolnbpljadhbionlal') },
    // a product page's "Get extension" button; the Mereos extension list names this id Krisp
    { id: 'krisp-extension', name: 'Krisp AI Meeting Assistant', vendor: 'Krisp', extensionIds: ['lnmbdamplioghdakbfnbbofeipjlbgpk'], source: store('krisp-ai-meeting-assistan', 'lnmbdamplioghdakbfnbbofeipjlbgpk') },
    // one source: a meeting-tools research note
    { id: 'avoma-extension', name: 'Avoma', vendor: 'Avoma', extensionIds: ['llppmekagejbkddkfaccppnjgipglgne'], source: store('avoma', 'llppmekagejbkddkfaccppnjgipglgne') },
    // Coding helpers
    // Exafunction's codeium.vim / codeium.nvim / codeium.el READMEs and the Codeium docs; the second id,
    // "Codeium Enterprise", from the Mereos extension list (see extensions-3.ts)
    { id: 'codeium-extension', name: 'Codeium', vendor: 'Windsurf (Codeium)', extensionIds: ['hobjkcpmjhlegmobgonaagepfckjkceh', 'khggpfckdcbplckilngofklijfifinmj'], source: store('codeium', 'hobjkcpmjhlegmobgonaagepfckjkceh') },
    // several files, slugs of its successive store names
    { id: 'blackbox-ai-extension', name: 'BLACKBOX AI', vendor: 'BLACKBOX AI', extensionIds: ['mcgbeeipkmelnpldkobichboakdfaeon'], source: store('blackboxai', 'mcgbeeipkmelnpldkobichboakdfaeon') },
    // Agents
    // nanobrowser README (several languages) and agent tool lists
    { id: 'nanobrowser-extension', name: 'Nanobrowser', vendor: 'Nanobrowser (open source)', domains: ['nanobrowser.ai'], extensionIds: ['imbddededgmcgfhfpcjmijokokekbkal'], source: store('nanobrowser', 'imbddededgmcgfhfpcjmijokokekbkal') }, // nanobrowser.ai (2026-12-06): listed('steelwebagents', 'README.md'), "Nanobrowser"
    // Moonshot's WebBridge docs in several languages and its app code
    { id: 'kimi-webbridge-extension', region: 'china', name: 'Kimi WebBridge', vendor: 'Moonshot AI', extensionIds: ['fldmhceldgbpfpkbgopacenieobmligc'], source: store('kimi-webbridge', 'fldmhceldgbpfpkbgopacenieobmligc') },
  ],
  { checked: CHECKED_3 },
);
