// Twelfth-session fetch pass, creative and regional lists (fetch-b, issue 15, 2026-12-06). Six permissively licensed
// lists the catalog had not read (one of them pinned twice, at an old and a new commit), fetched by name and read at
// the pinned commits; only facts (name, maker, host) were taken and the rows are ours. Every product host each list names
// was classified with the catalog first. The general fetch pass read swyx's notes and underlines' list the same day:
// the 32 tools both passes added are kept once, in long-tail-c12-fa.ts (106 new here).
// - csteinmetz1/ai-audio-startups (README.md, Apache-2.0): 183 hosts, 73 already matched. Added the AI-first music,
//   source-separation, voice, speech and sound-AI companies. Left out: music software and services whose AI is a
//   feature or not claimed by the list (Epidemic Sound, Splice, BandLab, Yousician, Musixmatch, Neural DSP, XLN Audio,
//   Sonible, Accusonus, Audio Design Desk, Tape It, Sessionwire, Wavacity, AudioStellar, DoReMIR, enote, Wonder,
//   mayk.it, Microphone Studio, Splash, TRINITI, Setmixer, Audionamix, vocali.se, Remover.studio, MuzLab, Pex, Utopia
//   Music, hoopr), wellbeing music (brain.fm, Spoke, sona, Wavepaths), radio and podcast apps (faidr, fathom, Nomono),
//   hearing aids and audio hardware (Whisper.ai, Eargo, Concha Labs, SEE SOUND, Circulr Sound, Josh.ai, MiSynth,
//   HyperSurfaces), sound-detection and speech-enhancement vendors the list does not describe as AI (Audio Analytic,
//   SoundEye, Securaxis, Reef Pulse, Speaksee, AudioTelligence, immersitech, utterly, HeardThat, Chatable, BdSound,
//   echosonic), an art and research collective (Qosmo) and a defunct one (niland). Three hosts of entries already here
//   were handed over instead (speechki.io, lazycomposer.com, project.mix.audio).
// - Yuan-ManX/ai-game-devtools (README.md, MIT): 114 hosts, 72 already matched. Added the hosted AI products for game,
//   image, animation, video and music making; Tafi's and Sprite Fusion's AI pages as URL prefixes on their general
//   sites. Left out: research project pages (Imagen, NUWA, Phenaki, VideoPoet, MAGVIT, MAGNeT, GenTron, HeadSculpt,
//   ProlificDreamer, TexFusion, JEN-1, Digital Life Project), an Unreal Engine plugin (MetaShoot), an avatar platform
//   (Ready Player Me), a stock-media page (Amper on Shutterstock), FaceHi (not described as an AI product), and two hosts
//   of entries already here, handed over (dashtoon.ai, moonvalley.ai).
// - underlines/awesome-ml (llm-tools.md, MIT; its other pages were read too): 190 hosts, 27 already matched, the rest
//   papers, blogs, benchmarks, courses and analytics or BI software. Added two desktop LLM apps and an AI debate site.
// - machinelearnear/the-sovereign-ai-tracker (src/data.ts, MIT): 11 hosts, 5 already matched. Added Brazil's and
//   Spain's national model sites; left out institutes' and ministries' general sites (ILSP, TNO, ISED Canada, BSC docs).
// - sw-yx/ai-notes (its Markdown notes, MIT): 219 hosts, 73 already matched, the rest articles, papers, datasets and
//   galleries. Added AI image search and generation sites, Spawning's training-data search, Meta's BlenderBot, Mycroft
//   and DeckRobot. Left out: prompt galleries and artist studies (Generrated, urania.ai, Public Prompts, aiprompt.io,
//   the DALL-E prompt book), directories (There's An AI For That, FutureTools, DiffusionDB), demos of
//   research models (OPT, NeoX, Imagen, Parti, eDiff-I) and unclear ones (skyscraper.ai, scholarstream.ai); strmr.com,
//   Astria's former host, was handed over.
// - swyxio/ai-notes (the same notes under the owner's current account, read at a 2026 commit; all Markdown files, MIT):
//   868 hosts, 229 matched before this pass. Added 54 more AI-first products it names (transcription and voice, image
//   apps, chat front ends and character chat, summarisers, AI writing, LLM evaluation and routing, AI infrastructure);
//   the nine rows above and three from other lists also match its hosts. Left out: newsletters, podcasts, blogs,
//   papers, benchmarks and leaderboards, research demos, product directories, prompt galleries and jailbreak lists,
//   chips and GPU rental (Etched, Extropic, SF Compute), hackathon projects and undescribed links (voicebraindump.com,
//   aihero.studio, grep.help). Handed over: sonauto.app, zoo.replicate.dev, mlfoundry.com, getscorecard.ai.
// - terkelg/awesome-creative-coding (readme.md, CC0 by its License section): 236 hosts, 1 already matched (Runway);
//   added Google's Teachable Machine (its own subdomain only). The rest are creative-coding libraries, courses and blogs.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C12, defineTools, listed } from './define';

