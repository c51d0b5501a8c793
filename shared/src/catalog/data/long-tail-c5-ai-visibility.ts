// Fifth pass (CHECKED_3): AI search visibility (GEO) tools, which query ChatGPT, Claude, Perplexity and Gemini for a
// brand, named by estevecastells/awesome-ai-search (CC0); the AI-visibility sections of general SEO suites are URL
// prefixes. Each row cites the list file that names its host.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed } from './define';

export const longTailC5AiSearchVisibilityTools: Tool[] = defineTools('search', [
  { id: 'brandlight', name: 'Brandlight', vendor: 'Brandlight', category: 'search', domains: ['brandlight.ai'], source: listed('estevecastells') },
  { id: 'gauge-ai-search', name: 'Gauge', vendor: 'Gauge', category: 'search', domains: ['withgauge.com'], source: listed('estevecastells') },
  { id: 'geneo', name: 'Geneo', vendor: 'Geneo', category: 'search', domains: ['geneo.app'], source: listed('estevecastells') },
  { id: 'goodie-ai', name: 'Goodie AI', vendor: 'Goodie', category: 'search', domains: ['higoodie.com'], source: listed('estevecastells') },
  { id: 'knowatoa', name: 'Knowatoa', vendor: 'Knowatoa', category: 'search', domains: ['knowatoa.com'], source: listed('estevecastells') },
  { id: 'llm-pulse', name: 'LLM Pulse', vendor: 'LLM Pulse', category: 'search', domains: ['llmpulse.ai'], source: listed('estevecastells') },
  { id: 'llmrefs', name: 'LLMrefs', vendor: 'LLMrefs', category: 'search', domains: ['llmrefs.com'], source: listed('estevecastells') },
  { id: 'mentions-ai', name: 'Mentions', vendor: 'Mentions', category: 'search', domains: ['mentions.ai'], source: listed('estevecastells') },
  { id: 'quno', name: 'Quno', vendor: 'Quno', category: 'search', domains: ['quno.ai'], source: listed('estevecastells') },
  { id: 'rankscale', name: 'Rankscale', vendor: 'Rankscale', category: 'search', domains: ['rankscale.ai'], source: listed('estevecastells') },
  { id: 'trakkr', name: 'Trakkr', vendor: 'Trakkr', category: 'search', domains: ['trakkr.ai'], source: listed('estevecastells') },
  { id: 'ziptie', name: 'ZipTie', vendor: 'ZipTie', category: 'search', domains: ['ziptie.ai', 'ziptie.dev'], source: listed('estevecastells') }, // ziptie.dev: listed('trakkraisearch', 'README.md'); ZipTie's blog https://ziptie.dev/blog/branded-vs-non-branded-query-tracking-in-ai-search (read CHECKED_C12) is served from it
  { id: 'am-i-on-ai', name: 'Am I on AI?', vendor: 'Am I on AI', category: 'search', domains: ['amionai.com'], source: listed('estevecastells') },
  { id: 'semrush-ai-visibility', name: 'Semrush AI Visibility Toolkit', vendor: 'Semrush', category: 'search', urlPrefixes: ['www.semrush.com/ai-visibility', 'semrush.com/ai-visibility', 'www.semrush.com/ai-seo', 'www.semrush.com/free-tools/ai-search-visibility-checker', 'enterprise.semrush.com/solutions/ai-optimization'], source: listed('estevecastells') }, // www.semrush.com/ai-seo: Semrush's own llms.txt (https://www.semrush.com/llms.txt, "AI Visibility Toolkit" at /ai-seo/overview/, read in the copy at api-evangelist/semrush@c2e6b2bb6a4e884b72f519dea01a315c0d14a04e llms/semrush-llms.txt), CHECKED_C14; www.semrush.com/free-tools/ai-search-visibility-checker ("AI Visibility Checker") and enterprise.semrush.com/solutions/ai-optimization ("Enterprise AI Optimization"): the same llms.txt and copy, CHECKED_C14
  { id: 'hubspot-ai-search-grader', name: 'AI Search Grader', vendor: 'HubSpot', category: 'search', urlPrefixes: ['www.hubspot.com/ai-search-grader'], source: listed('estevecastells') },
  { id: 'ahrefs-brand-radar', name: 'Brand Radar', vendor: 'Ahrefs', category: 'search', urlPrefixes: ['ahrefs.com/brand-radar'], source: listed('estevecastells') },
], { checked: CHECKED_3 });
