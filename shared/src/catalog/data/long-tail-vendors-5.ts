// Long-tail image, 3D, video, music, notes, coding, research and sales-agent tools written on CHECKED_2 from
// the vendors' own sites (source: the product's site, counted as homepage-only by `lantern catalog stats`
// until re-verified against a specific page).
import type { Tool } from '../../schemas/tool';
import { CHECKED_2, defineTools, listed, CHECKED_3, CHECKED_C10, CHECKED_C12, CHECKED_C13 } from './define';

export const vendorTools6: Tool[] = defineTools('image', [
  { id: 'hyperbound', name: 'Hyperbound', vendor: 'Hyperbound', category: 'agents', domains: ['hyperbound.ai'], source: listed('kostja94', 'README-CN.md'), checked: CHECKED_3 },
  { id: 'nooks', name: 'Nooks', vendor: 'Nooks', category: 'agents', domains: ['nooks.ai'], source: listed('kostja94', 'README-CN.md'), checked: CHECKED_3 },
  { id: 'questflow', name: 'Questflow', vendor: 'Questflow', category: 'agents', domains: ['questflow.ai', 'questflow.xyz'], source: listed('whoisdsmith'), checked: CHECKED_C12 }, // Questflow at questflow.ai; questflow.xyz: listed('whoisdsmith', 'README.md'), which also gives questflow.ai
  { id: 'teammates', name: 'Teammates.ai', vendor: 'Teammates.ai', category: 'agents', domains: ['teammates.ai'], source: 'https://teammates.ai/help/faq', checked: CHECKED_C12 }, // Teammates.ai's own FAQ (AI teammates Raya, Adam and Sara)
  { id: 'audimee', name: 'Audimee', vendor: 'Audimee', category: 'audio', domains: ['audimee.com'] },
  { id: 'audiostrip', name: 'AudioStrip', vendor: 'AudioStrip', category: 'audio', domains: ['audiostrip.com', 'audiostrip.co.uk'], region: 'europe', source: listed('whoisdsmith', 'README.md'), checked: CHECKED_C12 }, // AudioStrip at audiostrip.co.uk (AI stem isolation); audiostrip.com not named there
  { id: 'emastered', name: 'eMastered', vendor: 'eMastered', category: 'audio', domains: ['emastered.com'], source: listed('whoisdsmith'), checked: CHECKED_C12 }, // eMastered at emastered.com
  { id: 'fadr', name: 'Fadr', vendor: 'Fadr', category: 'audio', domains: ['fadr.com'], source: listed('laylavish', 'list.txt'), checked: CHECKED_3 },
  { id: 'masterchannel', name: 'Masterchannel', vendor: 'Masterchannel', category: 'audio', domains: ['masterchannel.ai'], region: 'europe' },
  { id: 'musicgpt', name: 'MusicGPT', vendor: 'MusicGPT', category: 'audio', domains: ['musicgpt.com'], source: listed('ishandutta2007', 'README.md'), checked: CHECKED_3 },
  { id: 'producer-ai', name: 'Producer.ai', vendor: 'Producer.ai', category: 'audio', domains: ['producer.ai'], source: listed('kostja94', 'INDEX.md'), checked: CHECKED_3 },
  { id: 'x-minus', name: 'X-Minus', vendor: 'X-Minus', category: 'audio', domains: ['x-minus.pro'], region: 'russia', source: listed('whoisdsmith'), checked: CHECKED_C12 }, // X-Minus Pro at x-minus.pro/ai
  { id: 'adrenaline', name: 'Adrenaline', vendor: 'Adrenaline', category: 'coding', domains: ['useadrenaline.com'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'autoregex', name: 'AutoRegex', vendor: 'AutoRegex', category: 'coding', domains: ['autoregex.xyz'], source: listed('whoisdsmith'), checked: CHECKED_C12 }, // AutoRegex at autoregex.xyz
  { id: 'codeconvert', name: 'CodeConvert AI', vendor: 'CodeConvert', category: 'coding', domains: ['codeconvert.ai'], source: listed('whoisdsmith'), checked: CHECKED_C12 }, // CodeConvert AI at codeconvert.ai
  { id: 'codepal', name: 'CodePal', vendor: 'CodePal', category: 'coding', domains: ['codepal.ai'], source: listed('whoisdsmith'), checked: CHECKED_C12 }, // CodePal at codepal.ai
  { id: 'korbit', name: 'Korbit', vendor: 'Korbit', category: 'coding', domains: ['korbit.ai'], source: 'https://docs.korbit.ai/pull-request-experience/issues', checked: CHECKED_C10 },
  { id: 'sqlchat', name: 'SQL Chat', vendor: 'Bytebase', category: 'coding', domains: ['sqlchat.ai'], source: 'https://github.com/sqlchat/sqlchat/blob/4a47275adf2ee7da79a57c2b134d8685bf08e024/README.md', checked: CHECKED_C12 }, // the vendor's repository
  { id: 'workik', name: 'Workik', vendor: 'Workik', category: 'coding', domains: ['workik.com'], region: 'india' },
  { id: 'runware', name: 'Runware', vendor: 'Runware', category: 'developer-platform', domains: ['runware.ai'], region: 'europe', source: listed('stimqq', 'README.md'), checked: CHECKED_3 },
  { id: 'segmind', name: 'Segmind', vendor: 'Segmind', category: 'developer-platform', domains: ['segmind.com'], region: 'india', source: listed('portkey', 'cookbook/integrations/segmind.ipynb'), checked: CHECKED_3 },
  { id: 'blockade-labs', name: 'Skybox AI (Blockade Labs)', vendor: 'Blockade Labs', domains: ['blockadelabs.com'], source: 'https://github.com/Blockade-Games/BlockadeLabs-SDK-Node/blob/29ac90c4e9d166cb75e64f0b4d8a56b160e6b60a/src/services/api.ts', checked: CHECKED_C12 }, // the vendor's own SDK; its API on backend.blockadelabs.com
  { id: 'bluewillow', name: 'BlueWillow', vendor: 'BlueWillow', domains: ['bluewillow.ai'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'illustroke', name: 'Illustroke', vendor: 'Illustroke', domains: ['illustroke.com'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'patterned', name: 'Patterned AI', vendor: 'Patterned AI', domains: ['patterned.ai'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'picso', name: 'Picso', vendor: 'Picso', domains: ['picso.ai'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'svgai', name: 'SVG AI', vendor: 'SVG AI', domains: ['svgai.org'], source: 'https://github.com/DhakalAsace/svgaibackup/blob/6fa21ae2c5053fbd4330117da9a7f8ffc22953ce/README.md', checked: CHECKED_C13 }, // the site's own source (README "SVG AI", sitemap on svgai.org): AI SVG generation beside free format converters and galleries on the same site
  { id: 'cleft', name: 'Cleft Notes', vendor: 'Cleft', category: 'productivity', domains: ['cleft.ai'], source: listed('kostja94', 'README.md'), checked: CHECKED_3 },
  // ellie (ellie.ai) removed on CHECKED_C14: ellie.ai is Ellie Technologies' data-modelling platform (business glossary,
  // conceptual models, yourorganization.ellie.ai per its own pages and user guide), not the AI email assistant the row
  // meant; ellie.ai is a trap in lookalikes-c14-recheck.test.ts.
  { id: 'letterly', name: 'Letterly', vendor: 'Letterly', category: 'productivity', domains: ['letterly.app'], source: 'https://github.com/letterlyapp/letterly-help/blob/a1afab694484b57362cea7b2e98c80caa3535e68/public/robots.txt', checked: CHECKED_C13 }, // the source of Letterly's own help centre (letterlyapp organisation; articles on Letterly dictation), served at help.letterly.app
  { id: 'talknotes', name: 'TalkNotes', vendor: 'TalkNotes', category: 'productivity', domains: ['talknotes.io'], region: 'europe' },
  { id: 'bagoodex', name: 'Bagoodex', vendor: 'Bagoodex', category: 'search', domains: ['bagoodex.io'] },
  { id: 'dashworks', name: 'Dashworks', vendor: 'Dashworks', category: 'search', domains: ['dashworks.ai'], source: 'https://support.dashworks.ai/bots/setup-bots', checked: CHECKED_C10 },
  { id: 'globe-explorer', name: 'Globe Explorer', vendor: 'Globe Engineer', category: 'search', domains: ['globe.engineer'], source: listed('rvelamen'), checked: CHECKED_C12 }, // Globe Explorer at explorer.globe.engineer (AI knowledge search)
  { id: 'waldo', name: 'Waldo', vendor: 'Waldo', category: 'search', domains: ['waldo.fyi'], source: listed('whoisdsmith', 'AIMF.md'), checked: CHECKED_C12 }, // Waldo at waldo.fyi
  { id: 'guidde', name: 'Guidde', vendor: 'Guidde', category: 'video', domains: ['guidde.com'], source: 'https://help.guidde.com/en/articles/8799567-workspace-account', checked: CHECKED_C10 },
  { id: 'jogg', name: 'JoggAI', vendor: 'JoggAI', category: 'video', domains: ['jogg.ai'], source: listed('kostja94', 'README.md'), checked: CHECKED_3 },
  { id: 'kreado', name: 'KreadoAI', vendor: 'KreadoAI', category: 'video', domains: ['kreadoai.com'], region: 'china', source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'magic-hour', name: 'Magic Hour', vendor: 'Magic Hour', category: 'video', domains: ['magichour.ai'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'vidful', name: 'Vidful', vendor: 'Vidful', category: 'video', domains: ['vidful.ai'] },
  { id: 'namelix', name: 'Namelix', vendor: 'Brandmark', category: 'writing', domains: ['namelix.com'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
], { checked: CHECKED_2 });
