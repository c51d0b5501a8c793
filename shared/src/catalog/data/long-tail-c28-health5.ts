// Twenty-eighth session, fifth health pass (2026-12-08, helper `health5`): AI products in health and care that no
// entry claimed yet, beside the earlier health passes (data/long-tail-c17-health.ts, long-tail-c20-clinic.ts,
// long-tail-c22-health2.ts, long-tail-c23-health3.ts, long-tail-c25-health4.ts), whose rows are not repeated here.
// The scribe and clinic ground those passes covered is close to exhausted, so this pass went to the consumer and
// carer end: AI check-in calls and SMS support for families caring for older people (Family Guardian AI, GiveCare,
// CareAI); AI support for parents of autistic children (AutiPower, AutiCare) and for adults with ADHD (My ADHD Path,
// Harmony AI) or OCD (deOCDfai, MEOK AI); an AI companion used for speech practice after a stroke (Elderberry
// Companion) and an AI sentence reconstructor for people with aphasia (Aphasay); AI readers of lab results
// (LabAIsistant, VitalsGraph); AI insights for endometriosis and hormonal health (Endometriosis Companion, FemWiseIQ);
// AI-generated cancer answers grounded in guidelines (OpenCancer); and, for professionals, AI documentation for
// special-education clinicians (SPEDScribe), dietitians (NutriFind), assisted-living caregivers (CareTraceAI), spine
// and pain practices (MLS Scribe) and therapists filling EHR forms (SOAP Note Buddy).
//
// Leads. 38 look-ups, all `search` calls in the stored `pages` corpus, counted as they were made. Queries, in the
// words vendors use on their own privacy, terms, AI-transparency and disclaimer pages: AI companions for seniors and
// caregivers; calorie estimates from food photos; clinical-trial matching; AI therapists and crisis wording; veterinary
// AI notes; pharmacists' AI assistants; caregiver apps for dementia; physiotherapy exercise programmes; "not a
// substitute for professional medical advice" with lab results; pet symptom checkers; fertility and pregnancy
// assistants; nurse shift handoffs; prior authorisation; skin and mole photos; speech-therapy and IEP notes; medical
// chronologies for injury lawyers; radiology reports explained to patients; dietitians' meal plans; ADHD coaches on
// Claude; dental radiograph second opinions; post-discharge calls; autism parenting; IBS and FODMAP; grief companions;
// Norwegian journal-writing (AI journalføring); home-care visit notes; billing-denial appeals; cancer navigation; baby
// and parenting questions; diabetes assistants; EHR scribe browser extensions; Scribeable's own terms; allied-health
// scribes and their subprocessors; aphasia practice; chronic pain; OCD and exposure therapy; PCOS and endometriosis;
// and pre-visit intake summaries. Every row cites a page with a path on the product's own host where the vendor says
// the product answers, generates, transcribes or analyses with AI, a language model or a named model provider (OpenAI,
// Anthropic, Google Gemini). Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/ first.
//
// Measured with /work/helpers/classify-hosts.mts on the 245 hosts the searches returned (vendors, guides, journals,
// news, clinics, regulators and shared hosts alike, in /work/helpers/out/health5-hosts.txt): 32 classified before
// (13.1%), 53 after (21.6%).
//
// Already listed and left to their entries: CareFriend, MyLGHealth, LabReadAI, blood-test.life, VetNotes, Talkingvet,
// Tandem Health, iatrox, VetAmi's AI tools (ai.vetami.pk), Pet 24-7, PetPal, RadiusMD.Ai, RadCloudAI, The Diet
// Science, GlucoSensei, Pearl Second Opinion, Bolti, CallSphere, MedAppeals, Counterclaim, ScribeMD.ai, ScribeAI,
// Scribbix, Doctor Scribe AI, Mediscribe Pro, Clinical Notes AI, Therapy Scribe and TherapyScribe.AI, and the Medivox
// pages earlier passes keep as traps.
//
// Listed here after being a trap: labaisistant.com was kept out by the twenty-sixth session's india4 pass, whose
// Hindi policy said AI only in the name (lookalikes-c26-india4.test.ts); its Telugu terms, read here, call the service
// an AI-based platform that explains lab reports and define the "AI summary" it generates, so it is a row (region
// india) and that trap was dropped with /work/helpers/droptrap.py.
//
// Doubtful rows. CareAI's AI-transparency notice says the service "may use" AI-assisted features (chat answers on
// medications, distress detection, summaries) depending on enabled modules; the chat is the product's core, so it is a
// row. SPEDScribe's AI-transparency page is marked as a pre-launch document (an attorney-reviewed version to follow
// before student data is processed), but it describes the product's own Clinical Intelligence Engine drafting
// documentation from session transcripts, so it is a row rather than a placeholder. VitalsGraph, AutiCare and Aphasay
// speak of "the app" without saying whether it is web or mobile; none names an app store, so they are rows (the
// mobile-only apps met are left out below, as earlier passes did). NutriFind is practice-management software for
// dietitians, but four of its five permitted uses are AI outputs (meal plans, progress reports, client emails, menu
// analyses), so it is a row in the europe region (UK GDPR). MEOK AI is read from its founder's blog post on AI support
// for OCD, which says MEOK AI LABS is built for it; the host is claimed on that post, and it stays global. Elderberry
// Companion is read from its own resources page on stroke speech practice with "our AI companion". OpenCancer is read
// from one of its own answer pages, which says the answer was generated by AI grounded in NCCN guidelines. Family
// Guardian AI names two individuals as its operators; the vendor is the product's name.
//
// Left out. Mobile-only apps whose pages speak of the app alone (CaloriQ on calorieq.ai, Foody-AI, Calorie AI on
// penguinlabs.cc, GetFerti, Conceivable's Kai, ADHD Journal on adhdjournal.app, neurOS on getneuros.app, StrokeVoice,
// PCOS Coach on pcospeach.app, MyEndo's Stella, EndoGlow, HealthLab, DietAlgo, GlucoBell, DiabEats, Cat & Dog Health
// Diary on home.pethealthy.app, Animedic's forthcoming app); pages that do not say the product uses AI, or say it only
// in the name (careific.app, wecareapp.org's "standard visual analysis", food-diary-online.com's prediction algorithm,
// endoinsight.app, tryflourish.ai's evidence page, ocdsensai.com, scribeable.ai's extension and acceptable-use terms,
// onestepscribe.com's beta terms, codebluemd.com's NeoDoc SafeKey, ai.skindx.net, fertilai.com); a draft (dermai.skin's
// "product-ready draft language" to be reviewed before launch: a lead, not trapped); general products where AI is one
// feature (carecade.org's home-care operations platform, autism-and-friends.com's Parent Helper AI, Pet Chart, Zenoti,
// ExorLive, peakgevityapp.com, as before); a policy on another host (MyHormoneAI's on sev7en.io: myhormoneai.com is a
// lead); a company site whose AI appeals platform lives elsewhere (hcmar.com for hcmappeals.com: a lead); content sites
// (petdiagnose.com's AI-written articles, momaiagent.com, already a trap); `?p=` and placeholder pages
// (fynovatech.com's NutriAI, "[Date]"; legalpower.ai); developers' general hosts (lessappstudio.com, apppage.co,
// consulen.com); shared platforms (notion.site, web.app, github.io, pages.dev, sites.google.com, convex.site,
// mintlify.wiki); agencies, guides and prompt libraries (inferensys.com, krasa.ai, grow2.ai, allstartech.net,
// aveecare.com, simbo.ai, findskill.ai, aigrants.in, slpio.org); and journals, news, regulators and clinics.
//
// Leads for later: hcmappeals.com (AI insurance-appeal correspondence, seen only in its operator's BAA on hcmar.com),
// myhormoneai.com (AI hormone-panel recommendations on Google Gemini, seen only on sev7en.io), dermai.skin (AI skin
// scans, draft policy), strokevoice.com (a conversational AI practice partner for aphasia, app-store distributed),
// spicyminds.org's Hazel (an AI parenting platform for neurodivergent children, seen only in a validation report),
// medcol.io (AI-guided pre-visit conversations, seen only on its blog), metrovolo.com (AI prior-authorisation
// letters, blog only), kolsense.ai and yuverse.ai (healthcare voice agents, guides only), the legal-side medical
// chronology vendors areslegal.ai, casesolo.com and zedly.ai (blog pages only), and Scribeable (scribeable.ai), whose
// terms read do not say AI.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C28, defineTools } from './define';

