// Seventeenth session, pass `euro` (issue 15, 2026-12-06): AI products from Europe, Latin America, the Middle East
// and Africa that no entry claimed yet: chat and agent builders, AI phone receptionists, tutors, legal and tax
// assistants, writing, image and video generators, each made for (or run from) one of those regions.
//
// Leads. 52 look-ups of the stored `pages` corpus, worded the way vendors word their own legal pages, in the regions'
// languages: German (AGB, Datenschutzerklärung), French (CGU, CGV), Spanish and Portuguese (términos, termos de
// uso), Italian, Dutch, Polish, Czech, Swedish, Finnish, Romanian, Turkish (kullanım koşulları, KVKK), Arabic, Hebrew,
// and English pages that name a company in Nigeria, Kenya, South Africa, Egypt, the UAE or Israel. The kinds searched
// were general AI platforms, AI phone assistants, WhatsApp chatbots, legal AI, tutors, image and SEO writing tools.
// Regional passes had mined these languages before, so most vendor pages the searches returned were already claimed.
// Every row cites a terms, privacy, policy or disclosure page, with a path, on the product's own host (or its
// maker's, for CropSense AI), and that page says the product answers, generates or transcribes with AI.
//
// Measured with /work/helpers/classify-hosts.mts on the 344 hosts the searches returned (vendors, blogs, news, law
// firms and shared hosts alike, in /work/helpers/hosts-euro.txt): 58 classified before (16.9%), 111 after (32.3%).
// At the merge, three products the education pass had added the same day (Tutel, TeachThemAll, Skimup) were kept
// there and taken out here: 53 → 50 rows.
//
// Left out. Pages that are blogs or guides rather than the product's legal or help pages (kirezeptionist.de,
// avinci.ai, clevervoice.de, criaai.app.br, son-ia.online, potenzzia.com, aimage.it, setio.ai, siaris.de,
// klinity.com, doctorflow.app, calload.com, aibia.tr, wpseoai.com); pages cited only by a query id with no path
// (happycolorz.de, gentrix.ai, brixon.ai); general sites with an AI feature or add-on (Tilda, domaintechnik.at,
// WEB.DE's writing assistant, GoTo, one.com, Squarespace, pageface.com, stocklib.es, carbondeck.io, tapy.to,
// bureau24.fr, jettel.com.tr, mojanorwegia.pl's Orzeł AI, sikt.no's KI-chat, lexaiapp.cloud's case manager,
// hidoctor.com.br); agencies and consultancies that build AI for clients (targetfirst.com, businessaissist.com, lunioncom.com, dkral.cz, artificial-intelligence.org.za,
// aiethiqlab.com, oronts.com, ijonis.com); mobile-only apps paid through the stores (Abogado IA on abogadogpt.org,
// Demande à Léon, Ubora AI on empacode.com); shared or odd hosts (getaillm.vercel.app, goguai.netlify.app,
// ai-mashinani-compass.vercel.app, kinyaai.up.railway.app, a Firebase hosted.app legal AI, nzoka.com.kikodi.com,
// yankitr.com.metnisesecevir.com, d.ai-website-builder.org); pages that never say the product uses AI (moinord.de's
// app suite, assistyou.ai, klantassistent.nl, learnassist.de, systinfo.ai, docslm.com, evnola.com, seo-optimizer.de,
// allai.ae, go.maybel.io); info.co.il (INFO AI on what may be a general Israeli site, left
// for a check); agi-smart-solutions.de (a web agency that also resells AI text credits); global wrappers outside this
// pass's kind (gpt0.app, image-to-image-ai.org, makefilm.ai, aisnapedit.com, nanobananana.com, pawsnapai.com,
// veo3api.com); and public bodies, communities and civic portals (saudiaihub.org, aiforghana.com, adtlafrica.org).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C17, defineTools } from './define';

