// Twenty-fourth session, regional pass `france2` (2026-12-07, helper `france2`): AI products made in France,
// French-speaking Switzerland, Belgium or Luxembourg, or built mainly for French-speaking users, that no entry claimed
// yet, beside the twenty-first-session DACH/France pass (data/regional-c21-dachfr.ts), whose rows are not repeated here.
// Here: an AI phone agent for medical-practice reception (Tennor); generative AI for French SMEs with filtering of
// sensitive data before it reaches the model (SYNN); a French multi-model AI chat platform (Garmouk); a Swiss sovereign
// language-model offer (DigLM); a French enterprise AI platform with a generative-AI layer over foundation models
// (Craft AI's Craft GPT); an AI writer of social-media posts for small businesses (Demande à Léon); a machine-learning
// analysis tool for psychologists that runs on the practitioner's device (PSYNUM); and AI recruitment software from
// France (One Click Job 360's OpenAI-based job-offer generator, PreHire's AI analysis of CVs and video answers, RSight's
// AI recruitment solution). All rows take the 'europe' region, as regional-c21-dachfr.ts sets it.
//
// Leads. 40 look-ups (39 in the stored `pages` corpus, 1 in `docs`), counted as they were made. Queries in French,
// worded the way vendors word their own legal and product pages (mentions légales, CGU, CGV, politique de
// confidentialité, « SAS au capital », SIREN/SIRET, RCS, BCE/SRL, Sàrl/nLPD, RCS Luxembourg B, « description du
// service », tarifs, abonnement, crédits) and by kind: lawyers', notaries' and accountants' AI, medical secretariat and
// consultation reports (HDS), AI phone agents and receptionists, sovereign AI, teachers' tools and AI marking, tenders
// (DCE, mémoire technique), co-ownership minutes, real-estate staging, review replies, homework help, psychologists'
// notes, nurses' dictation, legal Q&A for individuals, website chatbots and recruitment. The corpus answered most
// queries with news (Doctolib's assistant, Nabla, Examino, IssyGPT), law firms' and notaries' guides, academies'
// pages, consultancies and blogs; the CGU/CGV wordings with a named product kind returned the vendors, several of them
// already listed. The `docs` query (French AI phone-agent help centres) returned only non-French voice platforms.
// Every row cites a page with a path on the product's own host where the vendor says the product generates, answers,
// analyses or filters with AI, language models, named model providers or machine learning. Hosts were run through
// /work/helpers/classify-hosts.mts and names grepped in data/ and in the other helpers' c24 files first.
//
// Measured with /work/helpers/classify-hosts.mts on the 262 hosts the searches returned (vendors, news, law firms,
// public bodies, consultancies and shared hosts alike, in /work/helpers/out/france2-hosts.txt): 34 classified before
// (13.0%), 45 after (17.2%).
//
// Already listed and left to their entries: Appellia, Linova, NoviaMind, immoMatch.ai, Inspect AI, iaiaz, LeProfIA
// (Arthur), Evalia, Clotilde, DigiElevate, SwissGPT (AlpineAI), Suisse Voice, LexIA, AI4CALL, CVReader,
// Restaurant Reputation Tools, ReelGenerator, Tenderbolt, 3l3c.ai, Forelight.ai, Propilia, Chatloom, Logonaut,
// AI-ChatPro, SummarizeMeeting, Le Chat (Mistral), tl;dv and the voice platforms of the docs query (Bolna, Sarvam, Retell, Chatbase,
// Teneo). Same names: Tennor is not Tenor (tenor.com, Google's GIF search), and Craft AI (craft.ai) is not Recraft
// (recraft.ai, listed) nor Craft Docs (craft.do).
//
// Two hosts for one product: Tennor's resources are on tennor.fr (cited) and its French blog on tennor.ai, in the
// same layout and on the same subject (its AI conversational agent for medical reception); both are claimed.
//
// Doubtful rows: PSYNUM's privacy page says its analysis technology rests on federated learning run on the
// practitioner's device, without naming the analyses further. DigLM is read from its own article presenting DigLM as a
// Swiss alternative for companies to take back control of their AI. One Click Job 360's terms carry stray comment
// markers ("[A1]") but no placeholder values.
//
// Left out. Drafts, placeholders and staging: lesdevisdelhermine.fr's CGU ("DRAFT — ce document doit être validé par
// un avocat"), arqiv.eu ("[À compléter]", beta), cabinet-en-ligne.fr ("[VOTRE RAISON SOCIALE]"), ristretto.ai
// ("[DATE_EFFECTIVE]", as before), sylvia.clinic (as before), recette.intelligia.io (a staging host and an
// `?add-to-cart=` page for Intellig'IA, OBJECT'IVE's AI reading of mortgage statements for notaries: a lead for its
// production host), voice.agent.docprint.fr (a demo console). Pages that do not say the product uses AI (beyond its
// name): agilotext.com's blog (automatic transcription, no AI or model named on the page read: a lead),
// praetor-notariat.fr (document analysis for notaries), agregata.ai, ai-gust.io, ceralith.ink, avizy.fr (automatic
// review replies), app.seoresto.fr, hundreds-ai.com, assessfirst.com, interview.easyrecrue.com, callminderia.com (a UK
// company's call robot), tchatt.com (no country shown). General products where AI is one feature: imovia.cloud,
// bureau24.fr's chatbot Aida (a German telephone-secretariat company), les-gourmets.fr, ringover.fr; a human
// telesecretariat (atoocall.com, callandco.fr). Agencies, consultancies and coaching: lunioncom.com, sillage.ai,
// performai.fr, stemapartners.com, nr-corp.fr, luxdigitalsol.com, keikoforbusiness.com, consultant-ia.net,
// emdbconseils.fr. Vendors seen only on general articles of their blogs: tala-assistant.com (as before),
// diagnotes.ai (Swiss therapists' notes: a lead), blog.ecrivox.com (as before), algos-ai.com (as before),
// monrfs.com, okawai.ai, aoconquete.fr, assistantpro.fr; `?p=` pages: btp-webaccel.com (its ARAO tender-writing app:
// a lead), laruche.cbainfo.fr. Seen only in news or third-party pages (leads): PraxySanté and Loquii (consultation
// reports), Examino, Gingo, Ed.ai and PyxiScience (AI marking, as earlier passes noted), ExperQuiz, HR Engine,
// IA-souveraine.fr (DRI), Safebrain, Yelda (the Plaisir town-hall callbot), Helvira (1swiss1.com's CGV only, as
// before), LegiGPT. Not French or not shown to be: gofulltime.ai, heyclary.ai (a Spanish company), postmaestro.ai and
// smartichat.de (German), airygen.com, noteless.com (Norwegian). Shared platforms and stores: getaillm.vercel.app,
// sensai-website.pages.dev, livesuggest-web.pages.dev, legal-reactys.netlify.app, declicia.pages.dev, a wixsite
// page, an S3-hosted copy of a news article, and trustbotai.ch (a Shopify store).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C24, defineTools } from './define';

