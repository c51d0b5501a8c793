// AI browser extensions, nineteenth-session extension pass (extensions, 2026-12-06). As in extensions-c16-exts.ts, the
// store ids come from one kind of source: the extension's own repository (or its maker's website repository), read at
// the commit in the row's source, whose README store links and badges, website files and Firefox manifests give the
// Chrome Web Store, Edge Add-ons and gecko ids. Leads came from 49 look-ups: 2 stored-page searches for extension
// privacy policies ("this Chrome extension uses OpenAI ... generate replies", AI YouTube/page summarisers; their pages
// name no store id, so none became a row), 8 code-index searches for store links beside the brief's kinds (email and
// Gmail reply writers, page and YouTube summarisers, AI translators, meeting note-takers, LinkedIn comment writers,
// sidebar chats, job-form autofill, grammar and rewrite helpers), 18 exact-string searches for Chrome Web Store detail
// links whose slug begins with an AI or task word (ai-, chatgpt-, gpt, youtube-summar, summar, linkedin, perplexity,
// notebooklm, translat, meet, email, write, reply, smart, chat-with, llm, copilot, agent), 2 file reads and 19
// repository-name look-ups to find the repository behind a hit; 26 repositories were asked for and 17 arrived. Measured
// on the lead list (104 listing ids seen in those hits, /work/helpers/out/extensions-ids.txt): 17 classified before
// (16.3%), 36 after (34.6%); the 68 still unclassified are ids seen only in third parties' files, in files whose
// repository could not be named or fetched, or of non-AI listings. On the 26 hosts the searches returned
// (/work/helpers/out/extensions-hosts.txt) 2 classified before and after (7.7%): no row claims a host. Already listed
// (skipped): Gmail Composer AI, AI Translator (adinschmidt), Superpower ChatGPT, ChatGPT Prompt Genius, YouTube Summary
// with ChatGPT & Claude, Glasp's YouTube summary, Tactiq, Compose AI, ChatGPT Writer, ChatGPT search, GPTZero, GPT
// Tunnel, GPTCopy, Summarize (steipete), Perplexity, Sider, AITOPIA's "Chat with all AI models", NotebookLM Web
// Importer, Translate It!, Writefull for Overleaf. Left out: TranscripTonic (Google Meet captions to text, no AI in the
// extension itself); a userscript found under the name "ChatGPT Enhancer" (not the GPT Enhancer store listing, whose
// repository was not found); ids seen only in third parties' lists, blog posts or portfolios (ChatGPT Sidebar, ChatGPT
// Context Bridge, AI Chat Backup, ChatGPT Chats Timestamp, ChatGPT Direction Control, GPT Breeze, GPT Enhancer for
// ChatGPT, Clarify AI, SummaryMonkey, Summarize AI, AI Copilot for LinkedIn, AI Copilot - MagicCopy, LinkedIn AI
// Assistant, LinkedIn to HubSpot AI Assistant, Octopus CRM's LinkedIn job tools, Email Writer Assistant, Email
// Scheduler with AI, WriteRight AI, WriteTextAI, WriteStack, TranslateTube, Meet Companion, MeetingPrep AI, Meeting
// Assistant ChatGPT, Reply Guy, ReplyStack, LLMnesia, LLM image translator, AgentLimb, Agent Browser Gateway, Agent360
// Browser MCP, Agent Bridge, NotebookLM Tools and the other NotebookLM helpers, Perplexity Exporter) and the
// repositories that could not be fetched; store links with no id (`/detail/summarize/`, `<EXTENSION_ID>`); non-AI
// listings the slug searches met (tab managers, email finders, LinkedIn Sponsor Block, Translatify's lyric translation,
// Bob's macOS translator). The privacy-policy pages the stored-page searches found sit on shared hosts (notion.site,
// github.io, vercel.app, pages.dev, blogspot) or name no store id, so none is claimed; each source is a repository
// file. Generic names are qualified so that only the ids match them (AI Translator, YouTube Summary).
// lookalikes-c19-extensions.test.ts checks every id and name and the ordinary names beside them.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C19, defineTools } from './define';

const gh = (repo: string, commit: string, file: string) => `https://github.com/${repo}/blob/${commit}/${file}`;

