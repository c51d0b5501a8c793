// AI browser extensions, twelfth-session pass (2026-12-06). No new permissive list of extension ids was found (the
// LinkedIn extension-scan lists that name thousands of ids have no licence file), so two kinds of source were used:
//  - the extension's own open-source repository, read at the commit in the row's source: its README's store badges
//    and links (Chrome Web Store, Edge Add-ons) and the gecko id in its Firefox manifest. That is the maker's own
//    word about its listing, like a vendor page. Repositories whose licence is GPL (Askman, ChatGPT - Jupyter - AI
//    Assistant) were left out.
//  - listing URLs found by exact search in public repositories (as in extensions-2.ts): the row cites the listing
//    read there and the comment says what named it; "one source" where a single third-party file did.
// Names are the store names, or the names the maker's files give; the one store name that is an ordinary word
// (clmnin's "Summarize") is qualified so that only its ids match. The publisher is often not named in what was read;
// then the vendor is the product's name. lookalikes-c12-extensions.test.ts checks each id and keeps ordinary
// extension names (Infinity New Tab, Save to Pocket, Summarize, Omnibox ...) unmatched.
// Left out: an id one file gives for "Claude in Chrome" (the catalog's claude-extension holds Anthropic's id, and
// nothing else named this one), Gemini Voyager's Chrome ids (as before, its files disagree), the Chrome id the
// ai-web-extensions README gives DeepSeek Omnibox (it is Brave Omnibox's; DeepSeek Omnibox's own README gives
// another), Glean's listing (one third-party research note, and "glean" is an ordinary word), Squash (an ordinary
// word, full store name not read), and ids whose store name was not read.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C12, defineTools } from './define';

const store = (slug: string, id: string) => `https://chromewebstore.google.com/detail/${slug}/${id}`;
const gh = (repo: string, commit: string, file: string) => `https://github.com/${repo}/blob/${commit}/${file}`;

/** adamlui/ai-web-extensions (MIT, each extension's docs/LICENSE.md): Adam Lui's extensions, one folder each. */
const AWE = 'c86b3aeafe2b75fb3748d091886f8210dc753e39';

