// AI browser extensions, twenty-first-session extension pass (exts, 2026-12-07). As in extensions-c20.ts and
// extensions-c19.ts, the store ids come from one kind of source: the extension's own repository or its maker's website
// repository, read at the commit in the row's source, whose README store links and badges, site files or Firefox
// manifests give the Chrome Web Store, Edge Add-ons and gecko ids, and whose code shows that the extension works with
// an AI model or AI chat service. Leads came from 44 look-ups: 14 code-index searches worded like the READMEs of
// published AI extensions ("Get it from the Chrome Web Store", shields.io store badges, "Download via extension store")
// beside the brief's kinds (Claude usage meters, YouTube and page summarisers, LinkedIn and Gmail reply writers, AI
// tab and bookmark organisers, rewriters, AI translators, chat exporters, prompt managers, Claude and Gemini side
// panels), 9 exact-string searches for store links whose slug begins with a word no earlier pass had tried (Chrome
// "detail/" with gemini, deepseek, ollama, grok, ai-tab, bookmark, leetcode, job; Firefox "addon/" with gemini, and
// "addon/chatgpt" and Edge "addons/detail/chatgpt" again), 8 repository-name look-ups, 2 file-list and 2 file reads
// (Gemini Folders' two repositories are over the snapshot limit, so its README was read in the index at a pinned
// commit) and the brief's Claude i18n lead (pectics/claude-web-i18n: no file in the index, not fetchable). 24
// repositories were asked for and 20 arrived. Measured on the lead list (82 listing ids seen in those hits,
// /work/helpers/out/exts-ids.txt): 29 classified before (35.4%), 44 after (53.7%); on the 86 hosts the searches
// returned (/work/helpers/out/exts-hosts.txt) 25 before (29.1%), 26 after (30.2%; grokmedia.kario-studio.com, Grok
// Media Downloader's own site, whose repository is the source). The catalog now holds most popular open-source AI
// extensions: the gemini, deepseek, ollama, grok and chatgpt slug searches met mostly listed ids.
// Already listed and left to their entries: Claude Usage Tracker (lugia19), Gemini Voyager, Toolbox for Gemini, Code
// Web Chat's Gemini Coder Connector, Gemini URL Prompt, DeepSeek Pro, DeepSeek AI (DeepLifeStudio), DeepSeek++,
// DeepSeekSuper, Ollama Client, ollama-chrome-api, GrokPanel (Grok 3), Claude Token Counter, ChatGPT Exporter, Jobright
// Autofill, ChatGPT for Google Colab, ChatGPT Tag Highlighter, ChatGPT SelfChat, ChatGPT History, AiShort (ChatGPT
// Shortcut), ChatGPT Audio Controls, AI Chat Message Switcher, Gmail Composer AI, ChatGPT Extension (kazuki-sf).
// Claimed subdomain: grokmedia.kario-studio.com alone, Grok Media Downloader's own site; kario-studio.com is its
// publisher's studio site. Not claimed: chatgptsugar.xyz (ChatGPT Sugar's store redirect, no page read) and the
// makers' own sites dbstudy.info and hadesker.net (not the extensions).
// Left out: Gemini Folders' gecko id and its sibling AI Folders (kjmgfajofolnfeaahchpmkpecfimcppf), seen only in a build
// script whose repository could not be named (the maker's two extension repositories are over the snapshot limit);
// TwitShorter (kdmhppbhoolbfkmfegijgkaffnpellhh; z4laxis/TwitShorter's stored commit names no store) and its site on
// browser-apps.vercel.app; JobBeagle (pceknhembhfnljhpajkpdbihfbpfolpm; the fetched commit of henry20030616/jobbeagle
// predates its extension, the site is www.jobbeagle.com) and jobbin (the fetched moneyrudh/portfolio commit predates
// the listing); My Prompt Manager (spartDev, no id in the repository); AI Chat Exporter (amazingpaddy) and AI Chat
// Downloader (creatyvin), whose repositories name no listing; ids seen only in third parties' files, portfolios or
// files whose repository could not be named (AI Toolbox, Superpower for Gemini, SaveChat, AI Chat Exporter / Gemini
// Exporter, Claude Exporter, Gemini Chat Exporter, Grok Exporter, DeepSeek Exporter, Grok to PDF, Grok Usage Watch,
// Grok Rate Limit Checker, DeepSeek Server Busy, Gemini Model Selector, Gemini Prime, Claude Usage Monitor, Ollama
// Benchmark, AI Tab Grouper Pro, ATO - AI Tab Organizer, AI Tab Master, TabAutopilot, AI Tab Manager, AI Job
// Autofill, ai-tab (gkkilbkkklfjacnleenilelejbnamjjh), Bookmark GPT Pro, LeetCode Debug Assistant, JobForm Automator,
// Uplers' Job Referral Agent, ChatGPT Citation Generator, Simple Prompt Manager, Article Summarizer with OpenAI, Gemini
// Reader and its siblings); non-AI listings the slug searches met (BookmarkFlow Bar, Bookmark Note, Bookmark Search,
// Bookmark It, LeetCode Snippets, LeetCode to Russian, LeetCode Map, Job Search Monitor). Claude i18n, Claude Usage
// Meter and Explain This (leads of the c20 pass) were not found with a repository. Generic names are qualified so that
// only the ids match them (AI Tab Grouper, ChatGPT Prompts Manager, ChatGPT for Gmail, YouTube Video Summarizer with
// Gemini). lookalikes-c21-exts.test.ts checks every id, name and host and the ordinary names and sites beside them.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C21, defineTools } from './define';

