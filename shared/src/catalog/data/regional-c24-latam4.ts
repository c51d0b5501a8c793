// Twenty-fourth session, fourth Latin America pass (2026-12-07, helper `latam4`): AI products made in Mexico, Colombia,
// Brazil, Panama and the Caribbean, or built mainly for Latin American users, that no entry claimed yet, beside the
// eighteenth session's latam pass (data/regional-c18-latam.ts), the nineteenth session's latam2 pass
// (data/regional-c19-latam2.ts), the twenty-first session's iberlatam pass (data/regional-c21-iberlatam.ts), the
// twenty-second session's brazil pass (data/regional-c22-brazil.ts) and the twenty-third session's latam3 pass
// (data/regional-c23-latam3.ts), whose rows are not repeated here. Here: clinical AI for physicians (Dok, a Medellín
// platform whose models draft clinical notes, suggest ICD-10 codes and transcribe consultations; MedScribe AI, a
// clinical documentation copilot on OpenAI run by a Puerto Rico company); a Panamanian legal AI with credits for
// contract and WhatsApp-conversation analysis and a legal assistant (Jurídica); a Mexican meeting-transcription and
// AI-summary app (Ponuz, León, Guanajuato); and three Brazilian products: an AI brand-management and marketing platform
// (PUPILA), an AI triage service for dental prosthetic cases (OpenLabADT) and a B2B AI platform in beta (WitBoardAI).
// Seven rows, well short of the 20–40 the brief aimed at: the searches returned mostly products earlier passes had
// already listed or left out, plus news, law firms and agencies, and the rule that a row needs the vendor's own words
// about AI on a page with a path kept the rest out.
//
// Leads. 40 look-ups of the stored `pages` corpus (search only), counted as they were made. Spanish and Portuguese
// queries built on refund and credit wording ("política de reembolso" inteligencia artificial créditos, "los créditos
// de IA no son reembolsables", termos de uso IA reembolso), on company forms ("S.A. de C.V.", "S.A.P.I. de C.V.",
// "S. de R.L. de C.V.", "S.A.S." with NIT and Ley 1581, "SpA", "S.A.C." with Ley 29733, "S.R.L." with Ley 25.326,
// "LTDA" with CNPJ and LGPD) and on kinds (SAT and CFDI, DIAN, SII, AFIP/ARCA and Receita Federal assistants for
// accountants; legal drafting for lawyers; AI scribes; teachers' and students' tutors; inmobiliarias; Mercado Libre
// listings; WhatsApp agents; psychologists, nutritionists and dentists). Spanish and Portuguese wording returned lenders'
// contracts, tax-authority news, law-firm articles and marketplaces' help pages almost only; English wording that
// copies vendors' own legal pages ("privacy notice LFPDPPP", "terms of use LTDA CNPJ", "a Colombian company ...
// artificial intelligence") found every row. Queries on Peru, Ecuador, Uruguay, Central America and the Dominican
// Republic, and on Mexican and Chilean teachers' and lawyers' tools, returned no new vendor. Every row cites a terms,
// privacy or documentation page with a path on the product's own host, and each page says in the vendor's words that
// the product drafts, transcribes, summarises, analyses, triages or generates with AI or names its model provider.
// Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/ first. Rows are marked `latam`;
// MedScribe AI's operator is a Puerto Rico company, counted with the Caribbean the brief names.
//
// Measured with /work/helpers/classify-hosts.mts on the 243 hosts the searches returned (vendors, news, lenders, law
// firms, public bodies, marketplaces and shared hosts alike, in /work/helpers/out/latam4-hosts.txt): 44 classified
// before (18.1%), 51 after (21.0%).
//
// Already listed and left to their entries: Tributar Intelligence, intuIA.ai, IA Online, Aiudantes, Charla con Mija,
// Elina IA, Agentes Virtuales MX, ConverzIA, PAOLA, Auto Asistente, Telepatía, MedIAgent, ContableIA, Argentica,
// MercadoBoost, InteligênciaBot, IA First Brasil, Atendus, Lead2Sales, WhatsBot GPT, Meu Preceptor, Lawdeck, PropLab,
// MyContentGPT, AISnapEdit, MakeFilm, Visual Electric, VibeMV, SIPPulse A.I., FASHION PRO, Brieff, Chati, ZynthaBots,
// transcriptai.app and Dyscribe.
//
// Same names: Dok (dok.lat) and MedScribe AI (medscribepr.com, named with its host) carry no relation to dok.com or
// medscribe.com; Jurídica (juridicapanama.com) is not Jurisdictio, a Panamanian legal AI seen only on a Firebase
// hosted.app host (left out as a shared platform).
//
// Doubtful rows: WitBoardAI's terms describe a B2B beta whose acceptable-use rules govern the AI outputs customers
// generate, without saying what the outputs are for; OpenLabADT's policy names its service an automated triage of
// prosthetic cases and lists improving "the accuracy of the AI analyses" among its purposes, without naming a model;
// Jurídica is read from its credits documentation, which prices AI use per analysis and names the Lex assistant, and
// its Panamanian base rests on its domain; Ponuz's controller is an individual with business activity.
//
// Leads for a pass that can read more of their pages (not trapped): ContaGPT (contagpt.com, Monterrey, tax automation
// for SAT users, whose privacy notice never says AI), Nolvira AI (nolvira.app, a tax assistant for Mexican RESICO
// freelancers, whose policy is "effective from the date of publication"), Facilab (facilab.mx, clinical records with
// AI analyses of lab results, AI one of three purposes), XELIA (xelia.ai, a Mexico City SAPI with voice demos) and
// IcloneU (icloneu.ai, Hermes AI S.A.P.I. de C.V.), whose notices do not say what the AI does, Lynx Copilot
// (lynx-copilot.online, accounting automation "with AI assistance", no country named), heygia.ai (Mezubo S.A.S., a
// sales platform whose policy lists generative AI beside CRM and flows, on a Wix page path), aicarefy.com (a Brazilian
// practice-management suite with Gemini transcription as one feature), kreed.com.co (an AI subscription beside
// marketing and web-development services), povesai.com and aichemist.solutions (Argentine individuals offering AI
// receptionists and services), tlaloc.sh (Mexican data-validation APIs beside configurable AI assistants) and
// guacamaia.datascination.co, left out again because its pages still never say AI does the summaries.
//
// Left out and trapped. Placeholders and templates (digiallpa.com's "Lorem Ipsum" header over an Ecuadorian WhatsApp
// assistant's policy; template.natuleadan.com's "[Company Name]"; chatbot.eyratech.com's "[COMPANY NAME]";
// creditumex.com's bracketed controller; ibsdex.com again); agencies, consultancies and software houses
// (catalizadora.ai, automatizalatam.com, aidatasolutions.co, invisiongo.com, xendigital.com.co, kudaw.com,
// dashboard.touchworks.com.br, passosconsultoria.com.br, mediavox.co); general products where AI is one feature or
// absent (kyzen.live's CRM, autocloser.com.br, chatsense.app, lexaiapp.cloud, nuberest.pe's restaurant software run by
// "GEN AI LEGAL S.A.C.S.", usecontai.com, conformidoc.com, psicodoc.com.br, maisterapias.com.br, legalpo.cl, ana.care);
// single-company bots (El Parque's Ernesto, A&J Phygital, El Güey del Calzado's store bot); `?p=` pages (accountfy.com,
// mydoctoria.com.br); lenders, clinics, law firms, news and public bodies; and shared platforms (arewa-ai-github-io on
// pages.dev, Jurisdictio on hosted.app, a webflow.io copy of Teledipity's terms, ChattyAI's notion.site subprocessors,
// an easypanel.host blog, an azurewebsites.net newspaper, two blogspot blogs).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C24, defineTools } from './define';

