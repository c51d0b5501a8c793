// Twenty-sixth session, long-tail pass `leads7` (2026-12-07, helper `leads7`): the leads this session's earlier passes
// left in their READMEs (affiliates, aiact, eucredits, india4, industry3, jpkr5, latam5, launches, leads6, memory,
// subproc), each re-checked with a search naming the product and its own host, plus AI products the same look-ups met
// on their own hosts. A row needs a page with a path on the product's own host where the vendor says the product is
// AI (generates, transcribes, analyses or answers with AI, an LLM, or a named model provider).
//
// Rows from the leads: Klinity (Brazilian AI medical scribe, from its own blog), Sque (a legal platform whose AI
// assistant Ask Sque is "the command center of the product"), Ntropy (LLM transaction enrichment, from its own case
// study), Decor8 AI (AI room redesign from photos), Nextvisit AI (psychiatry AI scribe, from its help centre), Attendi
// (Dutch speech-driven care reporting with an LLM writing aid, from its docs) and SantaClues (sales-call coaching from
// LLM analysis of transcripts, from its DPA annex). Aichiki: help.aichiki.ai and blog.aichiki.ai describe the same
// AI-character app as the c22 companions2 entry `aichiki` (aichiki.com), so `aichiki.ai` is added to that entry's
// domains in data/long-tail-c22-companions2.ts (no new row).
// Met on their own hosts in the same look-ups: AI Portrait Studio (AI headshots on PhotoMaker, from its own blog),
// OrthoScribe (orthopaedic AI note service), DraftCV (three-model AI CV rewriting), Voicing AI (voice-agent platform
// with AI-generated speech), Soniver (Norwegian AI notes and summaries of HR and coaching conversations), Sanekot AI
// (transcription with AI summaries), NeuroGen (one AI agent deployed across messaging channels and voice) and Voiceups
// (machine-learning speech synthesis, from its AI-safety policy).
//
// Traps dropped so that the rows can classify (each older file asserts row counts only, which are unchanged):
// lookalikes-c20-clinic.test.ts (www.klinity.com/help/seguranca/como-apresentar-klinity-paciente: that help page does
// not say AI, but Klinity's blog does), lookalikes-c26-launches.test.ts (www.ntropy.com/blog/pursuit-for-a-mint-
// alternative-powered-by-ai and sque.ai/support/articles/ai-agents-and-continuous-automation-systems) and
// lookalikes-c26-subproc.test.ts (santaclues.ai/compliance/subprocessors). Edited beside them: the Aichiki row in
// data/long-tail-c22-companions2.ts.
//
// Look-ups: 40 of 40, all `search` in the stored `pages` corpus, counted as they were made. Queries named each lead
// with its host (Klinity, Aichiki, InstantHeadshots, OrbDoc, Sque, Ntropy, Zoo Text-to-CAD, Chartera, PaintQuote,
// Talenty, hiroi, SantaClues, MusicOps, Omnipotent Legal, Decor8, Voices AI, Colega, Nextvisit, Attendi,
// DeclaratieScan, CampusAI, wesualy, LearnLoop, Ailaysa, iMagicAI, Zeely, TeachLex, draft00, musubot, Howzit AI,
// NDIScribe, ProcureStack, Yardwise, OpenPasture), with second tries for OrbDoc, Ntropy, InstantHeadshots, SantaClues,
// Colega and Voices AI. Hosts were run through /work/helpers/classify-hosts.mts and the names grepped in data/ and in
// the other helpers' c26 files first.
//
// Measured with /work/helpers/classify-hosts.mts on the 246 hosts the look-ups returned (vendors, news, blogs,
// directories, agencies and shared hosts alike, in /work/helpers/out/leads7-hosts.txt): 31 classified before (12.6%),
// 54 after (22.0%).
//
// Doubtful rows. Sque is law-firm practice management (matters, billing, documents) with AI throughout; it is listed
// because its own blog calls the AI assistant the product's command centre and primary workspace, and its workflows
// and agents are described as AI-driven, but it sits near the "general product with AI" line. Ntropy is an API
// (transaction enrichment) whose case study says it reaches LLMs (Claude 3.5 Sonnet named) "through Ntropy AI"; its
// older host ntropy.network is not claimed. Nextvisit claims nextvisit.app too: the help page read on nextvisit.ai
// says the recorder runs at nextvisit.app/recorder. Attendi's core is Dutch speech-to-text for care reports (trained
// with AI, per news met) and its docs describe Schrijfhulp as LLM-powered; claimed on attendi.nl from docs.attendi.nl.
// Sanekot AI's privacy policy names AI summaries beside transcription; the transcription itself is not said to be AI.
// NeuroGen's page is a self-published "intelligence report" aimed partly at agencies that resell its chatbots; it
// describes NeuroGen's own agent platform, so it is listed as a product, not an agency. Decor8 AI's post is written in
// general terms but names Decor8 AI as the platform doing the photo analysis and redesign.
//
// Left out, still leads. OrbDoc (orbdoc.com: its platform page does not say AI; its learn page is an explainer, still
// trapped in lookalikes-c26-launches.test.ts), Zoo (zoo.dev: only a third party's text-to-CAD review was met; Zoo's
// Zookeeper prefix entry stays as it is and its design studio is a CAD product, not AI at its core), Chartera
// (www.chartera.io extracts voyage terms from emails, but the pages met do not say AI), PaintQuote, Talenty, hiroi
// (only staging.hiroi.ai again), MusicOps, Omnipotent Legal, Voices AI (getvoices.ai), Colega, DeclaratieScan, CampusAI
// (only its affiliate rules and its company's Rules on haimagazine.com), wesualy, LearnLoop (learnloop.nl/case-study
// describes practice questions with feedback, no AI said; only eval.learnloop.nl stays listed), Ailaysa, iMagicAI,
// Zeely (zeely.ai terms say AI only in the app name), TeachLex, draft00, musubot (musubot.pages.dev only, on a shared
// platform), Howzit AI, NDIScribe, ProcureStack, Yardwise and OpenPasture: no page on their own host was returned.
// Already listed and left to their entries (met in the look-ups): instantheadshot.ai, aiheadshotgenerator.pro,
// headshotsbyai.com, headshotphoto.io, business-headshots.ai, tryitonai.com, HeadshotPro, headshot.symplyai.io,
// DecorAI (decoraiapp.com), Talent Systems, SRTD, PO-Relay, cv.b8.lt, Aloudtext, VoiceForge AI, Cria.AI, Lexter,
// Agent.ai, Shapes, czat.ai, AI Magicx, 1min.ai, Magnific, ElevenLabs, Botpress, Musiio and Hercules.
// InstantHeadshots: only instantheadshot.ai (singular) was met, already the c24 image4 entry `instantheadshot-ai`;
// instantheadshots.ai itself was not read. Other hosts met and left out: klinio.pages.dev (shared platform),
// clino.ai (terms still do not say AI, trapped by c18 latam), staging.ntropy.customers.aabass.net (a staging copy),
// preview.nextvisit.ai (a preview host, covered by the claim but not cited), app-test.quarantadue.ai (a test host),
// cloud.soniqo.audio (speech recognition, AI not said), www.linenow.co, www.estimado.com, www.bobyard.com and
// www.simbo.ai (vendor blogs in general terms: leads), omniscient.news (an AI fact-checking product on a .news host:
// a lead), colleague.2nfro.ai (accounts "coming soon"),
// app.stableplace.com.au (NDIS client tracking with optional AI notes), help.talkpush.com, help.coodesh.com,
// help.zenoti.com, support.adcredo.com and www.mangoapps.com (general products with an AI feature), prd.rev.health (an
// AI scribe module on a "prd" subdomain of a general health platform), www.home-designer.app and
// www.interior-design.download (DecorAI explainers, still trapped by the c26 affiliates pass), realmindsai.com.au,
// trendmedia.au, www.goml.io, fordelstudios.com, brixon.ai and www.m-viz.de (agencies and consultancies), and news,
// directories, skill lists and blogs.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C26, defineTools } from './define';

