// Twenty-fifth session, refund-wording pass D (2026-12-07, helper `refundsd`): AI products for meeting notes and
// transcription, video generation and clipping, photo editing and headshots, try-on (clothes, nails, tattoos), room
// staging and redesign, and careers that no entry claimed yet, found through their own refund, cancellation, credit and
// billing pages, the wording the twenty-fourth session's refund passes (data/long-tail-c24-refundsa.ts,
// data/long-tail-c24-refundsb.ts) found to reach unlisted vendors best; their rows are not repeated here. Here: meeting
// and lecture tools (ReCapIQ's Zoom recaps on OpenAI, LINE's Japanese CLOVA Note, Classync's lecture summaries and
// quizzes, Dissecting AI's paper-to-lecture outputs) and AI subtitles and transcripts (Subtitles Download, Fast SRT on a
// Whisper model); AI video generators and clippers (Cliptude's faceless-video pipeline, ClipNList, ClipFlow,
// CutFusionAI, AI Video Maker on ai-video-maker.org, ImageToVideoAIFree, AI Video Director, AI ULTRA, AIDancing); AI
// photo tools (AIHeadShotMaster, AI Image Edit, Beard Remover); AI try-on and fashion images (BBStyle, Outfit Swap
// Studio, Alter's Try-On, the catalogue-image studio on studio.elitesecom.ai, Artinails' nail designs, DesignMyInk's
// tattoos); AI room staging and redesign (PropStaged, Roommee); and AI career tools (HiredCopilot, Resume Tailor on
// resumint.app, ApplyFirst's AI job matching).
//
// Leads. 39 look-ups, all in the stored `pages` corpus, counted as they were made. Queries worded the way vendors word
// their refund and billing pages ("minutes used are not refundable", "credits non-refundable once the video has been
// translated", "once your AI model is trained we cannot refund", "each run is consumed", "AI processing costs are
// incurred immediately", "failed generations are credited back"), one kind at a time: meeting minutes and notetaker
// bots, lecture notes, subtitles, dubbing and video translation, audiobook narration, document translation, slides and
// pitch decks, headshots and dating photos, photo restoration, photo editors, hairstyle, tattoo, nail and makeup
// try-on, clothes try-on, virtual staging, room redesign, yards and gardens, clip generators, faceless shorts, podcast
// clips, image-to-video, music videos, novelty dance videos, UGC ads, song gifts and song generators, interview
// copilots, résumés, auto-apply bots, homework help and AI tutors; one query each in Spanish and Japanese and one
// aimed at a single vendor (DubDeal). What returned what: clip generators, try-on, lecture notes, subtitles and video
// generators gave most rows; headshots, songs, tattoos, yards, audiobooks, homework, dubbing and document translation
// returned vendors earlier passes had listed or judged almost only; the Spanish query returned spam blogs and a
// Twitch-worded query returned news. Every row cites a page with a path on the product's own host (for Alter's Try-On
// its claimed path, for the studio its claimed subdomain) where the vendor says the product generates, transcribes,
// edits, matches or processes with AI, an AI model or a named model provider. Hosts were run through
// /work/helpers/classify-hosts.mts, names grepped in data/ and the other helpers' c25 files (refundsc among them)
// checked first; none of these hosts is in another twenty-fifth-session file.
//
// Measured with /work/helpers/classify-hosts.mts on the 242 hosts the searches returned (vendors, blogs, news, guides
// and shared hosts alike, in /work/helpers/out/refundsd-hosts.txt): 92 classified before (38.0%), 120 after (49.6%;
// the host list holds getalter.ai, whose root the Try-On path does not claim).
//
// Already listed and left to their entries: BriefVox, MeetMinutes, MeetInsights, MeetKat, PPT.AI, SlideMake, x2slides,
// SlideGMM, Tosea, DrHeadshot, AI Headshot Pro, HeadshotsByAI, Headshot.ai, Framecast, InstantHeadshot, HeadshotPhoto,
// BetterPic, Luemee, Magic Wand AI, DatePhotos.AI, HairstyleTryOn, Tattoo AI Design, Name Tattoo Design, Tattooify,
// tattoogeneratoriq.com, Solos Music, AISongGen, MusicMake.ai, MuseGen, aimusicgen.ai, Songria, Birthday Song Maker,
// Songly, Song4Love, Collov, Virtual Staging Art, AI Kitchen Preview, HomeDesignAI, AI Yard Design, AI Yard Plan, AI
// Video Cut, ClipVela, AutoShort, VideoMaker AI, AIVADI, aivideogenerator.se, Lookscraft, Hooc, VisionStory,
// sorawithoutwatermark.com, AI Photo Talk, ai-roundabout.com, MakeUGC, AdsFactory, UGC Video Studio, AdsAI
// (nxgntools.com), Get Interview AI, The Hiring Room, ApplyPilot, ResumeStore, ResumeAI (resuma.sarthum.com), Homiwork,
// TextyBud, Texthors, ParetoThesis, Podcasts To Text, Robot Articles, NaturalReader, AI Voice Global, Voicemaker,
// Typecast, Rask, VMEG, D-ID, Dubly.AI, Dubformer, MultiVoice, Dubbix (qorden.ai), SubtleSubtitle, NoteGPT, Smart書記,
// KOTORI, TranslateAnyPDF, TranslateThatDoc, photo-restoration.org, Colorfix, MemoryRevive, removebg-ai.com, AI Clothes
// Changer, AIFacefy and ArtiverseHub AI.
//
// Left out, kept as earlier passes decided (their pages are traps or left-out notes there): clipjet.app (china2),
// facelessshorts.video (creators, video4), dating.studio (niches: a page without a path), coolmenshair.com and
// hairmodelmake.com (dirs2), aifortattoo.com (dirs2), docs.dmeet.org (rebrands: AI one feature of a meeting platform),
// kaps.co.il (mea2), chattee-ai.com (japan), 1for.ai (cis3), song-gift.com (music), pitches.ai's design terms (slides),
// indigoedocs.com (a `?p=` page), and, from the twenty-fourth refund passes, tailoresumeai.com, airesume.cc,
// airesumes.app, sumyai.com, meetingsync.app, interviewhub.io, todoaxis.com, aitranslatevideo.org, vidigo.online,
// mangatranslate.com, pdftoepub.org, shabdly.online, rminnovationbd.com, gcse.co.uk, cdn.tadkastudios.com,
// parrotai.crisp.help, texttospeechvideomaker.com, content.ma, wonderfulfantasy.com, createacaricatureofme.com,
// docs.isquaredmarketing.com, loopple.com, carveco.com and podcastcolor.com. Pages that do not say the product uses AI,
// or only in its name (leads, not traps): dubdeal.ai (DubDeal Inc., Delaware and Hangzhou: a dubbing service whose
// refund page speaks of translated videos and automated moderation but not of AI), virtualstaging.ai and
// virtualstagepro.io, roomxai.com (RoomX AI), airoomredesigner.com (RoomAI), clothstudio.cc (ClothStudio.AI),
// tattoogenrator.com, thesongai.com, netreads.in's ReColor AI, photoresto.art, resumeoptimizer.io (Humanize Resume),
// prep.officialapps.com (Interview Co-Pilot), interviewassistants.com, hirebox.in ("AI Interview Platform" as a name
// only, India), applfy.app, beta.robo-apply.com, autojobfill.com, subz.cc, fastnotesbot.com, justheretolisten.io,
// video2txt.zorezoro.com, retroparlor.com, picsi.art, your-ai.space ("AI services" of an unnamed kind) and uxlens.com.
// Pre-launch, drafts, placeholders and staging hosts: aijobagents.co (AI Job Agents, "Join waitlist"), flashshot.io (a
// refund "framework" written as internal notes), easymvp.io and bringing-old-photos.xyz (placeholder contacts),
// kingvipct.com ("[X] business days"), stg.service.recode.ai.roukiru.co.jp (a staging host of しゃべログ: a lead once its
// production host is seen). Personal and developer hosts: scene-ai.amritwt.me (an AI video background remover) and
// jobs.girshovich.me. Hosts on another name or another company's domain: clearbg.aivelo.net (ColorizerAI's policy on a
// subdomain named for another tool) and dirty-slut.com (a copy of HomeDesignsAI's refund page on an adult domain, not
// followed). A second host of a listed product, which belongs in that entry rather than in a new row: dubbix.com
// (Dubbix's own terms; the entry claims qorden.ai only). Services with people behind them, not AI products:
// realtordesignsolutions.com and studiojlr.com (virtual staging by designers), yourcaptioning.com (human captioning),
// lapsy.in (Chibify's dubbing studio), academy.transperfect.com (a course site), penguinlearn.com, knowledge.octb.us,
// support.languatalk.com and intercom.help's LightUp tutoring (live tutors), newsinslowfrench.com, simplevle.com,
// stepik.help and sassysaints.com (a nail-care shop). Documentation of large platforms: help.aliyun.com (Alibaba
// Cloud's video-translation billing) and support.phrase.com (Phrase's dubbing studio). News, blogs, guides and spam:
// iarevolucion.com, iaultimahora.com, poalnakedehub.com, zaketraxzilhub.com, orbitstackifyforge.com, createreceipt.com,
// joinchargeback.com, cancelatlas.com, chicknsa.blogg.se, weweat.com, travenia.click, thegreatdebatetoday.com,
// getterms.app, quickbooksbillings.com and the Twitch news pages (ginx.tv, dexerto's netlify preview,
// comicsunearthed.com, dartmouthjobcentre.co.uk, frenchbalut.com, dfw-glastrennwand.de). Shared platforms:
// aivideotranslator.pages.dev, personalstylist43-studio.pages.dev (Lookbook Studio's hairstyle reports),
// teardown-deck.pages.dev, ai-music-video-generator.pages.dev (the policy of aimusicvideogenerator.org, not read),
// clipgen.framer.ai (ClipGen.net, Artful Intelligence Limited, Hong Kong: a lead once clipgen.net's own pages are seen),
// shiyongshuomingexterior.pages.dev (AI Exterior Design's manual), dubular-front.pages.dev and
// livesuggest-web.pages.dev.
//
// Claims below a host: Alter's Try-On is claimed as the path getalter.ai/ai-virtual-try-on only (getalter.ai itself was
// not read), and the catalogue-image studio as studio.elitesecom.ai only (elitesecom.ai was not read). Neither parent is
// a trap, since neither was shown not to be an AI product.
//
// Same names and qualifiers: AI Video Maker (ai-video-maker.org) is not AI Video Maker (aivideomaker.ai) of refundsb;
// AI Image Edit (aiimageedit.ai) is not the AI Image Editor entries on ai-image-editor.ai and ai-image-editor.io;
// Resume Tailor (resumint.app) is not Resume Tailor+ (resumetailorplus.com), and its policy's support address on
// resumetailor.app is not claimed; ClipFlow and Try-On carry their hosts because the names are generic; CLOVA Note
// (LINE) is the Japanese service LINE Corporation runs under its own terms, beside Naver's CLOVA Note
// (clovanote.naver.com, korea), and is given the 'japan' region. The studio on studio.elitesecom.ai names no product on
// its refund page and is named by its host.
//
// Regions: ApplyFirst is 'europe' (its operator is Antkowiak Services GbR, a German partnership); CLOVA Note (LINE) is
// 'japan'. AI Video Director (aivideodirector.ru) and AI ULTRA (aiultra.in) stay 'global': their English pages name no
// country, and a country-code host alone was not taken as enough.
//
// Doubtful rows: Subtitles Download's name suggests downloading existing captions, but its refund page sells credits
// for AI transcriptions and says the credits stand for AI processing; Dissecting AI's terms describe paper-processing
// tiers whose outputs and lecture audio are AI-generated, without naming a model; AIHeadShotMaster is read from a
// refund page of MetaTech Innovation LTD that names the product and GPU model training; ApplyFirst is a job-alert
// service whose matching and compatibility scoring are AI-powered, the paid part of the product.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C25, defineTools } from './define';

