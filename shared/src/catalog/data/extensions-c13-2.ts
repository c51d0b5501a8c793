// AI-themed browser extensions removed from the Chrome Web Store as malicious, from toborrm9/malicious_extension_sentry
// (MIT licence file; Malicious-Extensions.md at the commit pinned as `c13xmalext` in LISTS, "Last Updated
// 2026-02-07", 440 ids, each with the store name). Thirteenth-session extension pass (2026-12-06). The list gathers
// extensions taken down after security reports (fake AI sidebars that proxy chats and read pages, the "Prompt
// Poaching" pair that copied ChatGPT and DeepSeek conversations, the Cyberhaven-campaign compromises, and a
// publisher's "ChatGPT Mods" series). Such an extension still runs where it was installed before the takedown, so
// it is AI tool use a team would want to see. Measured first: of the 61 entries whose name presents an AI assistant,
// chat, writer or search tool, 9 were already recognised (15%: by id in the grouped ChatGPT, DeepSeek, Gemini and
// AI Chat wrapper rows and the TinaMind and ChatGPT-for-search-engines rows; by name, Neuralwriter and a ChatGPT
// token counter); "AI GPT" is added in extensions-c13.ts from the Mereos list, which names the same id.
// Rows: one per store name as the list gives it; the sixteen "… – ChatGPT Mods" listings (one publisher's series)
// share one row named "ChatGPT Mods", and "DeepSeek Chat"/"Deepseek Chat" share one. The publisher is not named
// there, so the vendor is the listing's name ("easytool" where the name carries it). The names are the fakes' own,
// often a brand's name with a tagline ("Manus AI | Free AI Assistant"): each row has its own id and vendor, so none
// of them attaches to the brand's own entry, and the brand's bare name stays with that entry.
// At the end, two rows from a second CC0 list of malicious extensions (nicoleahmed/malicious-extensions-list,
// extraextensions.csv, ids with names and the threat report each came from): its four "FakeGPT" entries, none of
// which the catalog knew (0 of 4); the rest of that list names no AI product.
// Left out: crypto-wallet and trading phishing with "AI" in the name (Ledger AI Quiz, Exodus Wallet - Ai Assistant,
// ETH AI Trading, GMGN AI), a fake Canva, a webcam-effects recorder, a shopping helper (AI Shop Buddy) and every
// entry whose name does not present an AI tool (H-Chat Assistant, Headline Generator and the like, which may use AI
// but do not say so).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C13, defineTools, listed } from './define';

