/**
 * The controls the evidence pack speaks to, as namespaced ids. Titles are our own short paraphrases,
 * never the standards' text (which is copyrighted). docs/evidence.md explains each mapping.
 */
export const CONTROLS = {
  'ISO42001:A.2.2': 'AI policy: the organisation documents and publishes how AI may be used',
  'ISO42001:A.3.3': 'Reporting of concerns: people have a way to raise requests and concerns',
  'ISO42001:A.4.3': 'Data resources: the data that goes into AI systems is identified',
  'ISO42001:A.4.4': 'Tooling resources: the AI tools in use are identified',
  'ISO42001:A.6.2.8': 'Event logs: records of use and of changes are kept and protected',
  'ISO42001:A.9.2': 'Processes for responsible use: there is a defined way to decide on AI use',
  'ISO42001:A.9.3': 'Objectives for responsible use: why each use happens is recorded',
  'ISO42001:A.9.4': 'Intended use: each system is used as intended, and that intent is recorded',
  'ISO42001:A.10.2': 'Allocating responsibilities: who decides and who answers for a use is clear',
  'ISO42001:A.10.3': 'Suppliers: the providers of AI systems and what they do with data are known',
  'ISO42001:7.2': 'Competence: people doing AI-related work have the competence it needs, with evidence',
  'ISO42001:7.3': 'Awareness: staff know the AI policy and their part in it',
  'EUAIA:Art.4': 'AI literacy: staff who use AI systems get the knowledge they need',
  'EUAIA:Art.26':
    'Deployer obligations: oversight, keeping logs, informing workers, reviewing high-risk uses',
} as const;

export type ControlId = keyof typeof CONTROLS;
export const CONTROL_IDS = Object.keys(CONTROLS) as ControlId[];

export type DatasetName =
  | 'inventory'
  | 'registrations'
  | 'acknowledgements'
  | 'decision-history'
  | 'technical-controls'
  | 'policy-versions'
  | 'requests'
  | 'exceptions'
  | 'justifications'
  | 'devices'
  | 'audit-log'
  | 'suppliers'
  | 'literacy';

/** Controls every row of a dataset supports, and why (the why goes into docs and the summary). */
export const DATASET_CONTROLS: Record<DatasetName, { controls: ControlId[]; why: string }> = {
  inventory: {
    controls: ['ISO42001:A.4.4', 'ISO42001:A.10.3', 'EUAIA:Art.26'],
    why: 'every AI tool seen or defined, with its supplier, the decision on it and how much it is used',
  },
  registrations: {
    controls: ['ISO42001:A.9.3', 'ISO42001:A.9.4', 'ISO42001:A.4.3'],
    why: 'each person’s stated purpose, intended use and the data classes they put into the tool',
  },
  acknowledgements: {
    controls: ['ISO42001:A.2.2', 'ISO42001:7.3', 'EUAIA:Art.4', 'ISO42001:A.6.2.8'],
    why: 'who accepted which policy version (by its SHA-256) and when, in an append-only hash chain',
  },
  'decision-history': {
    controls: ['ISO42001:A.9.2', 'ISO42001:A.10.2', 'ISO42001:A.10.3', 'EUAIA:Art.26'],
    why: 'every decision on a tool: status, enforcement, conditions, allowed data, who decided and when',
  },
  'technical-controls': {
    controls: ['ISO42001:A.9.2', 'ISO42001:A.10.3'],
    why: 'controls enforced in the browser and their configuration history: company workspace only (the vendor header, its hosts and identifiers, who set it and when)',
  },
  'policy-versions': {
    controls: ['ISO42001:A.2.2', 'ISO42001:7.3', 'EUAIA:Art.4'],
    why: 'each published policy text with its SHA-256, the text people were asked to accept',
  },
  requests: {
    controls: ['ISO42001:A.3.3', 'ISO42001:A.9.2', 'ISO42001:A.10.2'],
    why: 'approval requests and self-reported tools, and the answer each got, from whom',
  },
  exceptions: {
    controls: ['ISO42001:A.9.2', 'ISO42001:A.6.2.8', 'EUAIA:Art.26'],
    why: 'who may use a tool not approved for everyone, granted by whom, until when, and when it was withdrawn',
  },
  justifications: {
    controls: ['ISO42001:A.9.2', 'ISO42001:A.6.2.8'],
    why: 'reasons people gave to continue on a tool that asks for a justification',
  },
  devices: {
    controls: ['ISO42001:A.6.2.8', 'EUAIA:Art.26'],
    why: 'the enrolled browsers that produce the records, and when each last reported',
  },
  'audit-log': {
    controls: ['ISO42001:A.6.2.8', 'ISO42001:A.10.2', 'EUAIA:Art.26'],
    why: 'every admin change, hash-chained: the log of who changed what',
  },
  suppliers: {
    controls: ['ISO42001:A.10.3'],
    why: 'for each tool in the inventory, what its supplier does with inputs per plan (training, retention, regions, certifications, DPA), each fact with its source and the day it was checked, or "not known"',
  },
  literacy: {
    controls: ['EUAIA:Art.4', 'ISO42001:7.2', 'ISO42001:7.3'],
    why: 'Art. 4 evidence: per person and tool, the literacy modules required, completed (version, date, score, browser or LMS) and the rules that required them',
  },
};

/**
 * Extra controls a single row earns beyond its dataset's: a registration whose purpose falls in an
 * EU AI Act Annex III area (or that affects decisions about people) is evidence for the Art. 26
 * follow-up; a self-reported tool identifies a tool (A.4.4).
 */
export function rowControls(dataset: DatasetName, row: Record<string, unknown>): ControlId[] {
  const base = DATASET_CONTROLS[dataset].controls;
  if (dataset === 'registrations' && (row.annex_iii_area != null || row.affects_people === true))
    return [...base, 'EUAIA:Art.26'];
  if (dataset === 'requests' && row.kind === 'self_report') return [...base, 'ISO42001:A.4.4'];
  return base;
}
