// Eighteenth session, music pass (2026-12-06, helper `music`): AI music and audio tools the catalog still missed,
// beside the seventeenth session's voice pass (data/long-tail-c17-voice.ts), which took text-to-speech, voice cloning
// and phone agents. Here: AI song and background-music generators, many of them wrappers that resell Suno, Lyria or
// ACE models, song-generation APIs, personalised AI birthday and children's songs, an AI music-video maker, an AI
// sleep-soundscape app, an AI stem splitter, AI lyric writers and a lyric-to-melody tool, an AI mix reviewer and an AI
// mastering tool, a Chrome-extension vendor that batch-writes lyrics for AI music sites, an AI vocal coach, AI podcast
// show-notes, transcription and podcast-creation services, and one AI-music detection API met on the way.
//
// Leads. 54 look-ups in the stored `pages` corpus by product kind, worded the way vendors word their own terms, privacy
// policies, refund policies, AI-content policies and API docs (song ownership, stem separation, AI mastering, lyrics,
// sound effects, beat makers, AI covers, podcast editing, text-to-music APIs, song gifts, lullabies, audio restoration,
// AI DJs, AI radio, MIDI and tab transcription, singing coaches, sample packs, sleep sounds), and in German, French,
// Spanish, Portuguese, Italian, Russian, Chinese, Japanese and Korean (those mostly returned articles and services
// already listed). Every row cites a page with a path on the product's own host (for Songira, the terms its operator
// publishes on nexurasys.com; for SongPrompterAI, its app subdomain; for the APIs, their docs hosts); each page says in
// the vendor's words that the product generates, separates, masters, transcribes or coaches with AI, a named model or
// an AI provider. Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/ first. Already
// listed and left to their entries: AItoSong, AISongGen, GenerateSongs.ai, VOCU AI, Songria, Singvio, Mureka,
// MusicMaker.IM, Tad AI, VocalRemoverAI, VocalRemover.one, MixMasterAI, SongMastering AI, AISFX Lab, ACE Studio,
// Podcastle, SongSmith, MusicGPT, Sonauto, Beatoven, eMastered, Artlist, EasyVoice, Podcastify, Jellypod, SleepMantra,
// MiniMax, FineVoice, AudioPod and MusicBox AI (musicboxai.fun). Songmuse, a lead of the voice pass (seen there only on
// its blog), is added here from its privacy policy. One subdomain is claimed alone: lyrical.indieapps.in (SongCraft),
// because its parent is an app studio.
//
// Measured with /work/helpers/classify-hosts.mts on the 331 hosts the searches returned (vendors, articles, stores and
// shared hosts alike): 38 classified before (11.5%), 86 (26.0%) after.
//
// Left out. Template-farm sites with one shared terms text and a bracketed placeholder date (aimusicmaker.ai, which the
// c16 languages pass also left out as a generic one-model site; aisongcreator.pro; qwenimage.art, whose privacy policy
// describes music generation); pages with placeholders or drafts for a template (stemify.space's `[LEGAL_ENTITY_NAME]`,
// givethemchills.com's `[TODO]` policy, musicprodstudio.com's "template draft"); pages that never say the tool uses AI
// (trackstemlab, whose policy is on pages.dev anyway, draftcut.app, suno-pro.ru, singingcoach.ai, sightsinger.app,
// audiomaster.ai, origin.loopmastering.com, api.araby.ai's text-to-music page); services that are human-made or only
// AI-assisted, or platforms that host AI music rather than make it (song-gift.com, aimusicservice.com, Lovenotesong,
// which the voice pass also left out, Balanced Mastering's engineers, stemsmith.ai, a musician marketplace with one AI
// step, radiotunez.com, drilunia.com, BeatPass); a waitlist-only page (podcut.dev); iOS- or Android-only apps (Lullaby
// AI on mottods.com, MusicGo, Sleep AI on magpieinc.world, SleepFlow on tinykit.app, Stems Lab, Stemify's Android app,
// BeatMind, Suede Sing, SingSpark, SongSync); vendors seen only on their blogs or guides, left as leads (Podli,
// PaperEdit, RealMusic, BarsVision, AudioProducer.ai, BeethovenBeat, GeradorDeMusica, VoxArena's debate.fm); and shared
// platforms (pages.dev, vercel.app, netlify.app, sites.google.com, notion.so, gitbook.io, mintlify.app and an
// agentsite.network copy).
//
// At the merge (2026-12-06) the video pass's rows for aimusicmaker.ai and podcut.dev were kept: their own terms and
// privacy pages say the products generate with AI, which is what a row needs; this file still adds neither.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C18, defineTools } from './define';

