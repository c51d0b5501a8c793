// Fifth pass over the pinned lists (CHECKED_3): writing, copy, SEO and presentation tools that a pinned list names and no entry claimed yet.
// Kept only when the host is the AI product itself (or, as a URL prefix, its own page on a general site); directories,
// articles, courses, general SaaS, shared-platform hosts and entries the list marks dead were left out.
// Each row cites the list file that names its host.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed } from './define';

export const longTailC5WritingTools3: Tool[] = defineTools('writing', [
  { id: 'resume-roaster', name: 'Resume Roaster', vendor: 'RoastLab AI', category: 'writing', domains: ['resume.roastlabai.com'], source: listed('zijianni', 'README.ja.md') },
], { checked: CHECKED_3 });