export const regionalC24France2Tools: Tool[] = defineTools(
  'productivity',
  [
    // --- AI phone agents ---
    { id: 'tennor', name: 'Tennor', vendor: 'Tennor', category: 'audio', domains: ['tennor.fr', 'tennor.ai'], source: 'https://tennor.fr/en/ressources/lagent-conversationnel-ia-pour-laccueil-telephonique-medical-le-guide-complet' }, // vendor guide: Tennor as an AI conversational agent that answers a medical practice's phone 24/7, understands callers with NLU and manages appointments
    // --- Generative AI for companies and sovereign AI ---
    { id: 'synn', name: 'SYNN', vendor: 'SYNN', category: 'chat', domains: ['synn.fr'], source: 'https://www.synn.fr/legal/security' }, // security page: built for SMEs to use generative AI, with DLP filtering of sensitive data before it is sent to the AI and no training on customer data
    { id: 'garmouk', name: 'Garmouk', vendor: 'Garmouk', category: 'chat', domains: ['garmouk.com'], source: 'https://garmouk.com/privacy' }, // privacy (RGPD, French law): prompts and conversations with AI models, shared with AI providers OpenAI, Anthropic and Groq
    { id: 'diglm', name: 'DigLM', vendor: 'DigLM', category: 'chat', domains: ['diglm.ch'], source: 'https://www.diglm.ch/reprendre-le-controle-de-lia-pourquoi-diglm' }, // own article: DigLM as a Swiss alternative that lets companies take back control of their AI, away from US cloud law
    { id: 'craft-ai', name: 'Craft AI', vendor: 'Craft AI SAS', category: 'developer-platform', domains: ['craft.ai'], source: 'https://www.craft.ai/en/cgu-craft-ai/terms-master-services-agreement' }, // MSA (Paris SAS): the Craft platform and Craft GPT, a generative-AI solution over third-party foundation models that generates text or multimodal content
    // --- Writing ---
    { id: 'demande-a-leon', name: 'Demande à Léon', vendor: 'Demande à Léon', category: 'writing', domains: ['demandealeon.fr'], source: 'https://demandealeon.fr/cgv' }, // CGV: a mobile app that generates social-media captions from photos by artificial intelligence, by trade and tone
    // --- Health ---
    { id: 'psynum', name: 'PSYNUM', vendor: 'PSYNUM', category: 'other', domains: ['psynum.com'], source: 'https://www.psynum.com/confidentialite/' }, // privacy: an analysis tool for practitioners whose technology rests on federated learning, analyses run on the device and nothing is stored
    // --- Recruitment ---
    { id: 'one-click-job-360', name: 'One Click Job 360', vendor: 'XTRAMILE', category: 'writing', domains: ['oneclickjob360.com'], source: 'https://www.oneclickjob360.com/tos' }, // terms (Metz SAS): a platform based on OpenAI technology that generates job offers from keywords with generative AI and scores applications
    { id: 'prehire', name: 'PreHire', vendor: 'REACH TECHNOLOGIES SAS', domains: ['pre-hire.com'], source: 'https://pre-hire.com/terms' }, // terms: AI-assisted analysis of CVs and of candidates' video answers for pre-selection, with a section on the role of artificial intelligence
    { id: 'rsight', name: 'RSight', vendor: 'RSight SAS', domains: ['rsight.com'], source: 'https://rsight.com/Terms-&-Condition' }, // terms (Paris SAS): publishes software incorporating artificial intelligence that finds and pre-selects talents for recruitment requests
  ],
  { checked: CHECKED_C24, region: 'europe' },
);
