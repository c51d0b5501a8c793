// Twenty-eighth session, second meeting-and-voice pass (2026-12-08, helper `meetvoice2`): AI meeting, transcription,
// voice and audio products no entry claimed yet, beside the earlier passes on these kinds (data/meeting.ts, audio.ts,
// long-tail-audio.ts, long-tail-c16-prodmeet.ts, long-tail-c17-voice.ts, long-tail-c18-meetings.ts,
// long-tail-c18-music.ts, long-tail-c20-translate.ts, long-tail-c22-audio2.ts, long-tail-c23-music2.ts,
// long-tail-c23-translate2.ts), whose rows and queries are not repeated here. Here: AI meeting bots and personas that
// join calls (Meetso, AI Meet Live); file transcription on AI models (Audio Chat on wave2text.com, KreyAI, VidNotes'
// deposition and interview transcripts); lecture and sermon transcription with AI notes and summaries (ClassLecture.ai,
// Sermon Keeper, Sermora AI's live captions); a phone-call recorder whose calls are transcribed and analysed by AI
// (CallRecap); AI quality scoring of contact-centre calls (OpticAll); AI speech and singing coaches (SpeakUp,
// SpeakScore, IntonationAI); a speaker-diarization API (pyannoteAI); an AI music API (Soundpiece); and AI
// text-to-speech and voice-cloning services (Kukarella, Speechora).
//
// Leads. 37 look-ups, all `search` in the stored `pages` corpus, counted as they were made. Queries worded the way
// vendors word their own privacy policies, terms, refund and credit policies, help centres and docs: meeting bots that
// join your meetings; transcription and speech-recognition credits; voice-cloning consent; TTS refund policies; AI
// music licence terms; call-recording analysis and conversation intelligence; dictation apps; AI dubbing credits; AI
// voice changers; voice-note apps on Whisper; AI sound effects; lecture recording and AI notes; AI podcast generation;
// sermon transcription; speaker-diarization API pricing; board-meeting minutes; public-speaking coaches; phone-call
// recorder apps; contact-centre QA scoring; deposition transcription; live event captions; audio to sheet music;
// podcast show notes; singing coaches; wearable AI recorders; Norwegian (transskribering, møtereferat) and Indonesian
// (transkripsi, notulen rapat) meeting transcription; TTS API docs; AI lyrics terms; interview transcription for
// journalists; AI voiceovers; AI radio ads; bot-free desktop note-takers; transcription refund policies;
// meeting-assistant plans; and two look-ups for vendors seen without a page fit to cite (pyannoteAI, Kukarella). The
// Norwegian and Indonesian look-ups returned university guides, news and listed vendors only; the audio-to-sheet-music,
// AI lyrics, wearable-recorder and AI voiceover look-ups returned articles and spam copies. Every row cites a page with
// a path on the product's own host (for AI Meet Live a regional host under it, for Soundpiece and pyannoteAI their docs
// hosts, for VidNotes and Kukarella a blog post about their own product) where the vendor says the product transcribes,
// summarises, scores, coaches, generates or clones with AI, AI models or a named model provider. Hosts were run through
// /work/helpers/classify-hosts.mts and names grepped in data/ first.
//
// Measured with /work/helpers/classify-hosts.mts on the 226 hosts the searches returned (vendors, articles, law firms,
// universities, spam copies and shared hosts alike, in /work/helpers/out/meetvoice2-hosts.txt): 60 classified before
// (26.5%), 78 after (34.5%; kukarella.com and www.kukarella.com count twice).
//
// Already listed and left to their entries: AI Meetings (aimeetings.net), Sky-Scribe, Transcription.Solutions, Audio
// Converter AI, Speak AI, AudioPod, Velluto, Robot Articles, NaturalReader, Voicemaker, Typecast, Mubert, Songmuse,
// ConversAI Labs, Dubbix (qorden.ai), MultiVoice, Rask, SonicScript, AI Voice Character (aivoiceclone.app),
// Wondercraft, Sermon AI, That Sermon, Sermon Flow, Sarvam, Voice Notes AI, AI SFX Lab, LectureAid, PolarNotes, AI Talk
// Coach, Blah Speech Trainer, Vocal Director, Gistly, Subanana, EventRecast, PodNotes, GeraCast, Kompozy, Kuulo, Trint,
// tl;dv, Sonix, summarizemeeting.com, ReelMind, BriefVox, PodcastsToText, RecolX, MeetingMint, Meet2Doc, Canary
// (askcanary.com), Daisy (daisy.smallbricktory.com and daisylocal.app), AIRadio.Host, Aloudtext, Voice.ai and Faseeh.
// The c18 meetings pass listed wave2text.com among hosts already entered, but no entry claims it; its terms
// ("AI-assisted transcription", "AI transcription is probabilistic") are cited here. Kukarella, a lead of the c27
// leads9 and faqmodel passes (no page of its own was returned to them), is added from its own blog post on the
// commercial use of its AI voices; the c27 faqmodel trap on its voice-cloning ethics guide is dropped with a note.
// KikiVoice's voice-cloning terms on kikivoice.ai are left to its entry on kikivoice.com, as the c26 apps2 pass decided
// (the host is not added here).
//
// Doubtful rows: Soundpiece's docs page says outputs are "assigned to you" and, further down, lists "ownership of
// generated outputs" under what Soundpiece retains: the page contradicts itself on ownership but says plainly that the
// product runs on Soundpiece's AI models. pyannoteAI's features page says "AI" only in the company's name; it describes
// speaker diarization and identification by a selectable model with confidence scores, and the company's own docs (the
// billing page) bill per model; speaker diarization is a machine-learning task, so the row is kept. Kukarella's cited
// page is a blog post on the commercial use of AI voices that answers the users' questions about Kukarella's own TTS
// files; its FAQ, also read, sells characters for text to speech and minutes for transcription. SpeakScore's FAQ says
// AI analyses pace, clarity and filler words and a human coach calibrates the result: a hybrid service whose first pass
// is AI. VidNotes is read from a blog post that names "AI transcription tools like VidNotes". Sermon Keeper is an iOS
// app on its own domain (as the c25 apps pass took such apps); its policy says it generates AI-powered sermon
// summaries. Sermora AI's live captions use the browser's speech recognition; the AI named in its policy is the sermon
// summary the host can request: the product's name and paid feature, so the row is kept.
//
// Left out. Shared platforms and personal or developer hosts: Dictate on gabrielmalonso.github.io and
// usedictate-landing.pages.dev, Dictation Pro on netlify.app, dictate.app's policy on dictate-app.pages.dev, WhispNotes
// on notion.site, the Speech Notes apps on blogspot, VoiceInsight on github.io, Smart AI Voice Recorder on
// sites.google.com, LiveCaption AI Translator on notion.site, VocalTune on notion.so, SongSync on pages.dev,
// CallRecap's earlier copy on callrecap.pages.dev, Vokarys on a Firebase hosted.app host, Meeting Notes Assistant and
// Podcasts to Ebooks on railway.app, Meeting Copilot on tiiny.site, vocalanalytics.netlify.app, Smarty Voice Notes on
// fabfeelings.com (a developer's host with several apps, as the c18 meetings pass left it), On-Device Note Taker on
// fieldbw.com's app folder, Voice-API's terms on jakobholst.dk, distillery-lab.fyi's developer extension, and Sermon
// Scrubber on stevenhovater.com (as before). Pages that do not say the product uses AI: meetbot.automusk.ai (trapped by
// the c18 meetings pass), docs.transcriptmagic.com and docs.videototext.dev (credit pages), GoSpeech's billing docs,
// dictate.ms (an Office dictation add-in), voicechanger.live (Echo, an on-device voice changer whose policy names no
// AI: a lead), texttospeechvideomaker.com, wemakevoice.com, TextToSpeechSkills' terms, the Sonorix refund page,
// aaaitools.com's guide, scoopscript.com's and transcribtxt.com's blogs on transcription (leads), amynote.app's
// deposition post, vts.askgiya.com's deposition guide, convertaudiototext.com's post on podcast takeaways (its template
// is named, its AI is not: a lead); this pass traps only texttospeechvideomaker.com and TextToSpeechSkills' terms (as
// earlier passes did), the others staying untrapped as possible AI products or leads. Products where AI is one optional
// feature: GetCall (getcall.online), a call recorder that sends a recording to OpenAI only when the user taps to
// transcribe; dMeet (docs.dmeet.org), a video-meeting platform with a paid AI Summary and AI voice translator (a lead,
// not trapped); worship.build (AI on the user's own keys, as the c25 outputs pass left it); Suede Sing (on-device pitch
// analysis, beside the Suede entry on suedeai.ai); Easy Pitch and VocalTune (on-device pitch detection). Drafts and
// placeholders: myofficehour.techwireapp.com (trapped before), lecture-recorder.app ("[vps-region]", trapped before). A
// host that imitates Microsoft Teams (miorosoftteams.com, trapped by the c18 meetings pass). Services and agencies:
// aiinteam.com (an agency building voice agents on Retell), nethexcare.ro and simplycontact.com (contact-centre
// outsourcers), legaltranscriptionservice.com and outsecmedia.co.uk (human transcription), voices.com and
// voicemachine.com (human voice talent), genartstudios.com (a studio). Articles, guides, directories, papers and spam
// copies: the rest of the hosts file (winenfood.com, theneuralbase.com, toolcolumn.com, getgangly.com's and
// datajd.com's guides, anchorfact.org, the "9+ AI Music" spam copies on unrelated hosts, courtreporter.co, university
// wikis at NTNU, NLA and OsloMet, news sites and the rest).
//
// Leads: Echo (voicechanger.live), dMeet (dmeet.org), Vokarys, Voice-API (voice-api.app, trapped before as a page not
// saying AI), dictate.app, intonation.ai (the address IntonationAI's policy gives for its data-protection officer, not
// read), ScoopScript, transcribtxt, CallsIQ (callsiq.com, a lead of the c28 hr3 pass whose journalism post does not
// name its own AI), Convert Audio to Text (convertaudiototext.com), jenzerinnovations.com (a local meeting recorder
// with local LLM summaries whose product name the page does not give).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C28, defineTools } from './define';

