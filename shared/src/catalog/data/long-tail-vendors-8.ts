// Long-tail study, podcast, website-builder and video tools, and AI apps of the big platforms on their own
// hosts (Google Illuminate, PartyRock, Amazon Nova, Meta AI Demos, GitHub Next), written on CHECKED_2 from the
// vendors' own sites (source: the product's site, counted as homepage-only by `lantern catalog stats`).
import type { Tool } from '../../schemas/tool';
import { CHECKED_2, defineTools, listed, CHECKED_3, CHECKED_C10, CHECKED_C12, CHECKED_C13, CHECKED_C14 } from './define';

export const vendorTools9: Tool[] = defineTools('productivity', [
  { id: 'google-illuminate', name: 'Illuminate', vendor: 'Google', category: 'audio', domains: ['illuminate.google.com'], source: listed('filipecalegario') },
  { id: 'jellypod', name: 'Jellypod', vendor: 'Jellypod', category: 'audio', domains: ['jellypod.ai', 'jellypod.com'], source: 'https://help.jellypod.ai/en/articles/11719370-what-are-audio-generation-credits', checked: CHECKED_C12 }, // Jellypod's own help centre on help.jellypod.ai (AI podcast audio); its newer docs are on jellypod.com. jellypod.com (2026-12-06, imgvid, CHECKED_C16): the same product's docs on that host, https://jellypod.com/help/docs/podcasts-and-episodes/generating-episode-audio (the Content Agent writes the script and voices each host)
  { id: 'revoicer', name: 'Revoicer', vendor: 'Revoicer', category: 'audio', domains: ['revoicer.com'], source: listed('whoisdsmith', 'AIMF.md'), checked: CHECKED_C12 }, // Revoicer at revoicer.com
  { id: 'speechelo', name: 'Speechelo', vendor: 'Speechelo', category: 'audio', domains: ['speechelo.com'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'wondercraft', name: 'Wondercraft', vendor: 'Wondercraft', category: 'audio', domains: ['wondercraft.ai'], region: 'europe', source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'amazon-nova', name: 'Amazon Nova', vendor: 'Amazon', category: 'chat', domains: ['nova.amazon.com'], urlPrefixes: ['aws.amazon.com/nova'], source: listed('modelsdev', 'providers/nova/provider.toml'), checked: CHECKED_3 }, // aws.amazon.com/nova (CHECKED_C16, agents pass): the Nova models' and Nova Act's page on AWS, listed('zijianni') lines 381-385
  { id: 'b12', name: 'B12', vendor: 'B12', category: 'coding', domains: ['b12.io'], source: listed('meetpateltech', 'README.md'), checked: CHECKED_3 },
  { id: 'github-next', name: 'GitHub Next', vendor: 'GitHub', category: 'coding', domains: ['githubnext.com'], source: listed('aifordevelopers'), checked: CHECKED_2 },
  { id: 'hocoos', name: 'Hocoos', vendor: 'Hocoos', category: 'coding', domains: ['hocoos.com'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'locofy', name: 'Locofy.ai', vendor: 'Locofy.ai', category: 'coding', domains: ['locofy.ai'], region: 'southeast-asia', source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'mixo', name: 'Mixo', vendor: 'Mixo', category: 'coding', domains: ['mixo.io'], source: listed('whoisdsmith', 'AIMF.md'), checked: CHECKED_C12 }, // Mixo.io at mixo.io
  { id: 'screenshot-to-code', name: 'Screenshot to Code', vendor: 'Abi Raja', category: 'coding', domains: ['screenshottocode.com'], source: 'https://github.com/abi/screenshot-to-code/blob/0dbb768833bb226a812093915f69e29e4c4ce98d/README.md', checked: CHECKED_C12 }, // the vendor's repository; names the hosted product
  { id: 'partyrock', name: 'PartyRock', vendor: 'Amazon Web Services', category: 'developer-platform', domains: ['partyrock.aws'], source: 'https://github.com/aws-samples/amazon-bedrock-intro-demo/blob/bcd5ec1c21a120dc50da2e2a451ad8a7ee4b839c/scripts/partyrock.py', checked: CHECKED_C14 }, // Amazon's own aws-samples Bedrock demo (MIT-0, Amazon copyright): PartyRock, "an Amazon Bedrock playground", at partyrock.aws
  { id: 'cuebric', name: 'Cuebric', vendor: 'Seyhan Lee', category: 'image', domains: ['cuebric.com'] },
  { id: 'meta-ai-demos', name: 'Meta AI Demos', vendor: 'Meta', category: 'other', domains: ['aidemos.meta.com'], source: 'https://github.com/facebookresearch/sam-audio/blob/68b48d48fff1ad776d3afefbe634eb5f5d60ba7b/README.md', checked: CHECKED_C12 }, // Meta's own SAM Audio README links its demo on aidemos.meta.com (so do sam-3d-objects and sam-3d-body)
  { id: 'google-learn-your-way', name: 'Learn Your Way', vendor: 'Google', domains: ['learnyourway.withgoogle.com'], source: listed('shadowaltz', 'tools-and-tech/ai-education-learning-tools/README.md'), checked: CHECKED_C10 },
  { id: 'kome', name: 'Kome', vendor: 'Kome', domains: ['kome.ai'], source: listed('autoventure', 'ai-tools.csv'), checked: CHECKED_C10 },
  { id: 'mathos', name: 'Mathos AI', vendor: 'Mathos AI', domains: ['mathos.ai'], source: listed('c13ayc', 'responses/Winter%202024.json'), checked: CHECKED_C13 }, // YC directory entry: Mathos, info.mathos.ai, an AI math problem solver
  { id: 'studdy', name: 'Studdy', vendor: 'Studdy', domains: ['studdy.ai'], source: listed('c13ayc', 'responses/S23.json'), checked: CHECKED_C13 }, // YC directory entry: Studdy, www.studdy.ai, an AI math tutor
  { id: 'thetawise', name: 'Thetawise', vendor: 'Thetawise', domains: ['thetawise.ai'], source: listed('laylavish', 'list.txt'), checked: CHECKED_3 },
  { id: 'tutor-ai', name: 'Tutor AI', vendor: 'Tutor AI', domains: ['tutorai.me'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'flawless', name: 'Flawless', vendor: 'Flawless AI', category: 'video', domains: ['flawlessai.com'], region: 'europe' },
  { id: 'typeframes', name: 'Typeframes', vendor: 'Typeframes', category: 'video', domains: ['typeframes.com'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
], { checked: CHECKED_2 });
