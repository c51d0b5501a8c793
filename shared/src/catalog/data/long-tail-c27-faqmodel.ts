// Twenty-seventh session, long-tail pass `faqmodel` (2026-12-07): AI products found through the questions their own
// help centres, FAQs, docs, trust and "how it works" pages answer for users — "Which AI model do you use?", "Is this
// ChatGPT?", "Does the AI train on my data?", "How accurate is the AI?", "What happens to my uploads?". The rows vary in
// kind: transcription and voice cloning on own GPUs (STT.ai), AI headshots (NanoLook AI), an AI companion (Amora), AI
// video generation (Video123, AllVideoModels on Runway, Pika and Luma) and AI images (ImageMakerLab), bookkeeping and
// tax (AI Tax Accountant on Claude, TaxFigure's cited tax-research chat), an AI therapist app (therapini), AI first-round
// interviews (Rekroots), legal (Tholos AI's contract review, LawSensai's legal Q&A), an AI writing assistant on Claude
// (Draft), document translation (Doc2Lang on OpenAI, Translayer on Gemini), an AI meeting notetaker (Canary), an AI
// speaking tutor on Gemini Live (LinguaLive), AI calorie tracking from food photos (Nutrola, CalorieScan AI) and AI phone
// receptionists (ZazaVoice, VoiceDepot). Every row cites a page with a path on the product's own host (for TaxFigure,
// its help subdomain) where the vendor says what its AI does or names the model or model provider.
//
// Queries (all in the stored `pages` corpus), worded as help-centre questions: which AI model / is this ChatGPT / does
// the AI train on my data / how accurate is the AI / what happens to my uploads, across writing, transcription, AI
// companions, headshots, legal assistants, tutors, symptom checkers, "Do you use ChatGPT?", video generators,
// bookkeeping, voice cloning, therapy chatbots, AI interviews, AI girlfriends, credits per model, contract review,
// interior design, essay grading, AI music, "affiliated with OpenAI?", "same as ChatGPT?", document translation,
// meeting notetakers, language tutors, photo restoration, résumé builders, calorie photo trackers, support agents, kids'
// bedtime stories, investing research, slide generators, image generators, consumer legal and tax Q&A, email assistants,
// "Which model does… / Do you train on my…", AI voice receptionists and flashcard makers. 39 look-ups in all (39
// `search` calls; no read_file, find_string or fetch), counted as they were made.
//
// Measured with /work/helpers/classify-hosts.mts on the 247 hosts the searches returned (vendors, news, blogs,
// directories, review sites, agencies and shared hosts alike, in /work/helpers/out/faqmodel-hosts.txt): 59 classified
// before (23.9%), 80 after (32.4%).
//
// Doubtful rows: therapini, Nutrola and CalorieScan AI read as apps (therapini's FAQ speaks of "a mental health app",
// Nutrola's blog of "an AI-powered nutrition tracking app", CalorieScan's methodology of iPhone LiDAR); earlier passes
// left out mobile-only apps whose pages speak of the app alone (c18 companions, c24 niches), and none of the three pages
// says there is no web product, so they are kept for the merger to weigh. Nutrola was left out by the c17 health pass as
// a blog; its encyclopedia post describes Nutrola's own AI stack ("Nutrola is an AI-powered nutrition tracking app built
// on 20+ machine learning techniques"), which later passes accept as a vendor blog about its own product. Tholos AI's
// contract-review help page describes prompt-free clause, risk and summary passes run on the user's machine; the word
// "AI" is in the brand and the "no prompts to write" framing rather than the sentence. TaxFigure is read from one help
// article on help.taxfigure.com ("TaxFigure AI" answers with a confidence badge and citations); the apex is claimed as
// the vendor's own, as the notrain pass claimed 365 Agents' apex. Amora and NanoLook AI are read from their own blog
// posts (an AI companion "built on the same kind of language model that powers ChatGPT" with "Meet the characters on
// Amora"; "privacy-first providers like NanoLook AI" for AI headshots). Canary (askcanary.com) is read from its answer
// page on AI notetakers ("Canary is built this way"); it is not Canary on runcanary.ai, which the c15 pass left out.
//
// Already listed and met: CustomGPT.ai, GPT for Work, MedSage, DeepScript, ProfileBakery, ClarityBooks AI, VideoGen AI
// (videogenai.pro), Video-Generator.ai, koy.studio, AudioPod, Shapes, Headlime, RakuWP, Contentinator, Chatling, Gab AI,
// AI Interior Design, DecorAI's hosts, GradeHarbor, GraideMind, GradingPen, Songmuse, MusicMake.ai, Versq, DocTranslate.AI,
// AI Doc Translator, Gnius, Reline, Taqriry, Daisy, Satur, Issen, Kidario, Keoma, Gramms, Little Storybook, Rallies AI,
// Stock Expert AI, Deliverables AI, AI Slide Generator, ResumeBestie, ResumeSync, Lexvio, DeepInfra, Prohost AI,
// ClassNerd, AItoCards, Flash Cards AI, StudyNova, AI Emaily, Taurin, IrisAgent, ColorizeThis, iatroX, write.info,
// OpenCompany and Periagoge.
//
// Left out. General products where AI is one feature: scheduling.studio (as c23 decided), docs.dmeet.org (a video
// meeting app's AI Summary), help.metricool.com, help.maxqda.com, support.onecloud.com (a telephony company's AI agent),
// help.spheric.com (a hiring platform's AI interviews, not read further: a lead), heedback.io. Vendor blogs, guides and
// learn pages that do not describe the vendor's own product: writeloom.app (as c21 decided), forsocials.com (as c25),
// thestandalone.ai, growthy.com (as c26), articuler.ai, consciouspresenceai.com (a professional's avatar and voice-clone
// service, read as a consultancy), clauseflint.com, jobshinobi.com, chatrag.co, corebee.ai, dekked.app, acutic.io,
// oldphotorestoration.app and oldphotorestoration.org (guides that never name a product: leads), lallifafa.com (as
// before), sortresume.ai's post on legal AI (an AI résumé screener: a lead), affiny.blog (Affiny's blog host; the
// product host was not seen: a lead), kukarella.com's voice-cloning ethics guide (a lead for Kukarella's own pages).
// Agencies, consultancies, courses and case studies: aiqlabs.ai, silvalex.co.uk, genartstudios.com, softusinfotech.com,
// docs.gary.club (a white-label voice-agent course for agencies), cueball.ai, freeacademy.ai, aesopacademy.org,
// enrolledagentschool.com (a framework page "not to be marketed as finished"). Personal, demo and deployment hosts:
// gunzino.me (OpenAssistant), ingoampt.com, ai-email.dhakalnirajan.com.np ("a demonstration project"),
// jamalcampbell.org, eu-east.go.ro ("the operator of this deployment"), echo.ifix.xin, personaplex.aifly.club.
// Mobile-only apps on a developer's host or store-bound pages: genaivideo.app and coremoose.com (CoreMoose's iOS video
// app), prepaiapp.com (an Android study app), ai-lab.com.au (as before). Early access or preview with no product yet:
// freeheadshot.app, ivycv.com. Pages that do not say the product uses AI: jamjawn.io and voicenotetotext.com (as
// before), build-myresume.com's policy, careersolutionsfortoday.com's résumé tool on a career-services site. A subdomain
// whose parent and product were not read: asistan.globalpozitif.com.tr (credits per AI model on a Turkish software
// company's subdomain: a lead for a Turkey pass). Transcription AI (legal.transcriptionai.app): the c17 voice pass names
// it in its header but no row exists in any file; only the legal subdomain's root was seen again (no path), so it stays a
// lead. Shared platforms: ai-video-generator-legal.netlify.app, ai-interior-landing.pages.dev,
// olympos-apps-5adc1.web.app, hanaaaaa-project-bfda40.gitlab.io, loran-code.github.io, deckpilot.pages.dev,
// aguidetocloud-plainai.pages.dev, flashcard-forge--konarkmurarka1.replit.app, sites.google.com copies, intercom.help
// and help.usepylon.com help centres. Review, directory and explainer sites: calorietrackerindex.com,
// calorietrackerlab.com, independent-reviews.org, intervieweragents.com, theneuralbase.com, reporadar.ai, aigal.io,
// hosaai.com, companioncompare.com, agenticcontractreview.com, conductatlas.com, aimusicstreet.com, psychology.com,
// nationalhomeworkauthority.com, thefreeaitools.com, ai-pedias.com, and news, content farms and forums.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C27, defineTools } from './define';

