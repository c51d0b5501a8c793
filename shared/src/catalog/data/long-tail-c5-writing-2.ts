// Fifth pass over the pinned lists (CHECKED_3): writing, copy, SEO and presentation tools that a pinned list names and no entry claimed yet.
// Kept only when the host is the AI product itself (or, as a URL prefix, its own page on a general site); directories,
// articles, courses, general SaaS, shared-platform hosts and entries the list marks dead were left out.
// Each row cites the list file that names its host.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed } from './define';

export const longTailC5WritingTools2: Tool[] = defineTools('writing', [
  { id: 'trancy', name: 'Trancy', vendor: 'Trancy', category: 'translation', domains: ['trancy.org'], source: listed('kostja94', 'INDEX.md') },
  { id: 'class-companion', name: 'Class Companion', vendor: 'Class Companion', category: 'writing', domains: ['classcompanion.com'], source: listed('kostja94', 'INDEX.md') },
  { id: 'doctrina-ai', name: 'Doctrina AI', vendor: 'Doctrina AI', category: 'writing', domains: ['doctrina.ai'], source: listed('kostja94', 'INDEX.md') },
  { id: 'globalseo', name: 'GlobalSEO', vendor: 'GlobalSEO', category: 'translation', domains: ['globalseo.ai'], source: listed('kostja94', 'INDEX.md') },
  { id: 'storybee', name: 'StoryBee', vendor: 'StoryBee', category: 'writing', domains: ['storybee.app'], source: listed('kostja94', 'README-CN.md') },
  { id: 'storybooks-app', name: 'Storybooks', vendor: 'Storybooks', category: 'writing', domains: ['storybooks.app'], source: listed('kostja94', 'README-CN.md') },
  { id: 'digital-first-ai', name: 'Digital First AI', vendor: 'Digital First AI', category: 'writing', domains: ['digitalfirst.ai'], source: listed('kostja94', 'README-CN.md') },
  { id: 'eduwriter', name: 'EduWriter', vendor: 'EduWriter', category: 'writing', domains: ['eduwriter.ai'], source: listed('kostja94') },
  { id: 'bedfables', name: 'BedFables', vendor: 'BedFables', category: 'writing', domains: ['bedfables.com'], source: listed('kostja94') },
  { id: 'storyspark', name: 'Story Spark', vendor: 'Story Spark', category: 'writing', domains: ['storyspark.ai'], source: listed('kostja94') },
  { id: 'midreal', name: 'MidReal', vendor: 'MidReal', category: 'writing', domains: ['midreal.ai'], source: listed('kostja94') },
], { checked: CHECKED_3 });