export const longTailC18MusicTools: Tool[] = defineTools(
  'audio',
  [
    // --- AI song and background-music generators ---
    { id: 'soundstudiopro', name: 'SoundStudioPro', vendor: 'SoundStudioPro', domains: ['soundstudiopro.com'], source: 'https://soundstudiopro.com/terms.php' }, // terms: an AI-powered music generation platform with lyric generation, stem separation and MIDI extraction
    { id: 'soundmint-ai', name: 'SoundMint AI', vendor: 'SoundMint AI', domains: ['amscai.com'], source: 'https://amscai.com/license' }, // licence summary: custom AI background music, generated through AI music providers
    { id: 'beatmusic-ai', name: 'BeatMusic AI Music Generator', vendor: 'BeatMusic', domains: ['beatmusic.ai'], source: 'https://www.beatmusic.ai/privacy-policy' }, // privacy: processes prompts and lyrics to generate AI music
    { id: 'gsong-ai', name: 'GSong.ai', vendor: 'GSong.ai', domains: ['gsong.ai'], source: 'https://www.gsong.ai/termsofservice/fr' }, // terms (French): an online AI tool that turns text into complete songs
    { id: 'cancionia', name: 'CancionIA', vendor: 'CancionIA.com', domains: ['cancionia.com'], source: 'https://www.cancionia.com/termsofservice' }, // terms (Spanish): an AI tool that turns text into fully composed songs
    { id: 'genmusiclab', name: 'GenMusicLab', vendor: 'GenMusicLab', domains: ['genmusiclab.com'], source: 'https://genmusiclab.com/zh/privacy-policy' }, // privacy: OpenAI expands lyrics, Suno synthesises the audio
    { id: 'musigens-ai', name: 'MusiGens AI', vendor: 'MusiGens AI', domains: ['musigens.com'], source: 'https://www.musigens.com/pt/privacy' }, // privacy: prompts go to upstream AI providers (kie.ai) for music generation and vocal separation
    { id: 'generatemusic-net', name: 'GenerateMusic', vendor: 'GenerateMusic', domains: ['generatemusic.net'], source: 'https://generatemusic.net/privacy-policy' }, // privacy: an AI-powered music generation platform (songs, beats, rap)
    { id: 'make-a-song-ai', name: 'Make A Song AI', vendor: 'Make A Song AI', domains: ['makeasongai.com'], source: 'https://makeasongai.com/privacy' }, // privacy: an AI music creation website using AI processing providers
    { id: 'songmuse-art', name: 'SongMuse', vendor: 'SongMuse', domains: ['songmuse.art'], source: 'https://songmuse.art/privacy' }, // privacy: an AI music creation service; requests go to its AI music provider
    { id: 'musegen-org', name: 'MuseGen', vendor: 'MuseGen', domains: ['musegen.org'], source: 'https://musegen.org/zh/privacy-policy' }, // privacy (Chinese): an AI music generation studio turning prompts into full songs
    { id: 'muzsong', name: 'Muzsong', vendor: 'Muzsong', domains: ['muzsong.com'], source: 'https://muzsong.com/en/privacy' }, // privacy: AI music generation on its site and Telegram bot; Claude, OpenAI, Suno via kie.ai, Stability AI
    { id: 'muzai-pro', name: 'MuzAI', vendor: 'MuzAI', domains: ['muzai.pro'], region: 'russia', source: 'https://www.muzai.pro/terms' }, // user agreement (Russian): a service for AI generation of music tracks, lyrics and covers
    { id: 'kinesonic', name: 'KineSonic', vendor: 'KineSonic', domains: ['kinesonic.studio'], source: 'https://kinesonic.studio/legal/privacy' }, // privacy: generation through Google Gemini/Lyria and ElevenLabs
    { id: 'aiflowmusic', name: 'AIFlowMusic', vendor: 'AIFlowMusic', domains: ['aiflowmusic.com'], source: 'https://aiflowmusic.com/privacy-policy' }, // privacy: Suno generation via kie.ai and audio-to-MIDI with basic-pitch on Replicate
    { id: 'musci-io', name: 'Musci.io', vendor: 'Musci.io', domains: ['musci.io'], source: 'https://musci.io/fr/ai-music-policy' }, // AI music policy: tools that generate or transform music, lyrics, vocals, stems and covers with AI
    { id: 'noumi-cc', name: 'Noumi', vendor: 'Noumi', domains: ['noumi.cc'], region: 'china', source: 'https://noumi.cc/ai-disclosure' }, // AI disclosure (Chinese/English): every song is AI-generated, music by the third-party ACE model
    { id: 'solos-music', name: 'Solos Music', vendor: 'Solos Music', domains: ['solosmusic.ai'], source: 'https://solosmusic.ai/en/refund' }, // refund policy: AI music, lyrics, stem and voice-cloning generations run on an upstream provider
    { id: 'musictovideo-im', name: 'MusicToVideo', vendor: 'MusicToVideo', category: 'video', domains: ['musictovideo.im'], source: 'https://musictovideo.im/terms-of-service' }, // terms: upload audio and start AI video generation tasks (music videos)
    { id: 'serenascape', name: 'SerenaScape', vendor: 'SerenaScape', domains: ['serenascape.app'], source: 'https://serenascape.app/privacy' }, // privacy: OpenAI GPT-4 analyses sounds and generates sleep soundscape combinations
    // --- Song-generation APIs ---
    { id: 'sunor-cc', name: 'sunor', vendor: 'sunor', category: 'developer-platform', domains: ['sunor.cc'], source: 'https://sunor.cc/ko/privacy' }, // privacy: a Suno API service; task inputs go to third-party AI model providers
    { id: 'beats-foundation', name: 'Beats Foundation', vendor: 'Beats Foundation', category: 'developer-platform', domains: ['beatsfoundation.com'], source: 'https://docs.beatsfoundation.com/api-reference/generate-a-new-song' }, // API docs: generate a new AI song from a prompt, lyrics, genre and mood
    { id: 'api-box-music', name: 'API Box (api.box)', vendor: 'API Box', category: 'developer-platform', domains: ['api.box'], source: 'https://docs.api.box/suno-api/generate-music' }, // API docs: generate music with or without lyrics using AI models (a Suno API)
    { id: 'aitronos', name: 'Aitronos', vendor: 'Aitronos', category: 'developer-platform', domains: ['aitronos.com'], source: 'https://docs.aitronos.com/docs/api-reference/music/introduction' }, // API docs: its Music Studio API generates AI music on the Aitronos music engine
    { id: 'sats4ai', name: 'Sats4AI', vendor: 'Sats4AI', category: 'developer-platform', domains: ['sats4ai.com'], source: 'https://sats4ai.com/api/l402/generate-music' }, // its API description: full songs with AI vocals (Music-2.6), paid per call over Lightning
    // --- Personalised songs: gifts, birthdays, children ---
    { id: 'birthday-song-maker', name: 'Birthday Song Maker', vendor: 'Birthday Song Maker', domains: ['birthdaysongmaker.com'], source: 'https://birthdaysongmaker.com/refund' }, // refund policy: every song is generated by its AI engine on GPUs
    { id: 'birthdaysongs-ai', name: 'BirthdaySongs.ai', vendor: 'BirthdaySongs.ai', domains: ['birthdaysongs.ai'], source: 'https://www.birthdaysongs.ai/privacy' }, // privacy: personalised AI-generated birthday songs, lyrics written by AI
    { id: 'songly-gift', name: 'Songly', vendor: 'Songly', domains: ['songly.gift'], region: 'russia', source: 'https://songly.gift/en/refund-policy' }, // refund policy: congratulatory songs, poems and portraits generated with AI
    { id: 'songira', name: 'Songira', vendor: 'Songira', domains: ['songira.com'], source: 'https://nexurasys.com/terms' }, // its operator's terms: personalised AI-generated songs at songira.com
    { id: 'song4love', name: 'Song4Love', vendor: 'Song4Love', domains: ['song4love.com'], region: 'india', source: 'https://www.song4love.com/refund-policy' }, // refund policy: personalised songs with AI-generated voice and music
    { id: 'littletunes-ai', name: 'LittleTunesAI', vendor: 'LittleTunesAI', domains: ['littletunes.ai'], region: 'europe', source: 'https://www.littletunes.ai/privacy' }, // privacy: personalised AI-generated songs for children's routines
    { id: 'kidstime-ai', name: 'KidsTime AI', vendor: 'KidsTime AI', category: 'other', domains: ['kidstimeai.com'], source: 'https://www.kidstimeai.com/privacypolicy.html' }, // privacy: AI story generation read in a cloned parent's voice
    { id: 'lullawood', name: 'Lullawood', vendor: 'Lullawood', category: 'writing', domains: ['lullawood.com'], source: 'https://lullawood.com/privacy' }, // privacy: personalised bedtime stories generated by third-party AI providers, with audio narration
    // --- Stems, lyrics, mixing, mastering and singing tools ---
    { id: 'song-splitter-stemsplits', name: 'Song Splitter (stemsplits.com)', vendor: 'Song Splitter', domains: ['stemsplits.com'], source: 'https://stemsplits.com/privacy' }, // privacy: an AI-powered music source separation service
    { id: 'songprompter-ai', name: 'SongPrompterAI', vendor: 'SongPrompterAI', category: 'writing', domains: ['songprompter.ai'], source: 'https://app.songprompter.ai/legal/acceptable-use' }, // acceptable-use policy: a creative tool for generating song lyrics
    { id: 'lyricalwriter', name: 'LyricalWriter', vendor: 'LyricalWriter', category: 'writing', domains: ['lyricalwriter.com'], source: 'https://lyricalwriter.com/privacy' }, // privacy: AI lyric generation through OpenAI, Gemini and Claude
    { id: 'songforge-ai', name: 'SongForgeAI', vendor: 'SongForgeAI', category: 'writing', domains: ['songforgeai.com'], source: 'https://songforgeai.com/ethics' }, // its ethics page, quoting its terms: lyrics and evaluations processed by Anthropic
    { id: 'songcraft-indieapps', name: 'SongCraft (lyrical.indieapps.in)', vendor: 'indieapps.in', category: 'writing', domains: ['lyrical.indieapps.in'], region: 'india', source: 'https://lyrical.indieapps.in/privacy' }, // privacy: a lyric-writing app whose AI features send the selected lines to an AI provider
    { id: 'lyrictomelody-ai', name: 'Lyrictomelody AI', vendor: 'Lyrictomelody AI', domains: ['lyrictomelodyai.com'], source: 'https://www.lyrictomelodyai.com/privacy' }, // privacy: AI-assisted lyric-to-melody generation for songwriters
    { id: 'echojay', name: 'EchoJay', vendor: 'EchoJay', domains: ['echojay.ai'], source: 'https://www.echojay.ai/privacy' }, // privacy: an AI chat that reviews mix meter readings (LUFS, peak, width) through an AI provider
    { id: 'loudcraft', name: 'LOUDCRAFT', vendor: 'LOUDCRAFT', domains: ['loudcraft.app'], source: 'https://loudcraft.app/guide' }, // its guide: automatic mastering with a neural-network genre classifier
    { id: 'kuytools', name: 'KuyTools', vendor: 'KuyTools', domains: ['kuytools.com'], source: 'https://kuytools.com/privacy' }, // privacy: Chrome extension for batch song creation on AI music platforms, lyrics by Gemini or Grok
    { id: 'vocal-director', name: 'Vocal Director', vendor: 'Vocal Director', domains: ['vocaldirector.app'], source: 'https://www.vocaldirector.app/privacy' }, // privacy: an AI vocal coaching product; AI coaching reports from recordings
    // --- Podcast AI: show notes, transcription, creation ---
    { id: 'podnotes-ai', name: 'PodNotes', vendor: 'Palavir', domains: ['podnotesai.com'], source: 'https://podnotesai.com/privacy' }, // privacy: Deepgram transcription, show notes and posts written by Claude
    { id: 'pollinator-studio', name: 'Pollinator Studio', vendor: 'Pollinator Studio', domains: ['pollinatorstudio.ai'], source: 'https://pollinatorstudio.ai/privacy' }, // privacy: AI podcast creation, scripts and text-to-speech from AI providers
    { id: 'podsummarize', name: 'PodSummarize', vendor: 'PodSummarize', domains: ['podsummarize.com'], region: 'europe', source: 'https://www.podsummarize.com/privacy' }, // privacy: AI-powered podcast transcription and content generation (UK), OpenAI
    { id: 'podcasts-to-text', name: 'PodcastsToText', vendor: 'PodcastsToText', domains: ['podcaststotext.com'], source: 'https://podcaststotext.com/privacy' }, // privacy: podcast episodes converted to text by LemonFox AI
    { id: 'recapr', name: 'Recapr', vendor: 'Recapr', category: 'productivity', domains: ['recapr.co'], source: 'https://recapr.co/privacy' }, // privacy: Deepgram transcripts and GPT-4o-mini summaries of uploaded audio and video
    // --- Met on the way ---
    { id: 'detector24', name: 'Detector24', vendor: 'Bynn', category: 'developer-platform', domains: ['detector24.ai'], source: 'https://detector24.ai/model/ai-generated-music' }, // its model page: an API that detects AI-generated music (Suno, Udio) among other AI detectors
  ],
  { checked: CHECKED_C18 },
);