export const longTailC25RefundsdTools: Tool[] = defineTools(
  'productivity',
  [
    // --- Meetings, lectures, subtitles and transcripts ---
    { id: 'recapiq', name: 'ReCapIQ', vendor: 'ReCapIQ', category: 'meeting', domains: ['recapiq.app'], source: 'https://www.recapiq.app/terms' }, // terms: Zoom transcripts arrive by webhook and are processed with AI (OpenAI) into summaries, decisions, risks and action items
    { id: 'clova-note-line', name: 'CLOVA Note (LINE)', vendor: 'LINE Corporation', category: 'meeting', domains: ['clovanote.line.me'], region: 'japan', source: 'https://clovanote.line.me/publics/terms?authDomain=2001' }, // terms (Japanese): records meetings and turns the audio into per-speaker text with AI technology
    { id: 'classync', name: 'Classync', vendor: 'Classync', domains: ['classync.study'], source: 'https://classync.study/refund' }, // refund policy: uploaded lectures get AI summaries and generated quizzes, billed by lecture hour; AI processing costs start on use
    { id: 'dissecting-ai', name: 'Dissecting AI', vendor: 'Dissecting AI', domains: ['dissecting-ai.dev'], source: 'https://dissecting-ai.dev/terms' }, // terms: paper-processing subscriptions on credits whose paper outputs and lecture audio are AI-generated
    { id: 'subtitles-download', name: 'Subtitles Download', vendor: 'Subtitles Download', category: 'audio', domains: ['subtitlesdownload.com'], source: 'https://subtitlesdownload.com/refund' }, // refund policy: credits for transcriptions made with AI; a used credit stands for AI processing and is not refunded
    { id: 'fast-srt', name: 'Fast SRT', vendor: 'ATHENA AI', category: 'audio', domains: ['fastsrt.com'], source: 'https://fastsrt.com/terms' }, // terms: AI-powered SRT subtitles from uploaded audio or video with a Whisper model, tokens per audio minute
    // --- Video generation and clipping ---
    { id: 'cliptude', name: 'Cliptude', vendor: 'Cliptude', category: 'video', domains: ['cliptude.com'], source: 'https://cliptude.com/docs/refund-policy/' }, // refund policy: a video pipeline whose script (LLM), voiceover and thumbnails are made by AI, billed in credits
    { id: 'clipnlist', name: 'ClipNList', vendor: 'ClipNList', category: 'video', domains: ['clipnlist.com'], source: 'https://www.clipnlist.com/refunds' }, // refund policy: videos generated from uploaded images; credits are spent at start because AI processing costs begin then
    { id: 'clip-flow-app', name: 'ClipFlow (clip-flow.app)', vendor: 'ClipFlow', category: 'video', domains: ['clip-flow.app'], source: 'https://clip-flow.app/refunds' }, // refund policy: each generation triggers AI inference, rendering and third-party API costs, so used credits are final
    { id: 'cutfusionai', name: 'CutFusionAI', vendor: 'CutFusionAI', category: 'video', domains: ['cutfusionai.com'], source: 'https://www.cutfusionai.com/refunds.html' }, // refund policy: tokens consumed by AI video processing that uses AI transcription and content analysis
    { id: 'ai-video-maker-org', name: 'AI Video Maker (ai-video-maker.org)', vendor: 'ai-video-maker.org', category: 'video', domains: ['ai-video-maker.org'], source: 'https://ai-video-maker.org/refund' }, // refund policy: instant videos, images and assets created with AI technology, sold as credits
    { id: 'imagetovideoaifree', name: 'ImageToVideoAIFree', vendor: 'ImageToVideoAIFree.com', category: 'video', domains: ['imagetovideoaifree.com'], source: 'https://imagetovideoaifree.com/refund-policy' }, // refund policy: credits consumed by AI video generation, paid video models, durations and resolutions
    { id: 'ai-video-director', name: 'AI Video Director', vendor: 'AI Video Director', category: 'video', domains: ['aivideodirector.ru'], source: 'https://aivideodirector.ru/refund' }, // refund policy: access to AI-generation tools and credits spent on generation tasks
    { id: 'ai-ultra-in', name: 'AI ULTRA', vendor: 'AI ULTRA', category: 'video', domains: ['aiultra.in'], source: 'https://aiultra.in/refund-policy/' }, // refund policy: credit packs and plans for a web app that generates videos with AI; no refunds for the style of an AI result
    { id: 'aidancing', name: 'AIDancing', vendor: 'AIDANCING', category: 'video', domains: ['aidancing.net'], source: 'https://aidancing.net/en/refund' }, // refund policy: prepaid credits consumed by each AI video generation or edit on GPUs
    // --- Photo editing and headshots ---
    { id: 'aiheadshotmaster', name: 'AIHeadShotMaster', vendor: 'MetaTech Innovation LTD', category: 'image', domains: ['aiheadshotmasters.com'], source: 'https://www.aiheadshotmasters.com/Refund' }, // refund policy: AI-generated photos from the user's uploads; no refund once the model is trained on GPUs
    { id: 'ai-image-edit', name: 'AI Image Edit (aiimageedit.ai)', vendor: 'AI Image Edit', category: 'image', domains: ['aiimageedit.ai'], source: 'https://aiimageedit.ai/refund-policy' }, // refund policy: an AI-powered image-editing platform whose credits are spent on processed images
    { id: 'beard-remover', name: 'Beard Remover', vendor: 'Beard Remover', category: 'image', domains: ['beardremover.com'], source: 'https://beardremover.com/refund' }, // refund policy: an AI image-processing service whose subscriptions and credits pay for AI computing resources
    // --- Try-on: clothes, nails and tattoos ---
    { id: 'bbstyle', name: 'BBStyle', vendor: 'BBStyle', category: 'image', domains: ['bbstyle.me'], source: 'https://bbstyle.me/fair-credits' }, // credit page: AI try-on looks at one credit each, returned when the AI provider fails or a look is flagged bad
    { id: 'outfit-swap-studio', name: 'Outfit Swap Studio', vendor: 'Outfit Swap Studio', category: 'image', domains: ['outfitswapstudio.com'], source: 'https://outfitswapstudio.com/refund' }, // refund policy: an AI outfit-swap service sold as credit packs and subscriptions
    { id: 'alter-try-on', name: 'Try-On (getalter.ai)', vendor: 'Alter', category: 'image', urlPrefixes: ['getalter.ai/ai-virtual-try-on'], source: 'https://getalter.ai/ai-virtual-try-on/refund' }, // refund policy: runs that generate a model wearing the uploaded garment, with processing time owed to its AI technology (path only)
    { id: 'elitesecom-studio', name: 'studio.elitesecom.ai', vendor: 'elitesecom.ai', category: 'image', domains: ['studio.elitesecom.ai'], source: 'https://studio.elitesecom.ai/refund-policy' }, // refund policy: AI-based software turning garment reference photos into catalogue-style images; refunds when the AI changed the product
    { id: 'artinails', name: 'Artinails', vendor: 'Artinails', category: 'image', domains: ['artinails.com'], source: 'https://artinails.com/legal/refund-policy' }, // refund policy: an AI nail-design generator whose used credits are not refunded
    { id: 'designmyink', name: 'DesignMyInk', vendor: 'Known By One LLC', category: 'image', domains: ['designmyink.com'], source: 'https://designmyink.com/refund-policy' }, // refund policy: AI-generated tattoo designs created instantly from the user's inputs, on generation credits
    // --- Room staging and redesign ---
    { id: 'propstaged', name: 'PropStaged', vendor: 'PropStaged', category: 'image', domains: ['propstaged.com'], source: 'https://propstaged.com/refund-policy' }, // refund policy: AI virtual staging paid in credits that generate staged images
    { id: 'roommee', name: 'Roommee', vendor: 'Roommee', category: 'image', domains: ['roommee.app'], source: 'https://roommee.app/refund-policy' }, // refund policy: room redesigns on Design Credits; each generation runs on AI compute, so used credits are final
    // --- Careers ---
    { id: 'hiredcopilot', name: 'HiredCopilot', vendor: 'HiredCopilot', domains: ['hiredcopilot.com'], source: 'https://hiredcopilot.com/refund-policy' }, // refund policy: subscriptions and AI credits for AI-assisted job applications: résumé tailoring and parsing, AI reviews, AI interview credits
    { id: 'resume-tailor-resumint', name: 'Resume Tailor (resumint.app)', vendor: 'Resume Tailor', category: 'writing', domains: ['resumint.app'], source: 'https://resumint.app/refunds' }, // refund policy: AI-powered résumé tools; consumed AI credits and AI requests are not refunded
    { id: 'applyfirst', name: 'ApplyFirst', vendor: 'Antkowiak Services GbR', domains: ['applyfirst.app'], region: 'europe', source: 'https://applyfirst.app/refund' }, // refund policy: job-board monitoring with AI-powered matching against the user's CV and compatibility scoring (a German GbR)
  ],
  { checked: CHECKED_C25, region: 'global' },
);