export const regionalC17EuroTools: Tool[] = defineTools(
  'other',
  [
    // --- Europe: chat, agents and platforms ---
    { id: 'assistini', name: 'Assistini', vendor: 'Adenion GmbH', category: 'writing', domains: ['assistini.com'], source: 'https://assistini.com/de/agb/', region: 'europe' }, // AGB: a text generator built on AI, run by a German GmbH
    { id: 'obtains-io', name: 'Obtains', vendor: 'Obtains', category: 'chat', domains: ['obtains.io'], source: 'https://obtains.io/terms', region: 'europe' }, // terms (Slovak): prompts go to AI models and the output belongs to the user
    { id: 'informatyk-ai', name: 'informatyk.ai', vendor: 'informatyk.ai', category: 'chat', domains: ['informatyk.ai'], source: 'https://informatyk.ai/prywatnosc/informatyk.ai', region: 'europe' }, // privacy (Polish): chat with an AI character; the page matches czat.ai's character pages
    { id: 'siesta-ai', name: 'Siesta AI', vendor: 'SIESTA AI s.r.o.', category: 'agents', domains: ['siesta.ai'], source: 'https://siesta.ai/fi/platform-terms', region: 'europe' }, // platform terms: a Prague SaaS for building AI assistants on a chosen language model
    { id: 'tuttu-ai', name: 'Tuttu', vendor: 'Insinööritoimisto Loikkanen Oy', category: 'chat', domains: ['tuttu.ai'], source: 'https://beta.tuttu.ai/terms', region: 'europe' }, // terms: a Finnish personal AI assistant reached by phone call or text
    { id: 'lai-letsaccelerate', name: 'LAI', vendor: 'LAI', domains: ['letsaccelerate.it'], source: 'https://www.letsaccelerate.it/ar/termsandconditions', region: 'europe' }, // terms (Arabic copy, Spanish jurisdiction): AI-powered solutions and the LAI Runtime in beta
    { id: 'apilium-forge', name: 'Apilium Forge', vendor: 'Apilium Corp OÜ', category: 'coding', domains: ['apilium.com'], source: 'https://apilium.com/ar/terms', region: 'europe' }, // terms: an AI-powered IDE and development tools from an Estonian company
    { id: 'tutorplai', name: 'TutorPlai', vendor: 'TutorPlai', domains: ['tutorplai.com'], source: 'https://www.tutorplai.com/datenschutz.php', region: 'europe' }, // privacy: children's learning games with a chat backed by an AI language model (Vienna)
    { id: 'alphabees-ki-tutor', name: 'Alphabees KI-Tutor', vendor: 'Alphabees', domains: ['alphabees.de'], source: 'https://www.alphabees.de/disclaimer-tutor-opt-in', region: 'europe' }, // disclosure: an AI tutor inside LMS courses whose answers are generated
    // --- Europe: writing, image and video ---
    { id: 'teralios', name: 'Teralios', vendor: 'AI SEO Software Ltd', category: 'writing', domains: ['teralios.de'], source: 'https://www.teralios.de/terms', region: 'europe' }, // AGB: AI-driven SEO SaaS that generates content for German sites
    { id: 'altpilot-ai', name: 'AltPilot', vendor: 'Starship Media GmbH', category: 'writing', domains: ['altpilot.ai'], source: 'https://es.altpilot.ai/t%C3%A9rminos/', region: 'europe' }, // terms: AI writes alt text for images, by credits or API (Austria)
    { id: 'iatelier-poster', name: "I'Atelier", vendor: "I'Atelier", category: 'image', domains: ['iatelier-poster.com'], source: 'https://www.iatelier-poster.com/legal/conditions-utilisation', region: 'europe' }, // CGU: posters generated with its AI models, sold as prints or HD files
    { id: 'optiwai', name: 'OptiwAI', vendor: 'AI4Creative Sp. z o.o.', category: 'image', domains: ['optiwai.com'], source: 'https://optiwai.com/terms_and_conditions/', region: 'europe' }, // rules: AI4Creative's cloud platform that processes images (Lublin)
    { id: 'reelgenerator', name: 'ReelGenerator', vendor: 'Yilmi Market', category: 'video', domains: ['reelvideogenerator.com'], source: 'https://www.reelvideogenerator.com/terms', region: 'europe' }, // CGU: short videos generated with AI images, voices and scripts (Paris)
    // --- Europe: AI phone receptionists ---
    { id: 'sainer-nl', name: 'Sainer', vendor: 'Kwartiermakers Pioniers B.V.', category: 'audio', domains: ['sainer.nl'], source: 'https://sainer.nl/nl/tos', region: 'europe' }, // terms: an AI telephonist built on Gemini answers calls and summarises them
    { id: 'callkom', name: 'Callkom', vendor: 'CALLKOM SAS', category: 'audio', domains: ['callkom.io'], source: 'https://callkom.io/fr/ai-policy', region: 'europe' }, // AI policy: AI phone agents for businesses (Marseille)
    { id: 'appellia', name: 'Appellia', vendor: 'Appellia', category: 'audio', domains: ['appellia.fr'], source: 'https://appellia.fr/cgv', region: 'europe' }, // CGV: an AI voice assistant answers estate agents' calls and books visits
    { id: 'linova-ai', name: 'Linova', vendor: 'LINOVA snc', category: 'audio', domains: ['linova-ai.com'], source: 'https://www.linova-ai.com/conditions-generales', region: 'europe' }, // CGS: AI agents answer a PME's phone and e-mail (Switzerland)
    { id: 'sanspause', name: 'SansPause', vendor: 'Kaiflo Innov', category: 'audio', domains: ['sanspause.com'], source: 'https://sanspause.com/mentions-legales', region: 'europe' }, // legal notice and CGV: AI services that take calls and bookings for businesses
    // --- Latin America and Spanish-language platforms ---
    { id: 'ia-online', name: 'IA Online', vendor: 'IA Online', category: 'writing', domains: ['iaonline.ai'], source: 'https://platform.iaonline.ai/policies/terms' }, // terms (Spanish): content generation, chatbots, audio and images through LLM APIs
    { id: 'lexpro-co', name: 'LexPro', vendor: 'Brainz LLC', category: 'search', domains: ['lex-pro.co'], source: 'https://lex-pro.co/terms', region: 'latam' }, // terms: case management for Colombian lawyers with AI case-law research
    { id: 'tributar-intelligence', name: 'Tributar Intelligence', vendor: 'TRIBUTAR INTELLIGENCE S.A.S.', category: 'chat', domains: ['tributar.ai'], source: 'https://www.tributar.ai/terms-and-conditions', region: 'latam' }, // terms: AI agents answer on tax, law and AML questions (Bogotá)
    { id: 'continuumai', name: 'ContinuumAI', vendor: 'ContinuumAI Technologies LLC', domains: ['continuumai.llc'], source: 'https://www.continuumai.llc/terminos-de-servicio', region: 'latam' }, // terms (Spanish): an enterprise AI platform serving the US and Mexico, incl. content generation
    { id: 'chatradar-io', name: 'ChatRadar', vendor: 'ChatRadar', category: 'productivity', domains: ['chatradar.io'], source: 'https://chatradar.io/es/terms' }, // terms (Spanish): AI turns WhatsApp Business messages into follow-up tasks and daily summaries
    { id: 'auto-asistente', name: 'Auto Asistente', vendor: 'Gomez Smart Group LLC', category: 'agents', domains: ['autoasistente.com'], source: 'https://autoasistente.com/en/terms' }, // terms: a WhatsApp AI agent and AI web widget for businesses
    // --- Middle East and Turkey ---
    { id: 'adalethanim', name: 'Adalethanım', vendor: 'Adalethanım Yapay Zeka ve Hukuk Teknolojileri A.Ş.', category: 'search', domains: ['adalethanim.com'], source: 'https://adalethanim.com/on_bilgilendirme', region: 'middle-east' }, // pre-contract notice (Turkish): an AI-based legal database service
    { id: 'suponai', name: 'SuponAI', vendor: 'SuponAI', category: 'agents', domains: ['suponai.com'], source: 'https://suponai.com/pages/terms.php?lang=en', region: 'middle-east' }, // terms: AI chatbots built on uploaded knowledge, KVKK-compliant (Turkey)
    { id: 'kitappai', name: 'Kitappai', vendor: 'Kitappai', domains: ['kitappai.com'], source: 'https://www.kitappai.com/privacy-policy.html', region: 'middle-east' }, // privacy (Turkish, KVKK): an exam-prep platform that keeps students' AI conversation history
    { id: 'aleema-ai', name: 'Aleema', vendor: 'Aleema LLC', category: 'search', domains: ['aleema.ai'], source: 'https://aleema.ai/tr/policies/terms-of-use' }, // terms (Turkish): an AI-powered knowledge base with an app
    { id: 'lookai-pro', name: 'LookAI', vendor: 'LookAI', category: 'image', domains: ['lookai.pro'], source: 'https://lookai.pro/terms', region: 'middle-east' }, // terms (Hebrew): a system that creates images of the user with AI
    { id: 'velut-ai', name: 'Velut.ai', vendor: 'Velut.ai', category: 'writing', domains: ['velut.ai'], source: 'https://www.velut.ai/en/terms', region: 'middle-east' }, // terms: AI writes LinkedIn posts in the user's style (Sderot, Israel)
    { id: 'marketled', name: 'MarketLed', vendor: 'MarketLed', category: 'writing', domains: ['marketled.co.il'], source: 'https://www.marketled.co.il/en/terms', region: 'middle-east' }, // terms: an AI marketing pipeline paid in tokens, from research to ads (Israel)
    { id: 'emilia-ai', name: 'Emilia AI', vendor: 'Emilia Digital Ltd.', domains: ['ai.emilia.digital'], source: 'https://ai.emilia.digital/terms-of-use', region: 'middle-east' }, // terms: an eCommerce AI platform of an Israeli company (AI subdomain only)
    { id: 'kolwrite', name: 'KolWrite', vendor: 'ITANU', category: 'audio', domains: ['kolwrite.com'], source: 'https://www.kolwrite.com/tos_pp' }, // terms: AI transcription, summaries and conversation tools in many languages
    { id: 'yotzer-app', name: 'Yotzer', vendor: 'Yotzer', category: 'writing', domains: ['yotzer.app'], source: 'https://yotzer.app/terms' }, // terms: a content studio that drafts in a brand voice on the user's own AI provider key
    { id: 'whitebox-io', name: 'Whitebox', vendor: 'Whitebox Ltd.', domains: ['thewhitebox.io'], source: 'https://thewhitebox.io/terms-of-use' }, // terms: brand monitoring built on generative AI
    { id: 'npsai', name: 'Nabsai', vendor: 'Jaico (بوابات الخير للذكاء الاصطناعي)', domains: ['npsai.com'], source: 'https://npsai1.npsai.com/terms-conditions.html', region: 'middle-east' }, // terms (Arabic): a Saudi AI company's platform bringing AI to non-profits
    { id: 'omnibot-airbot', name: 'Omnibot', vendor: 'Airbot for Electronic Marketing', category: 'agents', domains: ['omni.airbot.cloud'], source: 'https://omni.airbot.cloud/ar/terms', region: 'middle-east' }, // terms: customer conversations answered by AI across channels (Cairo; app subdomain only)
    { id: 'soualy', name: 'Soualy', vendor: 'Soualy', category: 'writing', domains: ['soualy.com'], source: 'https://www.soualy.com/privacy', region: 'middle-east' }, // privacy: AI generates exam questions for Egyptian teachers
    { id: 'qayskadhimdda', name: 'qayskadhimdda AI Inquiry System', vendor: 'qayskadhimdda Company L.L.C', category: 'agents', domains: ['qayskadhimdda.com'], source: 'https://www.qayskadhimdda.com/terms' }, // terms: AI answers student inquiries over WhatsApp and the web for schools
    { id: 'shoppili-smartbot', name: 'SmartBot AI', vendor: 'SmartBot AI', category: 'agents', domains: ['shoppili.com'], source: 'https://shoppili.com/terms?lang=ar' }, // terms (Arabic): AI answers customers and writes posts on connected Facebook and WordPress
    // --- Africa ---
    { id: 'cropsense-ai', name: 'CropSense AI', vendor: 'CipherSense AI Technologies Ltd.', domains: ['cropsense.africa'], source: 'https://ciphersense.ai/service-terms/', region: 'africa' }, // maker's terms: its agricultural intelligence platform, one of CipherSense's AI platforms (Nigeria)
    { id: 'dexagpt-ng', name: 'DexaGPT', vendor: 'Vergold Nig Ltd', category: 'chat', domains: ['dexagpt.ng'], source: 'https://dexagpt.ng/termsofuse', region: 'africa' }, // terms: an AI tax assistant that estimates and advises (Ibadan)
    { id: 'abokiwise', name: 'AbokiWise', vendor: 'Cube Oil and Gas Tech Nigeria Ltd', category: 'chat', domains: ['abokiwise.ai'], source: 'https://www.abokiwise.ai/terms-of-service.md', region: 'africa' }, // terms: a managed personal AI assistant on Telegram over OpenRouter models
    { id: 'jibu-ai', name: 'Jibu AI', vendor: 'PayHero Kenya', category: 'agents', domains: ['jibu-ai.com'], source: 'https://jibu-ai.com/privacy-policy.html', region: 'africa' }, // privacy: RAG AI agents for sites, by widget or API
    { id: 'juahaki-ai', name: 'Juahaki AI', vendor: 'McDorcis Solutions', category: 'chat', domains: ['juahakiai.com'], source: 'https://juahakiai.com/privacy', region: 'africa' }, // privacy: AI legal information and documents over WhatsApp (Kenya)
    { id: 'aned-ai', name: 'ANED AI', vendor: 'ANED Center', category: 'developer-platform', domains: ['aned-ai.anedcenter.com'], source: 'https://aned-ai.anedcenter.com/privacy.html', region: 'africa' }, // privacy: model usage, tokens and API calls on African cloud (AI subdomain only)
    { id: 'ai-companions-za', name: 'AI Companions', vendor: 'Combined Intelligence', category: 'chat', domains: ['essentialgovernance.global'], source: 'https://www.essentialgovernance.global/static/essentialgovernance/terms-and-conditions.html', region: 'africa' }, // terms: AI board members and knowledge companions (South African law)
    { id: 'mogsapp', name: 'MogsApp', vendor: 'MogaCode', category: 'agents', domains: ['mogsapp.com'], source: 'https://mogsapp.com/legal/terms' }, // CGU (French): a SaaS that runs AI agents, incl. on WhatsApp
    { id: 'dragon-ai-systems', name: 'Dragon AI', vendor: 'Dragon AI', category: 'developer-platform', domains: ['dragonai.systems'], source: 'https://www.dragonai.systems/terms' }, // terms: a RAG platform with APIs that answers from the user's documents (not Nuance's Dragon dictation)
  ],
  { checked: CHECKED_C17 },
);
