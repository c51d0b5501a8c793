// Sixth long-tail pass (2026-12-05): every host the pinned list files name was classified against the catalog again,
// and the products still unmatched that plainly are AI tools, at a host that is the product's own, were added here.
// Left out, as before: directories, articles, general SaaS with an AI feature somewhere, shared-platform hosts, hosts
// that looked guessed (a voice-agent startup listed at a .ai name its product does not use), and hosts that are a
// second name of a product already in the catalog (those are aliases, reported for the entry's owner to add).
// Each row cites the list file that names its host, at the pinned commit.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed } from './define';

export const longTailC6ListsTools: Tool[] = defineTools('other', [
  { id: 'acloset', name: 'Acloset', vendor: 'Acloset', category: 'image', domains: ['acloset.ai'], source: listed('kostja94') },
  { id: 'ai-quark', name: 'Quark AI (Kuake)', vendor: 'Alibaba', category: 'search', domains: ['ai.quark.cn'], source: listed('kostja94', 'INDEX.md'), region: 'china' },
  { id: 'airbrush', name: 'AirBrush', vendor: 'Pixocial', category: 'image', domains: ['airbrush.com', 'appairbrush.com'], source: listed('kostja94') }, // appairbrush.com: listed('eudk')
  { id: 'amai-voice', name: 'AMAI', vendor: 'AMAI', category: 'audio', domains: ['amai.io'], source: listed('kostja94', 'README-CN.md') },
  { id: 'answer-ai-pro', name: 'Answer AI', vendor: 'Answer AI', category: 'chat', domains: ['answerai.pro'], source: listed('kostja94', 'INDEX.md') },
  { id: 'babystoryai', name: 'BabyStoryAI', vendor: 'BabyStoryAI', category: 'audio', domains: ['babystoryai.com'], source: listed('kostja94', 'README-CN.md') },
  { id: 'canonical-ai', name: 'Canonical AI', vendor: 'Canonical AI', category: 'developer-platform', domains: ['canonical.ai'], source: listed('kostja94') },
  { id: 'cconote', name: 'Cconote', vendor: 'Cconote', category: 'productivity', domains: ['cconote.ai'], source: listed('kostja94') },
  { id: 'echo-labs', name: 'Echo Labs', vendor: 'Echo Labs', category: 'productivity', domains: ['echolabs.ai'], source: listed('kostja94') },
  { id: 'fabularis', name: 'Fabularis', vendor: 'Fabularis', category: 'writing', domains: ['fabularis.art'], source: listed('kostja94', 'README-CN.md') },
  { id: 'glam-ai', name: 'Glam AI', vendor: 'Glam AI', category: 'image', domains: ['glam.ai'], source: listed('kostja94') },
  { id: 'heitech', name: 'HeiTech', vendor: 'HeiTech', category: 'video', domains: ['hei.io'], source: listed('kostja94') },
  { id: 'lightscreen', name: 'Lightscreen', vendor: 'Lightscreen', category: 'agents', domains: ['lightscreen.ai'], source: listed('kostja94', 'README-CN.md') },
  { id: 'story-lumi', name: 'Story Lumi', vendor: 'Lumi', category: 'writing', domains: ['lumistory.ai'], source: listed('kostja94') },
  { id: 'mirror-mirror-ai', name: 'Mirror Mirror', vendor: 'Mirror Mirror', category: 'image', domains: ['mirrormirror.ai'], source: listed('kostja94') },
  { id: 'moonhub', name: 'Moonhub', vendor: 'Moonhub', category: 'agents', domains: ['moonhub.ai'], source: listed('kostja94', 'INDEX.md') },
  { id: 'mozart-ai', name: 'Mozart AI', vendor: 'Mozart AI', category: 'audio', domains: ['mozartai.app'], source: listed('kostja94') },
  { id: 'myminutes', name: 'MyMinutes', vendor: 'MyMinutes', category: 'meeting', domains: ['myminutes.ai'], source: listed('kostja94') },
  { id: 'reflection-ai', name: 'Reflection AI', vendor: 'Reflection AI', category: 'coding', domains: ['reflection.ai'], source: listed('kostja94', 'INDEX.md') },
  { id: 'clipto-ai', name: 'Clipto.AI', vendor: 'Clipto', category: 'audio', domains: ['clipto.com'], source: listed('kostja94') },
  { id: 'contents-ai', name: 'Contents', vendor: 'Contents.com', category: 'writing', domains: ['contents.ai', 'contents.com'], source: listed('kostja94') }, // contents.com: listed('whoisdsmith', 'README.md')
  { id: 'videoleap', name: 'Videoleap', vendor: 'Lightricks', category: 'video', domains: ['videoleapapp.com'], source: listed('kostja94') },
  { id: 'wondera', name: 'Wondera', vendor: 'Wondera', category: 'audio', domains: ['wondera.ai'], source: listed('kostja94', 'INDEX.md') },
  { id: 'midi-agent', name: 'MIDI Agent', vendor: 'MIDI Agent', category: 'audio', domains: ['midiagent.com'], source: listed('kostja94', 'INDEX.md') },
  { id: 'storybook-ai', name: 'StoryBook AI', vendor: 'StoryBook AI', category: 'writing', domains: ['storybookai.app'], source: listed('kostja94') },
  { id: 'manifest-ai', name: 'Manifest AI', vendor: 'Manifest AI', category: 'chat', domains: ['manifest.ai'], source: listed('kostja94') },
  { id: 'kuse', name: 'Kuse', vendor: 'Kuse', category: 'productivity', domains: ['kuse.ai'], source: listed('aliammari1') },
  { id: 'deeplobe', name: 'DeepLobe', vendor: 'DeepLobe', category: 'developer-platform', domains: ['deeplobe.ai'], source: listed('aliammari1') },
  { id: 'averroes', name: 'Averroes.ai', vendor: 'Averroes', category: 'other', domains: ['averroes.ai'], source: listed('aliammari1') },
  { id: 'viso-suite', name: 'Viso Suite', vendor: 'viso.ai', category: 'developer-platform', domains: ['viso.ai'], source: listed('aliammari1') },
  { id: 'tessl', name: 'Tessl', vendor: 'Tessl', category: 'coding', domains: ['tessl.io'], source: listed('aliammari1') },
  // faceplusplus.com.cn: the host listed('clawhome', 'README.en.md') gives for Face++ (www.faceplusplus.com.cn).
  { id: 'faceplusplus', name: 'Face++', vendor: 'Megvii', category: 'developer-platform', domains: ['faceplusplus.com', 'faceplusplus.com.cn'], source: listed('aliammari1'), region: 'china' },
  // trevorai.com (2026-12-06, aliases pass): Trevor AI's own user guide, https://docs.trevorai.com/scheduling (its AI
  // scheduling suggestions and AI Chat assistant), is on that host.
  { id: 'trevor-ai', name: 'Trevor AI', vendor: 'Trevor AI', category: 'productivity', domains: ['trevor.app', 'trevorai.com'], source: listed('aliammari1') },
  { id: 'kairntech', name: 'Kairntech', vendor: 'Kairntech', category: 'developer-platform', domains: ['kairntech.com'], source: listed('aliammari1') },
  { id: 'boo-ai', name: 'Boo AI', vendor: 'Boo AI', category: 'writing', domains: ['boo.ai'], source: listed('yousefebrahimi0') },
  { id: 'takomo', name: 'Takomo', vendor: 'Takomo', category: 'developer-platform', domains: ['go.takomo.ai'], source: listed('yousefebrahimi0') },
  { id: 'aspen-ai', name: 'Aspen', vendor: 'Aspen', category: 'developer-platform', domains: ['getaspenai.com'], source: listed('yousefebrahimi0') },
  { id: 'torto-ai', name: 'Torto.ai', vendor: 'Torto', category: 'other', domains: ['torto.ai'], source: listed('yousefebrahimi0') },
  { id: 'anypod', name: 'Anypod', vendor: 'Anypod', category: 'chat', domains: ['anypod.ai'], source: listed('yousefebrahimi0') },
  { id: 'avtrs', name: 'Avtrs', vendor: 'Avtrs', category: 'image', domains: ['avtrs.ai'], source: listed('yousefebrahimi0') },
  { id: 'askstockgpt', name: 'StockGPT', vendor: 'StockGPT', category: 'chat', domains: ['askstockgpt.com'], source: listed('yousefebrahimi0') },
  { id: 'baruaai', name: 'BaruaAI', vendor: 'BaruaAI', category: 'writing', domains: ['baruaai.com'], source: listed('yousefebrahimi0') },
  { id: 'digimarkai', name: 'DigiMarkAI', vendor: 'DigiMarkAI', category: 'writing', domains: ['digimarkai.com'], source: listed('yousefebrahimi0') },
  { id: 'opus-ai', name: 'Opus', vendor: 'Opus AI', category: 'video', domains: ['opus.ai'], source: listed('yousefebrahimi0') },
  { id: 'nothumansearch', name: 'Not Human Search', vendor: 'Not Human Search', category: 'search', domains: ['nothumansearch.ai'], source: listed('eudk') },
  { id: 'lynote', name: 'Lynote AI Humanizer', vendor: 'Lynote', category: 'writing', domains: ['lynote.ai'], source: listed('eudk') },
  { id: 'icihun', name: 'Cihun (词魂)', vendor: 'Cihun', category: 'writing', domains: ['icihun.com'], source: listed('lihongzhai', 'ai_tools.md'), region: 'china' },
  { id: 'wink-91', name: '91wink', vendor: '91wink', category: 'image', domains: ['91wink.com'], source: listed('lihongzhai', 'ai_tools.md'), region: 'china' },
  { id: 'passionfruit', name: 'Passionfruit', vendor: 'Passionfruit', category: 'writing', domains: ['getpassionfruit.com'], source: listed('estevecastells') },
  { id: 'writable', name: 'Writable', vendor: 'Writable', category: 'writing', domains: ['writable.com'], source: listed('kaynxu') },
  { id: 'nuance-dragon', name: 'Dragon (Nuance)', vendor: 'Microsoft Nuance', category: 'audio', domains: ['dragon.nuance.com'], urlPrefixes: ['www.nuance.com/healthcare/dragon-ai-clinical-solutions.html'], source: listed('arunagirinathan') }, // the prefix (2026-12-06): Dragon Medical's page in listed('healthcareagent', 'README.md')
], { checked: CHECKED_3 });
