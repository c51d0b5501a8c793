// Twenty-third session, second music pass (2026-12-07, helper `music2`): AI music and sound products no entry claimed
// yet, beside data/audio.ts, long-tail-audio.ts, the seventeenth session's voice pass (long-tail-c17-voice.ts), the
// eighteenth session's music pass (long-tail-c18-music.ts) and the twenty-second session's audio pass
// (long-tail-c22-audio2.ts), whose rows are not repeated here. Here: AI song and music generators (AI Music Studio on
// the user's own Gemini key, Music FX, Music Save Me, Musicfy on musicfy.top, MusicMake.ai), an ACE-Step music platform
// that mints songs as tokens (AceSteps), a MIDI-first AI music generator (Beat Shaper), song-generation APIs (MusicMint,
// MusicMCP.AI, TTAPI's Lyria endpoint), an AI sound-effect generator for game developers (GameAudioLab), AI stem
// splitters (SongSplit on songsplit.xyz; Echo VQ's SongSplit on Demucs), an AI audio-to-MIDI converter (MusicToMIDI),
// AI mixing tools (the MixEngine AI plugin, Mix Analyzer's AI recommendations), an AI lyric writer on Gemini (LyricLab),
// an AI voice changer and cloning studio (ReplicaVox), an AI DJ (BeethovenBeat), three AI music-video makers (BizMuse
// AI, musevideo, the desktop AI Music Video Generator) and a creative-AI platform's music tool (Eden's ACE-Step tool).
//
// Leads. 45 look-ups, 44 in the stored `pages` corpus and 1 in `docs`, by product kind and worded the way vendors word
// their own privacy policies, terms, refund policies, AI-content and voice-consent policies and API docs: stem
// splitters and vocal removers, AI mastering (twice), singing-voice conversion and cover songs (three times), AI sound
// effects (twice), MIDI and chord generators, audio-to-MIDI, royalty-free music for video, beat makers (twice), lyric
// writers (twice), named upstream models and providers (Suno via kie.ai, ACE-Step, Lyria, ElevenLabs Music, Demucs),
// song-generation APIs (once in `docs`), song extenders, music-video generators (twice), mixing assistants, jingles,
// rap generators, in-store background music, sample generators, hum-to-song, AI DJs, video-to-soundtrack, credit refund
// policies, and three look-ups for vendors seen only on third-party pages (Lyric Studio, Beatviz, Creatorry; none found
// a page of theirs), plus one for MusicMCP.AI's own site. German (KI-Musikgenerator), French (générateur de musique
// IA) and Japanese (AI作曲 利用規約) look-ups returned distributors' FAQs, law-firm notes and articles only. Every row
// cites a page with a path on the product's own host (for MusicMint, TTAPI, AceSteps, Eden and the AI Music Video
// Generator their docs. hosts; for Beat Shaper its white paper; for BeethovenBeat a blog post about its own product),
// and each page says in the vendor's words that the product generates, separates, transcribes, mixes, clones or
// selects with AI, a named model (Gemini, Lyria 3 Pro, ACE-Step, Demucs, MERT) or AI providers. Hosts were run through
// /work/helpers/classify-hosts.mts and names grepped in data/ first; the other c23 helpers' files were grepped too.
//
// Measured with /work/helpers/classify-hosts.mts on the 246 hosts the searches returned (vendors, articles, papers,
// law firms, stores, directories and shared hosts alike, in /work/helpers/out/music2-hosts.txt): 54 classified before
// (22.0%), 76 after (30.9%).
//
// Already listed and left to their entries: VocalRemoverAI, FreeVocalRemover, Song Splitter (stemsplits.com),
// MixMasterAI, SongMastering AI, AI SFX Lab, SoundMint AI, SoundStudioPro, BeatMusic AI, GenerateMusic, AISongGen,
// KineSonic, MusiGens AI, sunor, SongSmith, MuseGen, Solos Music, Singvio, Songria, VOCU AI, AItoSong, Songilingy,
// VibeSing, Mellifly, Vocal Director, SongMuse, LyricalWriter, SongForgeAI, SongPrompterAI, SongCraft, Lyrictomelody
// AI, MusicToVideo, SerenaScape, GSong.ai, Masterchannel, Landr, ACE Studio, MusicGPT, MiniMax, ModelsLab, ElevenLabs,
// Venice, Leonardo, fal.ai, Runware, Replicate, useapi.net, Base44, Musicfy (musicfy.lol) and Moises.
//
// Same names: SongSplit is two products here, a free Demucs splitter of Echo VQ Pty Ltd (a path on demo.echovq.com)
// and an unrelated AI splitter on songsplit.xyz, so both names carry a qualifier. Musicfy on musicfy.top is written as
// its own row beside the listed Musicfy (musicfy.lol); its user agreement names only musicfy.top, and nothing read
// ties the two. Music FX (musicfx.net) is a third-party AI music generator, not Google's MusicFX. AI Music Studio
// (aimusicstudio.pro) is not OnePlus's AI Music Studio (aimusicstudio.oneplus.com), and Eden (eden.art) is not Eden
// (tryeden.ai) or Eden AI (edenai.co).
//
// Claimed apart from a whole domain: the subdomain mixengine.inonda.tv (MixEngine AI), whose parent inonda.tv was not
// read, and the path demo.echovq.com/split (Echo VQ's SongSplit), because the rest of echovq.com was not read.
//
// Doubtful rows: MusicMake.ai's cited page is its blog guide to AI-music ownership, which tells "MusicMake.ai users"
// how to document their work under a site menu offering an AI lyrics generator and an AI style generator (its refund
// page, also read, never says AI); BeethovenBeat's AI picks and orders existing tracks (MERT embeddings, a transition
// planner) rather than generating music; the AI Music Video Generator is a desktop app whose policy describes local AI
// model weights, local lyric LLMs and a Suno connection, cited on its docs. host (the same policy sits on
// mvg.ashworthhub.com, not claimed); TTAPI's page is one chapter of its API docs, a music endpoint defaulting to Lyria 3
// Pro; Echo VQ's SongSplit page names Demucs by Meta and OpenAI's Whisper but never the letters "AI"; Eden's cited page
// documents one music tool (ACE-Step, run through Replicate) of a platform whose other tools were not read.
//
// Left out. Shared platforms (vocaldivision-com.agentsite.network, stem-x-web.pages.dev, text-to-song.pages.dev,
// the-ai-music-gen.pages.dev, beatmind.pages.dev, songwriting-assistant.pages.dev (Lyrium), zillinity-flagship.pages.dev,
// dj-manymind-chat.pages.dev, tech-simplified.pages.dev, ai-music-force.netlify.app, pianotypes.netlify.app,
// suni-ai-music.vercel.app, beatvid-ai.vercel.app (BeatVid AI), neural-audio-theory.vercel.app,
// articlegen-shyy.onrender.com (Creatorry's articles), sites.google.com, two notion.site pages for Melodio, a
// wixsite.com project page, jaysaisongcover.oopy.io, medium.com); iOS-, Android- or Mac-only apps, as earlier passes
// decided (Vocal Remover on cleverapps.us, STEM-X, BeatMind, Humming Music Maker on everybitt.site, MelodAI on
// adev-tech.com, MusicGo AI on musicgo.cc, Vocas, AI Music on sites.google.com); placeholders and drafts
// (stemify.space's "[LEGAL_ENTITY_NAME]", givethemchills.com's "[TODO]", musicprodstudio.com's "Template draft",
// aisongcreator.pro's bracketed date, 8drecords.com's "[insert timeframe]"); pages that do not say the product uses AI
// (lyricsstudio.xyz's policy, OG Voice's refund policy on ogvoice.app, musictosheet.com, visualbeat.io, vizasound.com's
// jingle policy, viviscore.ai's app docs, tracksensei.com, origin.loopmastering.com, audiomaster.ai and sl3.codes as
// the c18 pass found, purrfecthope.co.za's custom songs, jinglechain.com); human or AI-assisted services and platforms
// that host rather than make AI music (masteredbymarshal.com, balancedmastering.com's engineers, lovenotesong.com,
// aimusicservice.com, radiotunez.com, imusician.pro, MusicHub); general products where AI is one feature (iZotope's
// Mix Assistant, Sonichaos, a sample store whose blog describes its AI video-to-music matching beside a licensed
// catalog; Splice); an AI radio-prep service and an AI radio-voice service outside this topic and already decided
// (studio.radiodjdude.com, airadiohost.com); research and white papers (music-white-paper.aegeanai.com's Boomcraft,
// arxiv.org, trea.com patents); vendors seen only on third-party pages or generic blogs, left as leads (Lyric Studio on
// lyricstudio.net, whose own pages the searches did not return; Beatviz; Creatorry; Melodio; Signals & Sorcery on
// signalsandsorcery.ai; Lacuna's music API, seen only in an API-evangelist OpenAPI file; RealMusic's and BarsVision's
// generic blog posts; Sonaire's insights article, which the c22 pass also left as a lead; textideo.com's and
// limeailab.com's blog guides; BeatsToRapOn's stem-separation guide; Vibe Musicing and Donna AI, seen only in
// articles); and articles, glossaries, law-firm notes, spam copies and `?p=` pages (beatlyne.com, crm.nscs.org,
// samples.technavio.com and the like).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C23, defineTools } from './define';