export const longTailC28Health5Tools: Tool[] = defineTools(
  'chat',
  [
    // --- caregivers and older people ---
    { id: 'family-guardian-ai', name: 'Family Guardian AI', vendor: 'Family Guardian AI', category: 'agents', domains: ['familyguardian.ai'], source: 'https://www.familyguardian.ai/legal/privacy' }, // privacy: AI-powered daily check-in calls to elderly relatives, with transcripts, AI-generated summaries and mood scores for the family
    { id: 'givecare', name: 'GiveCare', vendor: 'GiveCare', domains: ['givecareapp.com'], source: 'https://www.givecareapp.com/privacy' }, // privacy: an AI-powered SMS caregiving support platform whose agent, Mira, answers caregivers' messages with Google Gemini
    { id: 'careai-app', name: 'CareAI', vendor: 'CareAI', domains: ['careai.app'], source: 'https://careai.app/en/legal/ai-transparency' }, // AI transparency notice: AI chat answers on medications and health topics for seniors, families and doctors, AI summaries and distress detection
    { id: 'caretrace-ai', name: 'CareTraceAI', vendor: 'CareTraceAI', category: 'productivity', domains: ['caretrace.ai'], source: 'https://caretrace.ai/medical-consent' }, // consent form: assisted-living caregivers speak notes that AI transcribes and a second AI system organises into structured care notes
    // --- neurodivergence and mental health ---
    { id: 'autipower', name: 'AutiPower', vendor: 'AutiPower', domains: ['autipower.com'], source: 'https://www.autipower.com/privacy' }, // privacy: an AI-powered autism parenting support platform; child profiles personalise the AI's responses
    { id: 'auticare', name: 'AutiCare', vendor: 'AutiCare', domains: ['auticare.app'], source: 'https://auticare.app/privacy' }, // privacy: Luna, an AI companion for families on the autism journey; messages to Luna are processed to answer
    { id: 'my-adhd-path', name: 'My ADHD Path', vendor: 'Creative Sauce Ltd', region: 'europe', domains: ['myadhdpath.co.uk'], source: 'https://myadhdpath.co.uk/privacy' }, // privacy (UK GDPR): Pro users chat with an AI that keeps conversation context, beside an ADHD journey tracker
    { id: 'harmony-ai-adhd', name: 'Harmony AI', vendor: 'ADHD Harmony B.V.', region: 'europe', domains: ['adhdharmony.com'], source: 'https://www.adhdharmony.com/privacy' }, // privacy (GDPR, KvK): Harmony AI at app.adhdharmony.com, AI coaching with AI agents Sage, Coach and Guide
    { id: 'deocdfai', name: 'deOCDfai', vendor: 'deOCDfai', domains: ['deocdfai.com'], source: 'https://deocdfai.com/privacy.php' }, // privacy: a self-support chat platform for moments of uncertainty; messages are processed by AI providers to generate responses
    { id: 'meok-ai', name: 'MEOK AI', vendor: 'MEOK AI LABS', domains: ['meok.ai'], source: 'https://www.meok.ai/blog/ai-for-ocd-support' }, // founder's blog: MEOK AI LABS is built to give between-session AI support for OCD without feeding compulsions
    // --- speech, stroke and aphasia ---
    { id: 'elderberry-companion', name: 'Elderberry Companion', vendor: 'Elderberry Companion', domains: ['elderberrycompanion.ai'], source: 'https://elderberrycompanion.ai/resources/stroke-recovery-speech-practice' }, // resources: a stroke survivor practises speaking with "our AI companion"; shorter AI responses and longer waits are being built
    { id: 'aphasay', name: 'Aphasay', vendor: 'Aphasay', category: 'audio', domains: ['aphasay.com'], source: 'https://www.aphasay.com/privacy' }, // privacy: speech is transcribed with OpenAI's gpt-4o-transcribe and reconstructed into sentences by GPT-4o for people with aphasia
    // --- lab results, women's health and cancer ---
    { id: 'labaisistant', name: 'LabAIsistant', vendor: 'LabAIsistant', category: 'other', region: 'india', domains: ['labaisistant.com'], source: 'https://labaisistant.com/te/terms' }, // terms (Telugu): an AI-based platform that explains uploaded lab reports in simple language; "AI summaries" are generated by the service
    { id: 'vitalsgraph', name: 'VitalsGraph', vendor: 'VitalsGraph', category: 'other', domains: ['vitalsgraph.com'], source: 'https://www.vitalsgraph.com/ai-disclaimer' }, // AI disclaimer: large language models write plain-language explanations of blood biomarkers, trend analyses and health summaries
    { id: 'endometriosis-companion', name: 'Endometriosis Companion', vendor: 'Endometriosis Companion', category: 'other', domains: ['endometriosiscompanion.com'], source: 'https://www.endometriosiscompanion.com/privacy.html' }, // privacy: AI-generated observational insights from logged symptoms, cycles and meals, processed by OpenAI
    { id: 'femwiseiq', name: 'FemWiseIQ', vendor: 'FemWiseIQ LLC', category: 'search', domains: ['femwiseiq.ai'], source: 'https://www.femwiseiq.ai/privacy' }, // privacy: AI-powered insights and Ask answers relating peer-reviewed hormonal-health research to the user's context
    { id: 'opencancer', name: 'OpenCancer', vendor: 'OpenCancer', category: 'search', domains: ['opencancer.ai'], source: 'https://opencancer.ai/answers/how-can-ai-help-cancer-patients-and-caregivers-deal-with-the-5f7c98b956784e8a9da560e84b0ded32' }, // answer page: "generated by AI grounded in NCCN guidelines and published medical literature" for patients and caregivers
    // --- professionals ---
    { id: 'spedscribe', name: 'SPEDScribe', vendor: 'SPEDScribe', category: 'productivity', domains: ['spedscribe.ai'], source: 'https://www.spedscribe.ai/ai-transparency' }, // AI transparency (pre-launch): a Clinical Intelligence Engine drafts SLP, OT, psychology and IEP documentation from de-identified transcripts
    { id: 'nutrifind', name: 'NutriFind', vendor: 'NutriFind', category: 'productivity', region: 'europe', domains: ['nutrifind.ai'], source: 'https://nutrifind.ai/acceptable-use' }, // acceptable use (UK GDPR): dietitians generate AI-assisted meal plans, progress reports, client emails and menu analyses
    { id: 'soap-note-buddy', name: 'SOAP Note Buddy', vendor: 'SOAP Note Buddy', category: 'productivity', domains: ['soapnotebuddy.com'], source: 'https://soapnotebuddy.com/help/privacy-hipaa/phi-scrubbing' }, // help: PHI is scrubbed on the device before EHR form context is sent to the AI, which generates the clinical notes
    { id: 'mls-scribe', name: 'MLS Scribe', vendor: 'MLS Scribe LLC', category: 'meeting', domains: ['mlsscribe.com'], source: 'https://mlsscribe.com/privacy.html' }, // privacy: MLS, an ambient AI medical-scribe service for spine, pain and PM&R practices, with a web app and the MLS Assist extension
  ],
  { checked: CHECKED_C28 },
);
