// Twentieth session, pass `westeu` (2026-12-07, helper `westeu`): AI tools made in or mainly used in the Nordics, the
// Netherlands and Belgium, Italy, Spain and Portugal, Switzerland and Austria that no entry claimed yet, beside the
// seventeenth session's euro pass (data/regional-c17-euro.ts) and the nineteenth session's europe pass
// (data/regional-c19-europe.ts), whose rows are not repeated here. Here: European sovereign AI chat portals (EU GPT,
// DentroChat, Gothia AI Portal), Nordic, Dutch and Italian chatbot and AI-agent builders sold to local businesses
// (Evovo, Diverge, Norrsyn AI, AI Personal, OnReply, WABot AI), a Danish AI-governance platform with an AI consultant
// (aiteam), a Danish AI text writer (TekstGuru), an ISMS compliance copilot (ISMS Copilot) and a pay-as-you-go AI model
// platform run from Germany (Railwail, found through its Finnish terms).
//
// Leads. 47 look-ups in the stored `pages` corpus, only in Swedish, Danish, Norwegian, Finnish, Icelandic, Dutch,
// Italian, Spanish, Catalan and Portuguese, worded the way vendors word their privacy policies, terms and data-protection
// pages ("integritetspolicy vi använder OpenAI", "privacyverklaring taalmodel", "informativa privacy modelli
// linguistici", "política de privacidad modelos de lenguaje", "tietosuojaseloste", "personvernerklæring",
// "privatlivspolitik", "brugervilkår generativ AI", "GDPR-säker AI-assistent, data lagras inom EU", AI for accountants,
// lawyers, municipalities, GP and hospital scribes, WhatsApp and website chatbots for SMEs). The generic privacy
// wordings returned mostly news, regulators, law-firm guides and OpenAI's own localised policies; the "GDPR-safe
// assistant, data in the EU" and SME-chatbot wordings returned the vendors. Every row cites a privacy, terms, AI-policy,
// help or data-protection page, with a path, on the product's own host (ISMS Copilot's help subdomain), and that page
// says in the vendor's words that the product answers, chats, writes or automates with AI, language models or named
// model providers (DentroChat's is the report its own policy analyser publishes on its host about its own policy, naming
// Mistral, Nebius and Infomaniak as its AI processors). Hosts were run through /work/helpers/classify-hosts.mts and
// names grepped in data/ first. Already listed and left to their entries: Svea AI, Larabot, GlennGPT (aisamtal.se), AI
// Agent (aiagent.nl), AI voor Impact, Skolebot, Smartsvar, Promte, Sally AI, Randabergskolen KI, asistente.cloud,
// AnyDialog (test.anydialog.com reaches it), Segreteria Zen, Paolagen, Vocra, IA Online, GuideGlare, NextDash, TalkAI,
// Lexroom, InVIAI, Zenslate, CheBot and tl;dv. AI Personal (aipersonal.se, a small Swedish vendor's quote automation)
// shares a normalised name with Personal AI (personal.ai, a US company): two different companies, so both rows stay.
//
// Measured with /work/helpers/classify-hosts.mts on the 271 hosts the searches returned (vendors, articles, regulators,
// public bodies and shared hosts alike, in /work/helpers/out/westeu-hosts.txt): 31 classified before (11.4%), 44 after
// (16.2%).
//
// Left out. Vendors seen only on their blogs, insight or article pages (zyndra.ai, akira-agent.com, lagdinai.no,
// linea-bot.es, chataziendale.it, medivox.ai, inquira.health, aetherlink.ai, sitebot24.com, eplep.ai, aikias.no,
// dialogfy.com, 3l3c.ai, nation.ai): leads for a later pass; pages that do not say the product uses AI (v2.laki.ai's
// privacy notice, lexiaeducation.no's assessment of an unnamed assistant, chatpat.provincia.tn.it's how-it-works page,
// prokom.no's Kommune-Kari notice, which speaks of "an algorithm for language prediction"); a page cited only by a
// `?p=` query (saleem.fi's SUSANchat); a template with placeholders (assistenza-scuola.com's "[Inserisci Nome]");
// general companies and public bodies whose AI is one feature or one site assistant (one.com, GoTo, Tilda, Stocklib,
// Pageface, Visma PubliTech's help bot, lovguiden.dk, Berg Advokater, Vermetten's assistant by accounton.io, Sikt's
// KI-chat, Capio, 1177, KEHA, University of Turku, Findata, ZENTSO's Teams app, itamil.it); agencies, consultancies and
// courses (spartner.nl, unify-ai.nl, ronspoelstra.be, brixon.ai, afki.no, diana-dev.com, gitogi.com); vendors whose
// origin the pages did not show (zonda-ai.com, xyntra.tech, zynlab.dev), left for another pass; and shared hosts (vercel.app, ghost.io, blogspot.com, a visual-thinking.pt dev host).
//
// At the merge: zynlab.dev, left here for want of a region, was listed (as global) by the leads2 pass; its trap was
// dropped. At the merge: aetherlink.ai was listed by the leads3 pass from its own page; its trap was dropped.
//
// Listed since: zonda-ai.com and xyntra.tech, by the twenty-first session's leads pass (long-tail-c21-leads.ts), from
// pages on the vendors' own hosts; the traps this pass's test set on them were dropped.
//
// Listed since: 3L3C (3l3c.ai), by the twenty-first session's second leads pass (long-tail-c21-leads2.ts), from a page
// on the vendor's own host; the trap this pass's test set on it was dropped.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C20, defineTools } from './define';

