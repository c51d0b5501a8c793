// AI browser extensions, fifteenth-session extension pass (exts, 2026-12-06, issue 15). One kind of source: the
// extension's own repository, read at the commit in the row's source (its README's store links and badges, the gecko
// id of its Firefox manifest), the maker's own word about its listing as in extensions-c12.ts. The repositories were
// found through the extension sections of lists (taishi-i's CC0 list of ChatGPT repositories, Ollama's community
// integrations at the commit LISTS pins, sindresorhus's, OpenMindClub's, billmei's, Kamigami55's and saharmor's lists,
// Awesome-local-LLM, the MCP clients, web-agent and AI-coding lists) and by code search for extension READMEs with
// store badges; some 70 repositories were fetched. Measured before the rows: the 28 repositories first read here name
// 35 listing ids (Chrome, Edge, Firefox), 1 already in the catalog (Talk-to-ChatGPT's Chrome id): 3% before, all after.
// Re-read with no new AI id: adamlui/ai-web-extensions and the deepseek-ai integration list's extension pages.
// The popular AI extensions still without an Edge or Firefox id here (Sider, Monica, Merlin, HARPA, MaxAI,
// Perplexity, QuillBot ...) and those without any entry (Wiseone, Voila, Thunderbit, Glean, Writer, Sembly) are closed
// source: no repository, vendor page in the stored corpora or permissive list read here names their ids.
// Rows are grouped by the repository's licence. A vendor's own repository is cited whatever its licence (only
// third-party lists must be permissive); the rows under "other licences" (AGPL, GPL, non-commercial, no licence file)
// take only the maker's own store ids from it, and can be dropped together if that reading is not wanted.
// Two ids go to entries already here: Talk-to-ChatGPT's Edge Add-ons id (its own README, AGPL, left out by the
// fourteenth pass) in extensions-2.ts, and the Whispering dictation app's Chrome extension (its own README, MIT) in
// long-tail-c12-a-3.ts. Left out: LeetCode Whisper (its id was seen only in a copy; the pinned README names none),
// Local AI helper's Firefox gecko id (a placeholder-looking GUID), the Firefox ids of Quick Prompt (a build variable)
// and Summarize (a test id), SpaceLlama, Sidellama, Lumos, Fuji-Web, Meeper and the Jupyter ChatGPT extension (no
// listing id in their files), the second summarize.site id (left out before), and a security shield for browser
// agents (not an AI tool). Names are the store names the files give; generic ones are qualified by maker or purpose
// so that only the ids match them (Writely beside the catalog's WritelyAI and aiWritely, "AI Translator", "YouTube
// Video Summarizer", Quick Prompt, Ophel). lookalikes-c15-exts.test.ts checks every id and name and the ordinary
// names beside them.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C15, defineTools } from './define';

const gh = (repo: string, commit: string, file: string) => `https://github.com/${repo}/blob/${commit}/${file}`;

