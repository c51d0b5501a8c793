// Seventeenth session, health pass (2026-12-06, issue 15): health, wellbeing and science AI tools the catalog still
// missed: AI medical, therapy, physio, dental-adjacent and ABA scribes; AI symptom checkers and medical chat; AI
// readers of blood tests and lab reports; AI radiology report drafting and image reading (X-ray, bone age, DICOM, ECG,
// dental radiographs); AI therapy companions, hypnotherapy and sleep audio; AI fitness and nutrition coaches with web
// apps; AI tools for veterinarians and pet owners; and AI for life-science research (evidence search, literature
// verification, molecular discovery).
//
// Leads. 55 look-ups (the whole budget): 54 of the stored `pages` corpus and one of `docs`, by product kind and in the
// words vendors put on their own terms, privacy, AI-disclaimer, intended-use, help and docs pages, in English with
// German, French, Spanish, Portuguese and Japanese queries (those returned news, guides and general EHR features, not
// vendor pages, so every row here came from an English-language page even where the vendor is regional). Every row
// cites such a page, with a path, on the product's own host, and that page says in the vendor's words that the product
// generates, drafts, interprets or answers with AI, machine learning or a named language model. Every host was checked
// with /work/helpers/classify-hosts.mts before it was added; the other c17 data files in the helpers' worktrees were
// grepped so that no host is claimed twice (ResearchWith.ai, read here, is in the docs pass).
//
// Measured with /work/helpers/classify-hosts.mts on the 349 hosts the searches returned (vendors, news, blogs,
// journals and shared hosts alike): 23 classified before (6.6%), 66 after (18.9%).
//
// Left out. Pages that are blogs, articles, glossaries or guides rather than the product's terms or help (soapsuds.io,
// patientsquare.com, yung-sidekick.com, therapydesk.io, supanote.ai, tendly.health, klinity.com, doctorflow.app,
// activescribe.ca, scribeai.health, dictum-app.pro, oracoreai.com, tandemhealth.ai, therapyscribe.ai, vetology.net,
// pawchart.io, secondopinionfromai.com, purna.ai, askmydna.com, nutrola.app, medisynchealth.ai, nebula.med,
// wp.zoemed.ai, verahealth.ai, codeitright.ai, medisma.jp, and droracle.ai's answer pages); mobile-only apps whose
// pages are app terms (Therapify on aipsychologist.app, AI Psychologist 24/7 on asaptera.com, Cheetah AI on
// humanogpt.com, Trainer Gym AI, AI Fitness Agent, DoctorsAppointment.ai, OnlineCare, Sleep AI, SleepFlow, GlucoBot,
// Animedic's forthcoming app, VoiceboxMD's Virtual Scribe, Joii, and AI Nutrition Scan, already left out in c16);
// shared, staging or bare hosts (ai-therapy.pages.dev, a netlify mood journal, a pages.dev copy of blood-test.life,
// an ABA note tool on pages.dev, Symptoma on vercel.app, an ECG gateway on herokuapp.com, the Firebase web.app that
// serves trainersedge.fit, Daib AI on sites.google.com, Doctr on gitbook.io, January's freshdesk help, staging.scite.ai,
// prd.rev.health, and Listen MD AI on a bare IP address); general software with an AI feature (Pet Chart, Dentinotes,
// VGPM, TherapyAppointment, TherapyMate, Zenoti, zHealth, HelloNote, ExorLive, MEDLEY's CLINICS, 7Mind's companion,
// Habit of Living, Find Closure, Health Notes, MyBloodTest, GlucoLab, ImageAssist, HiDoctor, LymeWise, Endo Lab, and
// ScholarFlow, already a c16 trap); pages that do not say the product uses AI, or say it only in the product's name
// (medwriter.ai, Symptify, POIS Compass, MedSearch, RadAssist on reportsrad.org, CalmSpace, Dental AI's scheduling,
// BloodTracer, HumanGeneAI, MetalDrug, Healthily's symptom "chatbot" terms, wellKnell, PharmacyAI, AI DiagMe, Sessions,
// mymedicalimages.com, Glyca, whose analytics are deterministic, and Cardio.AI, whose instructions for use describe
// automatic ECG interpretation without saying how it is made); pages on another party's host (RadDx on
// pettechfinder.com, Medicrawl on linkie.tech, DentalAI on subshield.online, Relisten seen only through a search
// index), a WordPress query page for VisionaryAI's clinic-site intake widget, RadAnalyzer's validation-pilot portal,
// GlycemicGPT's self-hosted docs, PeaceMind's journaling app on heal.peacemind.app (its bare domain was not read,
// so neither host could be claimed on what was seen), and HealthWatch, whose terms sit on its bare homepage; and tools of other kinds
// (PhysioPrep AI, exam preparation; Sleepytime, bedtime stories; gist.science, AI summaries of preprints).
//
// Listed since: PharmacyAI (pharmacyai-app.com), by the twenty-first session's third leads pass
// (long-tail-c21-leads3.ts), from its privacy policy, which says its assistant is processed by OpenAI's API; the trap
// this pass's test set on its terms page was dropped.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C17, defineTools } from './define';