export const regionalC20WesteuTools: Tool[] = defineTools(
  'chat',
  [
    // --- European sovereign AI chat portals ---
    { id: 'eu-gpt', name: 'EU GPT', vendor: 'EU GPT', domains: ['eugpt.ai'], source: 'https://www.eugpt.ai/en/privacy/' }, // privacy (Amsterdam): a European sovereign AI platform; prompts, documents and generated answers kept on European servers
    { id: 'dentro-chat', name: 'DentroChat', vendor: 'DentroChat', domains: ['dentro.chat'], source: 'https://dentro.chat/tools/privacy-policy-analyzer/s/dentro-chat' }, // its policy report: an AI chat whose AI processing runs on Mistral, Nebius and Infomaniak, hosted in the EU
    { id: 'gothia-ai-portal', name: 'Gothia AI Portal', vendor: 'Gothia AI', domains: ['gothiaai.se'], source: 'https://gothiaai.se/en/articles/gdpr-and-ai-how-we-protect-your-data' }, // data-protection page (Swedish vendor): its HelperBot and Compass answer with Anthropic Claude, data hosted in Sweden
    // --- Chatbot and AI-agent builders sold to local businesses ---
    { id: 'evovo', name: 'Evovo', vendor: 'Evovo', category: 'agents', domains: ['evovo.dk'], source: 'https://www.evovo.dk/privacy-policy' }, // privacy (Danish): delivers AI-driven chatbots; OpenAI and Anthropic among its processors
    { id: 'diverge-askdiverge', name: 'Diverge', vendor: 'Dialog Intelligens ApS', category: 'agents', domains: ['askdiverge.ai'], source: 'https://askdiverge.ai/legal/privacy-policy' }, // privacy (Danish company): a chatbot platform with AI development tools; chat messages processed to answer
    { id: 'norrsyn-ai', name: 'Norrsyn AI', vendor: 'Norrsyn AI Handelsbolag', category: 'agents', domains: ['norrsynai.com'], source: 'https://norrsynai.com/privacy-policy-2/' }, // privacy (Swedish): a SaaS to deploy AI chatbots on web, Messenger and Instagram with knowledge bases
    { id: 'ai-personal-se', name: 'AI Personal', vendor: 'AI Personal', category: 'agents', domains: ['aipersonal.se'], source: 'https://aipersonal.se/interigritetspolicy' }, // privacy (Swedish): quote automation whose AI functionality runs on ElevenLabs and OpenAI
    { id: 'onreply-ai', name: 'OnReply', vendor: 'Designer Creativo', category: 'agents', domains: ['onreply.ai'], source: 'https://onreply.ai/terms' }, // terms (Italian): a WhatsApp Business inbox whose AI answers from the business's knowledge base
    { id: 'wabot-ai', name: 'WABot AI', vendor: 'WABot AI', category: 'agents', domains: ['wabotai.com'], source: 'https://wabotai.com/it/privacy.html' }, // privacy (Italian): an AI WhatsApp assistant answering customers with Google Gemini, data hosted in Frankfurt
    // --- AI for compliance, governance and writing ---
    { id: 'aiteam-aite-am', name: 'aiteam', vendor: 'aiteam ApS', category: 'agents', domains: ['aite.am'], source: 'https://www.aite.am/de/privacy' }, // privacy (Danish company): an AI-adoption platform whose AI Consultant sends conversation context to an AI model
    { id: 'isms-copilot', name: 'ISMS Copilot', vendor: 'ISMS Copilot', domains: ['ismscopilot.com'], source: 'https://help.ismscopilot.com/es/advanced-data-protection-mode-isms-copilot-cs1l3' }, // help (Spanish): compliance chat on Anthropic Claude, xAI and OpenAI, or Mistral in its EU-only mode; data in Frankfurt
    { id: 'tekstguru', name: 'TekstGuru', vendor: 'TekstGuru', category: 'writing', domains: ['textguru.dk'], source: 'https://textguru.dk/AI-policy' }, // AI policy (Danish): rules for the text users generate with TekstGuru's tools
    // --- AI model platforms ---
    { id: 'railwail', name: 'Railwail', vendor: 'Philipp Schmid', category: 'developer-platform', domains: ['railwail.com'], source: 'https://railwail.com/fi/terms-of-service' }, // terms (Finnish): an AI platform giving pay-as-you-go access to text, image, video, audio and code models; run from Germany
  ],
  { checked: CHECKED_C20, region: 'europe' },
);
