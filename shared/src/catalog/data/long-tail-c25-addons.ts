// Twenty-fifth session, add-on pass (2026-12-07, helper `addons`): AI add-ons, bots and plugins for other platforms that
// no entry claimed yet, each cited from a page on the vendor's own host (never the Slack, Atlassian, Microsoft, Google,
// Shopify, WordPress, Figma or Moodle marketplace listing). Here: a Slack bot that turns mentions into presentations
// (Twistly) and a Microsoft Teams voice bot (LEO AI); Jira and Confluence apps that write user stories (Project
// Copilot), test cases (AI Test Studio), sprint reports (be4.software's Sprint Reports & Stakeholder Updates) and
// Confluence pages (Skyline AI Page Builder); a monday.com app that turns plain-language requests into automations
// with Claude (CentWorks' Friday AI); AI grading that plugs into Moodle, Canvas and Blackboard over LTI (EduGears AI,
// Eduface); a Photoshop AI studio (Photoshop Kung Fu), Blender add-ons and services that generate 3D models or drive
// the scene (BlenderGPT, Escultor, 3D-Agent) and a Roblox Studio coding agent (ScriptWeaver); AI Twitch and Discord
// bots (Delta Cohost, Susurra, Animecord, Wonkee) and Telegram AI bots with their own sites (Roleplay AI Bot, Magic AI
// Video, TelyClaw, PeopleClaw, Claw by SourceChain, ClawBots, PrivatClaw); and an AI reply writer for Gmail, Messenger
// and WhatsApp (ReplyOnce). Every row cites a page with a path on the product's own host where the vendor says the
// add-on or bot generates, answers or classifies with AI, an AI model or a named provider (OpenAI, Anthropic, Google
// Gemini, xAI, Meshy and Tripo). Category 'embedded-saas' unless the product is better placed elsewhere.
//
// Leads. 40 look-ups, 39 in the stored `pages` corpus (one of them to check a lead) and 1 in `docs`, counted as made.
// Queries worded the way add-on vendors word their privacy, security and terms pages: "this Slack app sends messages
// to OpenAI", "Google Workspace Marketplace add-on … Limited Use … AI", "the add-in sends the selected text to Azure
// OpenAI", "our Figma plugin uses GPT", "WordPress plugin … your OpenAI API key", and the same for Microsoft Teams
// bots, Discord and Telegram bots, Shopify apps, Atlassian Forge apps for Jira, Confluence and Jira Service
// Management, Zoom and Zendesk apps, HubSpot, Canva, monday.com, Salesforce, Miro, Notion and Google Chat apps, Excel
// and Word add-ins, Photoshop (UXP) and Blender add-ons, Obsidian plugins, Moodle and LTI grading tools, Azure DevOps
// extensions, Twitch chat bots, Unity and Roblox Studio plugins, Telegram image bots and helpdesk apps for Freshdesk,
// Intercom and Help Scout; one look-up (TeleClaw) to check a vendor blog seen earlier. The Slack, Gmail, Google
// Sheets, Outlook, Figma, Shopify, WordPress and Zendesk queries returned almost only hosts earlier passes had
// listed or left out; Atlassian Forge apps, Blender, Twitch and Discord bots and hosted Telegram assistants gave most
// rows. Canva, Zoom, Miro, Notion, Salesforce and Google Chat queries returned the platforms' own AI pages, policy
// trackers and mirrors. Hosts were run through /work/helpers/classify-hosts.mts, names grepped in data/ and the
// other helpers' c25 files checked first.
//
// Measured with /work/helpers/classify-hosts.mts on the 216 hosts the searches returned (vendors, marketplaces,
// shared platforms, news, trackers and blogs alike, in /work/helpers/out/addons-hosts.txt): 20 classified before
// (9.3%), 43 after (19.9%); the three prefix rows sit on hosts that stay unclassified.
//
// Already listed and left to their entries: SlackTone AI, Unless, Taurin, OutlookReVision, Thoughtful, Inkstone (Jaffle
// Labs), Figmate, Systema AI, Nextmark Studio, AI Power (docs.aipower.org), Selfspark's Product Descriptions AI, AI
// Related Products (Coddin), AI Ready (Raise Labs), Zoom.ai, ResolveAI for Zendesk (DAS Group), ZenBriefr, Supersheets,
// the Docs Labs Excel Formula Generator, DocGPT's GPT for Gmail, ReplAI (replai.us), Apps Record's Gmail AI Assistant,
// MagicObj, GString Bot, Twitch Stream Translator and Grokipedia; the concurrent passes' Telegram Bot App
// (telegram-bot.app) and AI Image Prompt Generator (aiimagepromptgenerator.org) were left to them.
//
// Doubtful rows: Project Copilot's trust page reuses the wording of Atlassian's own Atlassian Intelligence FAQ almost
// line for line, with its name swapped in; it still names OpenAI models and the Jira and Confluence app. EduGears AI is
// read from its blog on lti.edugears.ai (a path under /fr/ written in English), where the vendor describes its own AI
// grading; the row claims edugears.ai, the brand's host, which was not read. Eduface is read from a vendor blog post
// that names its four AI assessment tools. Wonkee's policy lists prompts, the images they produced and mesh jobs and
// says they train no model, without the word "AI"; Animecord's says generation commands and that data trains no AI
// model. ReplyOnce's policy names HeyDesk in its Facebook section (a former or sister name); the rest is ReplyOnce's.
// Delta Cohost is read from its viewer notice on app.deltacohost.com; the row claims deltacohost.com. ScriptWeaver's
// security page, on a subdomain of astroyds.com, names its agent (Wren) and the AI providers but not the product, which
// is taken from the host. Claw is SourceChain's service on claw.sourcechain.org, claimed alone. Three rows are URL
// prefixes on their makers' general sites, which sell other apps: be4.software/stakeholder-sprint-report,
// www.centworks.io/friday-ai and docs.acceleration-engineering.com/apps/skyline-ai-page-builder.
//
// Left out. Drafts and templates: drccreative.com's Discord policy ("[Bot Name]"), prompt-craft.boostyourworkspace.com
// (terms with "[briefly describe …]"), zendesk-agent.petprojectcofounder.ai (TicketPro: items "must be verified and
// filled in"), storegen.selfspark.app (listed), tidysheet-1fl.pages.dev and northwatch-kb-sentinel.pages.dev ("launch
// draft"); test and staging hosts (test.botdeck.xyz, staging.tutorclaw.live). Personal and hobby hosts:
// leandroardissone.com's Telegram bot, janekbehrens.de's CodeDoc AI for Confluence, jabrealjohnson.com, dmcroww.tech,
// soulcalibre.allabout-anything.com's SCGen Bot, ag.nghuyzzz.qzz.io, eu-east.go.ro and communityai.dpdns.org (free
// dynamic-DNS hosts). Makers with several apps and no path of the AI app's own: techconcepts.org (AI Ticket Classifier
// and Bulk Issue Rewriter, as before), unobtainableverge.com (Ticket Intelligence), aiverylabs.com (one AI Jira app
// and one that is not), sivect.com (AI Mention Triage: a lead), deview-studios.com (Private AI for Confluence, a
// documentation page), extpilot.com, startvest.ai and dina.jp (browser extensions, left to the extension passes).
// General products where AI is one feature: itmplatform.com's Teams bot, hinote.vip (an Obsidian highlighter),
// chat-reviver.com, botbot.gq, support.jitbit.com, support.helpspot.com, helpscout.com, miro.com, monday.com,
// zoom.com, atlassian.com, canva.com and notion's AI pages (and copies of them on tudornotes.com, jessy.io,
// boyslove-folie.fr, mt-ai.org and notion-proxy.senuto.com). Pages that do not say the product uses AI, or not as its
// purpose: discordanalyzer.com, supportontelegram.com, opsagent.app, crmcanvas.app (a waitlist), clawdsniper.com (a
// trading bot), solverox.com's TS AI Agent (no data leaves Atlassian, SLA metrics only), systomatics.com,
// wf.sixteam.pro, companydataguys.com (says it uses no LLM), lovestockleaf.com, grammaker.com, bothands.ru. Not an
// add-on vendor or not its own product: saltbox.one (an AI service of a Salesforce consultancy), peruhopai.com (a
// tour company's internal assistant), cloudappsmastery.com's M365Chatbuddy (a Microsoft partner's site, as before),
// automaticleader.com (as before), qualtir.com (a blog on Telegram bots that mentions TeleClaw: a lead once TeleClaw's
// own host is seen), prompter.mkcreative.xyz (a bare policy page with no path).
// Leads: gwigwi.app (an AI image, video and 3D generator whose name the policy does not give), nsfwprompts.app (an
// adult prompt bot on Telegram), indesk.ai (seen only on indesk.pages.dev),
// vaulttherapist.com (seen only as an API host on vault-therapist.pages.dev), roguewombatsoftware's AI Issue Summariser
// (only on atlassian.net). Shared platforms: github.io (m1xzg, wilgub, skuqre, jmiba), pages.dev (openchat-landing,
// vault-therapist, evergreen-ai-for-confluence, indesk, ai-reply-generator-1f1, novikapps-site, assistant-2d7),
// atlassian.net, railway.app, run.app, awsapprunner.com, readthedocs.io, gitbook.io, notion.site, telegra.ph, rentry.co,
// netlify.app, vercel.app and sites.google.com. Marketplaces (slack.com/marketplace, marketplace.visualstudio.com,
// moodle.org/plugins) and the platforms' own AI pages are traps in lookalikes-c25-addons.test.ts.
// Merge note (twenty-fifth session): three rows this pass wrote as URL prefixes on add-on makers' general sites (a
// Jira sprint-report app's page on be4.software, Skyline AI Page Builder's docs on docs.acceleration-engineering.com,
// Friday AI's page on www.centworks.io) were dropped at the merge: the add-ons run inside Jira, Confluence and
// monday.com, and those pages only describe them, so a visit there is reading about AI rather than using it. The
// pages stay unclassified in the test.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C25, defineTools } from './define';

