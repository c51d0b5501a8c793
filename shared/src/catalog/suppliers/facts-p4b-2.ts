// Supplier facts of pass 4b, continued from facts-p4b.ts (same rules: the vendor's own page, `read` from
// a stored copy found through search; a plan the page does not speak of stays "not known").
import { defineSuppliers, read } from './define';

export const pass4bSuppliers2 = /* @__PURE__ */ defineSuppliers([
  {
    toolId: 'modal',
    dpa: read(
      'https://modal.com/legal/dpa',
      'https://modal.com/legal/dpa',
      'Modal Labs Data Processing Addendum (effective 31 October 2025), incorporated by reference into its customer agreement; covers GDPR, UK, Swiss and US state laws.',
    ),
  },
  {
    toolId: 'anyscale',
    dpa: read(
      'https://anyscale.com/dpa',
      'https://anyscale.com/dpa',
      'Anyscale Data Processing Addendum with SCCs and UK Addendum, part of its Platform Terms (and of the Generative AI Supplement for Anyscale Endpoints).',
    ),
  },
  {
    toolId: 'liveperson',
    dpa: read(
      'https://www.liveperson.com/policies/data-protection-agreement/',
      'https://www.liveperson.com/policies/data-protection-agreement/',
      'LivePerson Data Protection Agreement: LivePerson as processor, incorporated into the customer’s Services Agreement; covers GDPR and CCPA with standard contractual clauses.',
    ),
  },
]);
