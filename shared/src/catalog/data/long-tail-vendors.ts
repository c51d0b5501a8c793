// Long-tail tools in the categories the held-out measurement found weakest: marketing, customer support,
// agents, image and video, writing. Written on CHECKED_2 from the vendors' own sites (source: the page
// named, else the product's site) or, where a row says listed(...), a licensed list.
import type { Tool } from '../../schemas/tool';
import { CHECKED_2, defineTools, listed, CHECKED_3, CHECKED_C10, CHECKED_C12 } from './define';

export const vendorTools2: Tool[] = defineTools('agents', [
  { id: 'adcreative', name: 'AdCreative.ai', vendor: 'AdCreative.ai', category: 'image', domains: ['adcreative.ai'], source: listed('meetpateltech', 'README.md'), checked: CHECKED_3 },
  { id: 'adept', name: 'Adept', vendor: 'Adept', domains: ['adept.ai'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'aisera', name: 'Aisera', vendor: 'Aisera', domains: ['aisera.com'], source: listed('kostja94', 'INDEX.md'), checked: CHECKED_3 },
  { id: 'aragon', name: 'Aragon', vendor: 'Aragon', category: 'image', domains: ['aragon.ai'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'asapp', name: 'ASAPP', vendor: 'ASAPP', domains: ['asapp.com'], source: listed('whoisdsmith', 'AIMF.md'), checked: CHECKED_C12 }, // ASAPP at asapp.com
  { id: 'balto', name: 'Balto', vendor: 'Balto', domains: ['balto.ai'], source: 'https://balto.ai/support-for-clients/', checked: CHECKED_C10 },
  { id: 'blaze', name: 'Blaze', vendor: 'Blaze', category: 'writing', domains: ['blaze.ai'], source: listed('clawhome', 'README.en.md'), checked: CHECKED_C10 },
  { id: 'browserbase', name: 'Browserbase', vendor: 'Browserbase', category: 'developer-platform', domains: ['browserbase.com'], source: listed('slavakurilyak'), checked: CHECKED_3 },
  { id: 'copymatic', name: 'Copymatic', vendor: 'Copymatic', category: 'writing', domains: ['copymatic.ai'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'creatify', name: 'Creatify', vendor: 'Creatify', category: 'video', domains: ['creatify.ai'], source: listed('kostja94', 'README.md'), checked: CHECKED_3 },
  { id: 'crescendo', name: 'Crescendo', vendor: 'Crescendo', domains: ['crescendo.ai', 'crescendocx.ai'], source: listed('kostja94', 'README.md'), checked: CHECKED_3 }, // crescendocx.ai: the vendor's own blog there describes its generative-AI CX Assistant, https://www.crescendocx.ai/blog/what_we_have_learned_from_deploying_generative_ai_in_cx, read CHECKED_C14 (pass ulleads)
  { id: 'cresta', name: 'Cresta', vendor: 'Cresta', domains: ['cresta.com'], source: listed('kostja94', 'README.md'), checked: CHECKED_3 },
  { id: 'docsbot', name: 'DocsBot AI', vendor: 'DocsBot AI', domains: ['docsbot.ai'], source: 'https://github.com/uglyrobot/docsbot-wordpress/blob/c891a47812fde7fdb7001f4953311e726d4d8217/README.md', checked: CHECKED_C12 }, // DocsBot's WordPress plugin repository; its API and widget on docsbot.ai
  { id: 'donotpay', name: 'DoNotPay', vendor: 'DoNotPay', domains: ['donotpay.com'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'eesel', name: 'eesel AI', vendor: 'eesel AI', domains: ['eesel.ai'], source: 'https://docs.eesel.ai/getting-started/key-concepts', checked: CHECKED_C10 },
  { id: 'espressive', name: 'Espressive', vendor: 'Espressive', domains: ['espressive.com'], source: 'https://www.espressive.com/resources/blog/what-is-barista-live-generative-answers', checked: CHECKED_C12 }, // Espressive's own blog (its Barista virtual agent); the stored copy was served over http
  { id: 'fakeyou', name: 'FakeYou', vendor: 'Storyteller', category: 'audio', domains: ['fakeyou.com', 'vo.codes'], source: listed('yousefebrahimi0'), checked: CHECKED_3 }, // vo.codes (FakeYou's former name): listed('whoisdsmith', 'README.md')
  { id: 'final-round-ai', name: 'Final Round AI', vendor: 'Final Round AI', category: 'productivity', domains: ['finalroundai.com'], source: listed('kostja94', 'INDEX.md'), checked: CHECKED_3 },
  { id: 'glass-health', name: 'Glass Health', vendor: 'Glass Health', category: 'chat', domains: ['glass.health'], source: listed('kapibala', 'README.md'), checked: CHECKED_3 },
  { id: 'google-labs-fx', name: 'Google Labs FX (ImageFX, VideoFX, MusicFX, Whisk)', vendor: 'Google', category: 'image', domains: ['aitestkitchen.withgoogle.com'], urlPrefixes: ['labs.google/fx'], source: 'https://labs.google/fx' },
  { id: 'growthbar', name: 'GrowthBar', vendor: 'GrowthBar', category: 'writing', domains: ['growthbarseo.com'], source: listed('whoisdsmith'), checked: CHECKED_C12 }, // Growthbar at growthbarseo.com
  { id: 'headshotpro', name: 'HeadshotPro', vendor: 'HeadshotPro', category: 'image', domains: ['headshotpro.com'], source: listed('kostja94', 'README.md'), checked: CHECKED_3 },
  { id: 'interior-ai', name: 'Interior AI', vendor: 'Interior AI', category: 'image', domains: ['interiorai.com'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'kits-ai', name: 'Kits AI', vendor: 'Kits AI', category: 'audio', domains: ['kits.ai'], source: listed('laylavish', 'list.txt'), checked: CHECKED_3 },
  { id: 'kognitos', name: 'Kognitos', vendor: 'Kognitos', domains: ['kognitos.com'], source: 'https://docs.kognitos.com/getting-started/core-concepts', checked: CHECKED_C10 },
  { id: 'level-ai', name: 'Level AI', vendor: 'Level AI', domains: ['thelevel.ai', 'level.ai'], source: 'https://thelevel.ai/blog/set-up-a-customized-grading-system-with-rubric-builder/', checked: CHECKED_C12 }, // Level AI's own blog on thelevel.ai; level.ai unproven
  { id: 'madgicx', name: 'Madgicx', vendor: 'Madgicx', domains: ['madgicx.com'], source: 'https://academy.madgicx.com/help', checked: CHECKED_C10 },
  { id: 'mapify', name: 'Mapify', vendor: 'Xmind', category: 'productivity', domains: ['mapify.so'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'netomi', name: 'Netomi', vendor: 'Netomi', domains: ['netomi.com'], source: 'https://github.com/msgai/netomi-chat-android-app/blob/de03c7e6d1e4fa113502ef70df3dd63913804c5c/README.md', checked: CHECKED_C12 }, // the vendor's Android chat SDK sample (msgai, Netomi's own organisation); links netomi.com
  { id: 'omneky', name: 'Omneky', vendor: 'Omneky', category: 'image', domains: ['omneky.com'], source: listed('clawhome', 'README.en.md'), checked: CHECKED_C10 },
  { id: 'outranking', name: 'Outranking', vendor: 'Outranking', category: 'writing', domains: ['outranking.io'], source: listed('estevecastells', 'README.md'), checked: CHECKED_3 },
  { id: 'pencil', name: 'Pencil', vendor: 'Brandtech', category: 'writing', domains: ['trypencil.com'], source: listed('clawhome', 'README.en.md'), checked: CHECKED_C10 },
  { id: 'persado', name: 'Persado', vendor: 'Persado', category: 'writing', domains: ['persado.com'], source: listed('clawhome', 'README.en.md'), checked: CHECKED_C10 },
  { id: 'pixelcut', name: 'Pixelcut', vendor: 'Pixelcut', category: 'image', domains: ['pixelcut.ai'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'powerdrill', name: 'Powerdrill', vendor: 'Powerdrill', category: 'productivity', domains: ['powerdrill.ai'], source: listed('aliammari1', 'README.md'), checked: CHECKED_3 },
  { id: 'question-ai', name: 'Question.AI', vendor: 'Question.AI', category: 'productivity', domains: ['question.ai', 'questionai.com'], source: listed('kostja94', 'INDEX.md'), checked: CHECKED_3 },
  { id: 'rasa-io', name: 'rasa.io', vendor: 'rasa.io', category: 'writing', domains: ['rasa.io'], source: 'https://help.rasa.io/glossary', checked: CHECKED_C12 }, // rasa.io's own help centre (AI-personalised newsletters)
  { id: 'replicant', name: 'Replicant', vendor: 'Replicant', domains: ['replicant.com', 'replicant.ai'], source: listed('kostja94', 'README.md'), checked: CHECKED_3 }, // replicant.ai: listed('kostja94')
  { id: 'simular', name: 'Simular', vendor: 'Simular', domains: ['simular.ai'], source: listed('dspachos', 'README.md'), checked: CHECKED_3 },
  { id: 'smartwriter', name: 'SmartWriter', vendor: 'SmartWriter', category: 'writing', domains: ['smartwriter.ai'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'textio', name: 'Textio', vendor: 'Textio', category: 'writing', domains: ['textio.com'], source: listed('natnew', 'README.md'), checked: CHECKED_3 },
  { id: 'venice', name: 'Venice', vendor: 'Venice.ai', category: 'chat', domains: ['venice.ai'], source: listed('felladrin'), checked: CHECKED_2 },
  { id: 'wonderchat', name: 'Wonderchat', vendor: 'Wonderchat', domains: ['wonderchat.io'], source: 'https://docs.wonderchat.io/api-reference/chat', checked: CHECKED_C10 },
], { checked: CHECKED_2 });