const gh = (repo: string, commit: string, file: string) => `https://github.com/${repo}/blob/${commit}/${file}`;

export const extensionsC21Tools: Tool[] = defineTools(
  'browser-extension',
  [
    // AI-chat helpers
    // Gemini Folders, organises Google Gemini conversations into folders (read in the index: readme.md line 7, store
    // badge; the repository is over the snapshot limit)
    { id: 'gemini-folders-extension', name: 'Gemini Folders', vendor: 'dlamarre-dev (Gemini Folders)', extensionIds: ['jffchdehoapigpmifkmleglfimjiilik'], source: gh('dlamarre-dev/GeminiFolders', 'd9b415267f855aafa6931f2cc1277506af3fe466', 'readme.md') },
    // ChatGPT Prompts Manager (xuannghia), a prompt library opened with "/" in the ChatGPT input (README.md line 10:
    // store link; src/contents/index.tsx runs on chat.openai.com and chatgpt.com)
    { id: 'chatgpt-prompts-manager-xuannghia-extension', name: 'ChatGPT Prompts Manager (xuannghia)', vendor: 'Nghia (xuannghia)', extensionIds: ['mckkoalagdielfjhnaembaobdgdnnbgk'], source: gh('xuannghia/chatgpt-prompts-manager-extension', '7edec86ff41e601c6268feacf75f51d9109b16c4', 'README.md') },
    // Synthesize ChatGPT, downloads the speech ChatGPT's read-aloud voice generates for a reply (README.md line 2: store
    // link; node_build.js line 6: the Firefox build's gecko id; src/scripts/inject.js calls ChatGPT's synthesize API)
    { id: 'synthesize-chatgpt-extension', name: 'Synthesize ChatGPT', vendor: 'Hadesker (hadesker.net)', extensionIds: ['alhlbggjdnnmahajjndfeagfaecebphh', '{af8f8e5d-48b4-4806-b08b-01379389e3d5}'], source: gh('hadeskers/SynthesizeGPT', '577b372f72b01acef159daaa89db1d5569f0005e', 'README.md') },
    // ChatGPT Sugar, small tools inside ChatGPT such as a timeline of the user's chats (manifest.config.ts line 37: the
    // Firefox build's gecko id; the Chrome link in the README goes through the maker's redirect; GPL-3.0)
    { id: 'chatgpt-sugar-extension', name: 'ChatGPT Sugar', vendor: 'Yaozhi Wang (ChatGPT Sugar)', extensionIds: ['firefox@chatgptsugar.xyz'], source: gh('yaozhiwang/chatgpt-sugar', 'ec0418b40d66da49568747fa95448516ba395bb5', 'manifest.config.ts') },
    // Grok Media Downloader, batch downloads and manages Grok AI images and videos and queues Grok video generation; the
    // maker's website repository (index.html lines 15 and 68: description and store link; CLAUDE.md: site
    // grokmedia.kario-studio.com, publisher Kario Studio)
    { id: 'grok-media-downloader-extension', name: 'Grok Media Downloader', vendor: 'Kario Studio', domains: ['grokmedia.kario-studio.com'], extensionIds: ['niebmpjbnghbfnjbbeajlndkjpgpamhi'], source: gh('tomsonleelee/GrokMediaDownloadWebSite', '9c5ef4fb34d1294f110852457308444beb80336f', 'index.html') },
    // Summarisers and translators
    // Summarize and Translate with Gemini, summarises pages, YouTube captions, images and PDFs and translates selections
    // with Gemini or an OpenAI-compatible API (README.md line 93: Chrome and Edge links; firefox/manifest.json line 5:
    // gecko id; MIT)
    { id: 'summarize-translate-gemini-extension', name: 'Summarize and Translate with Gemini', vendor: 'Sadao Hiratsuka (sh2)', extensionIds: ['hmdcbbbdmfapkpdaganadiihfmdnpngi', 'ljmmilamifhanifgbfliknbicfjllheb', 'extension-summarize-translate-gemini@dbstudy.info'], source: gh('sh2/extension-summarize-translate-gemini', 'f2dba281e9382784c72db5c3567316586c68411b', 'README.md') },
    // Summarize and Translate with Claude, the same maker's page summariser and translator on the Claude API (README.md
    // line 7: Chrome and Edge links; firefox/manifest.json line 5: gecko id; MIT)
    { id: 'summarize-translate-claude-extension', name: 'Summarize and Translate with Claude', vendor: 'Sadao Hiratsuka (sh2)', extensionIds: ['ciikfihmdpcbmehhggahlgljimikipbm', 'gfbdckjeobbamlimgcgihepkebiggjep', 'extension-summarize-translate-claude@dbstudy.info'], source: gh('sh2/extension-summarize-translate-claude', '89a1277fd5d8488474a6d153b769cf3eb02e5103', 'README.md') },
    // YouTube Video Summarizer with Gemini (TimStewartJ), opens Gemini in Firefox's sidebar to summarise the video being
    // watched (manifest.json line 8: gecko id; README.md links the Firefox Add-ons listing; MIT)
    { id: 'youtube-summarizer-gemini-timstewartj-extension', name: 'YouTube Video Summarizer with Gemini (TimStewartJ)', vendor: 'Tim Stewart (TimStewartJ)', extensionIds: ['{5dad0765-f81a-42f5-9072-a66dca31efae}'], source: gh('TimStewartJ/yt-gemini-vid-summarizer', '602dcbb6834c8c20348129b634ffc8639a39a50d', 'manifest.json') },
    // Writing, email and tab helpers
    // ChatGPT for Gmail (dtkdt100), suggests ChatGPT completions while the user writes an email in Gmail (README.md line
    // 9: store link; src/background/providers call ChatGPT and the OpenAI API; GPL-3.0)
    { id: 'chatgpt-for-gmail-dtkdt100-extension', name: 'ChatGPT for Gmail (dtkdt100)', vendor: 'dtkdt100 (ChatGPT for Gmail)', extensionIds: ['nfhkknadfkkoodpcaecgpkdnbjkjhebf'], source: gh('dtkdt100/Chat-GPT-for-Gmail', 'a151e3021ff1327ee0c9aa91b8b1c53d1f26b02c', 'README.md') },
    // AI Tab Grouper (pankil-soni), groups open tabs into categories chosen by Gemini 1.5 Flash through its backend
    // (readme.md line 7: store link; Backend/app.py; MIT)
    { id: 'ai-tab-grouper-pankil-soni-extension', name: 'AI Tab Grouper (pankil-soni)', vendor: 'Pankil Soni (AI Tab Grouper)', extensionIds: ['lchmibpgifelmdmdaoejkibjpepkddbb'], source: gh('pankil-soni/ai-tab-grouper', 'e90fdb60f15d269c24f5dd61324304b40062e6cd', 'readme.md') },
  ],
  { checked: CHECKED_C21 },
);
