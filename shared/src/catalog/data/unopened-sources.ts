// Entries whose `source` names a vendor page (pricing, product or docs) that was written down from knowledge and never
// opened: the fourth pass and the category pass of 2026-12-05 had no web access (README, "Sources"). Their hosts are
// believed right but unproven; `lantern catalog stats` counts them and unopened-sources.test.ts keeps this set from
// growing. Take an id out once its host is confirmed by a pinned list file or a stored copy of the vendor's page
// (then cite that and its day), or fix or remove the row if the evidence says the host is wrong.
export const UNOPENED_SOURCE_IDS: ReadonlySet<string> = new Set([
  // data/regional-4.ts
  'yandex-300', 'mashagpt', 'neurotexter', 'luda',
  'japan-ai-chat', 'kissan-ai', 'kalaido', 'hanooman',   'morada-ai', 'zalo-ai', 'viettel-ai', 'prosa-ai', 'zwiz-ai',
  // data/regional-4b.ts
  'estsoft-alan', 'nolang', 'cotomo', 'amptalk', 'zeals',
  'jay-copilot', 'gushwork',
  'feishu-aily', 'csdn-inscode', 'k2-think',   'vnpt-ai', 'magie', 'zaia', 'aerobotics',
  // data/platform-ai-sections-2.ts
  'miro-ai', 'clickup-brain', 'loom-ai',   // data/support-marketing.ts
  'askai-support', 'brandwell', 'seowind', 'twain',
  'lyne', 'adstellar', 'bestever', 'ai-pro',
  // data/support-marketing-2.ts
  'emailtree', 'legalfly', 'superlegal',
  'blackore', 'symptoma', 'teachmate-ai', 'samplab',
  'storyboarder-ai', 'humanpal',
  'aicovergen', 'luvvoice',
  'paintit-ai',
  // data/support-marketing-3.ts
  'kompas-ai', 'serif', 'oliv-ai', 'quantified-ai', 'crayo', 'faceless-video', 'makeugc', 'tagshop', 'arvow', 'autoblogging-ai',
  'machined',
  // data/cat-agents-2.ts
  'lookx-ai', 'pincel', 'tasklet', 'narrato',
  'smartaction',   // data/cat-image-video.ts
  // data/cat-image-video-2.ts
  'cliptalk', 'deepreel', 'personate-ai', 'instatext', 'aitubo',   'alison-ai', 'atria-ai', 'adsgpt', 'storylab-ai', 'copyspace-ai',
  'replyguy', 'flowjin',

  // data/cat-marketing-2.ts
  'hunch-ads', 'svg-io', 'roomsgpt',
  // data/cat-more.ts
  'stylo', 'sassbook',
  // data/cat-saas-ai-sections.ts
  'hootsuite-owlywriter', 'buffer-ai-assistant', 'jotform-ai-agents',
  'atlassian-intelligence',
  // data/cat-support.ts
  'chatbotbuilder-ai', 'chatwith-tools',
  // data/cat-writing.ts
  'grubby-ai', 'hastewire', 'humanizeai-io', 'rewritify', 'twixify',
]);