const audio = listed('csteinmetz1');
const game = listed('yuanmanxgame');
const sovereign = listed('sovereignaitracker', 'src/data.ts');
const notes = (file: string) => listed('swyxainotes2023', file);
const swyxio = (file: string) => listed('swyxainotes', file);

export const longTailC12FbTools: Tool[] = defineTools(
  'audio',
  [
    // csteinmetz1/ai-audio-startups: music creation and production.
    { id: 'soundry-ai', name: 'Soundry AI', vendor: 'Soundry AI', domains: ['soundry.ai'], source: audio },
    { id: 'tuneflow', name: 'TuneFlow', vendor: 'TuneFlow', domains: ['tuneflow.com'], source: audio },
    { id: 'cassetteai', name: 'CassetteAI', vendor: 'CassetteAI', domains: ['cassetteai.com'], source: audio },
    { id: 'audiostack', name: 'AudioStack', vendor: 'AudioStack', domains: ['audiostack.ai'], source: audio },
    { id: 'never-before-heard-sounds', name: 'Never Before Heard Sounds', vendor: 'Never Before Heard Sounds', domains: ['heardsounds.com'], source: audio },
    { id: 'waveshaper-ai', name: 'Waveshaper', vendor: 'Waveshaper', domains: ['waveshaper.ai'], source: audio },
    { id: 'laplacian-audio', name: 'Laplacian Audio', vendor: 'Laplacian Audio', domains: ['laplacianaudio.com'], source: audio },
    { id: 'lifescore-music', name: 'Lifescore', vendor: 'Lifescore', domains: ['lifescoremusic.com'], source: audio },
    { id: 'voiceful-voctro', name: 'Voiceful', vendor: 'Voctro Labs', domains: ['voiceful.io'], region: 'europe', source: audio },
    { id: 'korus-ai', name: 'KORUS AI', vendor: 'KORUS', domains: ['play.korus.co'], source: audio },
    { id: 'audiogen-co', name: 'Audiogen', vendor: 'Audiogen', domains: ['audiogen.co'], source: audio },
    { id: 'diktatorial', name: 'DIKTATORIAL Suite', vendor: 'DIKTATORIAL', domains: ['diktatorial.com'], source: audio },
    { id: 'twoshot', name: 'TwoShot', vendor: 'TwoShot', domains: ['twoshot.app'], source: audio },
    { id: 'chordcreate', name: 'ChordCreate', vendor: 'ChordCreate', domains: ['chordcreate.com'], source: audio },
    { id: 'chord-ai', name: 'chord.ai', vendor: 'chord.ai', domains: ['chordai.net'], source: audio },
    { id: 'klangio', name: 'Klangio', vendor: 'Klangio', domains: ['klangio.com'], source: audio },
    // Source separation.
    { id: 'splitter-ai', name: 'Splitter.ai', vendor: 'Splitter.ai', domains: ['splitter.ai'], source: audio },
    { id: 'phonicmind', name: 'PhonicMind', vendor: 'PhonicMind', domains: ['phonicmind.com'], source: audio },
    { id: 'easysplitter', name: 'EasySplitter', vendor: 'EasySplitter', domains: ['easysplitter.com'], source: audio },
    // Music analysis, search and tagging.
    { id: 'harmix', name: 'Harmix', vendor: 'Harmix', domains: ['harmix.ai'], source: audio },
    { id: 'aims-music-api', name: 'AIMS', vendor: 'AIMS', domains: ['aimsapi.com'], source: audio },
    { id: 'feedforward-ai', name: 'FeedForward', vendor: 'FeedForward', domains: ['feedforwardai.com'], source: audio },
    { id: 'sonoteller', name: 'SONOTELLER', vendor: 'SONOTELLER', domains: ['sonoteller.ai'], source: audio },
    { id: 'musiio', name: 'Musiio', vendor: 'Musiio (SoundCloud)', domains: ['musiio.com'], region: 'southeast-asia', source: audio },
    { id: 'musicube', name: 'musicube', vendor: 'musicube', domains: ['musicu.be'], region: 'europe', source: audio },
    { id: 'super-hifi', name: 'Super Hi-Fi', vendor: 'Super Hi-Fi', domains: ['superhifi.com'], source: audio },
    // Health, wellbeing and voice biomarkers.
    { id: 'lucid-music', name: 'Lucid', vendor: 'Lucid', category: 'other', domains: ['thelucidproject.ca'], source: audio },
    { id: 'audeering', name: 'audEERING', vendor: 'audEERING', category: 'other', domains: ['audeering.com'], region: 'europe', source: audio },
    { id: 'novoic', name: 'Novoic', vendor: 'Novoic', category: 'other', domains: ['novoic.com'], region: 'europe', source: audio },
    { id: 'ubenwa', name: 'Ubenwa', vendor: 'Ubenwa', category: 'other', domains: ['ubenwa.ai'], source: audio },
    // Sound recognition.
    { id: 'cochl', name: 'Cochl', vendor: 'Cochl', category: 'developer-platform', domains: ['cochl.ai'], region: 'korea', source: audio },
    { id: 'epigos-ai', name: 'Epigos.ai', vendor: 'Epigos', category: 'developer-platform', domains: ['epigos.ai'], source: audio },
    { id: 'hypersentience', name: 'HyperSentience', vendor: 'HyperSentience', category: 'developer-platform', domains: ['hypersentience.ai'], source: audio },
    { id: 'deeply-inc', name: 'Deeply', vendor: 'Deeply Inc.', category: 'developer-platform', domains: ['deeplyinc.com'], region: 'korea', source: audio },
    // Speech recognition, transcription and voice interfaces.
    { id: 'picovoice', name: 'Picovoice', vendor: 'Picovoice', category: 'developer-platform', domains: ['picovoice.ai'], source: audio },
    { id: 'soapbox-labs', name: 'SoapBox Labs', vendor: 'SoapBox Labs', category: 'developer-platform', domains: ['soapboxlabs.com'], region: 'europe', source: audio },
    { id: 'voiceitt', name: 'Voiceitt', vendor: 'Voiceitt', domains: ['voiceitt.com'], source: audio },
    // Synthesis, cloning, dubbing and voice conversion.
    { id: 'kroop-ai', name: 'Kroop AI', vendor: 'Kroop AI', category: 'video', domains: ['kroop.ai'], region: 'india', source: audio },
    { id: 'deepsync', name: 'Deepsync', vendor: 'Deepsync', domains: ['deepsync.co'], source: audio },
    { id: 'voiseed', name: 'Voiseed', vendor: 'Voiseed', domains: ['voiseed.com'], region: 'europe', source: audio },
    { id: 'morpheme-ai', name: 'morpheme.ai', vendor: 'morpheme.ai', domains: ['morpheme.ai'], source: audio },
    { id: 'meaning-team', name: 'Meaning', vendor: 'Meaning', domains: ['meaning.team'], source: audio },
    { id: 'videodubber', name: 'VideoDubber', vendor: 'VideoDubber', category: 'video', domains: ['videodubber.ai'], source: audio },
    // Enhancement and developer tools.
    { id: 'claerity-ai', name: 'claerity.ai', vendor: 'claerity.ai', domains: ['claerity.ai'], source: audio },
    { id: 'insoundz', name: 'Insoundz', vendor: 'Insoundz', domains: ['insoundz.com'], source: audio },
    { id: 'xound', name: 'Xound', vendor: 'Xound', domains: ['xound.io'], source: audio },
    { id: 'quilio', name: 'Quilio', vendor: 'Quilio', category: 'developer-platform', domains: ['quilio.dev'], source: audio },

    // Yuan-ManX/ai-game-devtools: game making.
    { id: 'astrocade', name: 'Astrocade', vendor: 'Astrocade', category: 'other', domains: ['astrocade.com'], source: game },
    { id: 'moonlander-ai', name: 'Moonlander.ai', vendor: 'Moonlander.ai', category: 'other', domains: ['moonlander.ai'], source: game },
    { id: 'storygames-buildbox', name: 'StoryGames.ai', vendor: 'Buildbox', category: 'other', domains: ['storygames.buildbox.com'], source: game },
    { id: 'genielabs', name: 'GenieLabs', vendor: 'GenieLabs', category: 'other', domains: ['genielabs.tech'], source: game },
    { id: 'haddock-ai', name: 'Haddock (RobloxScripterAI)', vendor: 'Haddock', category: 'coding', domains: ['haddock.ai'], source: game },
    { id: 'polygonflow-dash', name: 'Dash', vendor: 'Polygonflow', category: 'coding', domains: ['polygonflow.io'], source: game },
    // Images, sprites, 3D and animation.
    { id: 'img2prompt-io', name: 'Img2Prompt', vendor: 'Img2Prompt', category: 'image', domains: ['img2prompt.io'], source: game },
    { id: 'oniichan-app', name: 'Oniichan', vendor: 'Oniichan', category: 'image', domains: ['oniichan.app'], source: game },
    { id: 'prompt-art', name: 'Prompt.Art', vendor: 'Prompt.Art', category: 'image', domains: ['prompt.art'], source: game },
    { id: 'vispunk', name: 'Vispunk', vendor: 'Vispunk', category: 'image', domains: ['vispunk.com'], source: game },
    { id: 'ilumine-ai', name: 'lumine AI', vendor: 'lumine AI', category: 'image', domains: ['ilumine.ai'], source: game },
    { id: 'fulljourney', name: 'FullJourney', vendor: 'FullJourney', category: 'image', domains: ['fulljourney.ai'], source: game },
    { id: 'sprite-fusion-ai', name: 'Sprite Fusion AI Pixel Art Generator', vendor: 'Sprite Fusion', category: 'image', urlPrefixes: ['spritefusion.com/pixel-art-generator', 'www.spritefusion.com/pixel-art-generator'], source: game },
    { id: 'tafi-ai', name: 'Tafi AI (text to 3D characters)', vendor: 'Tafi', category: 'image', urlPrefixes: ['maketafi.com/ai', 'www.maketafi.com/ai'], source: game },
    { id: 'deforum', name: 'Deforum', vendor: 'Deforum', category: 'video', domains: ['deforum.art'], source: game },
    { id: 'omni-animation', name: 'Omni Animation', vendor: 'Omni Animation', category: 'video', domains: ['omnianimation.ai'], source: game },
    { id: 'assistive-video', name: 'Assistive', vendor: 'Assistive', category: 'video', domains: ['assistive.chat'], source: game },
    { id: 'neverends', name: 'NeverEnds', vendor: 'NeverEnds', category: 'video', domains: ['neverends.life'], source: game },
    // Music and sound.
    { id: 'heymusic-ai', name: 'HeyMusic.AI', vendor: 'HeyMusic.AI', domains: ['heymusic.ai'], source: game },
    { id: 'imagetomusic', name: 'Image to Music', vendor: 'Image to Music', domains: ['imagetomusic.top'], source: game },
    { id: 'audyo', name: 'Audyo', vendor: 'Audyo', domains: ['audyo.ai'], source: game },

    // underlines/awesome-ml (llm-tools.md).

    // machinelearnear/the-sovereign-ai-tracker.
    { id: 'bagualu', name: 'Bagualu', vendor: 'FAPESP / USP', category: 'developer-platform', domains: ['bagualu.ai'], region: 'latam', source: sovereign },
    { id: 'alia-spain', name: 'ALIA', vendor: 'Government of Spain / Barcelona Supercomputing Center', category: 'developer-platform', domains: ['alia.gob.es'], region: 'europe', source: sovereign },

    // sw-yx/ai-notes.
    { id: 'findanything-app', name: 'FindAnything', vendor: 'FindAnything', category: 'image', domains: ['findanything.app'], source: notes('IMAGE_GEN.md') },
    { id: 'promptflow-co', name: 'PromptFlow', vendor: 'PromptFlow', category: 'image', domains: ['promptflow.co'], source: notes('IMAGE_GEN.md') },
    { id: 'phase-art', name: 'Phase.art', vendor: 'Phase.art', category: 'image', domains: ['phase.art'], source: notes('IMAGE_GEN.md') },
    { id: 'haveibeentrained', name: 'Have I Been Trained?', vendor: 'Spawning', category: 'search', domains: ['haveibeentrained.com'], source: notes('IMAGE_GEN.md') },
    { id: 'blenderbot', name: 'BlenderBot', vendor: 'Meta', category: 'chat', domains: ['blenderbot.ai'], source: notes('TEXT_CHAT.md') },
    { id: 'mycroft-ai', name: 'Mycroft', vendor: 'Mycroft AI', domains: ['mycroft.ai'], source: notes('AUDIO.md') },

    // terkelg/awesome-creative-coding.
    { id: 'teachable-machine', name: 'Teachable Machine', vendor: 'Google', category: 'developer-platform', domains: ['teachablemachine.withgoogle.com'], source: listed('terkelg', 'readme.md') },

    // swyxio/ai-notes (the same notes under the owner's current name, read at a newer commit).
    { id: 'ermine-ai', name: 'Ermine.ai', vendor: 'Ermine.ai', category: 'audio', domains: ['ermine.ai'], source: swyxio('AUDIO.md') },
    { id: 'whisper-turbo', name: 'Whisper Turbo', vendor: 'Whisper Turbo', category: 'audio', domains: ['whisper-turbo.com'], source: swyxio('AUDIO.md') },
    { id: 'skyscraper-ai', name: 'Skyscraper', vendor: 'Skyscraper', category: 'audio', domains: ['skyscraper.ai'], source: swyxio('AUDIO.md') },
    { id: 'fixkey-ai', name: 'FixKey', vendor: 'FixKey', category: 'writing', domains: ['fixkey.ai'], source: swyxio('Monthly%20Notes/2024%20notes/Jan%202024%20notes.md') },
    { id: 'fastsdxl', name: 'FastSDXL', vendor: 'FastSDXL', category: 'image', domains: ['fastsdxl.ai'], source: swyxio('Monthly%20Notes/2024%20notes/Feb%202024%20notes.md') },
    { id: 'dalle-party', name: 'DALL-E Party', vendor: 'DALL-E Party', category: 'image', domains: ['dalle.party'], source: swyxio('Monthly%20Notes/2023%20notes/Nov%202023%20notes.md') },
    { id: 'sentient-docs', name: 'Sentient', vendor: 'Sentient', category: 'chat', domains: ['trysentient.com'], source: swyxio('TEXT_CHAT.md') },
    { id: 'llmboxing', name: 'LLM Boxing', vendor: 'LLM Boxing', category: 'chat', domains: ['llmboxing.com'], source: swyxio('TEXT_CHAT.md') },
    { id: 'chatwithme-chat', name: 'ChatWithMe', vendor: 'ChatWithMe', category: 'chat', domains: ['chatwithme.chat'], source: swyxio('TEXT_CHAT.md') },
    { id: 'scholarturbo', name: 'ScholarTurbo', vendor: 'ScholarTurbo', category: 'productivity', domains: ['scholarturbo.com'], source: swyxio('TEXT_CHAT.md') },
    { id: 'chatgpt-on-telegram', name: 'ChatGPT on Telegram', vendor: 'ChatGPT on Telegram', category: 'chat', domains: ['chatgptontelegram.com'], source: swyxio('TEXT_CHAT.md') },
    { id: 'delve-a9', name: 'Delve', vendor: 'a9.io', category: 'chat', domains: ['delve.a9.io'], source: swyxio('Monthly%20Notes/2024%20notes/May%202024%20notes.md') },
    { id: 'hackyournews', name: 'HackYourNews', vendor: 'HackYourNews', category: 'search', domains: ['hackyournews.com'], source: swyxio('Monthly%20Notes/2023%20notes/Sept%202023%20notes.md') },
    { id: 'askcorpora', name: 'AskCorpora', vendor: 'AskCorpora', category: 'productivity', domains: ['askcorpora.com'], source: swyxio('stub%20notes/MISC%20PRODUCTS.md') },
    { id: 'edgar-gpt', name: 'EDGAR-GPT', vendor: 'EDGAR-GPT', category: 'search', domains: ['edgar-gpt.ai'], source: swyxio('TEXT_SEARCH.md') },
    { id: 'atlas-atila', name: 'Atlas (YouTube semantic search)', vendor: 'Atila', category: 'search', domains: ['atlas.atila.ca'], source: swyxio('Resources/AI-hackathon-stack.md') },
    { id: 'recast-reca-st', name: 'Recast', vendor: 'Recast', category: 'audio', domains: ['reca.st'], source: swyxio('stub%20notes/MISC%20PRODUCTS.md') },
    { id: 'podshorty', name: 'PodShorty', vendor: 'PodShorty', category: 'audio', domains: ['podshorty.com'], source: swyxio('stub%20notes/MISC%20PRODUCTS.md') },
    { id: 'pod-genie', name: 'Pod Genie', vendor: 'Pod Genie', category: 'audio', domains: ['pod-genie.com'], source: swyxio('stub%20notes/MISC%20PRODUCTS.md') },
    { id: 'genius-design', name: 'Genius', vendor: 'Genius', category: 'coding', domains: ['genius.design'], source: swyxio('stub%20notes/MISC%20PRODUCTS.md') },
    { id: 'ghostwrite-rip', name: 'Ghostwrite', vendor: 'Ghostwrite', category: 'writing', domains: ['ghostwrite.rip'], source: swyxio('stub%20notes/MISC%20PRODUCTS.md') },
    { id: 'gptminus1', name: 'GPT Minus 1', vendor: 'GPT Minus 1', category: 'writing', domains: ['gptminus1.com'], source: swyxio('stub%20notes/MISC%20PRODUCTS.md') },
    { id: 'junglegym-ai', name: 'JungleGym', vendor: 'JungleGym', category: 'agents', domains: ['junglegym.ai'], source: swyxio('Monthly%20Notes/2023%20notes/August%202023%20notes.md') },
    { id: 'dangbot', name: 'DangBot', vendor: 'DangBot', category: 'agents', domains: ['dangbot.com'], source: swyxio('Monthly%20Notes/2023%20notes/August%202023%20notes.md') },
    { id: 'switchpoint', name: 'Switchpoint', vendor: 'Switchpoint', category: 'developer-platform', domains: ['switchpoint.dev'], source: swyxio('Monthly%20Notes/July%202025%20notes.md') },
    { id: 'trychatter', name: 'Chatter', vendor: 'Chatter', category: 'developer-platform', domains: ['trychatter.ai'], source: swyxio('Software%203.0%20stack.md') },
    { id: 'tensai-code', name: 'Tensai', vendor: 'Tensai', category: 'coding', domains: ['tensaicode.com'], source: swyxio('CODE.md') },
    { id: 'brev-dev', name: 'Brev', vendor: 'Brev', category: 'developer-platform', domains: ['brev.dev'], source: swyxio('Resources/AI-hackathon-stack.md') },
    { id: 'rysana', name: 'Rysana', vendor: 'Rysana', category: 'developer-platform', domains: ['rysana.com'], source: swyxio('Monthly%20Notes/2024%20notes/Mar%202024%20notes.md') },
  ],
  { checked: CHECKED_C12 },
);