export const longTailC27FaqmodelTools: Tool[] = defineTools(
  'other',
  [
    // --- transcription, voice and phone agents ---
    { id: 'stt-ai', name: 'STT.ai', vendor: 'Muddy Holdings', category: 'audio', domains: ['stt.ai'], source: 'https://stt.ai/ai-policy/' }, // AI policy: transcription on Whisper large-v3-turbo, diarization, Qwen2.5 summaries and RAG chat, F5-TTS voice cloning, all on its own GPUs; no base-model training on transcripts
    { id: 'zazavoice', name: 'ZazaVoice', vendor: 'ZazaVoice', category: 'agents', domains: ['zazavoice.com'], source: 'https://zazavoice.com/docs/user-guide/voice-agents' }, // docs: a voice agent is the AI persona that answers or places calls, with a system prompt, a knowledge base and Gemini Live native-audio voices
    { id: 'voicedepot', name: 'VoiceDepot', vendor: 'VoiceDepot', category: 'agents', domains: ['voicedepot.cloud'], source: 'https://www.voicedepot.cloud/trust' }, // trust page: an AI receptionist that answers phones, captures leads and identifies itself as an AI assistant
    { id: 'askcanary', name: 'Canary', vendor: 'Canary', category: 'meeting', domains: ['askcanary.com'], source: 'https://askcanary.com/answers/are-ai-meeting-notetakers-safe/' }, // answer page: a bot-free AI meeting notetaker whose summaries are encrypted at rest and whose raw audio is never written to disk
    { id: 'lingualive', name: 'LinguaLive', vendor: 'LinguaLive', category: 'audio', domains: ['lingualive.ai'], source: 'https://www.lingualive.ai/blog/how-ai-language-tutors-work' }, // vendor blog: real-time AI conversation practice for language learners, built on Gemini Live with Google TTS
    // --- writing, translation and images ---
    { id: 'draft-net', name: 'Draft', vendor: 'Draft', category: 'writing', domains: ['draft.net'], source: 'https://draft.net/faq' }, // FAQ: the writing assistant uses Anthropic Claude Sonnet 4.5 by default (GPT-4o-mini optional) and gpt-image for images; drafts never used for training
    { id: 'doc2lang', name: 'Doc2Lang', vendor: 'Doc2Lang', category: 'translation', domains: ['doc2lang.com'], source: 'https://doc2lang.com/support/privacy-and-data-handling' }, // support: document translation with OpenAI's ChatGPT API as the engine; files deleted after 14 days
    { id: 'translayer', name: 'Translayer', vendor: 'Translayer', category: 'translation', domains: ['translayer.app'], source: 'https://translayer.app/help/data-privacy' }, // help: pages of books and documents translated through Google Gemini, never used for AI training (a company registered in Poland)
    { id: 'imagemakerlab', name: 'ImageMakerLab', vendor: 'ImageMakerLab', category: 'image', domains: ['imagemakerlab.com'], source: 'https://www.imagemakerlab.com/privacy.html' }, // privacy: prompts and reference images sent to its AI image-generation backend; no training on prompts or images
    { id: 'nanolook-ai', name: 'NanoLook AI', vendor: 'NanoLook AI', category: 'image', domains: ['nanolook.app'], source: 'https://www.nanolook.app/blog/privacy-first-ai-headshots-2026-05-23' }, // vendor blog: privacy-first AI headshots whose uploads and outputs are deleted within 24 hours and never train models
    // --- video ---
    { id: 'video123-ai', name: 'Video123', vendor: 'Video123', category: 'video', domains: ['video123.ai'], source: 'https://www.video123.ai/privacy' }, // privacy: AI generation of images and videos from prompts and reference images; private content not used to train base models
    { id: 'allvideomodels', name: 'AllVideoModels AI', vendor: 'AllVideoModels AI', category: 'video', domains: ['allvideomodels.com'], source: 'https://www.allvideomodels.com/en/privacy' }, // privacy: an AI video generation platform using Runway, Pika Labs, Volcano Engine, Luma AI and other model providers
    // --- companions and wellbeing ---
    { id: 'amora-live', name: 'Amora', vendor: 'Amora', category: 'chat', domains: ['amora.live'], source: 'https://amora.live/blog/what-is-an-ai-companion' }, // vendor blog: AI companion characters built on a language model with memory, image generation and voice (18+)
    { id: 'therapini', name: 'therapini', vendor: 'therapini', category: 'chat', domains: ['therapini.com'], source: 'https://therapini.com/pages/faq' }, // FAQ: audio and text conversations with an AI therapist; audio deleted after processing
    { id: 'nutrola', name: 'Nutrola', vendor: 'Nutrola', domains: ['nutrola.app'], source: 'https://nutrola.app/en/blog/every-ai-ml-technique-behind-calorie-tracking-apps-explained-complete-encyclopedia-2026' }, // vendor blog: an AI-powered nutrition tracker whose photo logging runs vision models, depth estimation and an LLM reasoner
    { id: 'caloriescan-ai', name: 'CalorieScan AI', vendor: 'CalorieScan AI', domains: ['caloriescanai.com'], source: 'https://www.caloriescanai.com/methodology' }, // methodology: a vision model finds and names foods in the photo, a learned model estimates portions, a small language model applies typed corrections
    // --- hiring, legal, tax and bookkeeping ---
    { id: 'rekroots', name: 'Rekroots', vendor: 'Rekroots', category: 'productivity', domains: ['rekroots.com'], source: 'https://rekroots.com/how-ai-interviews-work' }, // candidate guide: AI-conducted first-round interviews scored out of 100 with an AI summary and recommendation
    { id: 'tholos-ai', name: 'Tholos AI', vendor: 'Tholos AI', category: 'productivity', domains: ['tholosai.com'], source: 'https://tholosai.com/help/contract-review' }, // help: prompt-free contract review that identifies clauses, flags risk by severity and writes a deal summary, run on the user's machine
    { id: 'lawsensai', name: 'LawSensai', vendor: 'LawSensai', category: 'productivity', domains: ['lawsens.ai'], source: 'https://lawsens.ai/blog/lawsensai-ai-legal-qa-answers-with-citations' }, // vendor blog: AI Legal Q&A that classifies practice area and jurisdiction and answers with source citations (legal information, not advice)
    { id: 'taxfigure', name: 'TaxFigure', vendor: 'TaxFigure', category: 'productivity', domains: ['taxfigure.com'], source: 'https://help.taxfigure.com/docs/ai-chat/response-anatomy' }, // help: "TaxFigure AI" chat answers with a confidence badge, a summary and inline citations to tax authority
    { id: 'ai-tax-accountant', name: 'AI Tax Accountant', vendor: 'AI Tax Accountant', domains: ['aitaxaccountant.com'], source: 'https://www.aitaxaccountant.com/help/how-accurate-is-the-ai' }, // help: each bank transaction is classified by Anthropic Claude with a confidence signal, producing financial statements and tax strategy
  ],
  { checked: CHECKED_C27 },
);