export const longTailC26Leads7Tools: Tool[] = defineTools(
  'other',
  [
    // --- leads from earlier c26 passes ---
    { id: 'klinity', name: 'Klinity', vendor: 'Klinity', category: 'writing', domains: ['klinity.com'], source: 'https://www.klinity.com/blog/ferramenta-ia-para-ajudar-escrever-prontuarios-medicos', region: 'latam' }, // vendor blog (Portuguese): Klinity is an AI solution for health, a digital medical scribe that transcribes consultations with AI and drafts the clinical record
    { id: 'sque', name: 'Sque', vendor: 'Sque', category: 'productivity', domains: ['sque.ai'], source: 'https://www.sque.ai/blog/ask-sque-your-ai-legal-assistant-in-one-place' }, // vendor blog: Ask Sque, a multi-turn AI legal assistant with matter context, is the product's command centre, with model choice and MCP connectors
    { id: 'ntropy', name: 'Ntropy', vendor: 'Ntropy', domains: ['ntropy.com'], source: 'https://ntropy.com/blog/data-aggregator-commercial-banking' }, // case study: transaction categorisation for an open-banking aggregator done with LLMs (Claude 3.5 Sonnet benchmarked) reached through Ntropy AI
    { id: 'decor8-ai', name: 'Decor8 AI', vendor: 'Decor8 AI', category: 'image', domains: ['decor8.ai'], source: 'https://www.decor8.ai/post/ai-room-design-from-photo-a-practical-guide' }, // vendor blog: Decor8 AI reads a room photo and generates new photorealistic interior-design concepts with AI
    { id: 'nextvisit-ai', name: 'Nextvisit AI', vendor: 'Nextvisit', category: 'writing', domains: ['nextvisit.ai', 'nextvisit.app'], source: 'https://nextvisit.ai/help/recording-a-session' }, // help ("Notes and AI"): the recorder at nextvisit.app transcribes sessions live and its AI, AriaMD, writes the SOAP note
    { id: 'attendi', name: 'Attendi', vendor: 'Attendi', category: 'audio', domains: ['attendi.nl'], source: 'https://docs.attendi.nl/UX-Best-practices/Feature-Schrijfhulp', region: 'europe' }, // docs: speech-based care reporting whose Schrijfhulp feature is powered by generative LLM technology that structures and summarises spoken reports
    { id: 'santaclues', name: 'SantaClues', vendor: 'SantaClues AS', category: 'meeting', domains: ['santaclues.ai'], source: 'https://santaclues.ai/compliance/description-of-processing', region: 'europe' }, // DPA Annex I: a sales-coaching platform that transcribes sales calls in real time and analyses transcripts with LLM providers to generate coaching insights and scores
    // --- met on their own hosts in the same look-ups ---
    { id: 'aiportrait-studio', name: 'AI Portrait Studio', vendor: 'AI Portrait Studio', category: 'image', domains: ['aiportrait.studio'], source: 'https://aiportrait.studio/blog/how-ai-headshots-actually-work' }, // vendor blog: explains what it runs itself, PhotoMaker on Replicate, turning uploaded selfies into AI headshots
    { id: 'orthoscribe', name: 'OrthoScribe', vendor: 'OrthoScribe', category: 'writing', domains: ['orthoscribe.ai'], source: 'https://www.orthoscribe.ai/onboarding-guide/user' }, // onboarding guide: an AI note service that generates sectioned orthopaedic notes from ambient capture or dictation
    { id: 'draftcv', name: 'DraftCV', vendor: 'DraftCV', category: 'writing', domains: ['draftcv.com'], source: 'https://draftcv.com/faq' }, // FAQ: a seven-step CV system in which three different AI models rewrite, critique and check the CV
    { id: 'voicing-ai', name: 'Voicing AI', vendor: 'Voicing AI', category: 'agents', domains: ['voicing.ai'], source: 'https://docs.voicing.ai/docs/platform-tabs/voices/voices_flow_guide' }, // docs: a conversational-agent platform whose voices are AI-generated speech profiles from TTS models, with voice cloning
    { id: 'soniver', name: 'Soniver', vendor: 'Soniver AS', category: 'meeting', domains: ['soniver.com'], source: 'https://www.soniver.com/en/vilkar', region: 'europe' }, // terms: records HR and coaching conversations, transcribes them and analyses and summarises them with artificial intelligence
    { id: 'sanekot-ai', name: 'Sanekot AI', vendor: 'Sanekot AI', category: 'audio', domains: ['sanekot.com'], source: 'https://sanekot.com/privacy' }, // privacy: an audio transcription service with speaker diarisation and AI-generated summaries
    { id: 'neurogen-agents', name: 'NeuroGen (AI agents)', vendor: 'NeuroGen', category: 'agents', domains: ['neurogen.cc'], source: 'https://neurogen.cc/research/omnichannel-ai-engagement' }, // vendor report: one AI agent deployed across 15 messaging platforms plus real-time voice calls, sharing memory across channels
    { id: 'voiceups', name: 'Voiceups', vendor: 'Voiceups', category: 'audio', domains: ['voiceups.online'], source: 'https://www.voiceups.online/legal/ai-safety' }, // AI-safety policy: generates synthetic speech from text with machine learning and licensed voice data
  ],
  { checked: CHECKED_C26, region: 'global' },
);