export const longTailC25AddonsTools: Tool[] = defineTools(
  'embedded-saas',
  [
    // --- Slack and Microsoft Teams ---
    { id: 'twistly', name: 'Twistly', vendor: 'Twistly', category: 'presentation', domains: ['twistly.ai'], source: 'https://twistly.ai/privacy-policy-slackbot' }, // privacy (Slack bot): a Slack app that makes short presentations when mentioned, with OpenAI generating the text
    { id: 'leo-ai-teams-voice-bot', name: 'LEO AI Teams Voice Bot', vendor: 'LEO AI', domains: ['leobot.io'], source: 'https://leobot.io/privacy.html' }, // privacy: a Microsoft Teams voice bot offering AI-powered voice interactions, processing voice recordings and text commands
    // --- Atlassian, monday.com ---
    { id: 'project-copilot', name: 'Project Copilot', vendor: 'Project Copilot', domains: ['projectcopilot.co'], source: 'https://projectcopilot.co/trust' }, // trust page: AI for writing user stories in Jira and design documents in Confluence, on models developed by OpenAI
    { id: 'ai-test-studio-jira', name: 'AI Test Studio for Jira', vendor: 'AI Test Studio', domains: ['aiteststudio.com'], source: 'https://aiteststudio.com/privacy' }, // privacy: a Jira Cloud app that generates AI-assisted test cases and Gherkin scenarios from issue content
    // --- LMS grading over LTI ---
    { id: 'edugears-ai', name: 'EduGears AI', vendor: 'EduGears AI', domains: ['edugears.ai'], source: 'https://lti.edugears.ai/fr/blog/ai-grading-moodle-canvas-blackboard' }, // vendor blog: its AI grading scores work against rubrics with a language model inside Moodle, Canvas and Blackboard
    { id: 'eduface', name: 'Eduface', vendor: 'Eduface', domains: ['eduface.me'], source: 'https://eduface.me/resources/blog/ai-essay-grader-moodle-lti' }, // vendor blog: four AI assessment tools (paper and exam graders, feedback, oral exams) connected to Moodle over LTI 1.3
    // --- Photoshop, Blender and Roblox Studio ---
    { id: 'photoshop-kung-fu', name: 'Photoshop Kung Fu AI Studio', vendor: 'Photoshop Kung Fu', category: 'image', domains: ['photoshopkungfu.com'], source: 'https://photoshopkungfu.com/privacy' }, // privacy: AI Studio for Photoshop, whose generations go to AI providers (Replicate, OpenAI, Google, xAI, Black Forest Labs)
    { id: 'blendergpt-grasslabs', name: 'BlenderGPT', vendor: 'Grass Labs LLC', category: 'image', domains: ['blendergpt.org'], source: 'https://blendergpt.org/privacy' }, // privacy: prompts and reference images turned into 3D meshes delivered to Blender through its add-on, with an assistant chat
    { id: 'escultor', name: 'Escultor', vendor: 'Escultor', category: 'image', domains: ['escultor.net'], source: 'https://www.escultor.net/privacy' }, // privacy: a plugin and dashboard for text- and image-to-3D generation through AI providers (Meshy, Tripo, Anthropic)
    { id: '3d-agent', name: '3D-Agent', vendor: 'Drexfy', category: 'agents', domains: ['3d-agent.com'], source: 'https://3d-agent.com/privacy-policy' }, // privacy: a Blender agent whose prompts, scene data and generated scripts go to external LLM and AI model providers
    { id: 'scriptweaver', name: 'ScriptWeaver', vendor: 'ScriptWeaver', category: 'coding', domains: ['scriptweaver.astroyds.com'], source: 'https://scriptweaver.astroyds.com/security.html' }, // security: a Roblox Studio plugin whose agent (Wren) sends prompts and files to Anthropic or OpenAI and stages code diffs
    // --- Twitch and Discord ---
    { id: 'delta-cohost', name: 'Delta Cohost', vendor: 'Echo Forge Labs LLC', category: 'chat', domains: ['deltacohost.com'], source: 'https://app.deltacohost.com/viewer-privacy.html' }, // viewer notice: an AI-assisted Twitch cohost that answers in chat with recent chat context
    { id: 'susurra', name: 'Susurra', vendor: 'Susurra', category: 'chat', domains: ['susurra.app'], source: 'https://susurra.app/Home/Terms' }, // terms: a Discord bot giving AI-assisted chat responses in channels admins enable
    { id: 'animecord', name: 'Animecord', vendor: 'Animecord', category: 'image', domains: ['animecord.com'], source: 'https://www.animecord.com/privacy' }, // privacy: a Discord bot generating anime images on command with daily limits; data not used to train AI models
    { id: 'wonkee', name: 'Wonkee', vendor: 'Wonkee', category: 'image', domains: ['wonkee.io'], source: 'https://wonkee.io/privacy' }, // privacy: Discord sign-in, credits bought through Stripe, prompts and the images and meshes they produced
    // --- Telegram ---
    { id: 'roleplay-ai-bot', name: 'Roleplay AI Bot', vendor: 'Roleplay AI Bot', category: 'chat', domains: ['roleplay.cyberfrog.tech'], source: 'https://roleplay.cyberfrog.tech/privacy.html' }, // privacy: an AI persona bot for Telegram channels and groups, replies generated through xAI's Grok API
    { id: 'magic-ai-video', name: 'Magic AI Video', vendor: 'magic-ai-video.st', category: 'image', domains: ['magic-ai-video.st'], source: 'https://www.magic-ai-video.st/legal.html' }, // privacy: a Telegram bot that returns AI-generated images from photos sent to it, files processed temporarily
    { id: 'telyclaw', name: 'TelyClaw', vendor: 'TelyClaw', category: 'agents', domains: ['telyclaw.ai'], source: 'https://telyclaw.ai/privacy' }, // privacy: an AI-powered messaging platform for Telegram (summaries, smart replies, translation, assistant) on OpenClaw
    { id: 'peopleclaw', name: 'PeopleClaw', vendor: 'PeopleClaw', category: 'agents', domains: ['peopleclaw.ai'], source: 'https://peopleclaw.ai/en/privacy' }, // privacy: a private AI assistant reached through Telegram, messages sent to AI model providers via ZenMux
    { id: 'claw-sourcechain', name: 'Claw (SourceChain)', vendor: 'SourceChain', category: 'agents', domains: ['claw.sourcechain.org'], source: 'https://claw.sourcechain.org/privacy/' }, // privacy: personal AI assistant instances on Telegram, calling Anthropic or OpenAI with the user's key or subscription
    { id: 'clawbots', name: 'ClawBots', vendor: 'Muscled Inc.', category: 'agents', domains: ['claw-bots.com'], source: 'https://claw-bots.com/legal/privacy-policy' }, // privacy: a managed AI family assistant (a dedicated agent) that each family reaches through Telegram
    { id: 'privatclaw', name: 'PrivatClaw', vendor: 'PrivatClaw', category: 'agents', domains: ['privatclaw.com'], source: 'https://privatclaw.com/privacy' }, // privacy: hosted Telegram bot instances whose messages go to the chosen AI provider (Anthropic, OpenAI, Moonshot, ZAI)
    // --- email and messaging replies ---
    { id: 'replyonce', name: 'ReplyOnce', vendor: 'ReplyOnce', category: 'writing', domains: ['replyonce.ai'], source: 'https://replyonce.ai/privacy' }, // privacy: AI-powered email responses via OpenAI, with Gmail drafts, Messenger, WhatsApp and a chat widget
  ],
  { checked: CHECKED_C25, region: 'global' },
);