export const longTailC17HealthTools: Tool[] = defineTools(
  'other',
  [
    // --- AI scribes and clinical documentation ---
    { id: 'doctor-scribe-ai', name: 'Doctor Scribe AI', vendor: 'Doctor Scribe AI', category: 'meeting', domains: ['doctorscribe.ca'], source: 'https://doctorscribe.ca/legal.html' }, // legal page: SOAP notes it produces are AI-generated drafts for Canadian and US clinicians
    { id: 'healthscribe-pro', name: 'Healthscribe Pro', vendor: 'Healthscribe Pro', category: 'meeting', domains: ['healthscribe.pro'], source: 'https://healthscribe.pro/legal/terms-of-service' }, // terms: AI-powered medical transcription turning consultation audio into formatted documents
    { id: 'carepilot', name: 'CarePilot', vendor: 'DocuCare Inc.', category: 'meeting', domains: ['carepilot.com'], source: 'https://help.carepilot.com/en/articles/11565540-docucare-inc-s-carepilot-problemassist-usage-policy-provider-terms' }, // help-centre usage policy: CodingAssist reads the encounter transcript with prompted LLM components to suggest ICD-10 and E/M codes
    { id: 'physipal', name: 'PhysiPal', vendor: 'PhysiPal', category: 'meeting', domains: ['physipal.com.au'], source: 'https://physipal.com.au/teesandcees' }, // terms: AI-drafted SOAP notes, summaries and referrals for physiotherapists, audio discarded after transcription
    { id: 'doctores-cloud', name: 'Doctores.cloud', vendor: 'Doctores.cloud', category: 'meeting', domains: ['doctores.cloud'], source: 'https://www.doctores.cloud/terminos.html', region: 'latam' }, // terms (Spanish): SaaS of AI tools for Mexican physicians, including the voice assistant Dr. Atlas
    { id: 'aba-inote', name: 'ABA iNote', vendor: 'ABA iNote', category: 'meeting', domains: ['abainote.org'], source: 'https://abainote.org/legal' }, // terms: AI-assisted session notes for ABA therapists (RBTs, BCBAs), to be reviewed before use
    { id: 'extended-sessions-ai', name: 'Extended Sessions .ai', vendor: 'Extended Sessions .ai', category: 'chat', domains: ['extendedsessions.ai'], source: 'https://extendedsessions.ai/terms.html' }, // terms: a Gemini-powered companion therapists set up for their patients between sessions

    // --- AI symptom checkers, medical chat and lab-report readers ---
    { id: 'healthmatchai', name: 'HealthMatchAI', vendor: 'HealthMatchAI', category: 'chat', domains: ['healthmatchai.com'], source: 'https://www.healthmatchai.com/privacy' }, // privacy: AI symptom triage and doctor-ready summaries, symptoms processed by AI model providers
    { id: 'symptomgpt', name: 'SymptomGPT', vendor: 'SymptomGPT', category: 'chat', domains: ['symptomgpt.ai'], source: 'https://symptomgpt.ai/privacy-policy' }, // privacy: symptom-check conversations sent to OpenAI's API to produce assessments
    { id: 'trove-health-medical-chat', name: 'Trove Health Medical Chat', vendor: 'Trove Health Inc.', category: 'chat', domains: ['trovehealth.io'], source: 'https://www.trovehealth.io/termsofservice' }, // terms: an LLM chat explaining medical concepts and the user's own shared health data
    { id: 'medgpt-me', name: 'MedGPT', vendor: 'MedGPT', category: 'chat', domains: ['medgpt.me'], source: 'https://www.medgpt.me/data-privacy' }, // data-privacy page: uploaded medical reports analysed and explained in the chosen language
    { id: 'labreadai', name: 'LabReadAI', vendor: 'LabReadAI', category: 'other', domains: ['labreadai.com'], source: 'https://labreadai.com/en/ai-disclaimer' }, // AI notice: lab results read and interpreted by machine-learning models without a clinician
    { id: 'blood-test-life', name: 'blood-test.life', vendor: 'Blood Test Life Inc.', category: 'other', domains: ['blood-test.life'], source: 'https://blood-test.life/terms/' }, // terms: a consumer health AI product that turns lab reports into plain-English interpretations
    { id: 'kantesti-piya-ai', name: 'PIYA AI Blood Test Analyzer', vendor: 'PIYA AI (Kantesti)', category: 'other', domains: ['kantesti.net'], source: 'https://www.kantesti.net/terms/' }, // terms: AI blood-test interpretation with a clinical dashboard and an enterprise API
    { id: 'checkmybloods', name: 'CheckMyBloods', vendor: 'CheckMyBloods', category: 'other', domains: ['checkmybloods.com'], source: 'https://www.checkmybloods.com/terms-of-service.php', region: 'europe' }, // terms: upload and analyse blood test results and get AI-powered health insights
    { id: 'glucosensei', name: 'GlucoSensei', vendor: 'GlucoSensei', category: 'other', domains: ['glucosensei.com'], source: 'https://app.glucosensei.com/privacy' }, // privacy: AI-powered glucose predictions and insights from meal logs and photos

    // --- AI radiology, imaging and signal reading ---
    { id: 'myradagent', name: 'MyRadAgent', vendor: 'MyRadAgent', category: 'writing', domains: ['myradagent.ai'], source: 'https://myradagent.ai/privacy' }, // privacy: radiology report drafts generated by OpenAI, Anthropic and Gemini models after PHI redaction
    { id: 'radiology-report-ai', name: 'Radiology Report AI', vendor: 'Radiology Report AI', category: 'writing', domains: ['radiologyreportai.in'], source: 'https://www.radiologyreportai.in/privacy', region: 'india' }, // privacy: a cloud AI-powered radiology reporting system with voice dictation
    { id: 'report-rad-ai', name: 'Report Rad AI', vendor: 'Report Rad AI', category: 'writing', domains: ['reportradai.com'], source: 'https://www.reportradai.com/privacy' }, // privacy: generates radiology reports from dictated findings and works on its AI model accuracy
    { id: 'radcloud-ai', name: 'RadCloudAI', vendor: 'RadCloudAI', category: 'writing', domains: ['radcloud.net'], source: 'https://radcloud.net/intended-use' }, // intended-use page: LLM and vision models draft structured radiology reports and impressions
    { id: 'radiusmd-ai', name: 'RadiusMD.Ai', vendor: 'RadiusMD.Ai', category: 'writing', domains: ['radiusmd.ai'], source: 'https://radiusmd.ai/terms-of-service' }, // terms: AI-assisted medical reporting tools for radiology practices
    { id: 'chirorad-ai', name: 'ChiroRad.ai', vendor: 'ChiroRad.ai', category: 'writing', domains: ['chirorad.ai'], source: 'https://chirorad.ai/privacy/' }, // privacy and terms: uploaded X-rays let the AI draft a radiology report
    { id: 'xray-interpreter', name: 'X-ray Interpreter', vendor: 'X-ray Interpreter', category: 'image', domains: ['xrayinterpreter.com', 'xrays.ai', 'xraygpt.com', 'ctgpts.com', 'mriagi.com'], source: 'https://xrayinterpreter.com/privacy' }, // privacy: AI-powered medical image interpretation, which the policy says is also served on xrays.ai, xraygpt.com, ctgpts.com and mriagi.com
    { id: 'osify-ai', name: 'Osify AI', vendor: 'Osify AI', category: 'image', domains: ['osifyai.com'], source: 'https://osifyai.com/en/terms' }, // terms: estimates bone age from radiographs with AI algorithms for doctors
    { id: 'botkin-oncore', name: 'Botkin Oncore', vendor: 'Intellogic LLC (Botkin.AI)', category: 'image', domains: ['botkin.ai'], source: 'https://botkin.ai/en/dicom-ai-viewer-botkin-oncore-user-agreement/', region: 'russia' }, // user agreement of the DICOM AI viewer Botkin Oncore
    { id: 'pearl-second-opinion', name: 'Pearl Second Opinion', vendor: 'Pearl', category: 'image', domains: ['hellopearl.com'], source: 'https://www.hellopearl.com/so-setup-guide/reading-ai-detections' }, // setup guide: AI detections boxed on dental radiographs with confidence colours

    // --- AI therapy companions, hypnotherapy and sleep audio ---
    { id: 'therapy-with-ai', name: 'Therapy with AI', vendor: 'Alexander Hähnel', category: 'chat', domains: ['therapy-with-ai.com'], source: 'https://therapy-with-ai.com/terms-of-use', region: 'europe' }, // terms: a German platform of AI-assisted self-help conversations ("Therapie mit KI")
    { id: 'hypnothera', name: 'Hypnothera', vendor: 'El Sueno LLC', category: 'audio', domains: ['hypnothera.ai'], source: 'https://hypnothera.ai/terms' }, // terms: an LLM writes personalised hypnotherapy and meditation scripts voiced by AI voices
    { id: 'sleepmantra', name: 'SleepMantra', vendor: 'SleepMantra', category: 'audio', domains: ['sleepmantra.net'], source: 'https://www.sleepmantra.net/acceptable-use' }, // acceptable-use policy: users generate personalised sleep mantras and audio with its AI

    // --- AI fitness and nutrition coaches ---
    { id: 'trainersedge-fit', name: 'AI Trainer Assistant (TrainersEdge)', vendor: 'AI Trainer Assistant', category: 'chat', domains: ['trainersedge.fit'], source: 'https://trainersedge.fit/privacy-policy.html' }, // privacy: AI-generated workout and meal plans for trainers' clients (the app itself runs on a shared web.app host)
    { id: 'pt-lab', name: 'PT Lab', vendor: 'Performance Training Lab', category: 'chat', domains: ['ptlabapp.com'], source: 'https://ptlabapp.com/terms' }, // terms: AI suggests personalised workout routines for coaches and self-coached athletes
    { id: 'nutrig', name: 'Nutrig', vendor: 'Nutrig', category: 'chat', domains: ['nutrig.app'], source: 'https://nutrig.app/terms' }, // terms: an AI-powered meal planner building weekly menus in its web app
    { id: 'nutriflex-ai', name: 'NutriFlex AI', vendor: 'NutriFlex AI LLC', category: 'chat', domains: ['nutriflexai.com', 'nutriflex.ai'], source: 'https://nutriflexai.com/terms-conditions' }, // terms: AI-generated nutrition, fitness and recovery insights; names app.nutriflex.ai as its web app
    { id: 'goodfitcoach-ai', name: 'GoodFitCoach AI', vendor: 'GoodFitCoach AI', category: 'chat', domains: ['goodfitcoach.ai'], source: 'https://goodfitcoach.ai/privacy' }, // privacy: coach chat and meal-photo analysis sent to OpenAI's API
    { id: 'jadofit', name: 'JadoFit', vendor: 'JadoFit', category: 'chat', domains: ['jadofit.com'], source: 'https://jadofit.com/en/privacy-policy' }, // privacy: training and nutrition plans, optional body photos deleted after AI processing

    // --- AI for veterinarians and pet owners ---
    { id: 'pet24-7-vetassist', name: 'VetAssist (Pet 24-7)', vendor: 'Pet 24-7 Global Ltd', category: 'chat', domains: ['pet24-7.com'], source: 'https://www.pet24-7.com/terms-and-conditions-of-use' }, // terms: VetAssist uses AI for veterinary guidance and decision support for owners and vets
    { id: 'vetami-ai-tools', name: 'VetAmi AI Tools', vendor: 'VetAmi', category: 'image', domains: ['ai.vetami.pk'], source: 'https://ai.vetami.pk/terms.html' }, // terms: breed checker, medicine checker and X-ray or lab-report explainer on third-party AI models (subdomain only)
    { id: 'vetai-app', name: 'VetAI', vendor: 'VetAI', category: 'chat', domains: ['vetai.app'], source: 'https://vetai.app/en/anvandarvillkor', region: 'europe' }, // terms (Swedish service): an AI-based information service answering pet owners
    { id: 'vetera', name: 'Vetera', vendor: 'Vetera', category: 'agents', domains: ['veteravet.com'], source: 'https://veteravet.com/terms' }, // terms: an AI-powered veterinary assistant for pre-screening and record analysis
    { id: 'vetai-diagnostics', name: 'VetAI Diagnostics', vendor: 'VetAI Diagnostics', category: 'other', domains: ['vetaidiagnostics.pro'], source: 'https://www.vetaidiagnostics.pro/en/terms', region: 'europe' }, // terms: a web service giving veterinarians AI interpretations of laboratory data

    // --- AI for life-science research ---
    { id: 'deep-evidence', name: 'Deep Evidence', vendor: 'AnestCopilot LTDA', category: 'search', domains: ['deepevidence.ai'], source: 'https://www.deepevidence.ai/en/terms-of-service', region: 'latam' }, // terms: a Brazilian AI platform answering life-science professionals' evidence questions
    { id: 'intelectra', name: 'Intelectra', vendor: 'Intelectra', category: 'search', domains: ['intelectra.ai'], source: 'https://intelectra.ai/terms' }, // terms: surfaces and verifies PubMed literature with third-party language-model and reranking providers
    { id: 'molforge', name: 'MolForge', vendor: 'MolForge', category: 'other', domains: ['molforge.ai'], source: 'https://molforge.ai/terms' }, // terms: an AI-native molecular discovery platform whose predictions are AI-generated (Gemini, Vertex AI)
  ],
  { checked: CHECKED_C17 },
);