export const extensionToolsC15Exts: Tool[] = defineTools(
  'browser-extension',
  [
    // Permissive licences (MIT, Apache-2.0, CC-BY-4.0)
    // Writely, a GPT writing and reading assistant for any editor (README.md lines 8-12: Chrome Web Store and Edge
    // Add-ons badges; manifest.firefox.json line 51: gecko id; MIT)
    { id: 'writely-extension', name: 'Writely (GPT writing assistant)', vendor: 'Writely (open source)', extensionIds: ['eocenplmfgoaibmmohkhhocnlkpaecgn', 'kbdaacbaddmbnkopjmepjnefmdaeoiih', 'anchao951220@gmail.com'], source: gh('anc95/writely', '36b9ffd3bdbe5f05161e950d1a1354ae8c2b7fab', 'README.md') },
    // BrowserBee, an in-browser agent that drives pages from natural-language tasks (README.md line 189: store link;
    // Apache-2.0; the README says its author stopped work on it in October 2025)
    { id: 'browserbee-extension', name: 'BrowserBee', vendor: 'BrowserBee (open source)', extensionIds: ['ilkklnfjpfoibgokaobmjhmdamogjcfj'], source: gh('parsaghaffari/browserbee', '97777660b99d63f1cdf89c69affafc86d6214df9', 'README.md') },
    // Quick Prompt, a prompt manager for AI chat pages (README.md line 108: store link; MIT)
    { id: 'quick-prompt-extension', name: 'Quick Prompt (AI prompt manager)', vendor: 'Quick Prompt (open source)', extensionIds: ['hnjamiaoicaepbkhdoknhhcedjdocpkd'], source: gh('wenyuanw/quick-prompt', 'cf7dcc9d696bd662e7a8f6ff0138e8818cd9215f', 'README.md') },
    // Ollamazing, chat with local Ollama models from the browser (README.md line 27: store link; MIT)
    { id: 'ollamazing-extension', name: 'Ollamazing', vendor: 'Ollamazing (open source)', extensionIds: ['bfndpdpimcehljfgjdacbpapgbkecahi'], source: gh('buiducnhat/ollamazing', '9b228d58c6eb52b8aa33bf620164eb6c529c4199', 'README.md') },
    // ojira, writes Jira task descriptions with local Ollama models (README.md line 16: store link; MIT)
    { id: 'ojira-extension', name: 'ojira', vendor: 'ojira (open source)', extensionIds: ['ggamcmddhgfibjhjlcopdmnfopfahngm'], source: gh('AliAhmedNada/ojira', '31fe4fa3b6e27eab7a54b2f0e5164450c7fed215', 'README.md') },
    // codereview.gpt, reviews GitHub and GitLab pull requests with ChatGPT (README.md line 14: store link; MIT)
    { id: 'codereview-gpt-extension', name: 'codereview.gpt', vendor: 'Sturdy (codereview.gpt)', extensionIds: ['amdfidcajdihmbhmmgohhkoaijpkocdn'], source: gh('sturdy-dev/codereview.gpt', '84f8b36c1ecff4f01672e4ab2f0e6b16b5e87474', 'README.md') },
    // ChassistantGPT, a voice assistant on top of ChatGPT (README.md line 20: store link; MIT)
    { id: 'chassistantgpt-extension', name: 'ChassistantGPT', vendor: 'ChassistantGPT (open source)', extensionIds: ['kepjfakbnekbifkjnfhmoilbbnncnfjc'], source: gh('idosal/assistant-chat-gpt', '16eaf4f9c71606e3f2fc1270c88e4fc12984c35e', 'README.md') },
    // GPT2Markdown, exports ChatGPT conversations to Markdown (README.md line 18: store link; MIT)
    { id: 'gpt2markdown-extension', name: 'GPT2Markdown', vendor: 'GPT2Markdown (open source)', extensionIds: ['mlfimpibamecbdnofjnbkjomeieclnjl'], source: gh('0xreeko/gpt2markdown', '626f53e7e2c91e98b1c694c6483ab2036de7e6af', 'README.md') },
    // ChatGPT Enhancement, prompt hints, PDF reading and export on ChatGPT's pages (README.md line 83: store link;
    // manifest.ts names it; MIT)
    { id: 'chatgpt-enhancement-extension', name: 'ChatGPT Enhancement', vendor: 'ChatGPT Enhancement (open source)', extensionIds: ['fdbinkcfdihppebpojopiljcmekfedkg'], source: gh('sailist/chatgpt-enhancement-extension', 'f8d22e10243f9a2195deafad2bceb5b19a5b9554', 'README.md') },
    // Translate It!, an AI translation and writing helper listed as "AI Writing Companion" (README.md line 5: store
    // links; config/manifest-generator.js line 192: gecko id; CC-BY-4.0)
    { id: 'translate-it-ai-writing-companion-extension', name: 'Translate It! (AI Writing Companion)', vendor: 'Translate It! (open source)', extensionIds: ['jfkpmcnebiamnbbkpmmldomjijiahmbd', 'ai-writing-companion@amm1rr.com'], source: gh('iSegaro/Translate-It', '08e3bc495f4d542df26d70d1f498bb662f4cb3a7', 'README.md') },
    // a YouTube transcript summariser (README.md line 3: store badge; manifest.json names it "YouTube Video
    // Summarizer"; MIT)
    { id: 'youtube-ai-video-summarizer-unaveenj-extension', name: 'YouTube AI Video Summarizer (unaveenj)', vendor: 'unaveenj (open source)', extensionIds: ['mdlhkoefahbnnlgkmiicjhnadmmigofb'], source: gh('unaveenj/Youtube-Summary-Chrome-Plugin', '5cae2dafd960b1330653a0cb056be21de4c29e05', 'README.md') },
    // Summarize's side panel, summaries of the open tab, video transcripts and chat with the page (README.md line 70:
    // store link, "Summarize Side Panel"; its Firefox gecko id in wxt.config.ts is a test id, not taken; MIT)
    { id: 'summarize-side-panel-extension', name: 'Summarize Side Panel', vendor: 'Peter Steinberger (Summarize)', extensionIds: ['cejgnmmhbbpdmjnfppjdfkocebngehfg'], source: gh('steipete/summarize', 'c78ac23b2fc8bf73fc98ea8acdfcba25337b7e22', 'README.md') },
    // Local AI Sidebar, chat, summaries and PDF questions with Chrome's built-in on-device model (README.md line 40:
    // store link; MIT)
    { id: 'local-ai-sidebar-extension', name: 'Local AI Sidebar', vendor: 'Local AI Sidebar (open source)', extensionIds: ['oihcenhffgplemccnbaopcflipaiplmo'], source: gh('mazzucci/local-ai-sidebar', '8eff8f99df2379dc4dce226c3641a653fadd2c16', 'README.md') },

    // Other licences: the maker's own repository read for its own ids only
    // Amurex, an AI meeting copilot for Google Meet (README.md line 10: store badge; manifest "Amurex (Early
    // Preview)"; AGPL-3.0)
    { id: 'amurex-extension', name: 'Amurex', vendor: 'The Personal AI Company (Amurex)', extensionIds: ['dckidmhhpnfhachdpobgfbjnhfnmddmc'], source: gh('thepersonalaicompany/amurex', '2740ec5fdf87c51ae49a3edd5f03565f60667e13', 'README.md') },
    // ThinkReview, AI code review on GitLab, Azure DevOps, GitHub and Bitbucket pull requests (README.md line 7:
    // store links; manifest.json line 8: gecko id; AGPL-3.0)
    { id: 'thinkreview-extension', name: 'ThinkReview', vendor: 'ThinkReview', extensionIds: ['bpgkhgbchmlmpjjpmlaiejhnnbkdjdjn', 'thinkreview@thinkreview.dev'], source: gh('Thinkode/thinkreview-browser-extension', '419475e37d42033ea626096ec854599c64c03cb5', 'README.md') },
    // Qodo Merge's Chrome extension, chat and AI feedback on GitHub pull requests (the PR-Agent docs page for it, line
    // 3: store link, at the last commit before the Qodo Merge pages were removed; AGPL-3.0)
    { id: 'qodo-merge-extension', name: 'Qodo Merge Chrome extension', vendor: 'Qodo', extensionIds: ['ephlnjeghhogofkifjloamocljapahnl'], source: gh('qodo-ai/pr-agent', '53a1b3909e5cd14a6e0734a235a78683db4c1a71', 'docs/docs/chrome-extension/index.md') },
    // an AI translator with customisable models (README.md line 5: store links; manifest.firefox.json line 69: gecko
    // id; AGPL-3.0)
    { id: 'ai-translator-adinschmidt-extension', name: 'AI Translator (adinschmidt)', vendor: 'adinschmidt (open source)', extensionIds: ['jabhdcjhdlnppcpbdghnkfkdpfcfleba', 'ai-translator@adin.dev'], source: gh('adinschmidt/AI-translator', '39a7931bfebee096188673e26dd805285528485f', 'README.md') },
    // Local AI helper, chat with the open tab through local or custom model endpoints (README.md line 54: store link;
    // GPL-3.0)
    { id: 'local-ai-helper-extension', name: 'Local AI helper', vendor: 'Local AI helper (open source)', extensionIds: ['mplpnjanhjddepeecpmjbglbiccdhnfp'], source: gh('ivostoykov/localAI', 'e6c70ddfd977171b5a0fac282ae4847c4dbb1979', 'README.md') },
    // ChatGPT for Google Colab (README.md line 10: store link; the locale file names it; GPL-3.0)
    { id: 'chatgpt-for-google-colab-extension', name: 'ChatGPT for Google Colab', vendor: 'ChatGPT for Google Colab (open source)', extensionIds: ['dfhfeifekpgapdlhfakecbbinnnfoohh'], source: gh('ali-h-kudeir/ChatGPT-Google-Colab', '51ee5faa3a37e5cad8318f829cac38d1e68cd4b4', 'README.md') },
    // LeetChatGPT, ChatGPT feedback on LeetCode and HackerRank solutions (README.md line 29: store link; GPL-3.0)
    { id: 'leetchatgpt-extension', name: 'LeetChatGPT', vendor: 'LeetChatGPT (open source)', extensionIds: ['ephkkockglkjbdljoljjfdlfmgkeijek'], source: gh('Liopun/leet-chatgpt-extension', 'a6dec2cc4bb6153d3ccba2437cd3e072b604f28c', 'README.md') },
    // Gmail Composer AI, drafts Gmail messages with ChatGPT (README.md line 5: store link; GPL-3.0)
    { id: 'gmail-composer-ai-extension', name: 'Gmail Composer AI', vendor: 'Gmail Composer AI (open source)', extensionIds: ['admmpgllajcpkahmgeaaghkopeoalmbi'], source: gh('juanmadurand/cocoa', 'f7a8eecbfa8770c5fa497a951ea60567a58801b2', 'README.md') },
    // Ophel, tools for long AI chats (outline, prompts, export) on the chatbots' pages (README.md line 50: store link;
    // package.json line 83: gecko id; CC BY-NC-SA 4.0)
    { id: 'ophel-extension', name: 'Ophel AI Chat Enhancer', vendor: 'Ophel (open source)', extensionIds: ['lpcohdfbomkgepfladogodgeoppclakd', 'igodu.love@gmail.com'], source: gh('urzeye/ophel', 'db0fb830aaf5e14b8f6db5063f5407c3eafddeeb', 'README.md') },
    // OpenTalkGpt, manage and chat with Ollama models (README.md line 5: store link; no licence file)
    { id: 'opentalkgpt-extension', name: 'OpenTalkGpt', vendor: 'OpenTalkGpt (open source)', extensionIds: ['idknomikbgopkhpepapoehhoafacddlk'], source: gh('adarshM84/OpenTalkGpt', 'dc1f140b00cdf55011d74a4c0cae45cd61f8af40', 'README.md') },
    // AI-Mask, runs models on the device for web apps that ask for them (README.md line 7: store link; the manifest names
    // it "AI-Mask - In-browser inference"; no licence file)
    { id: 'ai-mask-extension', name: 'AI-Mask', vendor: 'AI-Mask (open source)', extensionIds: ['lkfaajachdpegnlpikpdajccldcgfdde'], source: gh('pacoccino/ai-mask', 'a0a9916e834de838844a2d90d4dca1cebf18a8be', 'README.md') },
    // Hired Always, fills job applications and writes cover letters with AI (README.md line 19: store link; its site
    // is hiredalways.com; no licence file)
    { id: 'hired-always-extension', name: 'Hired Always', vendor: 'Hired Always', extensionIds: ['kedoofhdliinkiibdljbplolfnbhaiia'], source: gh('laynef/AI-Job-Autofill', '23b93fa4b5899642285c8ddfe23b58213fdbfbfc', 'README.md') },
    // TextLLaMA, email writing, grammar and translation with local models (README.md line 8: store link; no licence
    // file)
    { id: 'textllama-extension', name: 'TextLLaMA', vendor: 'TextLLaMA (open source)', extensionIds: ['phlhmokcogmcanhjhojccoockgkebiji'], source: gh('adarshM84/TextLLaMA', 'b140e99cb33bb3050beafecae183f154d59fd34e', 'README.md') },
  ],
  { checked: CHECKED_C15 },
);
