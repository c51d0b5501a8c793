// Twenty-fifth session, fourth health pass (2026-12-07, helper `health4`): AI products sold to healthcare and wellbeing
// professionals that no entry claimed yet, beside the seventeenth session's health pass (data/long-tail-c17-health.ts),
// the twentieth session's clinic pass (data/long-tail-c20-clinic.ts), the twenty-second and twenty-third sessions'
// health2 and health3 passes (data/long-tail-c22-health2.ts, data/long-tail-c23-health3.ts) and the merged and
// concurrent c25 files, whose rows are not repeated here. Here: AI scribes and note writers (Transcribe Health's
// clinical documentation platform, ChairNotes, MD Mate's German consultation documentation, Vet SOAP Notes for
// veterinarians); an AI reviewer of behavioural-health notes against payer criteria (Chart Auditor); AI document
// analysis for clinics and for UK children's care homes (ABA Compliant, CareClarity); AI patient-inquiry handling
// for clinics and a PHI-stripping layer in front of general AI models (Scrutexity, AuthenTech AI); an AI market and
// marketing assistant for dental practices (Dentplicity); AI dental radiograph and CBCT readers (Cavitech AI, DENTOMO);
// AI skin-image analysis (Legit.Health for clinicians, DermaPrime, Skinscanner, SkinAI); voice-biomarker AI for
// depression and anxiety screening (Kintsugi, Ellipsis Health); an AI self-referral and triage chatbot for NHS Talking
// Therapies (Limbic); autonomous AI medical coding (Arintra); and AI evidence retrieval for physicians (Arkangel AI).
//
// Leads. 40 look-ups of the stored `pages` corpus (the whole budget), counted as they were made. The first 24 were worded
// the way vendors word their own compliance pages: "we will sign a Business Associate Agreement … AI scribe", "PHI is
// processed by our AI model provider under a BAA", "de-identified data … used to improve our AI models", "the
// AI-generated note must be reviewed by the clinician", "not a medical device … clinical decision support", Australian
// Privacy Principles, PHIPA/PIPEDA, DCB0129 and UK GDPR special-category wording, German Art. 9 DSGVO and
// Auftragsverarbeitung wording, French HDS wording, subprocessor lists (OpenAI, Anthropic, Deepgram, Azure OpenAI), and
// by kind (chiropractic, veterinary, dental, physiotherapy, speech and occupational therapy, care homes, home health
// and OASIS, pharmacy, prior authorisation, medical coding, intake and triage, dermatology, AI receptionists, therapy
// notes). Those returned mostly guides, vendors' blogs and entries already listed; they gave Transcribe Health,
// ChairNotes, Chart Auditor, Vet SOAP Notes, CareClarity, ABA Compliant, Scrutexity, AuthenTech AI, Dentplicity,
// MD Mate, DermaPrime and Skinscanner. The French, pharmacy, home-health and prior-authorisation queries gave nothing
// usable. The last 16 followed health2's method: about 150 well-known health-AI hosts were run through
// /work/helpers/classify-hosts.mts (no look-up), and unlisted ones were searched by name (SkinVision, Limbic, Magic
// Notes, Diagnocat, aaron.ai, Kintsugi and Ellipsis, Arintra and CodaMetrix, Legit.Health, HelloPatient, EvidenceHunt,
// RapidAI, ChartHero), which gave Limbic, SkinAI, DENTOMO, Cavitech AI, Kintsugi, Ellipsis Health, Arintra,
// Legit.Health and Arkangel AI. Every row cites a page, with a path, on the product's own host (for ABA Compliant its
// app. subdomain, which alone is claimed; for AuthenTech AI its v3. host and for Legit.Health its qms. host, under the
// claimed domains) where the vendor says the product generates, analyses, classifies or answers with AI, machine
// learning, a named model provider or a language model. The Limbic, Ellipsis Health and Arintra pages are the vendors'
// own posts about their own products. Hosts were run through classify-hosts.mts and names grepped in data/ and in
// /work/wt/*/shared/src/catalog/data/*-c25-* first.
//
// Measured with /work/helpers/classify-hosts.mts on the 268 hosts the searches returned (vendors, guides, news,
// journals, councils, clinics, agencies and shared hosts alike, in /work/helpers/out/health4-hosts.txt): 37 classified
// before (13.8%), 63 after (23.5%).
//
// Already listed and left to their entries: Twofold, Scribing.io, VetNotes, Dentist AI, AI Dent, Lyrebird Health,
// FrontRx, DoctorScribe (doctor-scribe-ai), Scribeberry, Augure AI, iatrox, Clinic Notes AI (niceley.ai), Sully.ai,
// PharmacyAI, CliniqFlow, CoderCoach, AI Bot (aibot.clinic), Trove Health, Kuulo, Upheal, AfterSession, TherapyDraft,
// Vetera, empfang.online, Hello (usehello.ai), Health Reception, CallSphere, Retell, Regard, BxScribe, SyncSOAP, SRTD
// and AI Router (airouter.kz); and, concurrent in the c25 anz pass, HealthReceptionist.ai.
//
// Listed here after being a trap: transcribe.health was left out by the twentieth session's clinic pass, which saw only
// its blog and set a trap on it (lookalikes-c20-clinic.test.ts); its Business Associate Agreement, read here, defines
// the services as an AI-powered clinical documentation platform with an AI-generated clinical-note product, so it is a
// row and that trap was dropped with /work/helpers/droptrap.py.
//
// Doubtful rows: AuthenTech AI's page sits on a v3. host and describes a detect-cleanse-send-rehydrate layer that strips
// PHI before text reaches ChatGPT or Claude, an AI-workflow product rather than a model of its own; the whole
// authentech.ai domain is claimed on the judgement that v3. is a version of the vendor's site. ABA Compliant's page on
// app.abacompliant.com says the platform's AI engine receives uploaded clinic documents via AWS Bedrock (Claude);
// only that subdomain is claimed, as the bare domain was not read. Scrutexity's security page speaks of messages
// "locked from AI response" and of not training AI models on clinic communications, so it answers patient inquiries
// with AI, though the page describes routing more than generation. Arkangel AI's page is a use-case write-up on its
// resources path (a RAG system answering clinicians from PubMed and guidelines), read as the vendor's own product
// description; the page names no country, so the row stays global. Legit.Health is cited from its quality-management
// site (qms.legit.health), whose client FAQ template speaks of hospitals and clinics "using our AI"; the company's other
// public subdomains (instructions for use, API docs) sit under the same claimed domain. Kintsugi's regulatory page
// describes a machine-learning software API rather than a web app, and is placed under 'audio' with Ellipsis Health.
//
// Left out. Vendors seen only on blogs or guides, or whose page says AI only in the name: percihealth.ai (Australian
// allied-health scribes), wavo.health, psyfitechnologies.com (PsyFi Assistant), cbtassistantpro.com, charthero.ai (its
// terms name outputs such as draft notes without saying AI beyond "ChartHero AI LLC"), theraaichat.com (TheraAI
// Solutions' chatbots for therapy clinics, described without saying AI), auxilis.ai and heliamedical.com and
// heliamed.de (as before), skinvision.com (its health-and-research page speaks of "algorithms" only), skinscreen.io
// (on-device "detection and classification"), acuity.health's OASIS training deck, kuulo.ai's EU physician posts
// (Kuulo is listed), and preconsult.ai (as the c23 sea3 pass decided). General products where AI is one feature:
// charmhealth.com's AI scribe add-on, zHealth, Zenoti, TherapyAppointment, ChiroUp, SimplePractice's Note Taker,
// ExorLive's AI Program Builder, Vetincloud, Pet Chart, dentisfy.com (a dental-lab ordering platform with opt-in AI
// tools) and getdentalai.com (scheduling, as before). A placeholder policy on a personal host (ben-goodwin.com's
// Healthcare Agent, "[Company Name]"); a bare IP (192.99.127.208, a Canadian scribe); a demo host (demo.syncsoap.com,
// already SyncSOAP's). Shared platforms: derm-ai-detect-skin-cancer.vercel.app, skincam.herokuapp.com,
// aibusinessos.pages.dev, wgpayscalea.netlify.app (a copy of Microsoft's Dragon Copilot whitepaper) and
// navc.sitepreview.app. Agencies, consultancies, directories and guides: privacy1.co (an Intercom Fin set-up service),
// usmarttec.com, softomatesolutions.com, virtualrockstar.com, bayram.solutions, medizinio.de, telefonie-strategie.de,
// elion.health, comparescribes.com, accountablehq.com, cliniccomply.com.au. Clinics', councils' and practices' own AI
// notices (keycityvet.com, mhwclinic.co.uk, cavendishhomecare.com, grayshottsurgery.co.uk, burnbraemedicalpractice.co.uk,
// beachbreakot.com.au, wellnesslabandclinics.com, johnrpaddockphd.com, the Magic Notes notices of Kent, Rochdale,
// Buckinghamshire, Redcar and Cleveland, Windsor and Maidenhead and Camden) are traps in the test.
//
// Leads for later: Magic Notes by Beam (magicnotes.ai, AI case notes for social workers in 85 UK councils, seen only on
// council privacy notices and a gov.uk algorithmic-transparency record), aaron.ai (a Berlin AI phone assistant for
// practices, seen only in news), Oler Health (an MDS documentation assistant for skilled nursing, seen only in news),
// EvidenceHunt (seen only on a UBC wiki and a podcast page), RapidAI and Viz.ai's stroke imaging (only reviews and
// news), Diagnocat (not returned), SkinVision (a page that says AI would make it a row), syncsoap.com's main host, and
// the VisionaryAI veterinary intake addendum, whose pages are `?p=` URLs.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C25, defineTools } from './define';

