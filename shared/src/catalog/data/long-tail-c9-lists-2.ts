// Ninth long-tail pass (2026-12-05, issue 15), smaller lists: richawo/awesome-ai-startup-stack (CC0 licence file), a
// founders' directory by category whose AI sections (vector databases, inference, evaluation, voice, AI design, AI
// dictation, captions, brand visuals, contract review, deck builders) name tools at hosts the catalog did not match,
// and Keesan12/awesome-ai-agents-2026 (CC0 licence file), a fork of a pinned agents list that adds an image site. Only
// facts (name, host) were taken; each row is our own. Most of the startup stack is general SaaS (CRMs, design, email,
// hosting, payroll, legal), left out with the frameworks it links only as documentation (DSPy, Pydantic AI, Ragas),
// `stablediffusion.com` (not Stability AI's site), and tools whose entry does not say they are AI (Subframe, Chopcast,
// BetterDictation, Pickle). `www.scrunch.com`, which oguzhanglotier/awesome-ai-visibility (CC0) gives Scrunch AI, is a
// second host of `scrunch-ai` (`scrunch.ai`), left for the alias pass.
// Also from shadowaltz/aiandbusiness (MIT licence file), a guide to AI by industry whose pages link the AI products
// they describe (finance research, image detection, meeting notes, social video, negotiation, podcast summaries, 3D,
// humanizers, tutoring); its articles, news links, general SaaS and prompt marketplaces are left out,
// and `www.molt.bot` (OpenClaw's earlier name) and `cosine.sh` (Cosine, maker of Genie at `ai.cosine.sh`) are second hosts
// of `openclaw` and `cosine-genie`, left for the alias pass.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed } from './define';

const STACK_BUILDING = listed('richawo', 'building.md');
const STACK_DESIGNING = listed('richawo', 'designing.md');
const STACK_PRODUCTIVITY = listed('richawo', 'productivity.md');
const STACK_CONTENT = listed('richawo', 'content-creation.md');
const STACK_OPERATIONS = listed('richawo', 'operations.md');
const STACK_FUNDRAISING = listed('richawo', 'fundraising.md');
const KEESAN = listed('keesan12', 'README.md');

