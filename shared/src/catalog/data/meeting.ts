// Meeting recorders, note-takers and clinical scribes: they capture other people's words, so they matter
// for consent and data-protection reviews.
import type { Tool } from '../../schemas/tool';
import { defineTools, listed, CHECKED_2, v2flyAt, CHECKED_3, CHECKED_C10, CHECKED_C12, CHECKED_C15 } from './define';

export const meetingTools: Tool[] = defineTools('meeting', [
  { id: 'otter', name: 'Otter.ai', vendor: 'Otter.ai', domains: ['otter.ai'], supplier: { enterpriseTier: true }, source: listed('eudk'), checked: CHECKED_2 },
  { id: 'fireflies', name: 'Fireflies.ai', vendor: 'Fireflies.ai', domains: ['fireflies.ai'], supplier: { enterpriseTier: true }, source: listed('eudk'), checked: CHECKED_2 },
  { id: 'fathom', name: 'Fathom', vendor: 'Fathom', domains: ['fathom.video', 'fathom.ai'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'tldv', region: 'europe', name: 'tl;dv', vendor: 'tl;dv', domains: ['tldv.io'], source: listed('digidai'), checked: CHECKED_2 },
  { id: 'read-ai', name: 'Read AI', vendor: 'Read AI', domains: ['read.ai'], source: listed('steven2358'), checked: CHECKED_2 },
  { id: 'avoma', name: 'Avoma', vendor: 'Avoma', domains: ['avoma.com'], source: listed('hihelloluigi', 'README.md'), checked: CHECKED_3 },
  { id: 'gong', name: 'Gong', vendor: 'Gong', domains: ['gong.io'], supplier: { enterpriseTier: true }, source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'grain', name: 'Grain', vendor: 'Grain', domains: ['grain.com'], source: listed('digidai'), checked: CHECKED_2 },
  { id: 'fellow', name: 'Fellow', vendor: 'Fellow', domains: ['fellow.app', 'fellow.ai'], source: listed('kostja94', 'README.md'), checked: CHECKED_3 },
  { id: 'krisp', name: 'Krisp', vendor: 'Krisp', domains: ['krisp.ai'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'notta', region: 'japan', name: 'Notta', vendor: 'Notta', domains: ['notta.ai'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'sembly', name: 'Sembly AI', vendor: 'Sembly', domains: ['sembly.ai'], source: listed('kostja94', 'README.md'), checked: CHECKED_3 },
  { id: 'supernormal', name: 'Supernormal', vendor: 'Supernormal', domains: ['supernormal.com'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'bluedot', name: 'Bluedot', vendor: 'Bluedot', domains: ['bluedothq.com'], source: 'https://help.bluedothq.com/en/articles/11470421-recording-settings-explained', checked: CHECKED_C10 },
  { id: 'tactiq', name: 'Tactiq', vendor: 'Tactiq', domains: ['tactiq.io'], source: listed('kostja94', 'README.md'), checked: CHECKED_3 },
  { id: 'jamie', region: 'europe', name: 'jamie', vendor: 'jamie', domains: ['meetjamie.ai'], supplier: { dataRegions: ['EU'] }, source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'granola', name: 'Granola', vendor: 'Granola', domains: ['granola.ai', 'granola.so'], source: listed('linoah', 'README.md'), checked: CHECKED_3 },
  { id: 'circleback', name: 'Circleback', vendor: 'Circleback', domains: ['circleback.ai'], source: listed('kostja94', 'README.md'), checked: CHECKED_3 },
  { id: 'meetgeek', name: 'MeetGeek', vendor: 'MeetGeek', domains: ['meetgeek.ai'], source: listed('steven2358', 'DISCOVERIES.md'), checked: CHECKED_2 },
  { id: 'plaud', name: 'Plaud', vendor: 'Plaud', domains: ['plaud.ai'], source: listed('kostja94', 'README.md'), checked: CHECKED_3 },
  { id: 'limitless', name: 'Limitless', vendor: 'Limitless', domains: ['limitless.ai'], source: listed('steven2358'), checked: CHECKED_2 },
  { id: 'leexi', region: 'europe', name: 'Leexi', vendor: 'Leexi', domains: ['leexi.ai'], source: listed('kostja94', 'README.md'), checked: CHECKED_3 },
  { id: 'noota', region: 'europe', name: 'Noota', vendor: 'Noota', domains: ['noota.io'] },
  { id: 'claap', region: 'europe', name: 'Claap', vendor: 'Claap', domains: ['claap.io'], source: listed('kostja94', 'README.md'), checked: CHECKED_3 },
  { id: 'modjo', region: 'europe', name: 'Modjo', vendor: 'Modjo', domains: ['modjo.ai'], source: 'https://help.modjo.ai/en/articles/15338899-tenant-knowledge-set-up-your-organization-s-knowledge-base', checked: CHECKED_C10 },
  { id: 'heidi-health', name: 'Heidi', vendor: 'Heidi Health', domains: ['heidihealth.com'], source: 'https://www.heidihealth.com/support/en/articles/8840280-heidi-s-feature-dictionary', checked: CHECKED_C10 },
  { id: 'nabla', region: 'europe', name: 'Nabla', vendor: 'Nabla', domains: ['nabla.com'], source: 'https://docs.nabla.com/intro/', checked: CHECKED_C10 },
  { id: 'abridge', name: 'Abridge', vendor: 'Abridge', domains: ['abridge.com'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'freed', name: 'Freed', vendor: 'Freed', domains: ['getfreed.ai'], source: 'https://help.getfreed.ai/en/articles/10519331-inviting-users-to-a-freed-group-plan-group-admin', checked: CHECKED_C10 },
  { id: 'tingwu', region: 'china', name: 'Tongyi Tingwu', vendor: 'Alibaba', domains: ['tingwu.aliyun.com'], supplier: { dataRegions: ['CN'] }, source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'iflyrec', name: 'iFlyrec', vendor: 'iFlytek', domains: ['iflyrec.com'], supplier: { dataRegions: ['CN'] }, source: v2flyAt('iflytek'), checked: CHECKED_2 },
  { id: 'meetrecord', name: 'MeetRecord', vendor: 'MeetRecord', domains: ['meetrecord.com'] },
  { id: 'rewatch', name: 'Rewatch', vendor: 'Rewatch', domains: ['rewatch.com'], source: listed('kostja94', 'README.md'), checked: CHECKED_3 },
  { id: 'wudpecker', name: 'Wudpecker', vendor: 'Wudpecker', domains: ['wudpecker.io'], source: listed('whoisdsmith', 'AIMF.md'), checked: CHECKED_C12 }, // Wudpecker at wudpecker.io
  { id: 'laxis', name: 'Laxis', vendor: 'Laxis', domains: ['laxis.com'], source: 'https://www.laxis.com/zh/blog/ai-meeting-summary-fatigue-2026/', checked: CHECKED_C15 }, // Laxis's own blog on laxis.com, stored copy read (fifteenth-session re-check, was homepage-only): a post on AI meeting recaps and follow-up, the field of its AI meeting assistant
  { id: 'mem', name: 'Mem', vendor: 'Mem Labs', category: 'productivity', domains: ['mem.ai'], source: listed('steven2358'), checked: CHECKED_2 },
  { id: 'reflect', name: 'Reflect', vendor: 'Reflect', category: 'productivity', domains: ['reflect.app'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'saner-ai', name: 'Saner.AI', vendor: 'Saner.AI', category: 'productivity', domains: ['saner.ai'], source: listed('whoisdsmith'), checked: CHECKED_C12 }, // Saner.ai at saner.ai
  { id: 'motion', name: 'Motion', vendor: 'Motion', category: 'productivity', domains: ['usemotion.com'], source: listed('linoah', 'README.md'), checked: CHECKED_3 },
  { id: 'reclaim', name: 'Reclaim.ai', vendor: 'Dropbox', category: 'productivity', domains: ['reclaim.ai'], source: listed('stevoisiakai', 'GenAI-Blocklist.txt'), checked: CHECKED_3 },
  { id: 'superhuman', name: 'Superhuman Mail', vendor: 'Superhuman', category: 'productivity', domains: ['superhuman.com'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'shortwave', name: 'Shortwave', vendor: 'Shortwave', category: 'productivity', domains: ['shortwave.com'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'dropbox-dash', name: 'Dropbox Dash', vendor: 'Dropbox', category: 'embedded-saas', domains: ['dash.dropbox.com'], urlPrefixes: ['www.dropbox.com/dash'], source: listed('stevoisiakai', 'GenAI-Blocklist.txt'), checked: CHECKED_3 }, // www.dropbox.com/dash (2026-12-07, CHECKED_C22, mergefix): Dropbox's own page for Dash, the source being the page itself, as the c22 wellknown2 pass reported
  { id: 'jiminny', name: 'Jiminny', vendor: 'Jiminny', domains: ['jiminny.com'], source: 'https://help.jiminny.com/en/articles/913650-deciding-which-role-and-permissions-a-person-needs', checked: CHECKED_C10 },
  { id: 'sybill', name: 'Sybill', vendor: 'Sybill', domains: ['sybill.ai'], source: listed('steven2358'), checked: CHECKED_2 },
  { id: 'attention', name: 'Attention', vendor: 'Attention', domains: ['attention.tech', 'attention.com'], source: 'https://docs.attention.com/builder-101/triggers/attention-triggers', checked: CHECKED_C15 }, // Attention's own docs, stored copy read (fifteenth-session re-check, was homepage-only): workflows that start when Attention's AI has analysed a sales conversation and extracted insights for the CRM; the docs are on attention.com, now the vendor's host beside attention.tech (an integration guide read the same day still points to docs.attention.tech)
  { id: 'momentum', name: 'Momentum', vendor: 'Momentum', domains: ['momentum.io'], source: 'https://docs.momentum.io/en/articles/4816985-momentum-slack-security', checked: CHECKED_C10 },
  { id: 'bubbles', name: 'Bubbles', vendor: 'Bubbles', domains: ['usebubbles.com'], source: 'https://www.usebubbles.com/blog/revolutionizing-your-work-life-with-productive-meetings', checked: CHECKED_C12 }, // Bubbles' own blog on usebubbles.com; it does not itself call the product AI
  { id: 'shadow', name: 'Shadow', vendor: 'Shadow', domains: ['shadow.do'] },
  { id: 'noty', name: 'Noty.ai', vendor: 'Noty', domains: ['noty.ai'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'mymeet', name: 'mymeet.ai', vendor: 'mymeet.ai', domains: ['mymeet.ai'], source: 'https://help.mymeet.ai/ru/articles/37-rabochee-prostranstvo', checked: CHECKED_C12 }, // mymeet.ai's own help centre (workspaces for transcribed meetings)
  { id: 'suki', name: 'Suki', vendor: 'Suki', domains: ['suki.ai'], source: 'https://developer.suki.ai/Glossary/glossary', checked: CHECKED_C10 },
  { id: 'deepscribe', name: 'DeepScribe', vendor: 'DeepScribe', domains: ['deepscribe.ai'], source: listed('healthcareagent'), checked: CHECKED_C12 }, // DeepScribe at www.deepscribe.ai (AI medical scribe)
  { id: 'ambience', name: 'Ambience Healthcare', vendor: 'Ambience', domains: ['ambiencehealthcare.com'], source: listed('kostja94', 'README.md'), checked: CHECKED_3 },
  { id: 'tortus', region: 'europe', name: 'TORTUS', vendor: 'TORTUS', domains: ['tortus.ai'], source: 'https://tortus.ai/faq/', checked: CHECKED_C12 }, // TORTUS's own FAQ (clinical notes from recorded consultations)
  { id: 'lyrebird-health', name: 'Lyrebird Health', vendor: 'Lyrebird', domains: ['lyrebirdhealth.com'], source: 'https://www.lyrebirdhealth.com/au/policies/usage-policy', checked: CHECKED_C10 },
]);
