import type { DataClass, PurposeCategory } from '@lantern/shared';

/** What people write when they register a use, per purpose: short, concrete, like real answers. */
export const PURPOSE_TEXTS: Partial<Record<PurposeCategory, readonly string[]>> = {
  coding: [
    'Explaining unfamiliar code and writing unit tests',
    'Boilerplate for internal services',
    'Reviewing pull requests before I ask a colleague',
  ],
  research: [
    'Background research on carriers and ports',
    'Quick answers to technical questions',
    'Comparing vendors before a call',
  ],
  summarising: [
    'Summarising long email threads',
    'Meeting notes into action items',
    'Condensing shipping reports for the weekly update',
  ],
  'data-analysis': [
    'Spreadsheet formulas and pivot tables',
    'Exploring delivery delay data',
    'Sanity-checking forecasts',
  ],
  'customer-communication': [
    'First drafts of replies to customer emails',
    'Rewording delay notifications politely',
    'Preparing proposals for prospects',
  ],
  drafting: [
    'First drafts of internal memos',
    'Polishing English in reports',
    'Job ad and newsletter drafts',
  ],
  'media-creation': ['Illustrations for blog posts', 'Social media visuals', 'Mock-ups for campaign ideas'],
  brainstorming: [
    'Campaign and naming ideas',
    'Workshop preparation',
    'Feature ideas for the tracking portal',
  ],
  translation: [
    'Translating customs documents for reading',
    'Replying to customers in German and Polish',
    'Translating contract clauses for a first read',
  ],
  'recruitment-hr': ['Screening CVs against the job profile', 'Drafting interview questions and shortlists'],
  'worker-management': ['Summarising performance review notes', 'Shift planning suggestions'],
  'credit-insurance': ['Pre-checking customer credit limits', 'Assessing payment risk of new accounts'],
};

export const PURPOSE_DATA: Partial<Record<PurposeCategory, readonly (readonly DataClass[])[]>> = {
  coding: [['internal'], ['internal', 'confidential'], ['public']],
  research: [['public'], ['public', 'internal']],
  summarising: [['internal'], ['internal', 'confidential'], ['internal', 'personal']],
  'data-analysis': [['internal'], ['internal', 'confidential']],
  'customer-communication': [['internal', 'personal'], ['personal'], ['internal']],
  drafting: [['internal'], ['public']],
  'media-creation': [['public']],
  brainstorming: [['public'], ['internal']],
  translation: [['internal', 'confidential'], ['personal'], ['internal']],
  'recruitment-hr': [['personal'], ['personal', 'special-category']],
  'worker-management': [['personal'], ['personal', 'confidential']],
  'credit-insurance': [['personal', 'confidential']],
};

/** Purposes that decide things about people (Annex III areas) are registered as such. */
export const AFFECTS_PEOPLE: ReadonlySet<PurposeCategory> = new Set([
  'recruitment-hr',
  'worker-management',
  'credit-insurance',
]);

export const REQUEST_REASONS = [
  'Our customer asked us to use it for their shipment forecasts.',
  'It handles long PDFs better than the approved tools.',
  'The team already pays for it; we would like it reviewed so we can keep using it.',
  'Need it for image mock-ups in the Q3 campaign.',
  'Much better at Polish and Czech than what we have.',
];

export const JUSTIFICATIONS = [
  'Customer sent a link to a shared workspace there.',
  'Checking one thing for a conference talk, no company data.',
  'Trying it for the tool evaluation IT asked for.',
];

export const SELF_REPORTS = [
  {
    name: 'FreightPilot AI',
    hostname: 'app.freightpilot.example',
    category: 'agents',
    purpose: 'Carrier quote comparison with an AI assistant',
  },
  {
    name: 'DocuSense',
    hostname: 'docusense.example',
    category: 'productivity',
    purpose: 'Extracting fields from customs forms',
  },
  {
    name: 'SlideSmith',
    hostname: 'slidesmith.example',
    category: 'presentation',
    purpose: 'Turning outlines into sales decks',
  },
] as const;

/** Sites in the demo that call AI APIs from their own pages (embedded AI, A.10 third parties). */
export const EMBEDDING_SITES = [
  'crm.salesflow.example',
  'helpdesk.ticketly.example',
  'wiki.notebase.example',
];
