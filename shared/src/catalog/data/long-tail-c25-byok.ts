// Twenty-fifth session, bring-your-own-key pass (2026-12-07, helper `byok`): AI products that let their users bring
// their own model key (OpenAI, Anthropic, Gemini, OpenRouter, Groq, DeepSeek, or a local Ollama) and that no entry
// claimed yet, each on its own web host. Here: chat clients for the desktop, iPhone and the web (KeyRing AI, LLM API
// Request, OpenChat on ocllm.app, AnyModel, elemChat, ACOT) and team chat workspaces on the customer's keys (SkyDeck
// AI's GenStudio, Custos AI); AI roleplay (RoleCall); agents and agent hosting on the user's Claude key (Clawddesk,
// Carapace, PaioClaw) and a chatbot platform with an own-key option (Interaip); notes, reading and research tools with
// AI on the user's provider (NoteLace, Glyph, the NoteAI browser plugin, BibGenie for Zotero, Minerva Reader); writing
// tools (PulseWrite's rewrites, VoxWrite, Inthread's texting replies, Wyft's thesis supervisor, Vibe Workflow) and AI
// SEO writers (UseArticle, BestSEOArticles, AI SEO Writer); translation (a manga translator extension on OpenAI Vision
// or Ollama, Lingkuma's language-learning plugin); an AI formula generator for Google Sheets (FormulaPad); AI meeting
// notes (Sonabrief); and key-holding gateways for AI features (Privian, App AI Proxy).
//
// Leads. 38 look-ups, all in the stored `pages` corpus but one in `docs` (the third), counted as they were made; two of
// the budget's 40 were left unused. Queries worded the way these vendors word their privacy, FAQ, docs, help and
// pricing pages: "your API key is stored locally in your browser", "we never see your key", "bring your own key
// (BYOK)", "requests go directly from your browser to OpenAI", "enter your Anthropic API key in settings", "one-time
// purchase … use your own API keys", "keys stored in Keychain", one product kind at a time (desktop and iPhone chat
// clients, Chrome extensions, PDF chat, notes with Ollama, Gmail assistants, translation extensions, VS Code coding
// tools, writing apps, research assistants, Sheets add-ons, roleplay frontends, flashcards, image apps on fal.ai keys,
// subtitle translators, SEO writers, meeting recorders, WordPress plugins, Word and Outlook add-ins, terminal tools,
// Mac menu-bar apps, Perplexity-style search, team workspaces, e-book readers), and in Chinese, Japanese, German and
// Spanish. The one `docs` look-up returned OpenAI's own help and API mirrors only. The English privacy and docs wording
// reached vendors best; the BYOK explainer wording returned mostly vendors' blog essays on BYOK in general (kept only
// where the essay describes the vendor's own product) and news; the other languages returned guides, mirrors and
// extensions on github.io. Every row cites a page with a path on the product's own host (for PulseWrite, AnyModel and
// NoteAI the claimed subdomain, for SkyDeck AI, ACOT and Lingkuma their docs subdomains) where the vendor says the
// product chats, writes, summarises, translates or answers with AI, AI models or named model providers. Hosts were run
// through /work/helpers/classify-hosts.mts, names grepped in data/, and /work/wt/*/shared/src/catalog/data/*-c25-*
// checked for the other helpers' rows (none of these hosts is in another twenty-fifth-session file). No cited page
// states a Chrome Web Store id, so no row carries extensionIds.
//
// Measured with /work/helpers/classify-hosts.mts on the 247 hosts the searches returned (vendors, blogs, news, mirrors,
// guides and shared hosts alike, in /work/helpers/out/byok-hosts.txt): 38 classified before (15.4%), 70 after (28.3%).
//
// Already listed and left to their entries: ByteChat, VibeKit, AI Email Chain (emailchain.app), VoiceText Mail,
// EmailResponder, DocGPT.ai, Folian, DeepChat, AIAssistWorks, GPT for Work, Stellatrix's RPG Roleplay, Character
// Gateway, AItoCards, Flash Cards AI (ai-flashcards.co.za), Resofter's AI video creator, Magggic, Hiway2LLM, NovaKit,
// analyse.net, NeuralText, Daisy (daisylocal.app), AI Puffer (docs.aipower.org), OutlookReVision, Lurus AI, Macaly,
// Qoder, Skywork, DeepWiki, Mintlify, SparkCo, api.airforce and BotChat.
//
// Left out as earlier passes decided: Memogate (its AI card generation is one feature of a spaced-repetition app,
// long-tail-c23-edu3.ts), authorautomations.social (a scheduler with optional AI keys, long-tail-c23-social2.ts),
// dejanu.app (an undressing service), vividoc.ai (a refund page that does not say what the product does),
// costr.gopluslabs.io, wdllm.com and meridian.getnimbus.net (OpenAI-compatible API gateways, left for a
// developer-platform pass by long-tail-c19-chat2.ts; wdllm.com's policy also gives support@example.com),
// app.thoughtful-ai.com (a research add-in), aiteam.ae (an agent service), OpenCharts Spaces and KnowledgeSDK. Vendors'
// essays on BYOK that do not say what their own product does: 123chat.ai's news piece, harborknowledge.com, chapeta.net
// (a lead of long-tail-c19-chat2.ts), ai-kit.net and folding-sky.com (leads). Homepages only: transcribe.bloat.app (a
// browser transcriber on the user's OpenAI key: a lead), keypod.eyelinetech.com. Pages that do not say the product uses
// AI: formulapilot.com's policy ("formula generation" only), local-ai-notes.app's policy (embeddings and clusters, AI
// only in the name), voxpen.co's founder post, retroparlor.com and bananapie.ai (credit refunds), app.guguga.online,
// speka.me ("model-inference provider" without the product), pdf2okf.com's wiki. General products where AI is one
// feature: pdfmavericks.com (PDF tools with a BYOK summariser), edi2xml.com (an EDI company's AI page), passivewp.com
// (a WordPress monetisation plugin), loopple.com, pkm.brevy.dev (a self-hosted notes app with opt-in AI),
// reader.richasy.net (Rodel Reader, an e-book and RSS reader with an AI panel), help.pageoptimizer.pro,
// flashcardscymraeg.com (Gemini moderates uploads). Not AI products: aiapidoctor.com (a diagnostic for AI API relays),
// wallet.jinglehuyu.com (an API-balance wallet), chatgpt-export-assistant.reedthinking.com (exports ChatGPT chats),
// frostdates.com, cleanmylist.io, poweruserful.com. Developers' personal or general hosts: mubashirhassan.com (AI Reply
// Assistant), rubatoflow.dev (ChatGPT Page Summarizer), alchotechbeta.com (Assistant for ChatGPT), alicemrongovius.com
// (AI Sheets), ingoampt.com (AI Chat by API), 33aais.com (AI Formula Builder), digitalskeleton.com.ng (AI Flashcard
// Generator), dpapps.net (a WordPress AI Assistant), neo-wp.com, blog.vlogerly.com (Termerly's AI policy drafts on
// Vlogerly's blog: a lead once termerly's own host is seen), and the portfolios and build logs of ergini.com,
// vikrambhalla.com, abodid.com, jianglong.dev and singhgautam.com. A ?p= URL: fullselfposting.com (a WordPress
// auto-posting plugin on GPT and DALL-E: a lead). Shared platforms: github.io (mbbrinkman's OpenRouter chats,
// vibesail's KICHAN, max-786's Project Nexus, ti1ek's onAI, gityeop's OnText and others), pages.dev (ona-uno,
// evidencelens, lognote, dictate-app, aiscouncil-net-docs, ideablueprint, svocat, wpthemoon-com), vercel.app, web.app,
// workers.dev, replit.app, blogspot.com and sites.google.com; leads once the vendors' own hosts are seen: ONA.UNO,
// EvidenceLens, lognote, dictate.app, AISCouncil (aiscouncil.net), onAI, OnText, WP The Moon (wpthemoon.com). Mirrors
// and proxies: soft31.com (through which Vibe Workflow's page was read), hdoplus.com, amimg.crxsoso.com,
// firefox.marketplace.browsertotal.com, geeksrepos.com and the GitHub mirrors. Also met and not taken:
// account.fotogenic.ai (an AI media generator, read only from a sitemap URL: a lead), Pico (docs.makewithpico.com, an
// AI app builder, read only from its image-generation API page: a lead), agent.minara.ai's API reference (a lead).
//
// Three hosts are claimed below a parent that is not shown to be the product: ai.saaby.cloud (PulseWrite), ai.wblue.id
// (AnyModel) and noteai.oner.dev (NoteAI, run by localia.org); saaby.cloud, wblue.id and oner.dev were not read and are
// left unclaimed.
//
// Same names: Manga Translator (mangatranslator.site) is a Chrome extension on OpenAI Vision, Ollama or its vendor's
// own server, not the listed AI Manga Translator (aimangatranslator.com, mangatranslator.io); NoteAI and OpenChat carry
// their hosts because the names are generic; AI SEO Writer (ai-seowriter.ru) is not SEOWriter360.
//
// Dropped after the trap check: Chat w WebPage (chatpage.haoba.cloud, a Chrome extension that chats with the open page
// through OpenAI, Anthropic, Google or Azure on the user's encrypted keys) is a trap in lookalikes-c20-browse.test.ts,
// which left it out as an extension with no hosted service, and WriteText.ai (writetext.ai, whose help page on why it
// keeps its own model keys says it writes SEO product copy with LLMs) is a trap in lookalikes-c20-rebrands.test.ts
// through another help page that does not say AI. Both stand as leads for a pass that may revisit those traps.
//
// Doubtful rows. Vibe Workflow's security page was read through a proxy (soft31.com) and is cited at its own address.
// PaioClaw's blog post describes BYOK and BYOM for a hosted OpenClaw assistant in general terms rather than naming
// plans. App AI Proxy's security page says only that provider keys stay on its server while apps reach AI features
// through it; Privian is read from its own article on how BYOK works in its AI gateway. UseArticle's post sits under
// /fr/ but is in English and describes UseArticle's own lifetime BYOK plan. ACOT's security page is in Chinese under
// /zh/ and Lingkuma's privacy page is in Japanese under /ja/; both keep the global region, since both sites offer other
// languages. AI SEO Writer takes the russia region from its .ru host and its transliterated Russian help paths; Custos
// AI takes europe from its .eu host. Sonabrief transcribes and summarises in the EU but keeps the global region, as
// nothing read names where it is made.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C25, defineTools } from './define';