export const longTailC25Health4Tools: Tool[] = defineTools(
  'productivity',
  [
    // --- scribes and note writers ---
    { id: 'transcribe-health', name: 'Transcribe Health', vendor: 'Transcribe Health Corporation', category: 'writing', domains: ['transcribe.health'], source: 'https://transcribe.health/en-us/legal/baa' }, // BAA (a Canadian corporation): the services are an AI-powered clinical documentation platform with an AI-generated clinical-note product and an assistant chat
    { id: 'chairnotes', name: 'ChairNotes', vendor: 'ChairNotes', category: 'writing', domains: ['chairnotes.app'], source: 'https://www.chairnotes.app/privacy' }, // privacy: recorded visits are transcribed server-side and clinical notes are generated from the transcript via AI
    { id: 'md-mate', name: 'MD Mate', vendor: 'MD Mate', category: 'writing', domains: ['mdmate.ai'], region: 'europe', source: 'https://mdmate.ai/impressum' }, // data-protection concept (DSGVO, BDSG, § 203 StGB): AI-supported consultation documentation in the MD Mate app for iOS, Android and web, with servers in Germany
    { id: 'vet-soap-notes', name: 'Vet SOAP Notes', vendor: 'Vet SOAP Notes', category: 'writing', domains: ['vetsoapnotes.pro'], source: 'https://www.vetsoapnotes.pro/legal/privacy' }, // privacy: a Chrome extension and backend that send visit audio to Deepgram and the transcript to OpenRouter (DeepSeek) to produce AI-generated SOAP notes for vets
    // --- documentation review and compliance ---
    { id: 'chart-auditor', name: 'Chart Auditor', vendor: 'Chart Auditor, LLC', domains: ['chartauditor.com'], source: 'https://chartauditor.com/privacy.html' }, // privacy: checks addiction and behavioural-health notes against payer, state and accreditation criteria and suggests wording, with Anthropic as its AI subprocessor under a BAA
    { id: 'aba-compliant', name: 'ABA Compliant', vendor: 'ABA Compliant', domains: ['app.abacompliant.com'], source: 'https://app.abacompliant.com/compliance/our-approach/ai-provider-standards' }, // AI provider standards: the platform's AI engine analyses clinic-uploaded documents, routed to Claude through AWS Bedrock under a BAA
    { id: 'careclarity', name: 'CareClarity', vendor: 'GFE Tech Group Ltd', domains: ['careclarity.care'], region: 'europe', source: 'https://careclarity.care/dpa' }, // data processing agreement (UK GDPR): transient AI-assisted analysis of documents submitted by children's residential care homes
    // --- patient inquiries and PHI protection ---
    { id: 'scrutexity', name: 'Scrutexity', vendor: 'Scrutexity', category: 'agents', domains: ['scrutexity.com'], source: 'https://www.scrutexity.com/security' }, // security and compliance: classifies clinic inquiries, locks medical questions from AI response and routes them to staff; no AI training on clinic communications
    { id: 'authentech-ai', name: 'AuthenTech AI', vendor: 'AuthenTech AI', domains: ['authentech.ai'], source: 'https://v3.authentech.ai/phi-protection' }, // PHI protection for AI workflows: detects the 18 HIPAA identifiers, replaces them before text goes to AI models such as ChatGPT or Claude, and restores them in the answer
    { id: 'dentplicity', name: 'Dentplicity', vendor: 'Dentplicity', domains: ['dentplicity.com'], source: 'https://dentplicity.com/privacy' }, // privacy: an AI-powered business intelligence platform for dental practices, with the DentGPT assistant, AI-generated content and market analysis
    // --- dental imaging ---
    { id: 'cavitech-ai', name: 'Cavitech AI', vendor: 'Cavitech AI', category: 'image', domains: ['cavitech-ai.com'], source: 'https://www.cavitech-ai.com/legal/ai-disclaimer' }, // AI and clinical disclaimer: AI radiograph analysis, pathology detection, treatment-plan suggestions, report drafting, ambient scribe and AI chat for dentists
    { id: 'dentomo', name: 'DENTOMO', vendor: 'MEDLAB MEDIA GROUP SL', category: 'image', domains: ['dentomo.com'], region: 'europe', source: 'https://dentomo.com/terms-and-conditions/' }, // terms: identifies oral pathologies and previous treatments in CBCT DICOM images using artificial intelligence and machine learning
    // --- skin imaging ---
    { id: 'legit-health', name: 'Legit.Health', vendor: 'AI Labs Group S.L.', category: 'image', domains: ['legit.health'], region: 'europe', source: 'https://qms.legit.health/procedures/GP-009/Templates/T-009-005' }, // client FAQ template (Bilbao): a software-only medical device whose computer-vision AI hospitals and clinics use to assess skin images, by API or web app
    { id: 'dermaprime', name: 'DermaPrime', vendor: 'DermaPrime', category: 'image', domains: ['dermaprime.app'], source: 'https://www.dermaprime.app/legal/ai-disclaimer' }, // AI disclaimer: AI classification of dermoscopic and clinical images, change detection and melanoma depth estimation, with optional dermatologist review
    { id: 'skinscanner-ai', name: 'Skinscanner', vendor: 'Skinscanner LLC', category: 'image', domains: ['skinscanner.ai'], source: 'https://www.skinscanner.ai/privacy' }, // privacy: an AI-powered web application giving automated, non-diagnostic analysis of uploaded skin images, with AI training on by default
    { id: 'skinai-lab', name: 'SkinAI', vendor: 'SkinAI', category: 'image', domains: ['skinailab.com'], source: 'https://skinailab.com/user-manual' }, // user manual: a mobile and web application powered by artificial intelligence that classifies skin lesions from magnified photos
    // --- mental health ---
    { id: 'limbic', name: 'Limbic', vendor: 'Limbic Limited', category: 'chat', domains: ['limbic.ai'], region: 'europe', source: 'https://limbic.ai/blog/class-ii-a' }, // own blog: Limbic Access, an AI mental-health chatbot for NHS Talking Therapies self-referral that uses machine learning, certified as a Class IIa UKCA device
    { id: 'kintsugi-health', name: 'Kintsugi', vendor: 'Kintsugi Mindful Wellness', category: 'audio', domains: ['kintsugihealth.com'], source: 'https://kintsugihealth.com/api/regulatory-and-compliance' }, // regulatory page: Kintsugi Voice, a machine-learning software API that predicts signs of a depressive episode from voice samples for clinicians
    { id: 'ellipsis-health', name: 'Ellipsis Health', vendor: 'Ellipsis Health', category: 'audio', domains: ['ellipsishealth.com'], source: 'https://www.ellipsishealth.com/post/vocal-biomarkers-how-ellipsis-health-reads-between-the-lines-in-mental-health-diagnosis' }, // own blog: vocal-biomarker screening of anxiety and depression built with machine learning, used by health plans and systems
    // --- coding and evidence ---
    { id: 'arintra', name: 'Arintra', vendor: 'Arintra', domains: ['arintra.com'], source: 'https://www.arintra.com/resources/blog/coding-as-intelligence-what-health-organizations-learn-when-ai-reads-every-chart' }, // own blog: an autonomous medical coding platform whose AI reads every chart, extended to CDI and analytics
    { id: 'arkangel-ai', name: 'Arkangel AI', vendor: 'Arkangel AI', category: 'search', domains: ['arkangel.ai'], source: 'https://arkangel.ai/resources/app/real-time-ai-evidence-retrieval-fast-accurate-multilingual-clinical-answers-for-physicians' }, // resources: real-time AI evidence retrieval, a RAG system answering physicians' questions in any language from PubMed and clinical guidelines
  ],
  { checked: CHECKED_C25, region: 'global' },
);
