// Voice, speech, transcription and music generation.
import type { Tool } from '../../schemas/tool';
import { defineTools, listed, CHECKED_2, CHECKED_3, v2flyAt, CHECKED_C10, CHECKED_C12 } from './define';

export const audioTools: Tool[] = defineTools('audio', [
  { id: 'elevenlabs', name: 'ElevenLabs', vendor: 'ElevenLabs', domains: ['elevenlabs.io', 'elevenlabs.com'], apiEndpoints: ['api.elevenlabs.io', 'api.us.elevenlabs.io'], supplier: { enterpriseTier: true }, source: v2flyAt('elevenlabs'), checked: CHECKED_3 },
  { id: 'suno', name: 'Suno', vendor: 'Suno', domains: ['suno.com', 'suno.ai'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'udio', name: 'Udio', vendor: 'Uncharted Labs', domains: ['udio.com'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'murf', name: 'Murf', vendor: 'Murf AI', domains: ['murf.ai'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'play-ht', name: 'PlayHT', vendor: 'PlayHT', domains: ['play.ht'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'resemble-ai', name: 'Resemble AI', vendor: 'Resemble AI', domains: ['resemble.ai'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'speechify', name: 'Speechify', vendor: 'Speechify', domains: ['speechify.com', 'speechify.ai'], apiEndpoints: ['api.speechify.ai'], source: listed('eudk'), checked: CHECKED_2 }, // speechify.ai, api.speechify.ai: the Speechify voice API site and base URL in listed('c16providers2livekit', 'livekit-plugins/livekit-plugins-speechify/README.md') and pipecat's speechify/tts.py, CHECKED_C16
  { id: 'wellsaid', name: 'WellSaid', vendor: 'WellSaid Labs', domains: ['wellsaidlabs.com', 'wellsaid.io', 'wellsaid.ai'], source: listed('eudk'), checked: CHECKED_2 }, // wellsaid.ai: listed('autoventure', 'ai-tools.csv'), CHECKED_3
  { id: 'lovo', name: 'LOVO Genny', vendor: 'LOVO', domains: ['lovo.ai'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'podcastle', name: 'Podcastle', vendor: 'Podcastle', domains: ['podcastle.ai'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'adobe-podcast', name: 'Adobe Podcast', vendor: 'Adobe', domains: ['podcast.adobe.com'], urlPrefixes: ['www.adobe.com/products/podcast.html'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 }, // www.adobe.com/products/podcast.html (2026-12-07, CHECKED_C22, mergefix): Adobe's own product page for Adobe Podcast, the source being the page itself, as the c22 wellknown2 pass reported
  { id: 'aiva', name: 'AIVA', vendor: 'Aiva Technologies', domains: ['aiva.ai'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'soundraw', name: 'Soundraw', vendor: 'Soundraw', domains: ['soundraw.io'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'boomy', name: 'Boomy', vendor: 'Boomy', domains: ['boomy.com'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'mubert', name: 'Mubert', vendor: 'Mubert', domains: ['mubert.com'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'beatoven', name: 'Beatoven.ai', vendor: 'Beatoven', domains: ['beatoven.ai'], source: listed('mahseema'), checked: CHECKED_2 },
  { id: 'soundful', name: 'Soundful', vendor: 'Soundful', domains: ['soundful.com'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'lalal-ai', name: 'LALAL.AI', vendor: 'OmniSale', domains: ['lalal.ai'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'moises', region: 'latam', name: 'Moises', vendor: 'Moises', domains: ['moises.ai'], source: 'https://moises.ai//ai-studio-stem-generation-tips-and-tricks', checked: CHECKED_C10 },
  { id: 'riffusion', name: 'Riffusion', vendor: 'Riffusion', domains: ['riffusion.com'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'cartesia', name: 'Cartesia', vendor: 'Cartesia', domains: ['cartesia.ai'], apiEndpoints: ['api.cartesia.ai'], source: listed('zijianni', 'README.ja.md'), checked: CHECKED_3 },
  { id: 'hume', name: 'Hume AI', vendor: 'Hume AI', domains: ['hume.ai'], apiEndpoints: ['api.hume.ai'], source: listed('slavakurilyak'), checked: CHECKED_3 },
  { id: 'naturalreader', name: 'NaturalReader', vendor: 'NaturalSoft', domains: ['naturalreaders.com'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'voice-ai', name: 'Voice.ai', vendor: 'Voice.ai', domains: ['voice.ai'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'fish-audio', name: 'Fish Audio', vendor: 'Fish Audio', domains: ['fish.audio'], source: listed('ragflow', 'docs/guides/models/supported_models.mdx'), checked: CHECKED_3 },
  { id: 'uberduck', name: 'Uberduck', vendor: 'Uberduck', domains: ['uberduck.ai'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'wispr-flow', name: 'Wispr Flow', vendor: 'Wispr', domains: ['wisprflow.ai', 'wispr.ai', 'wisprflow.com'], source: listed('steven2358'), checked: CHECKED_2 }, // wisprflow.com: listed('autoventure', 'ai-tools.csv') names www.wisprflow.com, CHECKED_3
  // superwhisper.ai: the host listed('kostja94') gives for Superwhisper.
  { id: 'superwhisper', name: 'superwhisper', vendor: 'superwhisper', domains: ['superwhisper.com', 'superwhisper.ai'], source: listed('richawo', 'productivity.md'), checked: CHECKED_C10 },
  { id: 'speechmatics', region: 'europe', name: 'Speechmatics', vendor: 'Speechmatics', category: 'developer-platform', domains: ['speechmatics.com'], source: listed('kostja94', 'INDEX.md'), checked: CHECKED_3 },
  { id: 'gladia', region: 'europe', name: 'Gladia', vendor: 'Gladia', category: 'developer-platform', domains: ['gladia.io'], apiEndpoints: ['api.gladia.io'], source: listed('vercelai', 'content/providers/01-ai-sdk-providers/120-gladia.mdx'), checked: CHECKED_3 },
  { id: 'rev', name: 'Rev', vendor: 'Rev', domains: ['rev.com', 'rev.ai'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'sonix', name: 'Sonix', vendor: 'Sonix', domains: ['sonix.ai'], source: 'https://sonix.ai/docs/api', checked: CHECKED_C10 },
  { id: 'happy-scribe', name: 'Happy Scribe', vendor: 'Happy Scribe', domains: ['happyscribe.com'], source: listed('aliammari1', 'README.md'), checked: CHECKED_3 },
  { id: 'trint', name: 'Trint', vendor: 'Trint', domains: ['trint.com'], source: 'https://support.trint.com/en/articles/3804547-workspaces', checked: CHECKED_C10 },
  { id: 'turboscribe', name: 'TurboScribe', vendor: 'TurboScribe', domains: ['turboscribe.ai'], source: listed('kostja94', 'README.md'), checked: CHECKED_3 },
  { id: 'voicenotes', name: 'Voicenotes', vendor: 'Voicenotes', domains: ['voicenotes.com'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'audiopen', name: 'AudioPen', vendor: 'AudioPen', category: 'writing', domains: ['audiopen.ai'], source: listed('kostja94', 'README.md'), checked: CHECKED_3 },
  { id: 'moshi', region: 'europe', name: 'Moshi', vendor: 'Kyutai', domains: ['moshi.chat', 'kyutai.org'], source: listed('radiusmethod', 'llms.csv'), checked: CHECKED_3 },
  { id: 'voicemaker', name: 'Voicemaker', vendor: 'Voicemaker', domains: ['voicemaker.in'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'typecast', region: 'korea', name: 'Typecast', vendor: 'Neosapience', domains: ['typecast.ai'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'vocalremover', name: 'Vocal Remover', vendor: 'Vocal Remover', domains: ['vocalremover.org'], source: listed('kapibala', 'README.md'), checked: CHECKED_3 },
  { id: 'topmediai', name: 'TopMediai', vendor: 'TopMediai', domains: ['topmediai.com'], source: listed('laylavish', 'list.txt'), checked: CHECKED_3 },
  { id: 'musicfy', name: 'Musicfy', vendor: 'Musicfy', domains: ['musicfy.lol'], source: listed('ishandutta2007', 'README.md'), checked: CHECKED_3 },
  { id: 'voicify', name: 'Jammable', vendor: 'Jammable', domains: ['jammable.com', 'voicify.ai'], source: listed('steven2358', 'DISCOVERIES.md'), checked: CHECKED_2 },
  { id: 'ttsmaker', name: 'TTSMaker', vendor: 'TTSMaker', domains: ['ttsmaker.com'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'sonauto', name: 'Sonauto', vendor: 'Sonauto', domains: ['sonauto.ai'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'mureka', name: 'Mureka', vendor: 'Kunlun Tech', domains: ['mureka.ai', 'mureka.cn'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 }, // mureka.cn: listed('kapibala', 'data/navigation.json')
  { id: 'loudly', name: 'Loudly', vendor: 'Loudly', domains: ['loudly.com'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'ecrett', name: 'Ecrett Music', vendor: 'Ecrett', domains: ['ecrettmusic.com'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'audioshake', name: 'AudioShake', vendor: 'AudioShake', domains: ['audioshake.ai'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'cleanvoice', name: 'Cleanvoice', vendor: 'Cleanvoice', domains: ['cleanvoice.ai'], source: listed('digidai'), checked: CHECKED_2 },
  { id: 'auphonic', name: 'Auphonic', vendor: 'Auphonic', domains: ['auphonic.com'], source: listed('digidai'), checked: CHECKED_2 },
  { id: 'altered', name: 'Altered Studio', vendor: 'Altered', domains: ['altered.ai'], source: listed('kapibala', 'README.md'), checked: CHECKED_3 },
  { id: 'transkriptor', name: 'Transkriptor', vendor: 'Transkriptor', domains: ['transkriptor.com'], source: listed('whoisdsmith', 'AI-Bookmarks/AI-Tools-Cheatsheet/Speech-To-Text.md'), checked: CHECKED_C12 }, // Transkriptor at transkriptor.com
  { id: 'maestra', name: 'Maestra', vendor: 'Maestra', domains: ['maestra.ai'] },
  { id: 'dubverse', region: 'india', name: 'Dubverse', vendor: 'Dubverse', domains: ['dubverse.ai'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'papercup', region: 'europe', name: 'Papercup', vendor: 'Papercup', domains: ['papercup.com'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'deepdub', region: 'middle-east', name: 'Deepdub', vendor: 'Deepdub', domains: ['deepdub.ai'], source: 'https://github.com/deepdub-ai/deepdub/blob/ceb3e1544feb85c0163ca5df7882908b025ffc76/deepdub-agents.md', checked: CHECKED_C12 }, // the vendor's own Python client; its EU endpoint is wss.eu.deepdub.ai
  { id: 'wordly', name: 'Wordly', vendor: 'Wordly', category: 'translation', domains: ['wordly.ai'], source: listed('clawhome', 'README.en.md'), checked: CHECKED_C10 },
]);