export const longTailC25ByokTools: Tool[] = defineTools(
  'chat',
  [
    // --- chat clients and team workspaces ---
    { id: 'keyring-ai', name: 'KeyRing AI', vendor: 'KeyRing Labs', domains: ['keyringlabs.com'], source: 'https://www.keyringlabs.com/blog/ai-subscription-vs-api-access' }, // vendor blog: a desktop app that reaches 280+ models across ten chat providers on the user's own API keys
    { id: 'llm-api-request', name: 'LLM API Request', vendor: 'LLM API Request', domains: ['llmapirequest.app'], source: 'https://www.llmapirequest.app/privacy-policy.html' }, // privacy: an app that sends prompts and files to LLM providers from Apple Shortcuts, keys held in the Keychain
    { id: 'openchat-ocllm', name: 'OpenChat (ocllm.app)', vendor: 'OpenChat', domains: ['ocllm.app'], source: 'https://www.ocllm.app/privacy.html' }, // privacy: an iOS chat app whose prompts go straight to the model provider the user configured (Anthropic, OpenAI, Google, xAI, DeepSeek…)
    { id: 'anymodel', name: 'AnyModel', vendor: 'AnyModel', domains: ['ai.wblue.id'], source: 'https://ai.wblue.id/privacy' }, // privacy: a zero-server AI chat app; prompts go to the AI models the user picks, keys kept in the device keychain
    { id: 'elemchat', name: 'elemChat', vendor: 'elemChat', domains: ['elemchat.app'], source: 'https://elemchat.app/privacy' }, // privacy: an iPhone chat app that sends messages directly to OpenRouter and on to Anthropic, OpenAI, Google and other models
    { id: 'acot-all-chat-on-this', name: 'ACOT (All Chat On This)', vendor: 'ACOT', domains: ['all-chat-on-this.site'], source: 'https://docs.all-chat-on-this.site/zh/about-security.html' }, // API-key security (Chinese): keys encrypted in the browser and decrypted only to call the model APIs the user configured
    { id: 'skydeck-ai', name: 'SkyDeck AI', vendor: 'SkyDeck AI', domains: ['skydeck.ai'], source: 'https://docs.skydeck.ai/es/genstudio-workspace/data-security' }, // data security (Spanish): GenStudio chats run on the organisation's own OpenAI API key set in its Control Center
    { id: 'custos-ai', name: 'Custos AI', vendor: 'Custos AI', domains: ['custosai.eu'], source: 'https://custosai.eu/docs/team-management', region: 'europe' }, // docs: a team AI chat where admins configure LLM providers with API keys and set which models each member may use
    { id: 'rolecall', name: 'RoleCall', vendor: 'RoleCall Studios', domains: ['rolecallstudios.com'], source: 'https://rolecallstudios.com/docs/features/providers-and-keys' }, // docs: AI roleplay chats on RoleCall's hosted models or the user's own keys to 25 providers
    // --- agents and chatbot platforms ---
    { id: 'clawddesk', name: 'Clawddesk', vendor: 'Clawddesk', category: 'agents', domains: ['clawddesk.ai'], source: 'https://clawddesk.ai/docs/authentication/' }, // docs: built on the Claude Agent SDK, answering with the user's Anthropic API key or Claude Code login
    { id: 'carapace-bot', name: 'Carapace', vendor: 'Carapace', category: 'agents', domains: ['carapace.bot'], source: 'https://carapace.bot/docs/guides/anthropic' }, // setup guide: gives the user's agent access to Claude models with their own Anthropic key
    { id: 'paioclaw', name: 'PaioClaw', vendor: 'PaioClaw', category: 'agents', domains: ['paioclaw.ai'], source: 'https://paioclaw.ai/blog/byok-byom-openclaw-privacy-explained' }, // vendor blog: a hosted OpenClaw assistant whose conversations go to the user's own OpenAI, Anthropic or Google key
    { id: 'interaip', name: 'Interaip', vendor: 'Interaip', category: 'agents', domains: ['interaip.ai'], source: 'https://interaip.ai/en/knowledge-base/custom-api-key' }, // knowledge base: AI bots run on platform models or on the customer's own OpenAI, Anthropic or Google key
    // --- notes, reading and research ---
    { id: 'notelace', name: 'NoteLace', vendor: 'NoteLace', category: 'productivity', domains: ['notelace.app'], source: 'https://notelace.app/blog/private-ai-for-notes' }, // vendor blog: a notes app whose AI assistant runs on a local Ollama model or the user's own provider key
    { id: 'glyph-notes', name: 'Glyph', vendor: 'Glyph', category: 'productivity', domains: ['glyphformac.com'], source: 'https://glyphformac.com/blog/private-ai-notes' }, // vendor blog: a Mac Markdown notes app with optional AI on OpenAI, Anthropic, Gemini, OpenRouter, Ollama or llama.cpp
    { id: 'noteai-oner', name: 'NoteAI (noteai.oner.dev)', vendor: 'localia.org', category: 'productivity', domains: ['noteai.oner.dev'], source: 'https://noteai.oner.dev/privacy' }, // privacy: a notes browser plugin with an AI assistant; notes and prompts go to OpenRouter for AI responses
    { id: 'bibgenie', name: 'BibGenie', vendor: 'BibGenie', category: 'productivity', domains: ['bibgenie.com'], source: 'https://www.bibgenie.com/docs/byok' }, // docs: a Zotero plugin with its own model service or the user's OpenAI, Anthropic, DeepSeek, Groq or Ollama models
    { id: 'minerva-reader', name: 'Minerva Reader', vendor: 'Minerva Reader', category: 'productivity', domains: ['minervareader.com'], source: 'https://minervareader.com/how-it-works' }, // how it works: AI-generated book summaries, embeddings and an agent assistant that answers about the uploaded book
    // --- writing ---
    { id: 'pulsewrite', name: 'PulseWrite', vendor: 'PulseWrite', category: 'writing', domains: ['ai.saaby.cloud'], source: 'https://ai.saaby.cloud/help/openai' }, // help: rewrites run on GPT models with the user's own encrypted OpenAI key instead of platform credits
    { id: 'voxwrite', name: 'VoxWrite', vendor: 'VoxWrite', category: 'writing', domains: ['voxwrite.app'], source: 'https://voxwrite.app/docs/openai-custom-key' }, // docs: a browser extension that can run on the user's own OpenAI API key, billed by OpenAI per token
    { id: 'inthread', name: 'Inthread', vendor: 'Inthread', category: 'writing', domains: ['inthread.ai'], source: 'https://inthread.ai/blog/byok-bring-your-own-key-ai-explained' }, // vendor blog: drafts replies, translates and summarises threads on the user's Anthropic, OpenAI, Google or xAI key
    { id: 'wyft', name: 'Wyft', vendor: 'Wyft', category: 'writing', domains: ['wyft.click'], source: 'https://wyft.click/pricing/' }, // pricing: thesis-writing app whose AI Supervisor feedback runs on the user's own OpenAI key
    { id: 'vibe-workflow', name: 'Vibe Workflow', vendor: 'Vibe Workflow', category: 'writing', domains: ['vibeworkflow.app'], source: 'https://vibeworkflow.app/security' }, // security: content is generated through the user's AI-provider keys (a Gemini key among them), kept in browser storage
    { id: 'usearticle', name: 'UseArticle', vendor: 'UseArticle', category: 'writing', domains: ['usearticle.com'], source: 'https://www.usearticle.com/fr/blog/byok-affiliate-content' }, // vendor blog (English): AI affiliate-content generation, with a lifetime BYOK plan that runs on the user's OpenAI key
    { id: 'bestseoarticles', name: 'BestSEOArticles', vendor: 'BestSEOArticles', category: 'writing', domains: ['bestseoarticles.com'], source: 'https://bestseoarticles.com/docs/billing' }, // docs: credits for generated SEO outlines and article drafts with generated images and AI fact-checking
    { id: 'ai-seowriter-ru', name: 'AI SEO Writer', vendor: 'AI SEO Writer', category: 'writing', domains: ['ai-seowriter.ru'], source: 'https://ai-seowriter.ru/en/help/api-keys/zachem-nuzhny-api-klyuchi', region: 'russia' }, // help: articles planned and written with Gemini, researched with OpenAI, longreads via OpenRouter; own keys optional
    // --- translation ---
    { id: 'manga-translator-site', name: 'Manga Translator (mangatranslator.site)', vendor: 'Manga Translator', category: 'translation', domains: ['mangatranslator.site'], source: 'https://www.mangatranslator.site/docs/settings/backend-tab.html' }, // docs: a manga translation extension on its hosted server, OpenAI Vision with the user's key, or local Ollama
    { id: 'lingkuma', name: 'Lingkuma', vendor: 'Lingkuma', category: 'translation', domains: ['lingkuma.org'], source: 'https://docs.lingkuma.org/ja/server/privacy.html' }, // privacy (Japanese): a language-learning plugin that calls the AI service, model and key the user sets, or OhMyGpt
    // --- spreadsheets, meetings, extensions and gateways ---
    { id: 'formulapad', name: 'FormulaPad', vendor: 'FormulaPad', category: 'productivity', domains: ['formulapad.app'], source: 'https://formulapad.app/privacy' }, // privacy: a Google Sheets add-on that generates, explains and debugs formulas via its AI provider (OpenRouter, Meta Llama)
    { id: 'sonabrief', name: 'Sonabrief', vendor: 'Sonabrief', category: 'meeting', domains: ['sonabrief.com'], source: 'https://sonabrief.com/security/' }, // security: meeting transcripts and summaries made on the user's machine or in the EU cloud (Mistral in Paris)
    { id: 'privian', name: 'Privian', vendor: 'Privian', category: 'developer-platform', domains: ['privian.io'], source: 'https://privian.io/resources/articles/byok-for-privacy-sensitive-ai' }, // article: an AI gateway that calls OpenAI, Anthropic, Google and other providers with the team's own encrypted keys
    { id: 'app-ai-proxy', name: 'App AI Proxy', vendor: 'App AI Proxy', category: 'developer-platform', domains: ['appaiproxy.com'], source: 'https://appaiproxy.com/security' }, // security: a proxy for apps' AI features that keeps AI-provider keys on the server and forwards requests with them
  ],
  { checked: CHECKED_C25, region: 'global' },
);
