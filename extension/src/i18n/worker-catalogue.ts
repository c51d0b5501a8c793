/**
 * The sentences the background itself shows or sends: the refusals it gives pages (errors.ts; the
 * page shows the same key from its own catalogue) and the browser notification about answered
 * requests (approval/notify.ts). Apart from the pages' catalogue so the worker's script carries only
 * these (en.ts and de.ts include them; i18n.test.tsx checks both).
 */
export const WORKER_EN = {
  'error.noPolicy': 'There is no published policy to accept.',
  'error.policyChanged': 'The policy changed while the page was open. Please read the new version.',
  'error.conditionsChanged': "The tool's conditions changed while the page was open. Please read them again.",
  'error.unknownTool': 'Lantern does not know this tool.',
  'error.noReason': 'This tool cannot be opened with a reason.',
  'error.notStopped': 'This tool is not stopped; there is nothing to request.',
  'error.moduleChanged': 'This module has changed meanwhile. Reload the page for the current version.',
  'error.answerAll': 'Answer every question.',
  'error.managedSetting': 'Your organisation manages this setting; it cannot be changed here.',
  'approval.notifyApproved': '{tool} is approved for you',
  'approval.notifyApprovedForAll': '{tool} was approved',
  'approval.notifyDenied': 'Your request for {tool} was declined',
  'approval.notifyBody': 'Open Lantern to see the details.',
  'approval.notifyMany': '{count} of your requests were answered',
  'approval.notifyManyBody': 'Open Lantern to see the answers.',
} as const;

export const WORKER_DE: Record<keyof typeof WORKER_EN, string> = {
  'error.noPolicy': 'Es gibt keine veröffentlichte Richtlinie, die Sie akzeptieren könnten.',
  'error.policyChanged':
    'Die Richtlinie wurde geändert, während die Seite offen war. Bitte lesen Sie die neue Version.',
  'error.conditionsChanged':
    'Die Auflagen für dieses Tool wurden geändert, während die Seite offen war. Bitte lesen Sie sie erneut.',
  'error.unknownTool': 'Lantern kennt dieses Tool nicht.',
  'error.noReason': 'Dieses Tool lässt sich nicht mit einer Begründung öffnen.',
  'error.notStopped': 'Dieses Tool ist nicht gesperrt; es gibt nichts zu beantragen.',
  'error.moduleChanged':
    'Dieses Modul wurde inzwischen geändert. Laden Sie die Seite neu, um die aktuelle Version zu sehen.',
  'error.answerAll': 'Beantworten Sie bitte jede Frage.',
  'error.managedSetting': 'Ihre Organisation verwaltet diese Einstellung; sie lässt sich hier nicht ändern.',
  'approval.notifyApproved': '{tool} ist für Sie freigegeben',
  'approval.notifyApprovedForAll': '{tool} wurde freigegeben',
  'approval.notifyDenied': 'Ihre Anfrage für {tool} wurde abgelehnt',
  'approval.notifyBody': 'Öffnen Sie Lantern, um die Einzelheiten zu sehen.',
  'approval.notifyMany': '{count} Ihrer Anfragen wurden beantwortet',
  'approval.notifyManyBody': 'Öffnen Sie Lantern, um die Antworten zu sehen.',
};