export const extensionToolsC13b: Tool[] = defineTools(
  'browser-extension',
  [
    { id: 'chatgpt-mods-extension', name: 'ChatGPT Mods', vendor: 'ChatGPT Mods', extensionIds: ['afjenpabhpfodjpncbiiahbknnghabdc', 'gbcgjnbccjojicobfimcnfjddhpphaod', 'hfdpdgblphooommgcjdnnmhpglleaafj', 'hljdedgemmmkdalbnmnpoimdedckdkhm', 'hpcejjllhbalkcmdikecfngkepppoknd', 'ifjimhnbnbniiiaihphlclkpfikcdkab', 'ioaeacncbhpmlkediaagefiegegknglc', 'ipjgfhcjeckaibnohigmbcaonfcjepmb', 'jhohjhmbiakpgedidneeloaoloadlbdj', 'kefnabicobeigajdngijnnjmljehknjl', 'lechagcebaneoafonkbfkljmbmaaoaec', 'lmiigijnefpkjcenfbinhdpafehaddag', 'mmjmcfaejolfbenlplfoihnobnggljij', 'nhnfaiiobkpbenbbiblmgncgokeknnno', 'obdobankihdfckkbfnoglefmdgmblcld', 'pfgbcfaiglkcoclichlojeaklcfboieh'] },
    { id: 'ai-ad-generator-extension', name: 'AI Ad Generator', vendor: 'AI Ad Generator', extensionIds: ['pndmbpnfolikhfnfnkmjkkpcgkmaibec'] },
    { id: 'ai-assistant-chatgpt-and-gemini-extension', name: 'AI Assistant ChatGPT and Gemini for Chrome', vendor: 'AI Assistant ChatGPT and Gemini for Chrome', extensionIds: ['bibjgkidgpfbblifamdlkdlhgihmfohh'] },
    { id: 'ai-search-gpt-extension', name: 'AI Search GPT for Chrome', vendor: 'AI Search GPT for Chrome', extensionIds: ['fmncmpginchogfdnjfeopdopoiegjjjp'] },
    { id: 'ai-sentence-rewriter-extension', name: 'AI Sentence Rewriter', vendor: 'AI Sentence Rewriter', extensionIds: ['ihdnbohcfnegemgomjcpckmpnkdgopon'] },
    { id: 'ai-writer-extension', name: 'AI Writer', vendor: 'AI Writer', extensionIds: ['mldeggofnfaiinachdeidpecmflffoam'] },
    { id: 'bard-ai-chat-extension', name: 'Bard AI Chat', vendor: 'Bard AI Chat', extensionIds: ['pkgciiiancapdlpcbppfkmeaieppikkk'] },
    { id: 'chat-gpt-5-extension', name: 'Chat GPT 5', vendor: 'Chat GPT 5', extensionIds: ['npphdmcakmfhllhblkealgkeefamebih'] },
    { id: 'chat-gpt-5-easytool-extension', name: 'Chat GPT 5 (easytool)', vendor: 'easytool', extensionIds: ['bdcimkinofohfmldheklgfbjkfehfdhl'] },
    { id: 'chat-with-ai-extension', name: 'Chat with AI', vendor: 'Chat with AI', extensionIds: ['ifhigdhiifbnjanhacoedbadhmlkjgae'] },
    { id: 'chatgpt-app-extension', name: 'ChatGPT App', vendor: 'ChatGPT App', extensionIds: ['lbneaaedflankmgmfbmaplggbmjjmbae'] },
    { id: 'chatgpt-assistant-extension', name: 'ChatGPT Assistant', vendor: 'ChatGPT Assistant', extensionIds: ['bgejafhieobnfpjlpcjjggoboebonfcg'] },
    { id: 'chatgpt-extension-extension', name: 'ChatGPT Extension', vendor: 'ChatGPT Extension', extensionIds: ['mehpokgiebgcnelgnlfkeldlfnpdhdha'] },
    { id: 'chatgpt-for-chrome-gpt-search-extension', name: 'ChatGPT for Chrome - GPT Search', vendor: 'ChatGPT for Chrome - GPT Search', extensionIds: ['jlbpahgopcmomkgegpbmopfodolajhbl'] },
    { id: 'chatgpt-for-google-meet-extension', name: 'ChatGPT for Google Meet', vendor: 'ChatGPT for Google Meet', extensionIds: ['epdjhgbipjpbbhoccdeipghoihibnfja'] },
    { id: 'chatgpt-quick-access-extension', name: 'ChatGPT Quick Access', vendor: 'ChatGPT Quick Access', extensionIds: ['didhgeamncokiaegffipckhhcpnmlcbl'] },
    { id: 'chatgpt-to-pdf-extension', name: 'ChatGPT to PDF', vendor: 'ChatGPT to PDF', extensionIds: ['hiiildgldbpfbegcfgemoliikibfhaeh'] },
    { id: 'deepseek-ai-easytool-extension', name: 'DeepSeek AI (easytool)', vendor: 'easytool', extensionIds: ['fgbieegonkgdlkmeaapmkejdlfalonkb'] },
    { id: 'deepseek-ai-chat-extension', name: 'DeepSeek AI Chat', vendor: 'DeepSeek AI Chat', extensionIds: ['jmpcodajbcpgkebjipbmjdoboehfiddd'] },
    { id: 'deepseek-ai-free-ai-assistant-extension', name: 'DeepSeek AI | Free AI Assistant', vendor: 'DeepSeek AI | Free AI Assistant', extensionIds: ['calfkdkldagckidpojjehljcfglhfila'] },
    { id: 'deepseek-app-extension', name: 'DeepSeek app', vendor: 'DeepSeek app', extensionIds: ['adjiljljjoeielcjmafljkicjncjpbha'] },
    { id: 'deepseek-chat-extension', name: 'DeepSeek Chat', vendor: 'DeepSeek Chat', extensionIds: ['gohgeedemmaohocbaccllpkabadoogpl', 'kbkajekcpifoekenleplhefobiponkmp'] },
    { id: 'deepseek-v3-extension', name: 'DeepSeek v3', vendor: 'DeepSeek v3', extensionIds: ['giaooddllfkkkblpaedgkhfmhocponbo'] },
    { id: 'grok-4-easytool-extension', name: 'Grok 4 (easytool)', vendor: 'easytool', extensionIds: ['aoemlgniakbojcecmjefonjkgnceklpg'] },
    { id: 'grok-ai-easytool-extension', name: 'Grok AI (easytool)', vendor: 'easytool', extensionIds: ['hafhkoalnlpoifpidohfjlmeemfifndi'] },
    { id: 'grok-chatbot-extension', name: 'Grok Chatbot', vendor: 'Grok Chatbot', extensionIds: ['gcdfailafdfjbailcdcbjmeginhncjkb'] },
    { id: 'grok-search-extension', name: 'Grok Search', vendor: 'Grok Search', extensionIds: ['lonfhijnhlpehhmhgekhkmdominoiopi'] },
    { id: 'grok-sidebar-extension', name: 'Grok Sidebar', vendor: 'Grok Sidebar', extensionIds: ['hodafefeincjlgijbiabbmaffambjeaa'] },
    { id: 'hi-ai-extension', name: 'Hi AI', vendor: 'Hi AI', extensionIds: ['hmiaoahjllhfgebflooeeefeiafpkfde'] },
    { id: 'manus-ai-free-ai-assistant-extension', name: 'Manus AI | Free AI Assistant', vendor: 'Manus AI | Free AI Assistant', extensionIds: ['aeibljandkelbcaaemkdnbaacppjdmom'] },
    { id: 'pasteready-fix-chatgpt-copy-paste-issues-extension', name: 'PasteReady - Fix ChatGPT Copy-Paste Issues', vendor: 'PasteReady - Fix ChatGPT Copy-Paste Issues', extensionIds: ['dcbikjphkkgmgmjoohmbnhccbndgpmin'] },
    { id: 'safe-chatgpt-search-extension', name: 'Safe ChatGPT Search', vendor: 'Safe ChatGPT Search', extensionIds: ['pnmmfplemkekboaalbeeajfidkkepppl'] },
    { id: 'search-copilot-ai-assistant-extension', name: 'Search Copilot AI Assistant for Chrome', vendor: 'Search Copilot AI Assistant for Chrome', extensionIds: ['bbdnohkpnbkdkmnkddobeafboooinpla'] },
    { id: 'search-with-ai-on-chrome-extension', name: 'Search with AI on Chrome™', vendor: 'Search with AI on Chrome™', extensionIds: ['nfijbcmjagdmmkchgicfdidblofopkdp'] },
    { id: 'searchgpt-chatgpt-for-search-engine-extension', name: 'SearchGPT — ChatGPT for Search Engine', vendor: 'SearchGPT — ChatGPT for Search Engine', extensionIds: ['kpilmncnoafddjpnbhepaiilgkdcieaf'] },
    { id: 'wayin-ai-extension', name: 'Wayin AI', vendor: 'Wayin AI', extensionIds: ['cedgndijpacnfbdggppddacngjfdkaca'] },
    // nicoleahmed/malicious-extensions-list (CC0 licence file; extraextensions.csv at the commit pinned as
    // `c13xnicole`): Guardio's "FakeGPT" Facebook-account stealers, 0 of 4 recognised before
    { id: 'quick-access-to-chat-gpt-extension', name: 'Quick access to Chat GPT', vendor: 'Quick access to Chat GPT', extensionIds: ['boofekcjiojcpcehaldjhjfhcienopme', 'coegmjlpjblmfpcnleenkhggdebdcpho', 'kgnddmccicfibljeodejjmekeiilkfhk'], source: listed('c13xnicole', 'extraextensions.csv') },
    { id: 'chat-gpt-for-google-fakegpt-extension', name: 'Chat GPT For Google', vendor: 'Chat GPT For Google', extensionIds: ['hacfaophiklaeolhnmckojjjjbnappen'], source: listed('c13xnicole', 'extraextensions.csv') },
  ],
  { checked: CHECKED_C13, source: listed('c13xmalext', 'Malicious-Extensions.md') },
);
