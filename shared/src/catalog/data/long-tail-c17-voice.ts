// Seventeenth session, voice pass (2026-12-06, issue 15): AI voice and audio products the catalog still missed —
// text-to-speech and voice-cloning studios, AI song and music generators, AI mastering, AI vocal removers and noise
// cleaners, AI dubbing with lip sync, an AI podcast maker, AI transcription and subtitle services, and AI voice agents
// that answer or place phone calls (receptionists, restaurant phone ordering, calling APIs), plus one French AI voice
// companion.
//
// Leads. 52 look-ups, 50 in the stored `pages` corpus and 2 in `docs`, by product kind and in the words vendors put on
// their own legal and help pages: TTS and voice-cloning terms and biometric notices, song-generator ownership terms,
// dubbing terms, stem-splitter privacy policies, AI receptionist and restaurant ordering terms, calling-API docs,
// subtitle and dictation policies, and the same kinds in French, German, Spanish, Portuguese, Italian, Russian,
// Japanese, Korean, Chinese and Hindi (the German, Spanish, Italian, Russian, Korean and Chinese look-ups returned
// only articles). Five look-ups went to vendors seen only on blog pages, to find a page of theirs fit to cite. Every
// row cites a terms, privacy, licence, help or docs page on the product's own host (for Voice of Trades, a server host
// under it; for Transcription AI, the root of its legal subdomain); each page says in the vendor's words that the
// product generates, transcribes, separates or answers with AI or machine-learning models. Every host was run through
// classify-hosts.mts and the names grepped in data/ first; Dialzara, Voctiv, JagCall, AISFX Lab, Speechgen, Smart書記
// and the AmiVoice API were already there.
//
// Measured with /work/helpers/classify-hosts.mts on the 334 hosts the searches returned (vendors, articles, stores and
// shared hosts alike): 36 classified before (10.8%), 90 (26.9%) after.
//
// Left out. Shared-platform copies (voices-clone.web.app, ai-voiceover-three and speaksynth on vercel.app, SoundClean
// and a VoxBooster policy on pages.dev, Vocal Division on agentsite.network over a Hugging Face Space, AgentVoice's
// docs on mintlify.dev, Speakify on eu.org, AudioText on an Azure cloudapp host, notion.site, blogspot and netlify.app
// pages); mobile-only apps whose pages are store or in-app terms (AI Voice Lab, VoClone, Vocas, GiftSong, LiveInterp,
// Transcription: AI VoiceToText, Vocal Remover by Island, Plus VoiceChanger, Voicemaxx, Answerio on haulis.com, the
// iOS Vocal Remover on cleverapps.us); desktop apps on studio subdomains (VoxShift on boldtec.io, AI Voice Changer on
// bulpara.com); a third-party site named after an open model (heart-mula.com, left out in the same way by the c16
// imgvid pass); pages that do not say the product uses AI (TextToSpeechSkills, GenerateAudio.net on Google's TTS API,
// Transkripto, AudioScribe, Wave2Text, Voice to Text Online, TranscribeGo, Capshun, DownSub, EZTTS, TtsZone, VoiceOver
// Maker, Orderer.io, Swingaroo, which says it uses no AI at all); a pre-launch draft with a placeholder company
// (VoiceOps); a private, invitation-only service (AITranslations on herling.pro); personal or sole-trader hosts (Voice
// AI on smolevich.com, VoiceForge AI on tts.sms247.net, Voxlate on usefulisms.com, a translate bot on alg.academy);
// general companies with an AI add-on (Fasthosts' AI Receptionist, iMusician's Instant Mastering, Lovenotesong's
// store); products seen only on their own blog or glossary pages, left as leads (VoxBooster, BeatsToRapOn,
// TomorrowSounds, VocalRemoverX, Songmuse, Podhoc, TicNote, EasySSub, Headroom, Speeko, Dialfyne, Turbocall, Accent
// Harmonizer, Dineline AI, Flowrefy, Clevervoice, Bots4You); Trillet's docs host trillet.ai (the entry `trillet` in
// long-tail-c10-rescan.ts claims trillet.com; the host belongs there, not in a second entry); AllToken, an LLM relay,
// and SmartInterview, an interview-research tool, outside this kind.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C17, defineTools } from './define';

