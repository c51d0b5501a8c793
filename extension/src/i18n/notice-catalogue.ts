/**
 * The in-page notice's sentences, apart from the pages' catalogue so the content script that runs on
 * AI tool pages carries only these (en.ts and de.ts include them; i18n.test.tsx checks both).
 */
export const NOTICE_EN = {
  'status.approved': 'Approved',
  'status.conditional': 'Approved with conditions',
  'status.review': 'Under review',
  'status.prohibited': 'Prohibited',
  'status.approvedForYou': 'Approved for you',
  'tool.workspaceLink': 'Open the company workspace',
  'notice.region': 'Lantern: AI use notice',
  'notice.conditions': 'Conditions: {conditions}',
  'notice.policyChanged': 'The AI use policy has changed. Please read and accept the new version.',
  'notice.conditionsChanged': 'The conditions for this tool changed. Please read and accept them.',
  'notice.review': 'Register your use so IT can review this tool.',
  'notice.register': 'Register your use and accept the AI use policy. It takes a minute.',
  'notice.accept': 'Please accept the AI use policy.',
  'notice.workspace': 'Use the company workspace: {tool} refuses personal accounts on this browser.',
  'notice.registerButton': 'Register and accept',
  'notice.reviewButton': 'Review and accept',
  'notice.dismiss': "Don't show again",
  'notice.later': 'Later',
  'notice.laterTitle': 'Remind me tomorrow',
} as const;

export const NOTICE_DE: Record<keyof typeof NOTICE_EN, string> = {
  'status.approved': 'Freigegeben',
  'status.conditional': 'Freigegeben mit Auflagen',
  'status.review': 'In Prüfung',
  'status.prohibited': 'Untersagt',
  'status.approvedForYou': 'Für Sie freigegeben',
  'tool.workspaceLink': 'Firmen-Workspace öffnen',
  'notice.region': 'Lantern: Hinweis zur KI-Nutzung',
  'notice.conditions': 'Auflagen: {conditions}',
  'notice.policyChanged':
    'Die KI-Nutzungsrichtlinie wurde geändert. Bitte lesen und akzeptieren Sie die neue Version.',
  'notice.conditionsChanged':
    'Die Auflagen für dieses Tool haben sich geändert. Bitte lesen und akzeptieren Sie sie.',
  'notice.review': 'Registrieren Sie Ihre Nutzung, damit die IT dieses Tool prüfen kann.',
  'notice.register':
    'Registrieren Sie Ihre Nutzung und akzeptieren Sie die KI-Nutzungsrichtlinie. Das dauert nur eine Minute.',
  'notice.accept': 'Bitte akzeptieren Sie die KI-Nutzungsrichtlinie.',
  'notice.workspace': 'Nutzen Sie den Firmen-Workspace: {tool} weist in diesem Browser private Konten ab.',
  'notice.registerButton': 'Registrieren und akzeptieren',
  'notice.reviewButton': 'Ansehen und akzeptieren',
  'notice.dismiss': 'Nicht mehr anzeigen',
  'notice.later': 'Später',
  'notice.laterTitle': 'Morgen erneut erinnern',
};
