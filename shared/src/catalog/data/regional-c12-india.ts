// Twelfth regional pass (issue 15, 2026-12-06): Indian AI from "Awesome AI By Bharat" (yogeshhk/Sarvadnya,
// Awesome-AI-By-Bharat.md at the pinned commit; Apache-2.0 by its licence badge). Only facts (name, host) were taken;
// the rows are ours. Its product and project hosts were classified first: Bhashini (two pages) and CoRover's BharatGPT
// were already matched; added: AI4Bharat's site and its models portal, and Niramai. Left out: an agritech platform
// (CropIn), an autonomous-driving company, a skills programme, and GitHub and Hugging Face pages. A newer, longer copy
// of the same list (naming Sarvam, Krutrim, Hanooman and the IndiaAI portal's AIKosh) turned up in the index without a
// repository or commit that could be cited, so it was not used.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C12, defineTools, listed } from './define';

const list = listed('aibybharat', 'Awesome-AI-By-Bharat.md');

export const regionalC12IndiaTools: Tool[] = defineTools(
  'developer-platform',
  [
    // IIT Madras's Indic language AI initiative: its site (tools, models, datasets) and its models demo portal.
    { id: 'ai4bharat', name: 'AI4Bharat', vendor: 'AI4Bharat (IIT Madras)', domains: ['ai4bharat.iitm.ac.in', 'models.ai4bharat.org'], source: list },
    { id: 'niramai', name: 'Niramai', vendor: 'Niramai Health Analytix', category: 'other', domains: ['niramai.com'], source: list },
  ],
  { checked: CHECKED_C12, region: 'india' },
);
