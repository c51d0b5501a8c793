// AI browser extensions named, with their Chrome Web Store ids, in two public lists of installed-extension
// ids that their projects use to recognise extensions (both MIT, each read at the commit pinned below):
// the Mereos proctoring SDK's EXTENSIONS_LIST (5,000 ids with short store names, February 2026) and
// z0ccc/extension-detector's list (about 1,000 ids with full store names, September 2023). Only entries
// whose name plainly names an AI product were taken; where an id also appeared beside a store link in
// another public file the row says so. Third-party "ChatGPT", "DeepSeek", "Gemini AI" and "AI Chat"
// wrappers are grouped, one row each, since each name there belongs to several small publishers.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools } from './define';

const MEREOS_COMMIT = '816fdbfd06d8eb4cf1d3f07b05ee95ea4e490d0a';
const DETECTOR_COMMIT = 'bb64b87ca52fdc16d34146b2ed23750e1fc3702f';
/** Drone9/mereos (MIT) src/utils/constant.js, EXTENSIONS_LIST. */
const mereos = `https://github.com/Drone9/mereos/blob/${MEREOS_COMMIT}/src/utils/constant.js`;
/** z0ccc/extension-detector (MIT) src/utils/extensions.js. */
const detector = `https://github.com/z0ccc/extension-detector/blob/${DETECTOR_COMMIT}/src/utils/extensions.js`;

