// Twenty-third session, third health pass (2026-12-07, helper `health3`): AI tools for health and wellbeing that no
// entry claimed yet, beside the seventeenth session's health pass (data/long-tail-c17-health.ts), the twentieth
// session's clinic pass (data/long-tail-c20-clinic.ts) and the twenty-second session's health2 pass
// (data/long-tail-c22-health2.ts), whose rows are not repeated here. Here: AI tutors and simulated patients for
// medical education (a question bank whose content and tutor come from language models, a clinical-communication
// trainer on language models, a healthcare-simulation vendor running its own LLM, an automated standardised patient);
// an AI ePCR narrative tool for EMS crews; an AI drafting assistant for psychological and neuropsychological reports;
// an AI dental receptionist; a patient-facing reader of medical records; an AI women's-health protocol platform and a
// Norwegian menopause service with an AI coach; web coaches that write running and strength plans with Claude; a
// family-voice AI companion for people living with dementia; and a subdomain AI assistant for psychiatry education.
//
// Leads. 40 look-ups of the stored `pages` corpus (one of `docs`, which returned papers and AWS HealthScribe only), the
// whole budget, worded the way vendors word privacy, terms, AI-disclosure and transparency pages, by product kind:
// dental, chiropractic, SLP and psychological-report scribes; patient intake and triage; prior authorisation;
// radiology-report explainers; CBT and journaling companions; calorie, running, strength and meal-plan coaches; symptom
// checkers; USMLE, NCLEX, PANCE/NAPLEX/INBDE and NAVLE tutors; OSCE and simulated-patient trainers; nurse SBAR handoff;
// EMS narratives; UK care-home notes; sobriety, menopause, IVF, dementia-caregiver and CBT-I sleep coaches; dental
// insurance verification and AI receptionists. The space is well mined: many vendors met were already listed (below).
// Every row cites a page, with a path, on the product's own host (for CliniChat and Psychiatry Letter AI the claimed
// subdomain) that says in the vendor's words that the product answers, drafts, generates, simulates or recognises with
// AI, a language model or a named model (Claude, Anthropic's API, third-party LLM APIs). The PCS.ai, Velyn and
// KindredMind pages are the vendors' own posts and guides about their own products. Hosts were run through
// /work/helpers/classify-hosts.mts and names grepped in data/ and in the other twenty-third-session worktrees first.
//
// Measured with /work/helpers/classify-hosts.mts on the 255 hosts the searches returned (vendors, news, journals,
// guides, agencies and shared hosts alike, in /work/helpers/out/health3-hosts.txt): 28 classified before (11.0%),
// 43 after (16.9%).
//
// Already listed and left to their entries: NCLEX AI (nclexai.ai), SmartPass AI, Scribing.io, ScribeOMS, Trove Health,
// SymptomGPT, therappai, RadCloudAI, Doctor Scribe AI, OralChart, The Diet Science, Eir, Belong Journal, MyJournalPal,
// AI Running Coach (aicoach.dewitai.com), AiTrainingPlan, GoAnd.Run, Fitness AI (nemei.app), Workout AI Planner
// (plan-my-workout.com), Reflect (reflectapp.nexybox.app), Ora AI (oraai.com), CallSphere, Sensay and OpenClaw's skill hub (clawhub.ai).
//
// Doubtful rows: Psychiatry Letter AI's privacy notice speaks of prompts, responses, a document library and "model
// providers" that deliver answers rather than of "AI" by name, and names no operator, so only its ai. subdomain is
// claimed; MedQBank is a one-person project of a UWA medical student with no company behind it, but an operating
// service whose tutor is a large language model; Velyn's c20-bots mention (long-tail-c20-bots.ts) left velyndental.com
// out for a page that did not say AI, while the guide cited here says the AI receptionist recognises and routes
// insurance questions; Menoa's terms list symptom tracking beside its AI-based health guide and AI coach, a dedicated
// menopause service rather than a general site with an AI button; CliniChat's and Plateau's pages name no legal
// entity, so the vendor is the host's brand.
//
// Left out. Blogs, guides and articles without a product page that says AI (oracoreai.com and chiroscribe.io again,
// both traps of earlier passes; psychassist.ai, psychreport.ai, docsnote.co.uk, caretime.care, gestalt.ac,
// meducationai.com, medascend.ai, readingscan.com, psybot.me, ireflect.app, quantaprep.com, dentalreception.app,
// instanexus.io, orbitonline.io, dialfyne.com, dialpal.ai, colinicai.com again; psynth.ai, whose glossary defines AI
// report writing and whose help centre sits on a frontkb.com host: a lead); pages that do not say the product uses AI
// or say it only in the name (medrecords.ai, mediscan.ai's "automated" summaries, sessionglance.com and docaiscribe.com
// again, care-meter.co.uk, mealplan.fit, nutrihealth-ai.com, app.sleepmentor.app, openrecovery.com's privacy page,
// perimenopauseanalyzer.com, which says it is rule-based, and polsia.app's NutriPlan, an LP solver); placeholders,
// drafts and pre-launch pages (nursesuite.com's counsel template, healthynutri.life's "[Insert Date]", forge-ai.store's
// "TBD" date, psycheassess.com's "pre-launch draft", psyforge.dev, lymewise.xyz); mobile-only apps whose pages are app
// policies (getscancalories.app, 60bytes.app, apps.devskin.com, haomun.com, foodcounter.app, penguinlabs.cc,
// trainergymai.app, menoai.app, menomate.pointerapps.net, hormonia.in's DocScribe, bas-ai.com's MyHealth,
// nclexai.moniyazilim.com, muehldorfsd.com's NurseNotes, anchorhealthapp.com); general products
// where AI is one feature (dentinotes.com, zhealthehr.com, zenoti.com, quickernotes.com, sprypt.com, exorlive.com and
// medmehealth.com's pharmacy AI terms, nclexup.com's one OpenAI feature, openyogi.com's AI search, nursemind.app's
// co-pilot beside its reference library, medboard.pro's AI tutor inside a question bank, which the concurrent edu3
// pass keeps as a trap, workoutwriter.com's optional idea generator, sobersynq.org's and
// soberpedia.leanengineering.ai's companions inside sobriety apps, soberfriend.io's sober-living software,
// naturalfertility.pro's chatbot on a practitioner's site, sleepshift.co's AI guidance inside a CBT-I programme,
// catalystagentsystems.com, whose NutriAgent policy sits on a company site that may hold other products); agencies,
// directories and prompt libraries (grow2.ai, luupagency.com, airevenueforge.tech, workflowstackai.com, krasa.ai,
// nerova.ai, nirmitee.io, emerline.com, inferensys.com, allstartech.net, genhealth.ai's use-case pages); and shared or
// borrowed hosts (pages.dev, github.io, vercel.app, fly.dev, sqrd.dev, mintlify.wiki and a custom GPT's policy on
// privacy.medstudentos.co.uk, in the test's traps).
//
// Leads for later: OpenDentist (UK dental AI notes, seen only on aisafety-site.pages.dev), menthra.ai (AI wellness
// companions, whose consent page sits on a pages.dev host), Psynth (app.psynth.ai), Noumaris Learn's AI patient
// simulator (docs.noumaris.com), MedAscend and Gestalt (AI OSCE and simulated-patient platforms seen only in posts),
// NutriAgent, OpenRecovery's AI policy page, and DocsNote's UK AI documentation product.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C23, defineTools } from './define';

