// AI browser extensions, fourteenth-session extension pass (exts, 2026-12-06, issue 15). Two kinds of source, each
// read at a pinned commit:
//  - Store links in lists already pinned in LISTS for their hosts, read again whole for Chrome Web Store and Edge
//    Add-ons links: 143 of the 206 pinned lists could be fetched at their pinned commits (the rest had no snapshot
//    here or were not fetched: mostly code repositories pinned for API endpoints); without the two takedown lists they
//    link 80 distinct listing ids. Measured before the rows: 70 were already in the catalog; of the 10 others, 2 are
//    not AI (uBlock Origin, Katalon Recorder), 2 were left out by the twelfth pass ("Second Brain", a second
//    summarize.site id), 1 is a developer inspector for WebMCP tools (yeaight7/awesome-ai-devtools, not an AI tool)
//    and 5 are AI extensions: 70 of 75 AI ids (93%) before.
//  - The extensions' own repositories (README store badges and links, Firefox manifests), read at the commit each
//    LISTS key pins: 26 repositories of open-source AI extensions were fetched (ChatGPTBox, Page Assist, Nanobrowser,
//    ChatGPT Exporter, WebChatGPT, AI Prompt Genius, Talk-to-ChatGPT, MCP SuperAssistant, Supermemory, Codeium, Read
//    Frog, FluentRead, NativeMind, Bing Chat for All Browsers, YouTube Summary with ChatGPT, Glarity, Gemini Voyager,
//    Taxy AI, ChatHub, AIPex, Open WebUI's extension, Playwriter, mcp-chrome, MCP-B, BrowserTools MCP, Onyx); their
//    listings and manifests name 31 ids, 24 already here (77%). Taken: AIPex (Chrome and Edge), Playwriter MCP and
//    MCP-B, and MCP SuperAssistant's Firefox gecko id (added to its entry in extensions-2.ts). Left out, as LISTS pins
//    only permissive licences: Talk-to-ChatGPT's Edge id (AGPL repository) and Gemini Voyager's Chrome id (GPL-3.0
//    repository; its READMEs now give a single Chrome id); NativeMind's Firefox id (AGPL, and a build constant).
// The Immersive Translate Edge Add-ons id read in whoisdsmith's list is added to that entry in extensions.ts. Names
// are the store names the files give; "Autobrowser" is qualified from the list's description, as a word other
// automation tools share. lookalikes-c14-exts.test.ts checks every id and name and the ordinary names beside them.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C14, defineTools, listed } from './define';

export const extensionToolsC14Exts: Tool[] = defineTools(
  'browser-extension',
  [
    // Pinned lists (store links)
    // EmbraceAGI's Chinese ChatGPT list, "ChatGPT 协助回答知乎问题" (helps answer Zhihu questions), listing slug
    // "chatgpt-for-zhihu"
    { id: 'chatgpt-for-zhihu-extension', name: 'ChatGPT for Zhihu', vendor: 'ChatGPT for Zhihu', extensionIds: ['dgoinfidjelfolhnkaableghhppplbak'], source: listed('embraceagi', 'docs/ChatGPT_tools.md') },
    // the same list, "邮件助手：ChatGPT for Email - Remail" (an email assistant)
    { id: 'remail-extension', name: 'ChatGPT for Email - Remail', vendor: 'Remail', extensionIds: ['jjplpolfahlhoodebebfjdbpcbopcmlk'], source: listed('embraceagi', 'docs/ChatGPT_tools.md') },
    // whoisdsmith's FMHY-AI.md: "ChatGPT Notification", notifications when ChatGPT answers
    { id: 'chatgpt-notification-extension', name: 'ChatGPT Notification', vendor: 'ChatGPT Notification', extensionIds: ['eklmiefkbieejjjhmpjdllphmcjdndin'], source: listed('whoisdsmith', 'FMHY-AI.md') },
    // steel-dev's web-agents list: "Autobrowser", an experimental extension that drives the browser with Claude's
    // computer use
    { id: 'autobrowser-extension', name: 'Autobrowser (Claude computer use)', vendor: 'Autobrowser', extensionIds: ['lebgieachadpombahcacicmebckokcjl'], source: listed('steelwebagents', 'README.md') },
    // Own repositories (README install badges at the pinned commit)
    // AIPex, an AI browser-automation agent (README.md badges: Chrome Web Store and Edge Add-ons; MIT)
    { id: 'aipex-extension', name: 'AIPex', vendor: 'AIPex', extensionIds: ['iglkpadagfelcpmiidndgjgafpdifnke', 'fkgfflijckgpphikbceckjbofkicfnfa'], source: listed('c14extsaipex', 'README.md') },
    // Playwriter, which lets coding agents drive the user's own Chrome over CLI or MCP (README.md "Installation"; MIT)
    { id: 'playwriter-extension', name: 'Playwriter MCP', vendor: 'Playwriter', extensionIds: ['jfeammnjpkecdekppnclgkkffahnhfhe'], source: listed('c14extsplaywriter', 'README.md') },
    // MCP-B, a browser MCP implementation that lets AI assistants use web apps' tools (README.md badge; MIT)
    { id: 'mcp-b-extension', name: 'MCP-B', vendor: 'MCP-B', extensionIds: ['daohopfhkdelnpemnhlekblhnikhdhfa'], source: listed('c14extsmcpb', 'README.md') },
  ],
  { checked: CHECKED_C14 },
);