export const extensionToolsC12: Tool[] = defineTools(
  'browser-extension',
  [
    // ChatGPT, DeepSeek, Perplexity and You.com companions by Adam Lui (MIT): Chrome and Edge ids from each README's
    // install badges, Firefox ids from each firefox/extension/manifest.json
    { id: 'chatgpt-widescreen-extension', name: 'ChatGPT Widescreen', vendor: 'Adam Lui', extensionIds: ['jgnjpnmofkalfliddjelaciggjgnphgm', 'obnaaalnokmchdoagnhmllakaclaaooa', 'chatgpt.widescreen@chatgptevo.com'], source: gh('adamlui/chatgpt-widescreen', '79789f08958e098818992885bda37c7aa883f24a', 'docs/README.md') },
    // the Chrome id was in the grouped "ChatGPT" wrapper row (extensions-3.ts, from the Mereos list's short store
    // name); its own README names it ChatGPT Infinity, so it moved here
    { id: 'chatgpt-infinity-extension', name: 'ChatGPT Infinity', vendor: 'Adam Lui', extensionIds: ['amikeononomkhphopbflomhnmdijjpmb', 'jgonecnbmehicpdpjkdekamhmlebfagb', 'chatgpt.infinity@chatgptevo.com'], source: gh('adamlui/chatgpt-infinity', '81c08e679504e88ff66b6811600e1c7520c69ec6', 'docs/README.md') },
    { id: 'chatgpt-auto-continue-extension', name: 'ChatGPT Auto-Continue', vendor: 'Adam Lui', extensionIds: ['lbojnhaafilddefkdgmbplkafnckaoga', 'kaicnimcjamamnlbaeaneofmdjibgepl', 'chatgpt.auto.continue@chatgptevo.com'], source: gh('adamlui/ai-web-extensions', AWE, 'chatgpt-auto-continue/docs/README.md') },
    { id: 'chatgpt-omnibox-extension', name: 'ChatGPT Omnibox', vendor: 'Adam Lui', extensionIds: ['chatgpt.omnibox@adamlui.com'], source: gh('adamlui/ai-web-extensions', AWE, 'chatgpt-omnibox/firefox/extension/manifest.json') },
    { id: 'deepseek-omnibox-extension', name: 'DeepSeek Omnibox', vendor: 'Adam Lui', extensionIds: ['gcgfmipiaiopmjcmggnnehnehhdjdkgi', 'hghigiebpackbakklainbimglgiepfei', 'deepseek.omnibox@adamlui.com'], source: gh('adamlui/ai-web-extensions', AWE, 'deepseek-omnibox/docs/README.md') },
    { id: 'perplexity-omnibox-extension', name: 'Perplexity Omnibox', vendor: 'Adam Lui', extensionIds: ['ckhgddjdjkphbaediggjdddjdjgkalom', 'ffpccpmmcnampmlpdeioklmdjccfmpih'], source: gh('adamlui/ai-web-extensions', AWE, 'perplexity-omnibox/docs/README.md') },
    { id: 'you-com-omnibox-extension', name: 'You.com Omnibox', vendor: 'Adam Lui', extensionIds: ['you.com.omnibox@adamlui.com'], source: gh('adamlui/ai-web-extensions', AWE, 'you.com-omnibox/firefox/extension/manifest.json') },
    // Prompt libraries and managers
    // AiShort's README ("Browser Extension": Chrome and Edge badges) also names its web app, www.aishort.top
    { id: 'aishort-extension', name: 'ChatGPT Shortcut', vendor: 'AiShort', domains: ['aishort.top'], extensionIds: ['blcgeoojgdpodnmnhfpohphdhfncblnj', 'hnggpalhfjmdhhmgfjpmhlfilnbmjoin'], source: gh('rockbenben/ChatGPT-Shortcut', 'ddf1798bb5f4c806294477093d6d4d5bbc981b21', 'README.md') },
    // its own code (a "rate us" link to the listing); _locales/en/messages.json gives the name
    { id: 'jaydai-extension', name: 'Jaydai', vendor: 'Jaydai', extensionIds: ['enfcjmbdbldomiobfndablekgdkmcipd'], source: gh('quentinbragard/jaydai-chrome-extension-frontend', '83c6f4beda3ed04035e32d35d916c48b76831105', 'src/components/dialogs/analytics/EnhancedStatsDialog.tsx') },
    // its README (Korean) links the listing; the manifest names it Pocket Prompt
    { id: 'pocket-prompt-extension', region: 'korea', name: 'Pocket Prompt', vendor: 'Pocket Prompt', extensionIds: ['ffinlaeadcgbhecidamekinhbfkdhodd'], source: gh('ai-surfers/promptmate-chrome-extension', 'a3f911b9d6610f3df4a46d930eccefc31337741f', 'README.md') },
    // Memory across AI chats
    // Mem0's extension (MIT); its README's install button links the listing under its earlier slug, claude-memory, and
    // an article on a web-agent memory protocol links the same id as OpenMemory
    { id: 'openmemory-extension', name: 'OpenMemory', vendor: 'Mem0', extensionIds: ['onihkkbipkfeijkadecaafbgagkhglop'], source: gh('mem0ai/mem0-chrome-extension', '54a882ab6f2534006431c5e6b5c5c597db2a0236', 'README.md') },
    // one source: the same memory-protocol article
    { id: 'memsync-extension', name: 'MemSync', vendor: 'MemSync', extensionIds: ['ekhglfoplnmigdhkifhegcdjmjkbljom'], source: store('memsync', 'ekhglfoplnmigdhkifhegcdjmjkbljom') },
    // Local-model and self-hosted assistants
    { id: 'ollama-ui-extension', name: 'ollama-ui', vendor: 'ollama-ui (open source)', extensionIds: ['cmgdpmlhgjhoadnonobjeekmfcehffco'], source: gh('ollama-ui/ollama-ui', 'd43171206aa3ea38b4c9f17e50044000c03fc175', 'README.md') },
    { id: 'ollama-client-extension', name: 'Ollama Client', vendor: 'Ollama Client (open source)', extensionIds: ['bfaoaaogfcgomkjfbmfepbiijmciinjl', 'shishirchaurasiya435@gmail.com'], source: gh('Shishir435/ollama-client', '8c8b50aa94f8f2cfa4c914589b48c7a3b1216ef1', 'README.md') }, // shishirchaurasiya435@gmail.com, its Firefox gecko id: wxt.config.ts line 160 at the same commit, CHECKED_C16
    { id: 'anythingllm-browser-companion-extension', name: 'AnythingLLM Browser Companion', vendor: 'Mintplex Labs', extensionIds: ['pncmdlebcopjodenlllcomedphdmeogm'], source: gh('Mintplex-Labs/anythingllm-extension', '385d36c0807221e6674d1325ef06505746c49ceb', 'README.md') },
    // a Japanese MIT project built on "the official Dify extension" and a Chinese Dify guide link the same listing
    { id: 'dify-chatbot-extension', name: 'Dify Chatbot', vendor: 'LangGenius (Dify)', extensionIds: ['ceehdapohffmjmkdcifjofadiaoeggaf'], source: store('dify-chatbot', 'ceehdapohffmjmkdcifjofadiaoeggaf') },
    // Agents and browser automation
    // its docs (bridge mode, English and Chinese) and its site's install button link the listing
    { id: 'midscene-extension', name: 'Midscene.js', vendor: 'ByteDance (Midscene.js, open source)', extensionIds: ['gbldofcpkknbggpkmbdaefngejllnief'], source: gh('web-infra-dev/midscene', 'dfc5a5f6ce41abb4f01d4be8c4d998ffa2b5a8c1', 'apps/site/docs/en/bridge-mode.mdx') },
    // ten files (agent setup guides in three languages, app code with an install button); one notes Microsoft as the
    // developer and microsoft/playwright-mcp as the source
    { id: 'playwright-mcp-bridge-extension', name: 'Playwright MCP Bridge', vendor: 'Microsoft', extensionIds: ['mmlmfjhmonkocbjadbfplnigmagldckm'], source: store('playwright-mcp-bridge', 'mmlmfjhmonkocbjadbfplnigmagldckm') },
    // its own docs (Chinese and English) link the listing
    { id: 'deepseek-harness-extension', name: 'DeepSeek Harness APP', vendor: 'DeepSeek Harness APP', extensionIds: ['kgjjicancjnedmappjhefngdjaommpop'], source: store('deepseek-harness-app', 'kgjjicancjnedmappjhefngdjaommpop') },
    // Summarisers and writers
    // the store name is the bare word "Summarize" (manifest), so the name here is qualified; Chrome and Edge ids from
    // the README's badges
    { id: 'summarize-site-extension', name: 'Summarize (summarize.site)', vendor: 'Summarize (open source)', extensionIds: ['kjbpaokegiilajekbohjipdkojgekfij', 'kccfhiebopgfmoaceieligogmgemjgen'], source: gh('clmnin/summarize.site', '0542c7b94e43c649838077849aa8b97c49f9cbd6', 'README.md') },
    // the README of the open-source edition names the store listing of the TweetGPT extension
    { id: 'tweetgpt-extension', name: 'TweetGPT', vendor: 'TweetGPT', extensionIds: ['lkjblpoingopdeaofcaapmeoojjjnhnc'], source: gh('yaroslav-n/tweetGPT', '90b4a98c05f12f6abdb5f545b426ade487ed4015', 'README.MD') },
    // Small ChatGPT, Claude, Gemini and DeepSeek companions (listing URLs found by exact search)
    // its own code (Chrome listing, and the Edge listing as edgeUrl)
    { id: 'chatgpt-audio-controls-extension', name: 'ChatGPT Audio Controls', vendor: 'ChatGPT Audio Controls', extensionIds: ['aifalimlfgiepmbejcemcofninobaiea', 'cmhbacgmcgiolpidfjcpefkhbbeamemf'], source: store('chatgpt-audio-controls', 'aifalimlfgiepmbejcemcofninobaiea') },
    // its own README (Chrome and Edge links)
    { id: 'chatgpt-message-switcher-extension', name: 'ChatGPT Message Switcher', vendor: 'ChatGPT Message Switcher', extensionIds: ['eihabkibbhhklajnohjngcnfgnobodbj', 'jklfagjjdkaclkdbicaoheplcaeoiojm'], source: store('chatgpt-message-switcher', 'eihabkibbhhklajnohjngcnfgnobodbj') },
    // its own code (the store link behind its install prompt)
    { id: 'claude-usage-bar-extension', name: 'Claude Usage Bar', vendor: 'Claude Usage Bar', extensionIds: ['eiddfcnlmiebkbnaopcgambdbnlangai'], source: store('claude-usage-bar', 'eiddfcnlmiebkbnaopcgambdbnlangai') },
    // its own README badge
    { id: 'claude-token-counter-extension', name: 'Claude Token Counter', vendor: 'Claude Token Counter', extensionIds: ['bioobpobpbeohjoefndgkiaakboimpch'], source: store('claude-token-counter', 'bioobpobpbeohjoefndgkiaakboimpch') },
    // its own README ("the official Chrome Web Store listing")
    { id: 'claude-nexus-extension', name: 'claude-nexus', vendor: 'claude-nexus', extensionIds: ['mjlaeohblnaalakaflnchcmpoojjejka'], source: store('claude-nexus', 'mjlaeohblnaalakaflnchcmpoojjejka') },
    // its own README badge
    { id: 'claude-meter-extension', name: 'Claude Meter', vendor: 'Claude Meter', extensionIds: ['hdoipmanokibeilfnibempaiaeilkpfe'], source: store('claude-meter', 'hdoipmanokibeilfnibempaiaeilkpfe') },
    // one source: a list of right-to-left tools for AI chats
    { id: 'claude-ai-rtl-support-extension', name: 'Claude.ai RTL Support', vendor: 'Claude.ai RTL Support', extensionIds: ['lkopcjdmfmffphbomfhecalbojiaeape'], source: store('claude-ai-rtl-support', 'lkopcjdmfmffphbomfhecalbojiaeape') },
    // one source: a research note citing the listing by name
    { id: 'toolbox-for-gemini-extension', name: 'Toolbox for Gemini', vendor: 'Toolbox for Gemini', extensionIds: ['cbdpdhfnjbkjphmminnkfbeekodlphlp'], source: store('gemini-toolbox', 'cbdpdhfnjbkjphmminnkfbeekodlphlp') },
    // its own site code (install link)
    { id: 'gemini-chat-exporter-extension', name: 'Gemini Chat Exporter', vendor: 'Gemini Chat Exporter', extensionIds: ['ljmglaakhffcadgboicnmjabiaciniph'], source: store('gemini-chat-exporter', 'ljmglaakhffcadgboicnmjabiaciniph') },
    // Code Web Chat's docs (three files) link this listing as its browser connector
    { id: 'gemini-coder-connector-extension', name: 'Gemini Coder Connector', vendor: 'Code Web Chat', extensionIds: ['ljookipcanaglfaocjbgdicfbdhhjffp'], source: store('gemini-coder-connector', 'ljookipcanaglfaocjbgdicfbdhhjffp') },
    // its own README ("Chrome Web Store" link)
    { id: 'gemini-form-filler-extension', name: 'Gemini Form Filler', vendor: 'Gemini Form Filler', extensionIds: ['njegmkogepejmpdpobokahnaogepgdbi'], source: store('gemini-form-filler', 'njegmkogepejmpdpobokahnaogepgdbi') },
    // one source: another project's setup note
    { id: 'gemini-url-prompt-extension', name: 'Gemini URL Prompt', vendor: 'Gemini URL Prompt', extensionIds: ['kdbgjkfdooaiompgeckjbegnnccchmma'], source: store('gemini-url-prompt', 'kdbgjkfdooaiompgeckjbegnnccchmma') },
    // its own release post (Chinese)
    { id: 'deepseek-sidebar-extension', name: 'DeepSeek Sidebar', vendor: 'DeepSeek Sidebar', extensionIds: ['gakblhcadiegnapiajgolefjhhmicobi'], source: store('deepseek-sidebar', 'gakblhcadiegnapiajgolefjhhmicobi') },
    // its own site code (Chrome and Firefox install links)
    { id: 'deepseek-toolbox-extension', name: 'DeepSeek Toolbox', vendor: 'DeepSeek Toolbox', extensionIds: ['eiccidaafienjjnpljcagalaoidhcdma'], source: store('deepseek-toolbox', 'eiccidaafienjjnpljcagalaoidhcdma') },
    // one source: a directory site's data (two files of one project)
    { id: 'deepseek-pro-extension', name: 'DeepSeek Pro', vendor: 'DeepSeek Pro', extensionIds: ['noboaggalobomdpdggapfibgodeedkpl'], source: store('deepseek-pro-custom-promp', 'noboaggalobomdpdggapfibgodeedkpl') },
    // one source: a research note's footnote (a second file names it without the id)
    { id: 'deepseek-chat-exporter-extension', name: 'DeepSeek Chat Exporter', vendor: 'DeepSeek Chat Exporter', extensionIds: ['jenaciaabfbghjajggefclogomljkeoi'], source: store('deepseek-chat-exporter', 'jenaciaabfbghjajggefclogomljkeoi') },
    // its own README (a Doubao add-on; one source)
    { id: 'doubao-wplus-extension', name: 'doubao-wplus', vendor: 'doubao-wplus', extensionIds: ['kdmpkkahkhdmdhfkdihkopikgcocbpbf'], source: store('doubao-wplus', 'kdmpkkahkhdmdhfkdihkopikgcocbpbf') },
  ],
  { checked: CHECKED_C12 },
);
