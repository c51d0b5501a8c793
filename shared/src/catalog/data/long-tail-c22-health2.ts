// Twenty-second session, second health pass (2026-12-07, helper `health2`): AI products for healthcare and wellbeing
// that no entry claimed yet, beside the seventeenth session's health pass (data/long-tail-c17-health.ts) and the
// twentieth session's clinic and lifestyle passes (data/long-tail-c20-clinic.ts, data/long-tail-c20-lifestyle.ts), whose
// rows are not repeated here. Here: AI scribes and note writers for veterinarians and psychotherapists (Vetsie,
// Talkingvet, TailScript, TheraPro) and an AI platform for behavioural-health clinicians (Eleos Health); AI prior
// authorisation (Cohere Health), autonomous and AI-native medical coding and charge capture (Nym, Fathom, CodeSync);
// patient-facing AI insurance-appeal drafters (Counterclaim, ClearCost Appeals, AppealAI); AI pathology offered as a web
// service (Path-iQ, PathOs); AI radiology software and reporting (Annalise.ai, Rad AI, VIRad.AI); AI for dentists and
// dental screening (VideaHealth, Overjet, AI Dent, Dentist AI, Toothlens); a patient-facing AI health assistant for the
// MENA region (Clinovate); an AI medical interpreter (No Barrier); and AI agents for healthcare practices (Applied AI –
// Healthcare).
//
// Leads. 45 look-ups of the stored `pages` corpus (the whole budget). Kind-by-kind queries in the words vendors use on
// their own privacy, terms, BAA and AI pages (ambient scribes, prior authorisation, dental notes, veterinary SOAP notes,
// therapists' progress notes, medical coding, symptom checkers, pharmacy AI, pathology and teleradiology SaaS, AI
// therapists, nutrition and fitness coaches, speech and occupational therapy, home-health OASIS notes, insurance denial
// appeals, medical-record summaries, medical interpreting, clinical-trial matching) returned mostly guides, news and
// products already listed; queries in German, French, Spanish, Portuguese, Italian, Japanese and Korean returned news
// and hospital announcements only (leads below). What worked best came last: the classifier was run over about a
// hundred well-known health-AI vendors' hosts (no look-up), and the unlisted ones were searched by name in groups of the
// same kind, which found the vendors' own privacy pages, AI principles, technology pages and blogs. Every row cites a
// page, with a path, on the product's own host (for CodeSync its u. subdomain, under the claimed domain), and each page
// says in the vendor's words that the product generates, transcribes, codes, detects or answers with AI, machine
// learning, deep learning or a language model. The blog pages cited (Rad AI, VideaHealth, Overjet, Fathom, No Barrier)
// are the vendors' own posts about their own products. Hosts were run through /work/helpers/classify-hosts.mts and names
// grepped in data/ and in the other twenty-second-session worktrees first.
//
// Measured with /work/helpers/classify-hosts.mts on the 294 hosts the searches returned (vendors, news, guides,
// journals, clinics and shared hosts alike, in /work/helpers/out/health2-hosts.txt): 19 classified before (6.5%),
// 49 after (16.7%).
//
// Already listed and left to their entries: Owl (owlpov.com), Vetera, VetNotes, VetRec, OralChart, RadCloudAI,
// MyRadAgent, X-ray Interpreter, Trove Health, therappai, Peacify, The Diet Science, Ash (talktoash.com), AccuCode AI,
// CallSphere, Retell, VirtualWorkforce.ai, Infinitus and Assort Health.
//
// Same names: Fathom (fathomhealth.com, `fathom-health-coding`), autonomous medical coding, is not the Fathom meeting
// notetaker (fathom.video), and Cohere Health (coherehealth.com) is not the Cohere model developer (cohere.com); both
// namesakes keep their own entries.
//
// Doubtful rows: TailScript's terms sit on pageanimalhealth.com, the site of its operator Page Animal Health LLC, which
// the searches showed only as TailScript's home, so the whole domain is claimed; Dentist AI's policy names
// dentistai.app as its support address, but only dentistaiapp.com, the page's host, is claimed; Clinovate's AI-safety
// page names no legal entity, so the vendor is the product name; Eleos Health's FAQ speaks of "Eleos, AI" and its AI
// studies rather than of one model, but the whole page is the vendor's account of its behavioural-health AI.
//
// Left out. Pages that do not say the product uses AI, or only in its name (appealit.ai, scribenote.com's policy,
// pathai.com's policy, deepathology.ai, imagebiopsy.com, biophy.ai, codahx.com, insighthealth.ai, denti.ai,
// therabeenotes.com, chatbotformentalhealth.com, ausculto.ai, whose terms describe local draft generation without
// saying AI, support.nestmed.com's ambient scribe page, neurtureapp.com's AI-safety essay); claimback.app, whose blog
// names itself among AI tools without saying it uses AI; a pre-launch policy (insuredefense.com, "to be reviewed by
// counsel before launch"); placeholders and drafts (lumenhealth.app's "[LAUNCH DATE]", nmpsychnote.com again);
// staging and experimental hosts (staging-ambient.agent.scanbo.ai, medicalagent.online as the c21 leads3 pass decided);
// mobile-only apps whose pages are app policies (foodcounter.app, haomun.com's AI NutriSnap, penguinlabs.cc,
// apps.devskin.com, lookafterai.health, slothmd.io, 1dentist.in, medical.26.systems' AI Radiologist); bare homepages
// (toothhelper.org, ortofeai.net, healthwatch4u.com); general products where AI is one feature (blueprint.ai's free
// EHR with an AI assistant, getnutriply.com's dietitian platform, mealstack.io, peakgevityapp.com, mercurie.ai's
// record search, skillbuilder.club's practice CRM, simplepractice.com's AI add-on, api.vetincloud.com, pet-chart.com,
// medley-cloud.com and CLINICS, as earlier passes decided); general voice-AI vendors outside health (goyappr.com,
// vaiu.ai, omind.ai: leads for an agents pass); `?p=` pages (visionaryai.ca, fynovatech.com; on the claimed hosts,
// coherehealth.com's and eleos.health's `?p=` copies were not cited, the pages with paths were); and shared
// platforms (pages.dev, workers.dev, github.io, gitbook.io and beehiiv copies in the test's traps).
//
// Leads for later: Paige (Tempus), Mindpeak, Techcyte, Ibex, Deep Bio and Radiobotics, met only in news, regulators'
// pages and third-party profiles; K Health, Augmedix, CodaMetrix, AKASA, Talkatoo and Scribenote, whose own pages the
// searches did not return with AI wording; doctorassistant.ai (Brazil), eudaria.de (Germany, again), Intonate
// (Switzerland), Loquii and PraxySanté (France), Davinci Salute and MioDottore's Noa notes (Italy), Itaca and Aida
// (Spain), Precision's "今日のAI音声認識" (Japan), Naver's Voice Med and KAI-LAB's Doctor Pencil (Korea), all seen only
// in news; usehasp.com and medisphere.health, whose products the articles did not name; and dentistai.app, Dentist
// AI's other host.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C22, defineTools } from './define';

