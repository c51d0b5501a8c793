// Twelfth-session fetch pass, image, video, design, writing and education lists (fetch-f, issue 15, 2026-12-06).
// Lists fetched by name and read at the pinned commits; only facts (name, host, kind of product) were taken and the rows
// are ours. Every product host each list names was classified with the catalog first.
// - AlonzoLeeeooo/awesome-text-to-image-studies (README.md "Products" table, MIT licence file): 10 products, 6 already
//   matched (Stability AI, Stable Video, DALL-E 3, Ideogram, Playground, HiDream.ai). Added the four image generators
//   the table lists on their own domains. The rest of the file's hosts are papers, project pages and datasets.
// - jianzhnie/awesome-text-to-video (README.md, Apache-2.0 licence file): 32 hosts, 22 already matched. Added Vadoo AI
//   and the Seedance site the list links (`seedance.tv`; like the catalog's other model-named sites, its row names the
//   site as vendor, since ByteDance's own model page is `seed.bytedance.com`). Left out: review blogs (aiunpacking.com,
//   buildfastwithai.com, digen.ai's article), a stock-photo host and papers. Handed over: morphic.com, which the list
//   names as Morph Studio's (entry morph-studio, on morphstudio.com).
// - Yutong-Zhou-cv/Awesome-Text-to-Image (Lists/4-Project.md and the other Markdown files, MIT licence file): 60 hosts,
//   19 already matched. Added Lore Machine and Text2Art. Left out: papers, datasets, research demos and an artwork page.
// - hitcslj/Awesome-AIGC-3D (README.md "Company" list, MIT licence file): 11 companies, 8 already matched. Added SUDO
//   AI (3D generation). Left out: ByteDance's veOmniverse page on its general cloud site and a research project page.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C12, defineTools, listed } from './define';

const t2i = listed('alonzot2i');
const t2v = listed('jianzhniet2v');
const aigc3d = listed('hitcslj3d');
const projects = listed('yutongzhout2i', 'Lists/4-Project.md');

export const longTailC12FfTools: Tool[] = defineTools(
  'image',
  [
    // AlonzoLeeeooo/awesome-text-to-image-studies, "Products" table (2025 rows).
    { id: 'aiart-generator-art', name: 'AI Art Generator', vendor: 'AI Art Generator', domains: ['aiart-generator.art'], source: t2i },
    { id: 'nano-image-art', name: 'Nano Image Art', vendor: 'Nano Image Art', domains: ['nanoimage.art'], source: t2i },
    { id: 'fast-image-ai', name: 'Fast Image AI', vendor: 'Fast Image AI', domains: ['fastimage.ai'], source: t2i },
    { id: 'gempix2', name: 'Gempix2', vendor: 'Gempix2', domains: ['gempix2.site'], source: t2i },
    // jianzhnie/awesome-text-to-video: the model table and the tools table.
    { id: 'seedance-tv', name: 'Seedance (seedance.tv)', vendor: 'seedance.tv', category: 'video', domains: ['seedance.tv'], source: t2v },
    { id: 'vadoo-ai', name: 'Vadoo AI', vendor: 'Vadoo', category: 'video', domains: ['vadoo.tv'], source: t2v },
    // Yutong-Zhou-cv/Awesome-Text-to-Image, Lists/4-Project.md.
    { id: 'lore-machine', name: 'Lore Machine', vendor: 'Lore Machine', domains: ['loremachine.world'], source: projects },
    { id: 'text2art', name: 'Text2Art', vendor: 'Text2Art', domains: ['text2art.com'], source: projects },
    // hitcslj/Awesome-AIGC-3D, "Company" list.
    { id: 'sudo-ai', name: 'SUDO AI', vendor: 'SUDO AI', domains: ['sudo.ai'], source: aigc3d },
  ],
  { checked: CHECKED_C12 },
);