export const longTailC17VoiceTools: Tool[] = defineTools(
  'audio',
  [
    // --- Text to speech, voice cloning and speech APIs ---
    { id: 'aloudtext', name: 'Aloudtext', vendor: 'Vero Pulse', domains: ['aloudtext.com'], source: 'https://aloudtext.com/terms-of-use/' }, // terms: browser-based AI text-to-speech and voice cloning, run by a Lithuanian company
    { id: 'texttospeechai-com', name: 'TextToSpeechAI', vendor: 'TextToSpeechAI', domains: ['texttospeechai.com'], source: 'https://www.texttospeechai.com/privacy' }, // privacy: text-to-speech service and API whose content data is the text sent for conversion
    { id: 'akashml', name: 'AkashML', vendor: 'Overclock Labs', category: 'developer-platform', domains: ['akashml.com'], source: 'https://akashml.com/biometric-notice' }, // biometric notice: voice cloning, a voice library and TTS features, voiceprints never used to train models
    { id: 'voiceforgeai-site', name: 'VoiceForge AI', vendor: 'VoiceForge AI', domains: ['voiceforgeai.site'], source: 'https://voiceforgeai.site/privacy' }, // privacy: hosted text-to-speech and voice-cloning platform with an API
    { id: 'anyspeech', name: 'AnySpeech', vendor: 'AnySpeech', domains: ['anyspeech.io'], source: 'https://anyspeech.io/fr/terms' }, // terms (French): AI speech-synthesis service paid in credits per conversion
    { id: 'locutoria', name: 'Locutoria', vendor: 'Pounder', domains: ['locutoria.com.br'], region: 'latam', source: 'https://locutoria.com.br/termos-e-condicoes' }, // terms (Portuguese): turns text into audio with artificial intelligence, sold by the minute
    { id: 'oto6-ai', name: 'Otoroku AI', vendor: 'TBS Glowdia', domains: ['oto6.zone'], region: 'japan', source: 'https://oto6.zone/terms' }, // terms (Japanese): 音六AI, a platform that generates narration automatically from uploaded scripts
    { id: 'voxio-studio', name: 'Voxio Studio', vendor: 'Voxio Studio', domains: ['voxiostudio.com'], source: 'https://voxiostudio.com/privacy' }, // privacy: generates audio, cloned voices and music from scripts and prompts
    { id: 'finevoice', name: 'FineVoice', vendor: 'FineVoice', domains: ['finevoice.ai'], source: 'https://api.finevoice.ai/api-reference/endpoint/sfx-generation' }, // API docs: sound effects generated from a text prompt or a video, with stem separation jobs
    { id: 'autogon-ai', name: 'Autogon AI', vendor: 'Autogon', category: 'developer-platform', domains: ['autogon.ai'], source: 'https://docs.autogon.ai/autogon-qore/natural-language-ai/speech-to-text' }, // docs: speech-to-text API among its natural-language AI services
    { id: 'audiopod-ai', name: 'AudioPod AI', vendor: 'AudioPod', domains: ['audiopod.ai'], source: 'https://docs.audiopod.ai/api-reference/ai-dubbing' }, // API docs: speech-to-speech translation into 21 languages that clones the speaker's voice
    { id: 'geoff-ai', name: 'Geoff', vendor: 'Geoff', category: 'developer-platform', domains: ['geoff.ai'], source: 'https://docs.geoff.ai/api-reference/speech/voice-dub' }, // API docs: voice dub chains speech-to-text, translation and TTS with cross-lingual cloning
    // --- AI songs, music and mastering ---
    { id: 'aisonggen-net', name: 'AISongGen', vendor: 'AISongGen', domains: ['aisonggen.net'], source: 'https://aisonggen.net/terms' }, // terms: songs generated from prompts, lyrics and reference audio by its models
    { id: 'generatesongs-ai', name: 'GenerateSongs.ai', vendor: 'GenerateSongs.ai', domains: ['generatesongs.ai'], source: 'https://www.generatesongs.ai/terms' }, // terms: each credit buys one song created with AI, with an API
    { id: 'aitosong', name: 'AItoSong', vendor: 'Dreamspark AI', domains: ['aitosong.com'], source: 'https://www.aitosong.com/license' }, // licence: AI song, text-to-music and lyrics generators plus stems and vocal removal
    { id: 'songria', name: 'Songria', vendor: 'Songria', domains: ['songria.com'], source: 'https://songria.com/terms' }, // terms: makes music by chatting, with AI models rendering tracks, stems and lyrics
    { id: 'vocu-ai', name: 'VOCU AI', vendor: 'VOCU AI', domains: ['vocuai.com'], source: 'https://vocuai.com/terms' }, // terms: AI-powered personalised song creation from prompts and moods, on the web as well as apps
    { id: 'songilingy', name: 'Songilingy', vendor: 'Songilingy', domains: ['songilingy.com'], source: 'https://songilingy.com/legal/terms' }, // terms: personalised AI-assisted songs unlocked per track
    { id: 'singvio', name: 'Singvio', vendor: 'Singvio', domains: ['singvio.com'], source: 'https://singvio.com/voice-consent' }, // voice policy: AI-generated songs sung in a voice sample the user owns or has consent for
    { id: 'songmastering-ai', name: 'SongMastering AI', vendor: 'SongMastering AI', domains: ['songmasteringai.com'], source: 'https://www.songmasteringai.com/terms' }, // terms (German sole trader): neural networks master uploaded tracks
    { id: 'mixmasterai', name: 'MixMasterAI', vendor: 'MixMasterAI', domains: ['mixmasterai.co'], source: 'https://www.mixmasterai.co/privacy' }, // privacy: mastering whose AI decision layer calls Claude on audio features
    // --- Vocal removal, stems and noise cleaning ---
    { id: 'vocalremoverai-app', name: 'Vocal Remover AI', vendor: 'Vocal Remover AI', domains: ['vocalremoverai.app'], source: 'https://vocalremoverai.app/privacy-policy' }, // privacy: AI vocal removal and audio separation platform
    { id: 'freevocalremover', name: 'FreeVocalRemover', vendor: 'FreeVocalRemover', domains: ['freevocalremover.com'], source: 'https://www.freevocalremover.com/privacy-policy' }, // privacy: uploads used only for AI vocal separation
    { id: 'vocalremover-one', name: 'VocalRemover.one', vendor: 'VocalRemover.one', domains: ['vocalremover.one'], source: 'https://vocalremover.one/terms-of-service' }, // terms: AI tool that removes vocals and makes instrumental or a cappella tracks
    { id: 'noise-remover-com', name: 'noise-remover.com', vendor: 'noise-remover.com', domains: ['noise-remover.com'], source: 'https://www.noise-remover.com/terms-of-service' }, // terms: AI noise removal and voice enhancement, with a studio and a REST API
    // --- Dubbing and lip sync ---
    { id: 'dubbix', name: 'Dubbix', vendor: 'Qorden', domains: ['qorden.ai', 'dubbix.com'], source: 'https://qorden.ai/dubbix-terms-conditions/' }, // terms: AI TTS, speech cloning, dubbing with lip sync and video generation; dubbix.com/terms-conditions (read 2026-12-07) names Dubbix as Qorden AI Ltd's AI dubbing platform on its own host
    { id: 'multivoice-ai', name: 'MultiVoice.ai', vendor: 'Movify.Cy', domains: ['multivoice.ai'], source: 'https://multivoice.ai/en-privacy' }, // user agreement: dubbing studio and API for film voice-over, subtitles, transcription and speech synthesis
    { id: 'lip-dubber', name: 'Lip Dubber', vendor: 'Lip Dubber', domains: ['lipdubber.com'], source: 'https://lipdubber.com/docs/help/glossary' }, // help glossary: a pipeline of separation, transcription, translation, TTS models and lip sync
    // --- Podcasts ---
    { id: 'podthis', name: 'PodThis', vendor: 'PodThis', domains: ['podthis.co'], source: 'https://www.podthis.co/terms' }, // terms: AI research and scripts, AI voices and cover art for generated podcast episodes
    // --- Transcription, subtitles and dictation ---
    { id: 'dyscribe', name: 'Dyscribe', vendor: 'Dyscribe', domains: ['dyscribe.ai'], source: 'https://dyscribe.ai/privacy' }, // privacy: WhatsApp bot "Lexi" transcribing and summarising voice notes with Whisper and GPT
    { id: 'easysub-io', name: 'EasySub', vendor: 'CET (Thailand)', domains: ['easysub.io'], source: 'https://easysub.io/privacy' }, // privacy: captions via Whisper, AI polish and translation, optional cloned-voice dubbing
    { id: 'subtlesubtitle', name: 'SubtleSubtitle', vendor: 'SubtleSubtitle', domains: ['subtlesubtitle.com'], source: 'https://www.subtlesubtitle.com/terms' }, // terms: AI-powered transcription and bilingual subtitles from uploaded video
    { id: 'subs-rip', name: 'subs.rip', vendor: 'subs.rip', domains: ['subs.rip'], source: 'https://www.subs.rip/terms' }, // terms: audio sent to AI services for transcription and subtitle translation
    { id: 'urltosub', name: 'UrlToSub', vendor: 'UrlToSub', domains: ['urltosub.dev'], source: 'https://urltosub.dev/terms' }, // terms: subtitles from Whisper transcription and Claude translation
    { id: 'dict-ai', name: 'Dict•AI', vendor: 'Dict•AI', domains: ['dictait.ing'], region: 'africa', source: 'https://dictait.ing/terms' }, // terms: AI-powered transcription, summaries and speaker labels, priced in rand
    // --- AI voice agents: receptionists, phone ordering, calling APIs ---
    { id: 'answering-agent', name: 'Answering Agent', vendor: 'Answering Agent', category: 'agents', domains: ['answeringagent.com'], source: 'https://answeringagent.com/legal/terms' }, // terms: every call answered by AI, with voice synthesis and transcripts
    { id: 'rinqly', name: 'Rinqly', vendor: 'Momentum Partners', category: 'agents', domains: ['rinqly.ai'], source: 'https://rinqly.ai/terms' }, // terms: AI phone receptionist for small businesses, booking and call summaries
    { id: 'telai-agent', name: 'TelAI', vendor: 'Webmaster & More', category: 'agents', domains: ['telaiagent.com'], source: 'https://telaiagent.com/terms' }, // terms: AI receptionist that answers a firm's calls and emails intake messages
    { id: 'receptabot', name: 'Receptabot', vendor: 'Receptabot', category: 'agents', domains: ['receptabot.com'], source: 'https://www.receptabot.com/terms' }, // terms: AI virtual receptionist answering calls and scheduling
    { id: 'anna-receptionist', name: 'Anna', vendor: 'Global Roots Services', category: 'agents', domains: ['annareceptionist.com'], source: 'https://annareceptionist.com/acceptable-use' }, // acceptable use: the Anna AI receptionist must disclose it is an AI on calls
    { id: 'vozagent', name: 'VozAgent', vendor: 'VozAgent', category: 'agents', domains: ['vozagent.ai'], source: 'https://docs.vozagent.ai/developers/api/calls/create' }, // API docs: triggers AI-powered outbound calls by an assistant (api.vozagent.ai)
    { id: 'threetone', name: 'Threetone', vendor: 'Threetone', category: 'agents', domains: ['threetone.in'], region: 'india', source: 'https://docs.threetone.in/api-reference/outbound-calls/initiate-an-outbound-call' }, // API docs: voice AI agents placing outbound calls
    { id: 'busyotter', name: 'Busy Otter', vendor: 'Busy Otter', category: 'agents', domains: ['busyotter.ai'], source: 'https://busyotter.ai/privacy' }, // privacy: AI phone-call handling and order taking for restaurants
    { id: 'payorder', name: 'PayOrder', vendor: 'PayOrder', category: 'agents', domains: ['payorder.uk'], region: 'europe', source: 'https://www.payorder.uk/privacy' }, // privacy notice: restaurant calls answered by an AI assistant through Vapi and OpenAI
    { id: 'dialtone-menu', name: 'DialTone', vendor: 'DialTone', category: 'agents', domains: ['dialtone.menu'], source: 'https://dialtone.menu/privacy.html' }, // privacy: AI-powered phone ordering and reservations for independent restaurants
    { id: 'orderflow-ai', name: 'OrderFlow AI', vendor: 'OrderFlow AI', category: 'agents', domains: ['orderflowai.pro'], source: 'https://orderflowai.pro/privacy' }, // privacy: AI phone answering that takes restaurant orders, with Gemini inference
    { id: 'woic', name: 'WOIC', vendor: 'WOIC', category: 'agents', domains: ['woic.ai'], source: 'https://woic.ai/privacy' }, // privacy: calls can go to an AI mode that keeps transcripts and summaries
    { id: 'dialit', name: 'DialIt', vendor: 'Lautaro Figueroa LLC', category: 'agents', domains: ['dialit.io'], source: 'https://dialit.io/privacy' }, // privacy: an AI service that makes real phone calls for the user and reports on them
    { id: 'flydial', name: 'FlyDial', vendor: 'FlyDial', category: 'agents', domains: ['flydial.ai'], source: 'https://flydial.ai/privacy' }, // privacy: calling service with synthesized speech, machine transcripts and model inputs and outputs
    { id: 'technovaserv-ai-voicemail', name: 'AI Voicemail Assistant', vendor: 'Technovaserv', category: 'agents', domains: ['callflow.technovaserv.com'], source: 'https://callflow.technovaserv.com/terms' }, // terms: answers forwarded calls with OpenAI models over Twilio (subdomain only)
    { id: 'allcall-ai', name: 'AllCall AI', vendor: 'AllCall AI', category: 'agents', domains: ['allcall.ai'], source: 'https://allcall.ai/terms-conditions' }, // terms: AI voice agents that take calls, qualify leads and book appointments
    { id: 'voice-of-trades', name: 'Voice of Trades', vendor: 'Voice Of Trades LLC', category: 'agents', domains: ['voiceoftrades.ai'], source: 'https://server-630057.voiceoftrades.ai/terms-of-service' }, // terms (on a server host under its domain): AI voice call agents for trades businesses
    { id: 'voiceconvo', name: 'VoiceConvo.ai', vendor: 'VoiceConvo.ai', category: 'agents', domains: ['voiceconvo.ai'], source: 'https://voiceconvo.ai/termsofservice' }, // terms: platform to build and run AI voice and chat agents over telephony
    // --- Voice companions ---
    { id: 'soulvoice', name: 'SoulVoice', vendor: 'SoulVoice SAS', category: 'chat', domains: ['soulvoices.app'], region: 'europe', source: 'https://soulvoices.app/legal/terms' }, // terms (French): fictional AI voice companions built on language models
  ],
  { checked: CHECKED_C17 },
);
