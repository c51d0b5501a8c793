// Tenth long-tail pass (2026-12-05, issue 15), a second list: open-ai-directory/best-ai-tools-for-lawyers (README.md,
// 43 legal tools in eight kinds, reviewed quarterly). Its README's badge and footer state that the content is CC0
// licensed and link its LICENSE; as with clawhome's list, the stored copy read holds no LICENSE text and no snapshot could
// be fetched, so the licence rests on the README at the pinned commit. Only facts (name, host) were taken. Rows are the
// AI-first products at hosts the catalog did not match; left out: practice-management, e-discovery, CLM and research
// platforms with an AI feature (Clio, MyCase, Smokeball, Everlaw, Relativity, Casepoint, DISCO, Ironclad, vLex, Bloomberg
// Law, Gavel, TimeSolv), intake and chatbot services (Intaker, Josef, Smith.ai), regulatory-intelligence vendors, and the
// hosts of products already here, left for aliases: leahai.com (Leah, formerly ContractPodAi: contractpod.ai),
// spellbook.com (Spellbook), and Thomson Reuters' CoCounsel page (Casetext's product).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C10, defineTools, listed } from './define';

export const longTailC10ListsTools3: Tool[] = defineTools(
  'other',
  [
    { id: 'kira-systems', name: 'Kira', vendor: 'Litera', domains: ['kirasystems.com'] },
    { id: 'trellis-law', name: 'Trellis', vendor: 'Trellis Research', domains: ['trellis.law'] },
    {
      id: 'lexis-plus-protege',
      name: 'Lexis+ with Protégé',
      vendor: 'LexisNexis',
      urlPrefixes: ['www.lexisnexis.com/en-us/products/lexis-plus-protege.page'],
    },
    { id: 'compliance-ai', name: 'Compliance.ai', vendor: 'Archer', domains: ['compliance.ai'] },
    { id: 'iprally', name: 'IPRally', vendor: 'IPRally Technologies', domains: ['iprally.com'] },
    { id: 'patlytics', name: 'Patlytics', vendor: 'Patlytics', domains: ['patlytics.ai'] },
    { id: 'solve-intelligence', name: 'Solve Intelligence', vendor: 'Solve Intelligence', domains: ['solveintelligence.com'] },
    { id: 'lawdroid', name: 'LawDroid', vendor: 'LawDroid', domains: ['lawdroid.com'] },
  ],
  { checked: CHECKED_C10, source: listed('openaidirectorylawyers') },
);
