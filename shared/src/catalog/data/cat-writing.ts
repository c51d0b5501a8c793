// Writing, study and career tools built on language models (humanizers and AI detectors, email and
// fiction writers, tutors, interview and research assistants, AI slide makers). Each row cites the vendor's
// own pricing or product page.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed, CHECKED_C12 } from './define';

export const catWritingTools: Tool[] = defineTools(
  'writing',
  [
    { id: 'aiundetect', name: 'AIUndetect', vendor: 'AIUndetect', domains: ['aiundetect.com'], source: listed('tiorai', 'data/ai-tools.csv'), checked: CHECKED_3 },
    { id: 'conch-ai', name: 'Conch', vendor: 'Conch AI', domains: ['getconch.ai'], source: 'https://www.getconch.ai/glossary', checked: CHECKED_3 }, // Conch's own glossary, stored copy read (tools like Conch use LLMs to help students draft, edit and study), served from www.getconch.ai
    { id: 'grubby-ai', name: 'Grubby AI', vendor: 'Grubby AI', domains: ['grubby.ai'], source: 'https://grubby.ai/pricing', checked: CHECKED_3 },
    { id: 'hastewire', name: 'Hastewire', vendor: 'Hastewire', domains: ['hastewire.com'], source: 'https://hastewire.com/pricing', checked: CHECKED_3 },
    { id: 'humanizeai-io', name: 'HumanizeAI', vendor: 'HumanizeAI', domains: ['humanizeai.io'], source: 'https://humanizeai.io/pricing', checked: CHECKED_3 },
    { id: 'passed-ai', name: 'Passed.AI', vendor: 'Passed.AI', domains: ['passed.ai'], source: 'https://passed.ai/passed-ai-detection-chrome-extension/', checked: CHECKED_3 }, // Passed.AI's own blog, stored copy read: its AI-detection Chrome extension and document audit for Google Docs, served from passed.ai
    { id: 'rewritify', name: 'Rewritify', vendor: 'Rewritify', domains: ['rewritify.ai'], source: 'https://rewritify.ai/pricing', checked: CHECKED_3 },
    { id: 'thesify', name: 'thesify', vendor: 'thesify', domains: ['thesify.ai'], source: 'https://www.thesify.ai/blog/academic-writing-in-the-age-of-ai', checked: CHECKED_3 }, // thesify's own blog, stored copy read (on academic writing with AI, from the makers of its feedback tool for researchers), on www.thesify.ai (2026-12-05)
    { id: 'twixify', name: 'Twixify', vendor: 'Twixify', domains: ['twixify.com'], source: 'https://www.twixify.com/pricing', checked: CHECKED_3 },
    { id: 'ellie-email', name: 'Ellie', vendor: 'Ellie', domains: ['ellie.so', 'tryellie.com'], source: listed('meetpateltech'), checked: CHECKED_3 }, // names Ellie, an AI email assistant, at tryellie.com; ellie.so is not named there (unproven)
    { id: 'novelistai', name: 'NovelistAI', vendor: 'NovelistAI', domains: ['novelistai.com'], source: listed('kapibala'), checked: CHECKED_3 }, // README at the pinned commit: Novelist, AI-assisted novel writing, at novelistai.com
    { id: 'storybird-ai', name: 'Storybird AI', vendor: 'Storybird', domains: ['storybird.ai'], source: listed('laylavish', 'noai_hosts.txt'), checked: CHECKED_3 }, // host only: the AI-site hosts list names storybird.ai
    { id: 'ponder-ai', name: 'Ponder', vendor: 'Ponder AI', category: 'search', domains: ['ponder.ing'], source: 'https://ponder.ing/blog/knowledge-workspace', checked: CHECKED_3 }, // Ponder's own blog, stored copy read: Ponder AI's knowledge workspace (Ponder Agent, AI summarization), served from ponder.ing
    { id: 'gliglish', name: 'Gliglish', vendor: 'Gliglish', domains: ['gliglish.com'], source: listed('kostja94'), checked: CHECKED_3 },
    { id: 'huru-ai', name: 'Huru', vendor: 'Huru', category: 'productivity', domains: ['huru.ai'], source: listed('kapibala'), checked: CHECKED_3 }, // README at the pinned commit: Huru, AI video-interview preparation, at huru.ai
    { id: 'ribbon-ai', name: 'Ribbon', vendor: 'Ribbon AI', category: 'productivity', domains: ['ribbon.ai'], source: listed('kostja94'), checked: CHECKED_3 },
    { id: 'orai', name: 'Orai', vendor: 'Orai', category: 'productivity', domains: ['orai.com', 'oraiapp.com'], source: 'https://blog.oraiapp.com/so-how-does-orai-work-535dd553b8bc', checked: CHECKED_3 }, // Orai's own blog, stored copy read: how Orai's machine feedback scores pacing and fillers in recorded speech; oraiapp.com is the host it is served from (orai.com stays, unproven)
    { id: 'simplify-copilot', name: 'Simplify Copilot', vendor: 'Simplify', category: 'productivity', domains: ['simplify.jobs'], source: listed('hireai', '_data/products.yml'), checked: CHECKED_C12 }, // Simplify at simplify.jobs, an AI job-search copilot
    { id: 'eudia', name: 'Eudia', vendor: 'Eudia', category: 'productivity', domains: ['eudia.com'], source: 'https://www.eudia.com/blog/our-approach-to-contracting', checked: CHECKED_3 }, // Eudia's own blog, stored copy read (its CTO on Eudia's legal AI negotiation agent), served from www.eudia.com
    { id: 'supio', name: 'Supio', vendor: 'Supio', category: 'productivity', domains: ['supio.com'], source: listed('kostja94'), checked: CHECKED_3 },
    { id: 'synthesis-tutor', name: 'Synthesis Tutor', vendor: 'Synthesis', domains: ['synthesis.com'], source: listed('aliammari1'), checked: CHECKED_3 },
    { id: 'tali-ai', name: 'Tali AI', vendor: 'Tali AI', category: 'productivity', domains: ['tali.ai'], source: 'https://tali.ai/resources/ai-medical-scribes-what-they-are-how-they-work-and-why-you-need-them', checked: CHECKED_3 }, // Tali's own resources page, stored copy read: AI medical scribes, served from tali.ai
    { id: '2slides', name: '2Slides', vendor: '2Slides', category: 'presentation', domains: ['2slides.com'], source: 'https://github.com/2slides/mcp-2slides/blob/0f0d51834dcd50a639027827805c503114434f7d/README.md', checked: CHECKED_3 }, // 2slides' own MCP server README: AI slide generation through the API of 2slides.com
  ],
  { checked: CHECKED_3 },
);
