// Twenty-second session, third regional pass for Italy, the Nordics, the Benelux, Poland, Czechia, Turkey and Greece
// (2026-12-07, helper `europe3`): AI products made in those countries or built mainly for their users that no entry
// claimed yet, beside the earlier European passes (data/regional-c12-europe.ts, data/regional-c12b-europe.ts,
// data/regional-c17-euro.ts, data/regional-c19-europe.ts, data/regional-c20-cee.ts, data/regional-c20-westeu.ts,
// data/regional-c21-dachfr.ts), whose rows are not repeated here. Here: AI meeting minutes and transcription (a Danish
// minutes service sold in Swedish, a Norwegian transcription shop), AI clinical scribes for Dutch and Norwegian
// practitioners (Autoscriber, Mednotes), AI for schools and students (a Dutch grading tool for teachers, a Polish essay
// writer), an AI legal-research chat on Finnish law (Finlaki), a Danish GDPR assistant for data-protection officers (DPO
// Agent), a Swedish supplier-invoice checker (FakturaVakt), a Greek enterprise assistant platform (Mentoros), a Czech
// generative-content app (VAIBE.AI), a Czech recruiting and HR chatbot (BeHeroBot), an Italian AI book-translation
// service (BookInTranslation), Turkish voice products (a digital-twin app and voice agents), and one AI sales assistant
// met through its Turkish terms whose country the page does not name (DoNex, kept as global).
//
// Leads. 45 look-ups in the stored `pages` corpus. First in the region's languages, worded the way vendors word their
// legal pages (Italian termini e condizioni / informativa privacy / intelligenza artificiale, Swedish villkor /
// integritetspolicy / AI-assistent, Danish brugervilkår / handelsbetingelser, Norwegian personvernerklæring /
// KI-assistent, Finnish käyttöehdot / tekoälyavustaja, Dutch algemene voorwaarden / kunstmatige intelligentie, Polish
// regulamin / sztuczna inteligencja, Czech obchodní podmínky / umělá inteligence, Turkish kullanım koşulları / KVKK /
// yapay zeka, Greek όροι χρήσης / τεχνητή νοημοσύνη), then with local company forms and registers (S.r.l. P.IVA, B.V.
// KvK, sp. z o.o. NIP, ApS CVR, AS org.nr, AB org.nr, Oy Y-tunnus, ehf. kennitala, Ι.Κ.Ε. ΓΕΜΗ, Teknoloji A.Ş.) and by
// kind (meeting minutes, clinical notes, AI phone receptionists, legal and accounting AI, teachers' tools, product-text
// generators, chatbots for e-shops). The broad native-language wordings returned mostly news, ministries, law-firm and
// school guidance, and vendors the earlier passes had already listed (Glor.IA, AnyDialog, Sainer, Tripleblue, Notat
// AI, Siesta AI, Svea AI, Skolebot, OurAI, Sophea.AI, AIME, TAIbot, Aidero, Kontexta, Advochatus, Turkish.AI, Assistly,
// Trash Chat, Describelio, Cernel, Chatify, Chatbot.Expert, MediaVisionAI and more, left to their entries); the
// meeting-minutes, clinical-notes, company-form and Czech chatbot wordings found the rows below. Every row cites a
// terms, privacy, docs or sales-conditions page, with a path, on the product's own host or a subdomain of it
// (Autoscriber's resources subdomain, Nakijken.ai's app subdomain, AI Agent TR's docs subdomain), and that page says in
// the vendor's words that the product transcribes, summarises, grades, writes, answers, translates or calls with AI,
// language models or named model providers. Hosts were run through /work/helpers/classify-hosts.mts and names grepped
// in data/ first.
//
// One subdomain is claimed alone: referat.alia.dk, MöteReferat's host, a product of Alia ApS; the parent alia.dk is the
// company's site and is not claimed.
//
// Measured with /work/helpers/classify-hosts.mts on the 273 hosts the searches returned (vendors, news, ministries,
// schools, law firms, agencies and shared hosts alike, in /work/helpers/out/europe3-hosts.txt): 57 classified before
// (20.9%), 73 after (26.7%).
//
// Doubtful rows: BookInTranslation's automatic tiers are run by an operator who feeds the text to an AI translation
// system and delivers it without human review (its human-revised tiers are a translation service); AI Agent TR is named
// here after its host, since the docs page read names no company; TwinFly's terms define its "digital twin" as an AI
// model imitating the user's voice and personality but name no legal entity; DPO Agent's policy mentions a pre-launch
// preview cookie; DoNex's Turkish terms are one locale of a site whose country the page does not show.
//
// Left out. Pages that show AI only in a loading banner or not at all (parl8.eu, DemAI ApS's "AI conversation" site;
// aipolicykit.eu, whose generator is not said to use AI; legalai.as's privacy notice; ai8.dk's model-tracking terms;
// vyberu.to's shopping-chat GDPR page; tinten.ai's policy; medivox.ai and v2.laki.ai, as earlier passes found); vendors
// seen only on blogs or news (callbix.ai's and fono24.it's Italian AI phone assistants, voicelabs.nl's AI telephonist,
// Vidd Medical's Norwegian speech-to-note platform in digi.no and Norway Health Tech articles, schoolgen.nl named on a
// teachers' blog, desifre.yazdirma.com.tr's transcription posts): leads; agencies, consultancies and bespoke builders
// (apeasy.dk, hypedigitaly.ai, whose chatbot guidelines may describe a product: a lead, brixon.ai, afki.no,
// manifold-ai.com, deepgruble.dk's site chat, hetailokaal.nl, dkral.cz, businessaissist.com); general products whose AI
// is one feature (fiscalbright.it's document portal for accountants with an assistant, jasnopis.pl's readability tool
// with a ChatGPT simplifier, app-studio.it's tax-document app, which names a staging host, ClasseViva's study helper,
// lovguiden.dk, bergadvokater.dk's site assistant, pekkaronka.fi's law-firm info bot); dev, demo and placeholder pages
// (welo-dev.mundt-it.de's "[FIRMA]" AGB, demo.wmaster.net's Turkish-paid content generator, appory.app's "[Company
// Legal Name]"); personal and coaching sites with a Telegram bot (pruvodcekarierou.cz's Cara AI); products outside this
// pass's countries (greeko.online, a Cypriot Telegram app for learning Greek; alina.hurtis.sk in Slovakia); public
// bodies (Sikt KI-chat, mAiGreece, VLAIO's chatbot, Findata's Vinkkeli); and shared hosts (sites.google.com,
// amplifyapp.com).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C22, defineTools } from './define';