export const extensionTools3: Tool[] = defineTools(
  'browser-extension',
  [
    // Writing assistants
    { id: 'jasper-everywhere-extension', name: 'Jasper Everywhere', vendor: 'Jasper', extensionIds: ['bpiohchncadidhohcajcnoelomephkdd'] },
    { id: 'rytr-extension', name: 'Rytr', vendor: 'Rytr', extensionIds: ['cpnnabpklgnhjopaenljbbmkejamagel'] },
    { id: 'writesonic-extension', name: 'Writesonic', vendor: 'Writesonic', extensionIds: ['kchaponcodemjigejilffhfchecpgdpf'] },
    { id: 'hix-ai-extension', name: 'HIX.AI', vendor: 'HIX.AI', extensionIds: ['mlkgonfgckifcicdldcjkpbjfdmpdhad'] },
    { id: 'linguix-extension', name: 'Linguix', vendor: 'Linguix', extensionIds: ['ndgklmlnheedegipcohgcbjhhgddendc'] },
    { id: 'sapling-extension', name: 'Sapling.ai', vendor: 'Sapling', extensionIds: ['pjpgohokimaldkikgejifibjdpbopfdc'] },
    { id: 'trinka-extension', name: 'Trinka AI', vendor: 'Crimson Interactive', extensionIds: ['bbcmnbnmngpeofmpcdlcfalbniefegbp'] },
    { id: 'paperpal-extension', name: 'Paperpal', vendor: 'Cactus Communications', extensionIds: ['mhpjgcccinlocgiklkfllehilgmcnimp'] },
    { id: 'wordvice-ai-extension', name: 'Wordvice AI Writing Assistant', vendor: 'Wordvice', extensionIds: ['mncjlogojblmjaapdhpbihnkdbffdcgp'] },
    { id: 'jetbrains-grazie-extension', region: 'europe', name: 'JetBrains Grazie', vendor: 'JetBrains', extensionIds: ['fonaoompfjljjllgccccgjnhnoghohgc'] },
    { id: 'neuralwriter-extension', name: 'NeuralWriter', vendor: 'NeuralWriter', extensionIds: ['gfcjepjdkheiliokjanjkhfhfdmapcah'] },
    { id: 'contentbot-extension', name: 'ContentBot AI Writer', vendor: 'ContentBot', extensionIds: ['ehliocfmgnkdcgigclppnodpgkiodfco'] },
    { id: 'writeme-ai-extension', name: 'WriteMe.ai', vendor: 'WriteMe.ai', extensionIds: ['cekebjfebnajphajaemjhgjhpmdjepdo'] },
    { id: 'ai-blaze-extension', name: 'AI Blaze', vendor: 'Text Blaze', extensionIds: ['cebmnlammjhancocbbnfcglifgdpfejc'] },
    { id: 'jenni-web-importer-extension', name: 'Jenni Web Importer', vendor: 'Jenni AI', extensionIds: ['knofkelobfihppebfpbcbnfeeifldfgf'] },
    { id: 'textio-extension', name: 'Textio', vendor: 'Textio', extensionIds: ['iddnbalhmdkipfcopclcnchagfbmcgjb'] },
    // in both lists: "Grammar and Spelling checker by Ginger" (2023), "AI Grammar and Spell Checker" (2026)
    { id: 'ginger-extension', name: 'Grammar and Spelling checker by Ginger', vendor: 'Ginger Software', extensionIds: ['kdfieneakcjfaiglcfcgkidlkmlijjnh'], source: detector },
    { id: 'outwrite-extension', name: 'Outwrite', vendor: 'Outwrite', extensionIds: ['jldbdlmljpigglecmeclifcdhgbjbakk'], source: detector },
    // AI detectors and humanizers
    { id: 'originality-ai-extension', name: 'Originality.ai', vendor: 'Originality.ai', extensionIds: ['kdngfaamkbbkdbemejnlkmjfpmndjdmb'] },
    { id: 'winston-ai-extension', name: 'Winston AI', vendor: 'Winston AI', extensionIds: ['cdbldfdikpkmfcnpidikieafacjkchbg'] },
    { id: 'copyleaks-extension', name: 'Copyleaks', vendor: 'Copyleaks', extensionIds: ['gplcmncpklkdjiccbknjjkoidpgkcakd'] },
    { id: 'sapling-ai-detector-extension', name: 'Sapling AI Detector', vendor: 'Sapling', extensionIds: ['gbcfdjgipmpinkahpiambcikjkijimhi'] },
    { id: 'hive-ai-detector-extension', name: 'Hive AI Detector', vendor: 'Hive', extensionIds: ['cmeikcgfecnhojcbfapbmpbjgllklcbi'] },
    { id: 'polygraf-extension', name: 'Polygraf AI Content Detector', vendor: 'Polygraf AI', extensionIds: ['cbngnnhgfljncoliddifmkgklphlojnf'] },
    { id: 'undetectable-ai-extension', name: 'Undetectable AI', vendor: 'Undetectable AI', extensionIds: ['gbeiplkijfihbcieiihmeemjejohbiho'] },
    { id: 'stealthgpt-extension', name: 'StealthGPT', vendor: 'StealthGPT', extensionIds: ['cgbeoilpeagnpjjhfoomncafmnebikmb'] },
    // Meeting note-takers and sales-call AI
    { id: 'notta-extension', region: 'japan', name: 'Notta', vendor: 'Notta', extensionIds: ['kdelkaogljjcbjffjmahedaobfjineig'] },
    { id: 'meetgeek-extension', name: 'MeetGeek', vendor: 'MeetGeek', extensionIds: ['jgcndlaikgkhpbcekabcmnfeiaelgaon'] },
    { id: 'supernormal-extension', name: 'Supernormal', vendor: 'Supernormal', extensionIds: ['fpcobpnccdedokpllpeefhkgcddaejfl'] },
    { id: 'gong-anywhere-extension', name: 'Gong Anywhere', vendor: 'Gong', extensionIds: ['nbnadmpkgmmampijfdadgadjookahkbc'] },
    { id: 'winn-ai-extension', region: 'middle-east', name: 'WINN.AI', vendor: 'WINN.AI', extensionIds: ['kopfpnjmcapcepinmnbapinfmofpjhof'] },
    { id: 'mymeet-ai-extension', region: 'russia', name: 'Mymeet.ai', vendor: 'Mymeet.ai', extensionIds: ['hdbmiffpbgklodjfljddiliopfniidco'] },
    { id: 'twinmind-extension', name: 'TwinMind', vendor: 'TwinMind', extensionIds: ['agpbjhhcmoanaljagpoheldgjhclepdj'] },
    // Search, research and summarising
    { id: 'you-com-extension', name: 'You.com', vendor: 'You.com', extensionIds: ['chamcglaoafmjphcfppikphgianmmbjf'] },
    { id: 'scite-extension', name: 'Scite', vendor: 'Research Solutions (scite)', extensionIds: ['homifejhmckachdikhkgomachelakohh'] },
    { id: 'consensus-snap-extension', name: 'Consensus SNAP', vendor: 'Consensus', extensionIds: ['nkipnpoebmbpljbmiijjnmkolichinpi'] },
    { id: 'gigabrain-extension', name: 'GigaBrain', vendor: 'GigaBrain', extensionIds: ['kofkhnkdmpbngifdgbjeedlppjilcaei'] },
    { id: 'pdf-ai-extension', name: 'PDF.ai', vendor: 'PDF.ai', extensionIds: ['mkgegefmmdlpejiifolbbjjfggimnmoe'] },
    { id: 'casper-ai-extension', name: 'Casper AI', vendor: 'Casper AI', extensionIds: ['fgfiokgecpkambjildjleljjcihnocel'] },
    { id: 'gist-ai-extension', name: 'Gist AI', vendor: 'Gist AI', extensionIds: ['elmpkhkdonhdbkeaigkblbgckcihahoc'] },
    { id: 'mindgrasp-extension', name: 'Mindgrasp AI', vendor: 'Mindgrasp', extensionIds: ['cnlfgddhlclkgeljeaecehinfmjegmkp'] },
    { id: 'youmind-extension', name: 'YouMind', vendor: 'YouMind', extensionIds: ['cnnenlbocdcjnmpkkbbdgjfejinfffjc'] },
    { id: 'nativemind-extension', name: 'NativeMind', vendor: 'NativeMind', extensionIds: ['mgchaojnijgpemdfhpnbeejnppigfllj', '{48e0818d-6c94-43d4-9465-61ceb28080e3}'] }, // {48e0818d-…}, its Firefox gecko id: wxt.config.ts line 18 of NativeMindBrowser/NativeMindExtension at 70a2acc1425749913748c92309254a8f4e69aa8a (README.md line 12 links the Firefox listing), CHECKED_C16
    { id: 'arxiv-copilot-extension', name: 'arXiv Copilot', vendor: 'arXiv Copilot', extensionIds: ['cbmbcnfemgffnhceiiehgifnabceloeb'] },
    { id: 'tldr-this-extension', name: 'TLDR This', vendor: 'TLDR This', extensionIds: ['jjmnbidkmmabkalampbilajnheeokpoj'], source: detector },
    // Sidebars and all-in-one assistants
    { id: 'bearly-extension', name: 'Bearly.ai', vendor: 'Bearly', extensionIds: ['lkennebljmnnpimcgdjlocbncpamgipp'] },
    // 1min.ai (2026-12-05): the product's own site; its API docs, https://docs.1min.ai/docs/api/ai-feature-api (stored
    // copy read), send every call to https://api.1min.ai/api/features.
    { id: 'onemin-ai-extension', name: '1min.AI', vendor: '1min.AI', domains: ['1min.ai'], apiEndpoints: ['api.1min.ai'], extensionIds: ['ajhkehblebieocfkddeeikfkcecbcijn'] },
    { id: 'walles-ai-extension', name: 'Walles.AI', vendor: 'Walles.AI', domains: ['walles.ai'], extensionIds: ['meekeganelaaeijimakghhbiphjbfgdn'] }, // walles.ai: listed('kapibala', 'data/navigation.json')
    { id: 'chatsider-extension', name: 'ChatSider AI Copilot', vendor: 'ChatSider', extensionIds: ['ecnknpjoomhilbhjipoipllgdgaldhll'] },
    { id: 'multi-ai-sidebar-extension', name: 'Multi AI Sidebar', vendor: 'Multi AI Sidebar', extensionIds: ['kdaafcdfdmmkickmajigjaicaclnhbgi'] },
    { id: 'prompt-perfect-extension', name: 'Prompt Perfect', vendor: 'Jina AI', extensionIds: ['kigfbkddbfgbdbdekajodpggpkpfdjfp'] },
    { id: 'voice-mode-for-ai-chatbots-extension', name: 'Voice Mode for AI Chatbots', vendor: 'Voice Mode for AI Chatbots', extensionIds: ['ameajnciachbdcneinbgnehihjolepkd'] },
    // ChatGPT, Claude and Gemini companions
    { id: 'keepchatgpt-extension', name: 'KeepChatGPT', vendor: 'KeepChatGPT', extensionIds: ['aidjbcadkohfjgbikjiechlafmiifpfm'] },
    { id: 'chatgpt-history-search-extension', name: 'ChatGPT History Search', vendor: 'ChatGPT History Search', extensionIds: ['jhllfdbccclcdiafljibcabipbmkfoem'] },
    { id: 'power-tools-for-chatgpt-extension', name: 'Power Tools for ChatGPT', vendor: 'Power Tools for ChatGPT', extensionIds: ['jkfkhkobbahllilejfidknldjhgelcog'] },
    { id: 'superpowers-for-chatgpt-extension', name: 'Superpowers for Chatgpt', vendor: 'Superpowers for Chatgpt', extensionIds: ['ibeabbjcphoflmlccjgpebbamkbglpip'] },
    { id: 'voice-control-for-gemini-extension', name: 'Voice Control for Gemini', vendor: 'Voice Control for Gemini', extensionIds: ['hgcfiedlifphndjalijbccglopbpclaj'] },
    // also linked from its own README's Chrome Web Store badge
    { id: 'claude-usage-tracker-extension', name: 'Claude Usage Tracker', vendor: 'Claude Usage Tracker (open source)', extensionIds: ['knemcdpkggnbhpoaaagmjiigenifejfo', 'claude_usage_tracker@lugia19.com'] }, // claude_usage_tracker@lugia19.com, its Firefox gecko id: manifest_firefox.json line 9 of lugia19/Claude-Usage-Extension at 3a22d74bb7ad30efe03cd881c4b2793d5fc81789 (README.md line 17 links the Firefox listing), CHECKED_C16
    // ChatGPT Infinity's Chrome id, once here, is in its own row in extensions-c12.ts (its maker's README)
    { id: 'chatgpt-wrapper-extensions', name: 'ChatGPT', vendor: 'Third-party ChatGPT wrappers (several publishers)', extensionIds: ['llojfncgbabajmdglnkbhmiebiinohek', 'bkbkakcdolgpfecbdoniemalpghmgpii', 'fbbjijdngocdplimineplmdllhjkaece', 'pkdcpohhilpdgdooafpjnenmnhgbmdmh', 'fnmihdojmnkclgjpcoonokmkhjpjechg', 'hhclmnigoigikdgiflfihpkglefbaaoa', 'mlkjjjmhjijlmafgjlpkiobpdocdbncj', 'pjhdflpjemjalkidecigcjcamkbllhoj'] },
    { id: 'deepseek-wrapper-extensions', name: 'DeepSeek', vendor: 'Third-party DeepSeek wrappers (several publishers)', extensionIds: ['bjjobdlpgglckcmhgmmecijpfobmcpap', 'djhjckkfgancelbmgcamjimgphaphjdl', 'pdebmboeclmkhcbldifomfpekphdmlgb', 'linoficihfeojfefmhfaacpglllecagm', 'mkhdiephfhifcgpmkaaboknnbdpjlneg'] },
    { id: 'gemini-wrapper-extensions', name: 'Gemini AI', vendor: 'Third-party Gemini wrappers (several publishers)', extensionIds: ['aajjgdpofhhcjmjoombjdfepplndhgcp', 'gghdfkafnhfpaooiolhncejnlgglhkhe', 'aibfeemadfncnhephomomdicckopkgoe', 'hengddlmmobpckpmaalbmdlofpiljnon', 'daeaddalijienfjkhigbifmbdckbohjg'] },
    { id: 'ai-chat-wrapper-extensions', name: 'AI Chat', vendor: 'Third-party AI chat wrappers (several publishers)', extensionIds: ['jljkolhigfenknpcjgcjkkafofcgcead', 'bflmnoacgfmbdfinmbiapbanfobpglba', 'ajmoajhghochmponojnjididjabohili', 'abagkbkmdgomndiimhnejommgphodgpl', 'inhcgfpbfdjbjogdfjbclgolkmhnooop', 'nlhpidbjmmffhoogcennoiopekbiglbp'] },
    // Email and sales
    { id: 'addy-ai-extension', name: 'Addy AI', vendor: 'Addy AI', extensionIds: ['gldadickgmgciakdljkcpbdepehlilfn'] },
    { id: 'humantic-ai-extension', name: 'Humantic AI', vendor: 'Humantic AI', extensionIds: ['iklikkgplppchknjhfkmkjnnopomaifc'] },
    { id: 'shulex-copilot-extension', name: 'Shulex Copilot', vendor: 'Shulex', extensionIds: ['imbdabdbipefiieekabpncjcambojjdg', 'fchbhcjlkcdchcaklpkdofllfoimelgb'] },
    { id: 'careerflow-extension', name: 'Careerflow AI', vendor: 'Careerflow', extensionIds: ['iadokddofjgcgjpjlfhngclhpmaelnli'] },
    { id: 'simplify-copilot-extension', name: 'Simplify Copilot', vendor: 'Simplify', extensionIds: ['pbanhockgagggenencehbnadejlgchfc'] },
    // Coding and spreadsheets
    { id: 'google-apps-script-copilot-extension', name: 'Google Apps Script Copilot', vendor: 'Google Apps Script Copilot', extensionIds: ['aakmllddlcknkbcgjabmcgggfciofbgo'] },
    { id: 'ai-copilot-for-sheets-extension', name: 'AI Copilot for Sheets', vendor: 'AI Copilot for Sheets', extensionIds: ['icpldamjhggegoohndlphlchjgjkdifd'] },
    // Agents and automation
    { id: 'browse-ai-extension', name: 'Browse AI', vendor: 'Browse AI', extensionIds: ['obpcenkclppghkfpielmefegceegofeh'] },
    { id: 'axiom-ai-extension', name: 'Axiom Browser Automation & Web Scraping', vendor: 'Axiom.ai', extensionIds: ['cpgamigjcbffkaiciiepndmonbfdimbb'] },
    { id: 'zapier-agents-extension', name: 'Zapier Agents', vendor: 'Zapier', extensionIds: ['jfcmjbboehfdmgbhheahjlnoimbgfdbn'] },
    { id: 'mindstudio-extension', name: 'MindStudio', vendor: 'MindStudio', extensionIds: ['njommheeefdkhenodpfoflmeoampaggk'] },
    { id: 'browser-mcp-extension', name: 'Browser MCP', vendor: 'Browser MCP', extensionIds: ['bjfgambnhccakkhmkepdoekmckoijdlc'] },
    // Video and images
    { id: 'synthesia-extension', name: 'Synthesia', vendor: 'Synthesia', extensionIds: ['nfhnknijidlahaoemjlbpfpgpheakoph'] },
    { id: 'heygen-extension', name: 'HeyGen Screen Recorder & Capture', vendor: 'HeyGen', extensionIds: ['ahoojfimakdgphmpnmkkajpcmmaphhao'] },
    { id: 'guidde-extension', name: 'Guidde', vendor: 'Guidde', extensionIds: ['oacmmmjedhheaijfjidilonpngccnhdl'] },
    { id: 'trupeer-extension', name: 'Trupeer AI Screen Recorder & Video Editor', vendor: 'Trupeer', extensionIds: ['doedlfgeilocafjipkkhegndbhlkoedo'] },
    { id: 'alttext-ai-extension', name: 'AltText.ai', vendor: 'AltText.ai', extensionIds: ['hhedjnckjdclgflodngblaiepkpedeab'] },
    // Education
    { id: 'magicschool-extension', name: 'MagicSchool AI', vendor: 'MagicSchool', extensionIds: ['oplfencnkfofaoeedbmphcbplaceplim'] },
    { id: 'brisk-teaching-extension', name: 'Brisk Teaching', vendor: 'Brisk', extensionIds: ['pcblbflgdkdfdjpjifeppkljdnaekohj'] },
    // Translators
    // also the Chrome and Edge listings linked from mengxi-ream/read-frog's README; readfrog.mengxi.work
    // (2026-12-06) is Read Frog's site in listed('deepseekintegration') (README.md, "🐸 Read Frog"; the exact
    // subdomain only, never its maker's mengxi.work)
    { id: 'read-frog-extension', name: 'Read Frog', vendor: 'Read Frog (open source)', domains: ['readfrog.mengxi.work'], extensionIds: ['modkelfkcfjpgbfmnbnllalkiogfofhb', 'cbcbomlgikfbdnoaohcjfledcoklcjbo'], source: 'https://chromewebstore.google.com/detail/read-frog/modkelfkcfjpgbfmnbnllalkiogfofhb' },
    { id: 'papago-extension', region: 'korea', name: 'Papago Translate', vendor: 'Naver', extensionIds: ['enddgifdbfoefnelepppgaabobdfbcpe'], source: detector },
    { id: 'lingocloud-extension', region: 'china', name: 'Lingocloud', vendor: 'ColorfulClouds (Caiyun)', extensionIds: ['jmpepeebcbihafjjadogphmbgiffiajh'], source: detector },
    // Regional assistants
    { id: 'kimi-explorer-extension', region: 'china', name: 'Kimi Explorer', vendor: 'Kimi Explorer', extensionIds: ['caejcfciegnnnepdhaopdogngbmojodl'] },
    { id: 'tongyi-extension', region: 'china', name: 'Tongyi', vendor: 'Alibaba Cloud', extensionIds: ['omlgpaciclcjgbligehccipcikleeiea'] },
    { id: 'baidu-ai-browser-assistant-extension', region: 'china', name: '百度AI-浏览器助手', vendor: 'Baidu', extensionIds: ['fhkhedgjlkcgdaldodbhmcldjglpabmf'] },
    { id: 'nano-ai-assistant-extension', region: 'china', name: '纳米AI助手', vendor: '360', extensionIds: ['fdcmomajekgiigcalflcbjbkemogcbaf'] },
    { id: 'dingtalk-ai-extension', region: 'china', name: 'DingTalk AI', vendor: 'DingTalk (Alibaba)', extensionIds: ['ddaigcnbmdcdkfocmgkpbbnhmfekglkp'] },
    { id: 'satellite-ai-extension', region: 'japan', name: 'サテライトAI', vendor: 'サテライトAI', extensionIds: ['pigcoaliboahgcijpogmfhkjjampmidm', 'bmedieedfkbmedbfgjehehmhfhkknoij'] },
  ],
  { checked: CHECKED_3, source: mereos },
);