export const longTailC28Meetvoice2Tools: Tool[] = defineTools(
  'meeting',
  [
    // --- meeting bots and call analysis ---
    { id: 'meetso', name: 'Meetso', vendor: 'Meetso', domains: ['meetso.ai'], source: 'https://www.meetso.ai/privacy' }, // privacy: an AI meeting-intelligence platform that joins online meetings, records, transcribes and summarises
    { id: 'ai-meet-live', name: 'AI Meet Live', vendor: 'AI Meet Live', domains: ['aimeet.live'], source: 'https://us-west-1.aimeet.live/privacy' }, // privacy: AI personas with their own knowledge bases attend Zoom, Meet and Teams meetings; transcripts and minutes
    { id: 'callrecap', name: 'CallRecap', vendor: 'Cortex Edge FZ LLC', domains: ['callrecap.app'], source: 'https://callrecap.app/privacy.html' }, // privacy: call audio uploaded only for AI processing; transcriptions and AI analyses of each call
    { id: 'opticall', name: 'OpticAll', vendor: 'OpticAll', domains: ['opticall.io'], source: 'https://opticall.io/ai-quality-assurance' }, // "AI quality assurance that scores every call": AI QA on call transcripts for contact centres
    // --- transcription, lectures and sermons ---
    { id: 'wave2text-audio-chat', name: 'Audio Chat (wave2text.com)', vendor: 'Audio Chat', domains: ['wave2text.com'], source: 'https://wave2text.com/terms-of-service' }, // terms: "AI-assisted transcription" of uploaded media, sold in credit packs
    { id: 'kreyai', name: 'KreyAI', vendor: 'KreyAI', domains: ['kreyai.com'], source: 'https://kreyai.com/terms' }, // terms: "KreyAI uses advanced AI models to generate transcriptions", prepaid credits
    { id: 'vidnotes', name: 'VidNotes', vendor: 'VidNotes', domains: ['vidnotes.app'], source: 'https://vidnotes.app/blog/76-How-to-Transcribe-Legal-Depositions' }, // blog: "AI transcription tools like VidNotes" for deposition review and summaries
    { id: 'classlecture-ai', name: 'ClassLecture.ai', vendor: 'ClassLecture.ai', domains: ['classlecture.ai'], source: 'https://www.classlecture.ai/privacy' }, // privacy: a lecture transcription and AI assistant service; transcripts "generated from your audio files using AI"
    { id: 'sermon-keeper', name: 'Sermon Keeper', vendor: 'Sermon Keeper', domains: ['sermonkeeper.app'], source: 'https://sermonkeeper.app/privacy' }, // privacy: transcription of sermon recordings and AI-powered sermon summaries
    { id: 'sermora-ai', name: 'Sermora AI', vendor: 'Sermora AI', domains: ['sermoraai.com'], source: 'https://sermoraai.com/legal/privacy' }, // privacy: live multilingual captions for worship services and AI-powered sermon summaries
    // --- speech and singing coaches ---
    { id: 'speakup-coach', name: 'SpeakUp (speakupcoach.com)', vendor: 'SpeakUp', category: 'audio', domains: ['speakupcoach.com'], source: 'https://speakupcoach.com/privacy' }, // privacy: an AI-powered public speaking coaching platform; speech transcribed (Groq) and scored
    { id: 'speakscore', name: 'SpeakScore', vendor: 'SpeakScore', category: 'audio', domains: ['myspeakscore.com'], source: 'https://www.myspeakscore.com/faq' }, // FAQ: "AI analyzes speech patterns such as pace, clarity, filler words", with human calibration
    { id: 'intonationai', name: 'IntonationAI', vendor: 'Intonation Labs Pte. Ltd.', category: 'audio', domains: ['intonationai.app'], source: 'https://intonationai.app/privacy' }, // privacy: AI vocal coaching; feedback and scores "generated by our AI models" from streamed practice audio
    // --- speech, voice and music APIs and studios ---
    { id: 'pyannote-ai', name: 'pyannoteAI', vendor: 'pyannoteAI', category: 'audio', domains: ['pyannote.ai'], source: 'https://docs.pyannote.ai/features' }, // docs: speaker diarization and identification by a selectable model, voiceprints, confidence scores
    { id: 'soundpiece', name: 'Soundpiece', vendor: 'Soundpiece', category: 'audio', domains: ['soundpiece.co'], source: 'https://docs.soundpiece.co/ip-licensing' }, // docs: music generated through the Soundpiece API from prompts or reference audio; "the underlying AI models"
    { id: 'kukarella', name: 'Kukarella', vendor: 'Kukarella', category: 'audio', domains: ['kukarella.com'], source: 'https://kukarella.com/post/commercial-use-of-ai-voices-what-you-need-to-know' }, // blog: commercial use of AI voices, answering users about Kukarella's TTS files; FAQ sells TTS characters and transcription minutes
    { id: 'speechora-io', name: 'Speechora', vendor: 'Speechora', category: 'audio', domains: ['speechora.io'], source: 'https://www.speechora.io/services' }, // services policy: "AI-powered text-to-speech and voice cloning services", billed in credits
  ],
  { checked: CHECKED_C28 },
);