export const longTailC23Health3Tools: Tool[] = defineTools(
  'other',
  [
    // --- AI tutors and simulated patients for medical education ---
    { id: 'medqbank', name: 'MedQBank', vendor: 'MedQBank', category: 'chat', domains: ['medqbank.ai'], source: 'https://www.medqbank.ai/legal/terms' }, // terms: questions, explanations and flashcards drafted with large language models; the conversational tutor is itself a large language model
    { id: 'clinichat-empathetics', name: 'CliniChat', vendor: 'Empathetics', category: 'chat', domains: ['clinichat.empathetics.ai'], source: 'https://clinichat.empathetics.ai/public/terms' }, // terms: a training platform with avatars for enrolled students that uses AI in the form of large language models (subdomain only)
    { id: 'pcs-ai-simulation', name: 'PCS.ai', vendor: 'PCS', category: 'chat', domains: ['pcs.ai'], source: 'https://www.pcs.ai/blog/i-attended-4-webinars-in-june-these-were-the-most-common-questions-about-ai-in-healthcare-simulation' }, // own blog: healthcare simulation whose responses come from PCS's custom-trained LLM, generative AI since 2023
    { id: 'practice-patients', name: 'Practice Patients', vendor: 'Practice Patients', category: 'chat', domains: ['practicepatients.ai'], source: 'https://practicepatients.ai/disclaimer' }, // disclaimer: an automated standardised patient built on a language model with retrieval-augmented generation
    { id: 'psychiatry-letter-ai', name: 'Psychiatry Letter AI', vendor: 'Psychiatry Letter', category: 'search', domains: ['ai.psychiatryletter.com'], source: 'https://ai.psychiatryletter.com/legal/privacy' }, // privacy: an educational service whose prompts and responses over a document library are processed by model providers (subdomain only)

    // --- AI documentation for EMS crews and psychologists ---
    { id: 'narrateems', name: 'NarrateEMS', vendor: 'NarrateEMS Inc.', category: 'writing', domains: ['narrateems.com'], source: 'https://www.narrateems.com/terms-of-service' }, // terms: a Chrome extension that uses AI to turn spoken or typed EMS narratives into structured ePCR fields, to be reviewed
    { id: 'psychdraft', name: 'PsychDraft', vendor: 'PsychDraft', category: 'writing', domains: ['psychdraft.com'], source: 'https://www.psychdraft.com/ai-transparency' }, // AI transparency page: third-party LLM APIs draft psychological and neuropsychological report language from structured inputs

    // --- AI for dental practices ---
    { id: 'velyn-dental', name: 'Velyn', vendor: 'Velyn', category: 'agents', domains: ['velyndental.com'], source: 'https://velyndental.com/resources/insurance-verification-ai-dental-receptionist' }, // own guide: Velyn's AI dental receptionist recognises insurance and pricing questions and routes them to staff

    // --- Patient-facing records reader and women's health ---
    { id: 'mylghealth', name: 'MyLGHealth', vendor: 'MyLGHealth', domains: ['my-lghealth.com'], source: 'https://my-lghealth.com/medical-disclamer/' }, // medical disclaimer: an AI-informed assistant that reads lab reports and records and writes plain-language summaries
    { id: 'her-protocol', name: 'Her Protocol', vendor: 'Her Protocol', domains: ['herprotocol.ai'], source: 'https://herprotocol.ai/terms' }, // terms: intake, labs, genetic data and wearables are used with AI to generate personalised women's-health protocol recommendations
    { id: 'menoa', name: 'Menoa', vendor: 'Menoa AS', category: 'chat', domains: ['menoa.no'], region: 'europe', source: 'https://www.menoa.no/en/terms' }, // terms (Norway): a menopause service with symptom tracking and an AI-based health guide and AI coach

    // --- AI training coaches ---
    { id: 'plateau-run', name: 'Plateau', vendor: 'Plateau', category: 'chat', domains: ['plateau.run'], source: 'https://plateau.run/privacy' }, // privacy: Strava activities and profile answers sent to Anthropic's Claude API to generate running advice
    { id: 'smartensity', name: 'Smartensity', vendor: 'Smartensity', category: 'chat', domains: ['smartensity.app'], source: 'https://smartensity.app/legal/ai-disclosure' }, // AI disclosure: Claude models run the onboarding interview and generate training plans, reports and adjustments

    // --- AI companion for dementia ---
    { id: 'kindredmind', name: 'KindredMind', vendor: 'KindredMind', category: 'audio', domains: ['kindredmind.care'], source: 'https://kindredmind.care/ai-dementia-care' }, // own guide: family-voice AI that talks with a person living with dementia in a relative's voice, built from recordings
  ],
  { checked: CHECKED_C23 },
);