export const longTailC22Health2Tools: Tool[] = defineTools(
  'other',
  [
    // --- AI scribes and note writers for veterinarians and therapists ---
    { id: 'vetsie', name: 'Vetsie', vendor: 'Vetsie Corp.', category: 'writing', domains: ['vetsie.com'], source: 'https://www.vetsie.com/terms-of-use/' }, // terms: a clinical AI assistant for veterinary professionals that generates SOAP notes and discharge summaries, to be verified before use
    { id: 'talkingvet', name: 'Talkingvet', vendor: 'Talkingvet Inc.', category: 'meeting', domains: ['talkingvet.com'], source: 'https://talkingvet.com/chrome-extension-privacy-policy/' }, // extension privacy: records and transcribes veterinary encounters using artificial intelligence and inserts AI-generated clinical notes into the PIMS
    { id: 'tailscript', name: 'TailScript', vendor: 'Page Animal Health LLC', category: 'writing', domains: ['pageanimalhealth.com'], source: 'https://www.pageanimalhealth.com/terms.html' }, // terms: software that uses artificial intelligence to turn veterinary clinical notes into client-friendly reports
    { id: 'therapro-ai', name: 'TheraPro', vendor: 'TheraPro AI, Inc.', category: 'meeting', domains: ['therapro.ai'], source: 'https://www.therapro.ai/terms-of-service/' }, // terms: tools based on artificial intelligence that summarise psychotherapists' sessions and give insights
    { id: 'eleos-health', name: 'Eleos Health', vendor: 'Eleos Health', category: 'meeting', domains: ['eleos.health'], source: 'https://eleos.health/ai-frequently-asked-questions/' }, // AI FAQ: behavioural-health AI for providers, embedded in web EHRs through a browser extension
    // --- AI prior authorisation, medical coding and charge capture ---
    { id: 'cohere-health', name: 'Cohere Health', vendor: 'Cohere Health', category: 'agents', domains: ['coherehealth.com'], source: 'https://www.coherehealth.com/guiding-principles-of-ai' }, // guiding principles of AI: AI-powered prior authorisation that approves or pends requests and explains why
    { id: 'nym-health', name: 'Nym', vendor: 'Nym Health', domains: ['nym.health'], source: 'https://nym.health/autonomous-coding/the-technology' }, // technology page: an autonomous medical coding engine on machine-learning models and clinical ontologies
    { id: 'fathom-health-coding', name: 'Fathom (medical coding)', vendor: 'Fathom', domains: ['fathomhealth.com'], source: 'https://www.fathomhealth.com/insights/the-difference-between-medical-coding-automation-and-computer-assisted-coding' }, // own insights post: an AI-powered medical coding service that codes charts without coders
    { id: 'codesync-health', name: 'CodeSync', vendor: 'CodeSync Health, Inc.', domains: ['codesync.ai'], source: 'https://u.codesync.ai/privacy-policy' }, // privacy: an AI-native healthcare company's charge-capture platform and AI-native billing intelligence
    // --- Patient-facing AI insurance-appeal drafters ---
    { id: 'counterclaim-help', name: 'Counterclaim', vendor: 'Counterclaim', category: 'writing', domains: ['counterclaim.help'], source: 'https://www.counterclaim.help/disclaimer' }, // disclaimer: an AI drafting tool turning a denial letter or EOB into a draft appeal with five prompts on a large language model
    { id: 'clearcost-appeals', name: 'ClearCost Appeals', vendor: 'ClearCost Appeals', category: 'writing', domains: ['clearcostappeals.com'], source: 'https://clearcostappeals.com/privacy' }, // privacy: an AI-powered tool that generates insurance denial appeal documents
    { id: 'appealai-cc', name: 'AppealAI', vendor: 'AppealAI', category: 'writing', domains: ['appealai.cc'], source: 'https://appealai.cc/privacy' }, // privacy: an AI-powered insurance appeal letter generator; inputs shared with its AI model provider
    // --- AI pathology and radiology ---
    { id: 'path-iq', name: 'Path-iQ', vendor: 'Path-iQ Intelligence', category: 'image', domains: ['pathiq.in', 'pathiq.space'], source: 'https://pathiq.in/legal/ai-disclaimer.html' }, // AI disclaimer: AI modules surface regions, segment and count on digital pathology slides for pathologist review; the privacy page names pathiq.space as its web app
    { id: 'pathos-io-kr', name: 'PathOs', vendor: 'PathOs', category: 'image', domains: ['pathos.io.kr'], region: 'korea', source: 'https://pathos.io.kr/main/policies-terms' }, // terms (Korean law): a human-in-the-loop, no-code pathology AI service that trains segmentation models on whole-slide images
    { id: 'annalise-ai', name: 'Annalise.ai', vendor: 'Annalise-AI Pty Ltd', category: 'image', domains: ['annalise.ai'], source: 'https://annalise.ai/privacy-policy/' }, // privacy (Australian Privacy Act): AI-enabled medical imaging software for radiologists and clinicians
    { id: 'rad-ai', name: 'Rad AI', vendor: 'Rad AI', category: 'writing', domains: ['radai.com'], source: 'https://www.radai.com/blogs/from-the-inside-faq-with-engineering' }, // own blog: AI that drafts radiology impressions trained on each radiologist's preferences, and OmniBox reporting
    { id: 'virad-ai', name: 'VIRad.AI', vendor: 'VIRad.AI Medical LLC', category: 'search', domains: ['virad.ai'], source: 'https://virad.ai/privacy.html' }, // privacy: AI-powered clinical responses from an AI processing provider, with medical-literature search
    // --- AI for dentists and dental screening ---
    { id: 'videahealth', name: 'VideaHealth', vendor: 'VideaHealth', category: 'image', domains: ['videa.ai'], source: 'https://videa.ai/blog-posts/ai-101-for-the-dental-industry' }, // own blog (read as stored over http): deep-learning techniques on dental X-ray images
    { id: 'overjet', name: 'Overjet', vendor: 'Overjet', domains: ['overjet.com'], source: 'https://www.overjet.com/blog/how-dental-ai-ensures-consistent-insurance-information-capture' }, // own blog: Overjet's dental AI software automates insurance benefit verification
    { id: 'ai-dent-global', name: 'AI Dent', vendor: 'Ai Dent', category: 'image', domains: ['aidentglobal.com'], source: 'https://aidentglobal.com/privacy-policy' }, // privacy: a cloud service analysing dental X-rays in real time with AI (deep learning)
    { id: 'dentist-ai-app', name: 'Dentist AI', vendor: 'Dentist AI', category: 'image', domains: ['dentistaiapp.com'], source: 'https://www.dentistaiapp.com/privacy-policy' }, // privacy (GDPR): AI-driven analysis of uploaded clinical images, CBCT and STL files with treatment suggestions
    { id: 'toothlens', name: 'Toothlens', vendor: 'Toothlens Inc.', category: 'image', domains: ['toothlens.com'], source: 'https://toothlens.com/terms-of-use' }, // terms: SmartCheck, an AI-powered dental pre-diagnostic tool on smartcheck.toothlens.com and an app
    // --- Patient-facing AI assistant, medical interpreting and practice agents ---
    { id: 'clinovate-mena', name: 'Clinovate', vendor: 'Clinovate MENA', category: 'chat', domains: ['clinovate-mena.com'], region: 'middle-east', source: 'https://clinovate-mena.com/ai_safety' }, // AI safety page: AI agents read typed symptoms and uploaded reports (OCR) and answer with retrieval and memory
    { id: 'no-barrier-ai', name: 'No Barrier', vendor: 'No Barrier', category: 'translation', domains: ['nobarrier.ai'], source: 'https://nobarrier.ai/post/complete-guide-evaluating-ai-medical-interpreter-solutions-for-healthcare-organizations' }, // own white paper: written by No Barrier, "an AI medical interpreter solution" for healthcare organisations
    { id: 'applied-ai-healthcare', name: 'Applied AI – Healthcare', vendor: 'Applied AI', category: 'agents', domains: ['appliedaihealth.org'], source: 'https://appliedaihealth.org/privacypolicy' }, // privacy: AI agents and automations (voice, chat, SMS, call handling, scheduling) for US healthcare practices
  ],
  { checked: CHECKED_C22 },
);