export const longTailC9ListsTools2: Tool[] = defineTools(
  'other',
  [
    { id: 'milvus', name: 'Milvus', vendor: 'Zilliz', category: 'developer-platform', domains: ['milvus.io'], source: STACK_BUILDING },
    { id: 'turbopuffer', name: 'turbopuffer', vendor: 'turbopuffer', category: 'developer-platform', domains: ['turbopuffer.com'], source: STACK_BUILDING },
    { id: 'lancedb', name: 'LanceDB', vendor: 'LanceDB', category: 'developer-platform', domains: ['lancedb.com'], source: STACK_BUILDING },
    { id: 'marqo', name: 'Marqo', vendor: 'Marqo', category: 'developer-platform', domains: ['marqo.ai'], source: STACK_BUILDING },
    { id: 'inferless', name: 'Inferless', vendor: 'Inferless', category: 'developer-platform', domains: ['inferless.com'], source: STACK_BUILDING },
    { id: 'confident-ai', name: 'Confident AI', vendor: 'Confident AI', category: 'developer-platform', domains: ['confident-ai.com'], source: STACK_BUILDING },
    { id: 'sieve-data', name: 'Sieve', vendor: 'Sieve', category: 'developer-platform', domains: ['sievedata.com'], source: STACK_BUILDING },
    { id: 'ultralytics', name: 'Ultralytics', vendor: 'Ultralytics', category: 'developer-platform', domains: ['ultralytics.com'], source: STACK_BUILDING },
    { id: 'figr-design', name: 'Figr', vendor: 'Figr', category: 'presentation', domains: ['figr.design'], source: STACK_DESIGNING },
    { id: 'yaps-ai', name: 'Yaps', vendor: 'Yaps', category: 'audio', domains: ['yaps.ai'], source: STACK_PRODUCTIVITY },
    { id: 'autosubtitles', name: 'Auto Subtitles', vendor: 'Auto Subtitles', category: 'video', domains: ['autosubtitles.com'], source: STACK_CONTENT },
    { id: 'backdrop-so', name: 'Backdrop', vendor: 'Backdrop', category: 'image', domains: ['backdrop.so'], source: STACK_CONTENT },
    { id: 'lexion', name: 'Lexion', vendor: 'Lexion', domains: ['lexion.ai'], source: STACK_OPERATIONS },
    { id: 'slidebean', name: 'Slidebean', vendor: 'Slidebean', category: 'presentation', domains: ['slidebean.com'], source: STACK_FUNDRAISING },
    { id: 'seedream4-video', name: 'Seedream AI Studio (seedream4.video)', vendor: 'seedream4.video', category: 'image', domains: ['seedream4.video'], source: KEESAN },
    { id: 'intellectia-ai', name: 'Intellectia.ai', vendor: 'Intellectia', category: 'search', domains: ['intellectia.ai'], source: listed('shadowaltz', 'by-industry-cases/ai-+-finance/README.md') },
    { id: 'wasitai', name: 'Wasitai', vendor: 'Wasitai', category: 'image', domains: ['wasitai.com'], source: listed('shadowaltz', 'by-industry-cases/ai-image-detector.md') },
    { id: 'meeting-ai', name: 'Meeting.ai', vendor: 'Meeting.ai', category: 'meeting', domains: ['meeting.ai'], source: listed('shadowaltz', 'by-industry-cases/ai-in-working.md') },
    { id: 'founderpal-ai', name: 'FounderPal', vendor: 'FounderPal', category: 'writing', domains: ['founderpal.ai'], source: listed('shadowaltz', 'by-industry-cases/general-businessdelphi.md') },
    { id: 'stratup-ai', name: 'Stratup.ai', vendor: 'Stratup.ai', category: 'writing', domains: ['stratup.ai'], source: listed('shadowaltz', 'by-industry-cases/general-businessdelphi.md') },
    { id: 'hypernatural-ai', name: 'Hypernatural', vendor: 'Hypernatural', category: 'video', domains: ['hypernatural.ai'], source: listed('shadowaltz', 'by-industry-cases/marketing/social-media.md') },
    { id: 'astral-marketing', name: 'Astral', vendor: 'Astral', category: 'agents', domains: ['tryastral.com'], source: listed('shadowaltz', 'by-industry-cases/marketing/social-media.md') },
    { id: 'pactum-ai', name: 'Pactum AI', vendor: 'Pactum', category: 'agents', domains: ['pactum.com'], source: listed('shadowaltz', 'by-industry-cases/negotiation.md') },
    { id: 'simply-news-ai', name: 'Simply News AI', vendor: 'Simply News', category: 'audio', domains: ['simplynews.ai'], source: listed('shadowaltz', 'by-industry-cases/podcasting/ai-generated-news-podcasting-cases.md') },
    { id: 'podsqueeze', name: 'Podsqueeze', vendor: 'Podsqueeze', category: 'audio', domains: ['podsqueeze.com'], source: listed('shadowaltz', 'by-industry-cases/podcasting/podcast-summaries.md') },
    { id: '3dpresso', name: '3Dpresso', vendor: '3Dpresso', category: 'image', domains: ['3dpresso.ai'], source: listed('shadowaltz', 'by-industry-cases/spatial-computing-3d/README.md') },
    { id: 'zeroessay', name: 'ZeroEssay', vendor: 'ZeroEssay', category: 'writing', domains: ['zeroessay.com'], source: listed('shadowaltz', 'by-industry-cases/writing/ai-detector-and-text-humanizer.md') },
    { id: 'maskara-ai', name: 'Maskara.ai', vendor: 'Maskara.ai', category: 'writing', domains: ['maskara.ai'], source: listed('shadowaltz', 'into-ai/large-language-models-llms/prompt-engineering.md') },
    { id: 'videotutor-io', name: 'VideoTutor', vendor: 'VideoTutor', category: 'video', domains: ['videotutor.io'], source: listed('shadowaltz', 'tools-and-tech/ai-education-learning-tools/README.md') },
    { id: 'answers-ai', name: 'Answers AI', vendor: 'Answers AI', category: 'chat', domains: ['answersai.com'], source: listed('shadowaltz', 'tools-and-tech/ai-education-learning-tools/README.md') },
    { id: 'coursology', name: 'Coursology', vendor: 'Coursology', category: 'chat', domains: ['coursology.com'], source: listed('shadowaltz', 'tools-and-tech/ai-education-learning-tools/README.md') },
  ],
  { checked: CHECKED_3 },
);
