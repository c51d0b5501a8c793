// Pass 8a (2026-12-05): top-300 tools with no fact yet, read in stored copies of the vendor's own pages found
// through the search of stored public pages (only a page's opening is returned, so a fact is recorded only
// where that opening states it). A DPA link is recorded where the vendor publishes a DPA page; nothing else is
// read into it. Each note says which copy was read and, where the page shows one, its date.
import { defineSuppliers, read } from './define';

const SUPERNORMAL_DPA = 'https://www.supernormal.com/dpa';
const RESEARCHRABBIT_DPA = 'https://www.researchrabbit.ai/legal/data-processing-addendum';
const HEIDI_SAFETY = 'https://www.heidihealth.com/uk/safety';
const heidiNoTraining = (tier: string): string =>
  `Heidi Health, “What does safety mean to us?” (UK edition): Heidi does not use any of your data to train its AI, a statement made for all accounts, free or paid (${tier}). Read in a stored copy of the page; its date is not shown.`;

export const pass8aSuppliers = /* @__PURE__ */ defineSuppliers([
  // Supernormal's Data Processing Addendum (last updated 10 Oct 2023): part of its End User Terms; Supernormal
  // processes customer personal data as processor. An older stored copy at supernormal.com/dpa said processing is
  // in the United States, but the current text's opening does not, so no region is recorded.
  {
    toolId: 'supernormal',
    dpa: read(
      SUPERNORMAL_DPA,
      SUPERNORMAL_DPA,
      'Supernormal Data Processing Addendum (last updated 10 Oct 2023), part of its End User Terms. Read in a stored copy of the page.',
    ),
  },
  // ResearchRabbit's Data Processing Addendum: Litmap Limited (ResearchRabbit) is the processor, the customer the
  // controller, for the ResearchRabbit literature-discovery service. Its duration clause lies past the opening read.
  {
    toolId: 'researchrabbit',
    dpa: read(
      RESEARCHRABBIT_DPA,
      RESEARCHRABBIT_DPA,
      'ResearchRabbit Data Processing Addendum: Litmap Limited (ResearchRabbit) processes personal data as processor on the customer’s documented instructions. Read in a stored copy of the page.',
    ),
  },
  // Heidi Health's safety page (UK edition): Heidi does not use any of the user's data to train its AI, and the
  // page's security promises are made for every account, "free or paid". The page also says Heidi's storage
  // infrastructure meets ISO 27001 and SOC 2, which is a claim about its hosting, not a certification of Heidi, so
  // no certification is recorded.
  {
    toolId: 'heidi-health',
    free: read('no', HEIDI_SAFETY, heidiNoTraining('free plan')),
    team: read('no', HEIDI_SAFETY, heidiNoTraining('paid team plans')),
    enterprise: read('no', HEIDI_SAFETY, heidiNoTraining('enterprise')),
  },
]);