export const extensionsC19Tools: Tool[] = defineTools(
  'browser-extension',
  [
    // Writing, reply and social helpers
    // Reply Better AI, improves drafts and writes replies in context with on-device Gemini Nano or a chosen AI engine
    // (README.md line 5: Chrome link; manifest.firefox.json line 8: gecko id; MIT)
    { id: 'reply-better-ai-extension', name: 'Reply Better AI', vendor: 'Reply Better AI (open source)', extensionIds: ['dpdibbijcljdjnafjnmaljphpkfojlkb', 'hi@antnan.com'], source: gh('dantnan/reply-better-ai', 'a880a76a18dd2fab6da68675d47a391c089fd6a2', 'README.md') },
    // LinkedIn Engage, AI-written LinkedIn comments with Groq plus connection and job-form automation (README.md line
    // 5: store link; MIT)
    { id: 'linkedin-engage-extension', name: 'LinkedIn Engage', vendor: 'LinkedIn Engage (open source)', extensionIds: ['naofclbmkhogidppkccoojdjhllmfcbh'], source: gh('LucasSantana-Dev/linkedin-engage', '413c5ff3d876b003e40fccb7848fd3546988efc4', 'README.md') },
    // ReplyChief, an AI LinkedIn comment generator ("LinkedIn AI co-pilot"); the maker's website repository links its
    // listing from every page (src/components/Hero.tsx line 8; no licence file)
    { id: 'replychief-extension', name: 'ReplyChief', vendor: 'ReplyChief', extensionIds: ['fmigngdcmjgeojnnocphdnkdlkfeiiig'], source: gh('walidhasan89/ReplyChief', 'f68ef80919656dc62f3e2c250f46897f9cd513f0', 'src/components/Hero.tsx') },
    // Summarisers and translators
    // Summarizerrrr, AI summaries of YouTube, course videos and any page (README.md lines 9 and 15: Chrome and Edge
    // links; wxt.config.ts line 235: gecko id; no licence file)
    { id: 'summarizerrrr-extension', name: 'Summarizerrrr', vendor: 'Summarizerrrr (open source)', extensionIds: ['ahfjndakflcegianjdojpldllodpkkpc', 'kgoolaebmcbhbjokofmhdcjbljagaiif', 'trongnguyen24@gmail.com'], source: gh('trongnguyen24/Summarizerrrr', 'f03a6ff4efa3a53c7c80def56b725339867e826b', 'README.md') },
    // SummarizerX AI Reader, extracts, summarises and translates pages and PDFs with AI (README.md line 7: store
    // link; MIT)
    { id: 'summarizerx-extension', name: 'SummarizerX AI Reader', vendor: 'SummarizerX (open source)', extensionIds: ['okpefajonbfdnojdmobecjdajcohhoje'], source: gh('mallocfeng/SummarizerX', '8281ed205dda2dd59a5a9cee0b19ac83d95e2358', 'README.md') },
    // YouTube Summary (onebis), summarises YouTube captions with the user's Claude, OpenAI or Gemini key (its website
    // in docs/index.html line 596: store link; all rights reserved)
    { id: 'youtube-summary-onebis-extension', name: 'YouTube Summary (onebis)', vendor: 'Minoru Horiuchi (YouTube Summary)', extensionIds: ['fcdhcpnilhceegpdefdpeklhlgmcadhd'], source: gh('onebis/youtube-summary-extension', 'ca84fb4ebdc04eb3d848c2f7b0245947fb5fa9f4', 'docs/index.html') },
    // AI Translator (sontvwork), translates selections with Groq or OpenRouter models (README.md line 5: store link;
    // no licence file)
    { id: 'ai-translator-sontvwork-extension', name: 'AI Translator (sontvwork)', vendor: 'sontvwork (open source)', extensionIds: ['eldijifegbkbpeifmbghliglkiehldie'], source: gh('sontvwork/ai-translator', '4be9b68ef03652026168488c2dce845ea352f181', 'README.md') },
    // translate cat, AI translation of YouTube subtitles and selections with OpenAI, Anthropic or Gemini (README.md
    // line 9: store link; no licence file)
    { id: 'translate-cat-extension', name: 'translate cat', vendor: 'translate cat (open source)', extensionIds: ['aibehclppnalahklmeiccpcgikeibogh'], source: gh('yuhua99/translate-cat', '75b63163956a7c8e9a83ef295c12a007cbb1a714', 'README.md') },
    // Meetings
    // Meet Live Assist, hands the live Google Meet or Zoom transcript to the user's Claude Code session and shows its
    // advice in a side panel (README.md line 15: store link; PolyForm Internal Use)
    { id: 'meet-live-assist-extension', name: 'Meet Live Assist', vendor: 'Krystian Gwizdała (Meet Live Assist)', extensionIds: ['elhddnpchalnmgcgdicegfggifojbadk'], source: gh('krystiangw/meet-live-assist-extension', 'c26b04e6eb875a44536bed5afb3e80ce49b56ff1', 'README.md') },
    // Sidebar and multi-model chat
    // LLM Sidebar with Context, Google's sample of a Gemini or local-Ollama chat in the side panel with open tabs as
    // context (README.md line 7: store link; Apache-2.0)
    { id: 'llm-sidebar-with-context-extension', name: 'LLM Sidebar with Context', vendor: 'Google', extensionIds: ['hecgmgkofmopdcjlbaegcaanaadhomhb'], source: gh('google/llm-sidebar-with-context', '6fb96012e10f0bb4ac4f5d73afaea59767691a9b', 'README.md') },
    // LLM X, a private chat client for local models (Ollama, Chrome's Gemini Nano) (README.md line 5: Chrome link;
    // environments/firefox/firefox.manifest.json line 22: gecko id; MIT)
    { id: 'llm-x-extension', name: 'LLM X', vendor: 'LLM X (open source)', extensionIds: ['iodcdhcpahifeligoegcmcdibdkffclk', 'mr.demarcus.johnson@gmail.com'], source: gh('mrdjohnson/llm-x', '1998c4c846b466d7cb47838c7bc295a5b56ad108', 'README.md') },
    // LLMeeting, puts one question to ChatGPT, Gemini, Grok and Claude in a side panel and has them debate and sum up
    // (README.md line 5: store link; its own non-commercial licence)
    { id: 'llmeeting-extension', name: 'LLMeeting', vendor: 'LLMeeting (Gale0418)', extensionIds: ['cjombmcmgifhanenolhaeepbpnlchjdp'], source: gh('Gale0418/LLMeeting', 'bfeedd8d847046b48ee6b403288bb360bbde3169', 'README.md') },
    // JumpNav, a floating table of contents for long ChatGPT, Gemini and Claude chats (README_EN.md line 25: store
    // link; no licence file)
    { id: 'jumpnav-extension', name: 'JumpNav', vendor: 'JumpNav (open source)', extensionIds: ['kkemkfabmgjcjlileggigaaemcheapep'], source: gh('hysltway/JumpNav', 'fddc029e458a1c19a6466e8a35f71d65f95af950', 'README_EN.md') },
    // Agents
    // GitHub Copilot Browser Bridge, lets GitHub Copilot or a local LLM analyse and operate the current page (README.md
    // line 3: store link; CC BY-NC-SA 4.0)
    { id: 'copilot-browser-bridge-extension', name: 'Copilot Browser Bridge', vendor: 'aktsmm (Copilot Browser Bridge)', extensionIds: ['nggfpdadfepkbpjfnpcihagbnnfpeian'], source: gh('aktsmm/copilot-browser-bridge', '3fd57851e7257a5a1b023d33a7ee223601925745', 'README.md') },
    // Agent WebBridge, lets an AI agent drive the user's own Chrome profiles and tabs through a local daemon (README.md
    // line 4: store link; MIT)
    { id: 'agent-webbridge-extension', name: 'Agent WebBridge', vendor: 'Agent WebBridge (open source)', extensionIds: ['kgnhhbkooeplfdkfnicgekdmegckcnpl'], source: gh('jeet-dhandha/agent-webbridge', 'd826db595a426b1fede945954a2e7b6afaaff029', 'README.md') },
  ],
  { checked: CHECKED_C19 },
);
