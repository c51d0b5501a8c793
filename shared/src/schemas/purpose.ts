import { z } from 'zod/mini';

/**
 * Purpose categories an employee picks when registering a use (ISO/IEC 42001 A.9.3, A.9.4).
 * `annexIII` names the EU AI Act Annex III area a purpose falls in, if any: such a registration is
 * flagged "possible high-risk use — review". Lantern flags for review; it never decides.
 */
export const PURPOSES = {
  drafting: { label: 'Drafting and editing text', annexIII: null },
  summarising: { label: 'Summarising documents or meetings', annexIII: null },
  translation: { label: 'Translation', annexIII: null },
  coding: { label: 'Writing or reviewing code', annexIII: null },
  research: { label: 'Research and answering questions', annexIII: null },
  'data-analysis': { label: 'Analysing data', annexIII: null },
  'media-creation': { label: 'Images, video, audio or presentations', annexIII: null },
  'customer-communication': { label: 'Communicating with customers', annexIII: null },
  brainstorming: { label: 'Brainstorming and ideas', annexIII: null },
  'recruitment-hr': { label: 'Recruiting or selecting candidates', annexIII: 4 },
  'worker-management': { label: 'Evaluating, promoting or managing workers', annexIII: 4 },
  'credit-insurance': { label: 'Credit scoring, insurance pricing or eligibility', annexIII: 5 },
  'public-benefits': { label: 'Eligibility for public services or benefits', annexIII: 5 },
  'education-assessment': { label: 'Admitting, grading or proctoring students', annexIII: 3 },
  biometrics: { label: 'Identifying people or recognising emotions', annexIII: 1 },
  'critical-infrastructure': { label: 'Operating critical infrastructure', annexIII: 2 },
  'legal-justice': { label: 'Law enforcement, migration or legal decisions', annexIII: 8 },
  other: { label: 'Something else', annexIII: null },
} as const satisfies Record<string, { label: string; annexIII: number | null }>;

export type PurposeCategory = keyof typeof PURPOSES;
export const PURPOSE_CATEGORIES = Object.keys(PURPOSES) as [PurposeCategory, ...PurposeCategory[]];
export const PurposeCategorySchema = z.enum(PURPOSE_CATEGORIES);

export const ANNEX_III_AREAS: Record<number, string> = {
  1: 'Biometrics',
  2: 'Critical infrastructure',
  3: 'Education and vocational training',
  4: 'Employment, workers management and access to self-employment',
  5: 'Access to essential private and public services and benefits',
  6: 'Law enforcement',
  7: 'Migration, asylum and border control',
  8: 'Administration of justice and democratic processes',
};

/** The Annex III area a purpose touches, or null. */
export function annexIIIArea(purpose: PurposeCategory): number | null {
  return PURPOSES[purpose].annexIII;
}