export const regionalC22Europe3Tools: Tool[] = defineTools(
  'meeting',
  [
    // --- Nordics: minutes, transcription, clinical notes, legal, GDPR, invoices ---
    { id: 'mote-referat', name: 'MöteReferat', vendor: 'Alia ApS', domains: ['referat.alia.dk'], source: 'https://www.referat.alia.dk/se/forsaljningsvillkor.html' }, // sales conditions (Swedish, Stege DK): a digital service that automatically transcribes and summarises meetings with AI, sold by monthly transcription quota
    { id: 'skriveriet', name: 'Skriveriet', vendor: 'Dibbler AS', category: 'audio', domains: ['skriveriet.no'], source: 'https://skriveriet.no/salgsvilkaar' }, // sales terms (Norway): transcription of audio and video files delivered within 24 hours using the best AI models available, not checked by people
    { id: 'mednotes-no', name: 'Mednotes', vendor: 'Carenode AS', domains: ['mednotes.no'], source: 'https://mednotes.no/en/vilkar' }, // terms (Norway): structured clinical notes generated from consultation recordings and dictation with advanced language models
    { id: 'finlaki', name: 'Finlaki', vendor: 'Finlaki.com', category: 'search', domains: ['finlaki.com'], source: 'https://finlaki.com/privacy' }, // privacy: a chat on Finnish law whose answers are generated by third-party AI providers from public sources including finlex.fi
    { id: 'dpo-agent-dk', name: 'DPO Agent', vendor: 'DPO Agent ApS', category: 'chat', domains: ['dpoagent.dk'], source: 'https://www.dpoagent.dk/privacypolicy/' }, // privacy (Birkerød DK; the stored copy was read over http): a GDPR assistant that answers questions and scenarios from a knowledge base, with Azure OpenAI as its AI provider
    { id: 'fakturavakt', name: 'FakturaVakt', vendor: 'FakturaVakt', category: 'productivity', domains: ['fakturavakt.se'], source: 'https://fakturavakt.se/integritetspolicy' }, // privacy (Swedish): reviews Swedish companies' supplier invoices with AI; uploaded invoices are sent to Anthropic for analysis
    // --- Benelux: clinical scribe, grading for teachers ---
    { id: 'autoscriber', name: 'Autoscriber', vendor: 'Autoscriber B.V.', domains: ['autoscriber.com'], source: 'https://resources.autoscriber.com/trust-centre-nl/algemene-voorwaarden' }, // terms (Eindhoven): an AI application that turns the conversation with a patient into a structured summary, with dictation and an API
    { id: 'nakijken-ai', name: 'Nakijken.ai', vendor: 'V.O.F. ChatWorks', category: 'productivity', domains: ['nakijken.ai'], source: 'https://app.nakijken.ai/privacy' }, // privacy (Denekamp NL): automatic grading of submitted study work; uploads are processed by AI systems (OpenAI, Google Gemini) to write feedback and corrections
    // --- Poland and Czechia: essays, generative content, HR chatbot ---
    { id: 'smart-edu-ai', name: 'Smart-Edu.ai', vendor: 'Ecopywriting.pl Karol Leszczyński', category: 'writing', domains: ['smart-edu.ai'], source: 'https://www.smart-edu.ai/terms' }, // terms (Poland): generates essays, reports and theses with artificial intelligence from the user's order parameters
    { id: 'vaibe-ai', name: 'VAIBE.AI', vendor: 'Intense Audio s.r.o.', category: 'other', domains: ['vaibe.ai'], source: 'https://www.vaibe.ai/terms-conditions' }, // terms (Prague): an app whose tools create digital content of various kinds from users' prompts with generative AI
    { id: 'beherobot', name: 'BeHeroBot', vendor: 'BeHERObot s.r.o.', category: 'chat', domains: ['beherobot.com'], source: 'https://beherobot.com/obchodni-podminky' }, // terms (Prague): access to an AI chatbot specialised in recruiting and HR, run on Telegram
    // --- Italy and Greece ---
    { id: 'bookintranslation', name: 'BookInTranslation', vendor: 'Roberto Andreani', category: 'translation', domains: ['bookintranslation.it'], source: 'https://www.bookintranslation.it/it/condizioni-generai-di-vendita-2' }, // sales conditions (Tuscania IT): automated translation services based on AI for Italian customers, the automatic tiers delivered without human revision
    { id: 'mentoros-kleonoxai', name: 'Mentoros', vendor: 'KleonoxAI', category: 'agents', domains: ['kleonoxai.com'], source: 'https://kleonoxai.com/company/legal/privacy-policy' }, // privacy (Athens): KleonoxAI develops and operates Mentoros, an enterprise AI assistant platform with customer-facing assistants and a merchant console
    // --- Turkey ---
    { id: 'twinfly', name: 'TwinFly', vendor: 'TwinFly', category: 'audio', domains: ['twinfly.app'], region: 'middle-east', source: 'https://twinfly.app/terms' }, // terms (Turkish): a platform whose "digital twin" is an AI model imitating the user's voice and personality
    { id: 'aiagenttr', name: 'AI Agent TR', vendor: 'AI Agent TR', category: 'audio', domains: ['aiagenttr.com'], region: 'middle-east', source: 'https://docs.aiagenttr.com/voice-ai-agents/voice-transcript-settings' }, // docs (Turkish): voice AI agents whose transcription key terms and spoken replacements the customer configures
    // --- Met on the way, country not shown ---
    { id: 'donex-ai', name: 'DoNex', vendor: 'DoNex', category: 'agents', domains: ['donex.ai'], region: 'global', source: 'https://donex.ai/tr/terms-of-service' }, // terms (Turkish locale): an AI sales assistant and support CRM for Instagram, Shopify and WooCommerce sellers whose replies are generated by AI and large language models
  ],
  { checked: CHECKED_C22, region: 'europe' },
);