export const longTailC23Music2Tools: Tool[] = defineTools(
  'audio',
  [
    // --- AI song and music generators ---
    { id: 'aimusicstudio-pro', name: 'AI Music Studio (aimusicstudio.pro)', vendor: 'AI Music Studio', domains: ['aimusicstudio.pro'], source: 'https://aimusicstudio.pro/privacy' }, // privacy: "our AI-powered music generation platform"; prompts go to Google's Gemini API with the user's own API key
    { id: 'musicfx-net', name: 'Music FX (musicfx.net)', vendor: 'Music FX', domains: ['musicfx.net'], source: 'https://musicfx.net/refund' }, // refund policy: "the best AI music generation experience", credits bought through Stripe
    { id: 'music-save-me', name: 'Music Save Me', vendor: 'musicsave.me', domains: ['musicsave.me'], source: 'https://musicsave.me/terms-of-service' }, // terms: "an AI-powered music generation platform" with text-to-music generation and playlist tools
    { id: 'musicfy-top', name: 'Musicfy (musicfy.top)', vendor: 'Musicfy (musicfy.top)', domains: ['musicfy.top'], source: 'https://www.musicfy.top/fil/user-agreement' }, // user agreement: "AI music generation services" generating music, songs, vocals and audio from user inputs
    { id: 'musicmake-ai', name: 'MusicMake.ai', vendor: 'MusicMake.ai', domains: ['musicmake.ai'], source: 'https://musicmake.ai/zh/blog/who-owns-ai-generated-music-2026' }, // its blog guide to AI-music ownership for "MusicMake.ai users", under a menu offering an AI lyrics generator and an AI style generator
    { id: 'acesteps', name: 'AceSteps', vendor: 'AceSteps', domains: ['acesteps.com'], source: 'https://docs.acesteps.com/music-creation/ace-step-ai' }, // docs: the open-source ACE-Step model "powers all music creation on AceSteps", on Modal GPUs; songs are minted as tokens
    { id: 'beat-shaper', name: 'Beat Shaper', vendor: 'Beat Shaper', domains: ['beatshaper.ai'], source: 'https://beatshaper.ai/resources/white-paper' }, // white paper: a deployed text-to-music system, an LLM reads the prompt and a custom Transformer generates editable MIDI rendered to audio
    // --- Song-generation APIs ---
    { id: 'musicmint-ai', name: 'MusicMint', vendor: 'MusicMint', category: 'developer-platform', domains: ['musicmint.ai'], source: 'https://docs.musicmint.ai/api-reference/music/generate' }, // API docs: song generation from lyrics or a description, extending clips and applying an "AI singer persona"
    { id: 'musicmcp-ai', name: 'MusicMCP.AI', vendor: 'MusicMCP.AI', category: 'developer-platform', domains: ['musicmcp.ai'], source: 'https://www.musicmcp.ai/api-docs/en' }, // REST API docs: "Integrate AI Music generation into your application", two songs per request for credits, beside its MCP server
    { id: 'ttapi', name: 'TTAPI', vendor: 'TTAPI', category: 'developer-platform', domains: ['ttapi.io'], source: 'https://docs.ttapi.io/api/en/flowmuisc/flowmuisc_generate' }, // API docs: generate music from a prompt or lyrics; the model defaults to Lyria 3 Pro
    // --- Sound effects ---
    { id: 'gameaudiolab', name: 'GameAudioLab', vendor: 'GameAudioLab', domains: ['gameaudiolab.dev'], source: 'https://gameaudiolab.dev/privacy' }, // privacy: audio generated from prompts for game developers, with an API; prompts go to "AI Generation & Infrastructure Providers"
    // --- Stems, MIDI, mixing and lyrics ---
    { id: 'songsplit-xyz', name: 'SongSplit (songsplit.xyz)', vendor: 'SongSplit', domains: ['songsplit.xyz'], source: 'https://songsplit.xyz/faq' }, // FAQ: uploaded songs queue until "the AI engine" separates them into an instrumental and an acapella
    { id: 'songsplit-echovq', name: 'SongSplit (Echo VQ)', vendor: 'Echo VQ Pty Ltd', urlPrefixes: ['demo.echovq.com/split'], source: 'https://demo.echovq.com/split/privacy/' }, // privacy (Australia): stems separated by "Demucs by Meta"; lyrics transcribed from the vocal stem by OpenAI's Whisper API
    { id: 'musictomidi', name: 'MusicToMIDI', vendor: 'Julien Halgand', domains: ['musictomidi.com'], source: 'https://www.musictomidi.com/hi/privacypolicy' }, // privacy: "an AI-powered web application that converts audio files into MIDI files", a free in-browser model and premium server-side models
    { id: 'mixengine-ai', name: 'MixEngine AI', vendor: 'GianetMedia di Francesco Giannetta', domains: ['mixengine.inonda.tv'], source: 'https://mixengine.inonda.tv/privacy-policy' }, // privacy (Italy): a mixing plugin whose AI models analyse and process audio locally through Ollama, with a cloud account
    { id: 'mix-analyzer', name: 'Mix Analyzer (mixanalytic.com)', vendor: 'Mix Analyzer', domains: ['mixanalytic.com'], source: 'https://mixanalytic.com/privacy' }, // privacy: web and API audio analysis with mix feedback, "AI-assisted recommendations" and AI model choices, paid in tokens
    { id: 'lyriclab-site', name: 'LyricLab (lyriclab.site)', vendor: 'LyricLab', category: 'writing', domains: ['lyriclab.site'], source: 'https://www.lyriclab.site/privacy.html' }, // privacy: lyric generation through Google Gemini AI ("your prompts are sent to Google's API"), paid through Paystack
    // --- Voice changing and cloning ---
    { id: 'replicavox', name: 'ReplicaVox', vendor: 'ReplicaVox', domains: ['replicavox.com'], source: 'https://replicavox.com/privacy' }, // privacy: "our AI voice platform" for text-to-speech, a voice changer and voice cloning from uploaded samples
    // --- AI DJ ---
    { id: 'beethovenbeat', name: 'BeethovenBeat', vendor: 'BeethovenBeat', domains: ['beethovenbeat.com'], source: 'https://beethovenbeat.com/en/blog/2026-05-01-what-is-an-ai-dj' }, // vendor blog on its own product: an AI DJ that picks tracks with MERT embeddings and plans key- and BPM-matched transitions
    // --- AI music videos ---
    { id: 'bizmuse-ai', name: 'BizMuse AI', vendor: 'BizMuse AI', category: 'video', domains: ['bizmuse.ai'], source: 'https://bizmuse.ai/privacy-policy' }, // privacy: "our AI Music Video Generator and related AI music, video, image, and release-workflow tools"
    { id: 'musevideo-ai', name: 'musevideo', vendor: 'musevideo', category: 'video', domains: ['musevideo.ai'], source: 'https://musevideo.ai/privacy' }, // privacy: "AI music-to-video, image generation, and related audio workflows" from prompts, lyrics and uploaded audio
    { id: 'ai-mvg', name: 'AI Music Video Generator (ai-mvg.com)', vendor: 'AI Music Video Generator', category: 'video', domains: ['ai-mvg.com'], source: 'https://docs.ai-mvg.com/legal/privacy' }, // privacy: a desktop app with local AI model weights, local lyric LLMs, AI background images and an optional Suno connection
    // --- Met on the way ---
    { id: 'eden-art', name: 'Eden (eden.art)', vendor: 'Eden', domains: ['eden.art'], source: 'https://docs.eden.art/tools/ace_step_musicgen' }, // docs: a tool that generates music from a text prompt with the Ace Step model, run through Replicate and billed in credits
  ],
  { checked: CHECKED_C23 },
);