export const regionalC24Latam4Tools: Tool[] = defineTools(
  'productivity',
  [
    // --- Clinical AI for physicians (Colombia, Puerto Rico) ---
    { id: 'dok-lat', name: 'Dok', vendor: 'Sociedad Tecnológica de Colombia S.A.S.', domains: ['dok.lat'], source: 'https://dok.lat/en/terms-of-use' }, // terms (Medellín, Colombian law): a platform for healthcare professionals whose AI models produce clinical-note drafts, ICD-10 coding suggestions, audio transcriptions and clinical-assistant answers
    { id: 'medscribe-ai-pr', name: 'MedScribe AI (medscribepr.com)', vendor: 'Borinquen Health Tech LLC', domains: ['medscribepr.com'], source: 'https://medscribepr.com/privacy' }, // privacy (a Puerto Rico LLC run by a hospitalist): a clinical documentation copilot that generates the notes a physician requests from clinical input; OpenAI among its processors
    // --- Legal AI (Panama) ---
    { id: 'juridica-panama', name: 'Jurídica (juridicapanama.com)', vendor: 'Jurídica', domains: ['juridicapanama.com'], source: 'https://www.juridicapanama.com/docs/credits' }, // credits docs: monthly and paid credits for AI use, spent on a contract analyser, a WhatsApp-conversation analyser and the Lex legal assistant
    // --- Meetings (Mexico) ---
    { id: 'ponuz', name: 'Ponuz', vendor: 'Juan Carlos Rivera Alvarado', category: 'meeting', domains: ['ponuz.com'], source: 'https://www.ponuz.com/privacy' }, // privacy notice (León, Guanajuato): a desktop app and cloud service that transcribes meetings, generates AI summaries, tasks and key points, and answers in an AI assistant with the user's context
    // --- Brazil ---
    { id: 'pupila-ai', name: 'PUPILA', vendor: 'PUPILA BRAND STUDIO LTDA.', category: 'writing', domains: ['pupila.ai'], source: 'https://www.pupila.ai/terms-and-conditions' }, // terms (CNPJ): a platform that uses artificial intelligence for brand management and marketing, offered to client companies' users
    { id: 'openlabadt', name: 'OpenLabADT', vendor: 'OpenLabADT Tecnologia Ltda.', category: 'other', domains: ['openlabadt-ai.com'], source: 'https://www.openlabadt-ai.com/privacy' }, // privacy (LGPD; dentists identified by CRO): an automated triage service for dental prosthetic cases from 3D scans and protocol photos, improving the accuracy of its AI analyses
    { id: 'witboardai', name: 'WitBoardAI', vendor: 'LUMENCODE SERVIÇOS LTDA', category: 'other', domains: ['witboardai.com'], source: 'https://witboardai.com/legal/terms' }, // terms (Rio de Janeiro, CNPJ; B2B beta): a platform whose acceptable-use rules govern the AI outputs customers generate with the service
  ],
  { checked: CHECKED_C24, region: 'latam' },
);
