import type { Catalogue } from './en';

/**
 * Der deutsche Katalog: Sie-Form, wie in Richtlinientexten am Arbeitsplatz üblich. Die Statuswörter
 * entsprechen denen, die IT im Dashboard sieht.
 */
export const de: Catalogue = {
  'status.approved': 'Freigegeben',
  'status.conditional': 'Freigegeben mit Auflagen',
  'status.review': 'In Prüfung',
  'status.prohibited': 'Untersagt',
  'statusHint.approved': 'Ihre Organisation hat dieses Tool freigegeben.',
  'statusHint.conditional': 'Sie dürfen dieses Tool unter den folgenden Auflagen nutzen.',
  'statusHint.review':
    'Die IT hat über dieses Tool noch nicht entschieden. Wenn Sie Ihre Nutzung registrieren, wird es zur Prüfung vorgelegt.',
  'statusHint.prohibited': 'Ihre Organisation hat die Nutzung dieses Tools untersagt.',
  'enforcement.monitor': 'Wird nur erfasst',
  'enforcement.inform': 'Zu Ihrer Information',
  'enforcement.acknowledge': 'Nutzung registrieren und Richtlinie akzeptieren',
  'enforcement.justify': 'Zum Fortfahren eine Begründung angeben',
  'enforcement.block': 'Gesperrt',

  'dataClass.public': 'Öffentlich',
  'dataClass.public.hint': 'bereits veröffentlicht, z. B. auf unserer Website',
  'dataClass.internal': 'Intern',
  'dataClass.internal.hint': 'alltägliche Arbeitsunterlagen, nicht für Außenstehende',
  'dataClass.confidential': 'Vertraulich',
  'dataClass.confidential.hint': 'Verträge, Finanzen, Kunden- oder Geschäftsgeheimnisse',
  'dataClass.personal': 'Personenbezogene Daten',
  'dataClass.personal.hint': 'Namen, E-Mail-Adressen oder sonstige Angaben zu einer Person',
  'dataClass.special-category': 'Besondere Kategorien personenbezogener Daten',
  'dataClass.special-category.hint': 'Gesundheit, Religion, ethnische Herkunft, Gewerkschaftszugehörigkeit …',

  'purpose.drafting': 'Texte entwerfen und überarbeiten',
  'purpose.summarising': 'Dokumente oder Besprechungen zusammenfassen',
  'purpose.translation': 'Übersetzen',
  'purpose.coding': 'Code schreiben oder prüfen',
  'purpose.research': 'Recherchieren und Fragen beantworten',
  'purpose.data-analysis': 'Daten analysieren',
  'purpose.media-creation': 'Bilder, Videos, Audio oder Präsentationen',
  'purpose.customer-communication': 'Mit Kundinnen und Kunden kommunizieren',
  'purpose.brainstorming': 'Brainstorming und Ideen',
  'purpose.recruitment-hr': 'Bewerberinnen und Bewerber suchen oder auswählen',
  'purpose.worker-management': 'Beschäftigte beurteilen, befördern oder führen',
  'purpose.credit-insurance': 'Kreditwürdigkeit, Versicherungstarife oder Anspruchsberechtigung',
  'purpose.public-benefits': 'Anspruch auf öffentliche Leistungen prüfen',
  'purpose.education-assessment': 'Zulassung, Benotung oder Prüfungsaufsicht',
  'purpose.biometrics': 'Personen identifizieren oder Emotionen erkennen',
  'purpose.critical-infrastructure': 'Kritische Infrastruktur betreiben',
  'purpose.legal-justice': 'Strafverfolgung, Migration oder rechtliche Entscheidungen',
  'purpose.other': 'Etwas anderes',

  'category.chat': 'Chat-Assistent',
  'category.coding': 'Programmierassistent',
  'category.image': 'Bilderzeugung',
  'category.video': 'Videoerzeugung',
  'category.audio': 'Sprache und Musik',
  'category.writing': 'Schreiben',
  'category.translation': 'Übersetzung',
  'category.presentation': 'Präsentationen und Design',
  'category.meeting': 'Besprechungsnotizen',
  'category.search': 'KI-Suche und Recherche',
  'category.agents': 'Agenten und Automatisierung',
  'category.developer-platform': 'Modell-Hubs und Entwicklerkonsolen',
  'category.embedded-saas': 'KI in anderer SaaS-Software',
  'category.browser-extension': 'KI-Browsererweiterung',
  'category.productivity': 'Produktivität',
  'category.other': 'Sonstiges',

  'annex.area.1': 'Biometrie',
  'annex.area.2': 'Kritische Infrastruktur',
  'annex.area.3': 'Allgemeine und berufliche Bildung',
  'annex.area.4': 'Beschäftigung, Personalmanagement und Zugang zur Selbstständigkeit',
  'annex.area.5': 'Zugang zu grundlegenden privaten und öffentlichen Diensten und Leistungen',
  'annex.area.6': 'Strafverfolgung',
  'annex.area.7': 'Migration, Asyl und Grenzkontrolle',
  'annex.area.8': 'Rechtspflege und demokratische Prozesse',

  'annex.title': 'Die IT prüft diese Nutzung.',
  'annex.body':
    'Nutzungen im Bereich „{area}“ (EU-KI-Verordnung, Anhang III, Bereich {number}) erfordern unter Umständen besondere Sorgfalt. Ihre Registrierung wird daher der IT zur Prüfung vorgelegt. Die IT meldet sich gegebenenfalls bei Ihnen.',

  'register.title': 'Nutzung registrieren',
  'register.purpose': 'Wofür nutzen Sie das Tool?',
  'register.choosePurpose': 'Zweck auswählen',
  'register.text': 'In wenigen Worten (optional)',
  'register.dataLegend': 'Welche Daten werden Sie eingeben?',
  'register.allowed': 'Ihre Organisation erlaubt für {tool} diese Daten: {classes}.',
  'register.allowedAny': 'Ihre Organisation hat für {tool} keine Datenbeschränkung festgelegt.',
  'register.beyond':
    '{tool} ist nicht freigegeben für: {classes}. Bitte geben Sie diese Daten dort nicht ein. Wenn Sie trotzdem registrieren, prüft die IT Ihre Registrierung.',
  'register.peopleLegend':
    'Beeinflusst die Nutzung Entscheidungen über Personen (Einstellung, Vergütung, Noten, Kredit …)?',
  'register.yes': 'Ja',
  'register.no': 'Nein',
  'register.asksReview': 'Mit der Registrierung wird das Tool auch der IT zur Prüfung vorgelegt.',
  'register.accept': 'Ich habe die KI-Nutzungsrichtlinie und die obigen Auflagen gelesen und akzeptiere sie.',
  'register.submit': 'Registrieren',
  'register.submitAccept': 'Registrieren und akzeptieren',
  'register.errorPurpose': 'Bitte wählen Sie, wofür Sie das Tool nutzen.',
  'register.errorPeople': 'Bitte geben Sie an, ob die Nutzung Entscheidungen über Personen beeinflusst.',
  'register.errorAccept': 'Bitte setzen Sie das Häkchen, um die Richtlinie zu akzeptieren.',

  'accept.title': 'Richtlinie akzeptieren',
  'accept.button': 'Akzeptieren',

  'policy.meta': 'Version {version} · veröffentlicht am {date}',
  'policy.changes': 'Was sich geändert hat',
  'policy.changedNoSummary': 'Eine neue Version wurde veröffentlicht. Bitte lesen Sie sie erneut.',
  'policy.text': 'Text der Richtlinie',

  'tool.by': 'von {vendor}',
  'tool.vendorUnknown': 'Anbieter unbekannt',
  'tool.conditions': 'Auflagen',
  'tool.supplier': 'Über den Anbieter',
  'tool.trains': 'Trainiert standardmäßig mit Ihren Eingaben',
  'tool.doesNotTrain': 'Trainiert standardmäßig nicht mit Ihren Eingaben',
  'tool.trainsUnknown': 'Unbekannt, ob mit Ihren Eingaben trainiert wird',
  'tool.enterpriseTier': 'Bietet einen Unternehmenstarif an',
  'tool.regions': 'Datenregionen: {regions}',
  'tool.alternative': 'Freigegebene Alternative:',
  'tool.workspaceLabel': 'Nur im Firmen-Workspace',
  'tool.workspaceTitle': 'Nutzen Sie den Firmen-Workspace',
  'tool.workspaceBody':
    'Ihre Organisation erlaubt {tool} nur im Firmen-Workspace. Private Konten weist {tool} in diesem Browser selbst ab: Wenn {tool} meldet, dass Ihr Konto oder Workspace nicht zugelassen ist, melden Sie sich mit Ihrem Arbeitskonto an.',
  'tool.workspaceLink': 'Firmen-Workspace öffnen',

  'ack.title': '{tool} bei der Arbeit nutzen',
  'ack.unknownTitle': 'KI-Nutzung registrieren',
  'ack.unknownBody':
    'Lantern kennt dieses Tool nicht. Sie können es der IT über die Lantern-Schaltfläche in der Symbolleiste melden.',
  'ack.allSet': 'Alles erledigt',
  'ack.allSetBody':
    'Ihre Nutzung von {tool} ist registriert und Sie haben die aktuelle Richtlinie akzeptiert.',
  'ack.thanks': 'Vielen Dank',
  'ack.registered':
    'Ihre Nutzung von {tool} ist registriert. Sie können diesen Tab schließen und weiterarbeiten.',
  'ack.reviewRequested': 'Die IT wurde gebeten, {tool} zu prüfen.',
  'ack.beyondRouted':
    'Sie haben Daten angegeben, die für {tool} nicht freigegeben sind. Die IT prüft deshalb Ihre Registrierung.',
  'ack.accepted':
    'Sie haben die aktuelle Richtlinie akzeptiert. Sie können diesen Tab schließen und weiterarbeiten.',
  'ack.noPolicy': 'Es gibt keine veröffentlichte Richtlinie, die Sie akzeptieren könnten.',

  'popup.thisSite': 'Diese Website',
  'popup.notATool': 'Kein KI-Tool, das Lantern kennt.',
  'popup.todo': 'Zu erledigen',
  'popup.nothingToDo': 'Nichts zu tun.',
  'popup.register': '{tool} registrieren',
  'popup.acceptFor': 'Richtlinie für {tool} akzeptieren',
  'popup.mine': 'Meine Tools',
  'popup.noneRegistered': 'Noch keine registrierten Tools.',
  'popup.unknownTitle': 'Ein Tool, das Lantern nicht kennt?',
  'popup.unknownButton': 'Ich nutze ein Tool, das Lantern nicht kennt',
  'popup.sync': 'Synchronisierung',
  'popup.myUse': 'Meine KI-Nutzung',
  'popup.notConnected': 'Lantern ist noch nicht mit Ihrer Organisation verbunden.',
  'popup.connect': 'Verbinden',

  'selfReport.label': 'Der IT ein Tool melden',
  'selfReport.name': 'Name des Tools',
  'selfReport.site': 'Webadresse (optional)',
  'selfReport.purpose': 'Wofür Sie es nutzen (optional)',
  'selfReport.send': 'An die IT senden',
  'selfReport.thanks': 'Danke – die IT wird es prüfen.',
  'selfReport.errorName': 'Bitte geben Sie den Namen des Tools an.',
  'selfReport.errorSite': 'Die Webadresse scheint nicht zu stimmen.',

  'sync.checking': 'Synchronisierung wird geprüft …',
  'sync.notConnected': 'Noch nicht mit Ihrer Organisation verbunden.',
  'sync.revoked': 'Dieser Browser muss erneut verbunden werden.',
  'sync.last': 'Letzte Synchronisierung: {when}',
  'sync.never': 'Letzte Synchronisierung: noch keine',
  'sync.failing': 'Die Synchronisierung funktioniert gerade nicht: {reason}',
  'sync.queued': '{count} warten auf das Senden',
  'sync.nothingQueued': 'nichts ausstehend',

  'options.title': 'Lantern-Einstellungen',
  'options.loading': 'Wird geladen …',
  'options.connection': 'Verbindung',
  'options.connectedTo': 'Verbunden mit {server}.',
  'options.connectedAs': 'Verbunden mit {server} als {email}.',
  'options.revokedBy': '{server} akzeptiert diesen Browser nicht mehr.',
  'options.setByOrg': 'Von Ihrer Organisation eingerichtet.',
  'options.managedConnecting':
    'Ihre Organisation hat diesen Browser eingerichtet; Lantern stellt die Verbindung her.',
  'options.connected':
    'Verbunden. Lantern zeigt Ihnen jetzt die Entscheidungen Ihrer Organisation zu KI-Tools.',

  'enrol.title': 'Mit Ihrer Organisation verbinden',
  'enrol.titleAnother': 'Mit einem anderen Server verbinden',
  'enrol.intro': 'Die Serveradresse und einen Registrierungscode erhalten Sie von Ihrer IT.',
  'enrol.server': 'Serveradresse',
  'enrol.token': 'Registrierungscode',
  'enrol.email': 'Geschäftliche E-Mail-Adresse (optional)',
  'enrol.connect': 'Verbinden',
  'enrol.connecting': 'Verbindung wird hergestellt …',

  'error.badToken':
    'Der Registrierungscode wurde nicht akzeptiert. Prüfen Sie, ob Sie ihn vollständig kopiert haben, oder bitten Sie die IT um einen neuen.',
  'error.revoked':
    'Der Server Ihrer Organisation akzeptiert diesen Browser nicht mehr. Verbinden Sie ihn mit einem neuen Registrierungscode erneut.',
  'error.unreachable':
    'Der Server ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Netzwerkverbindung und versuchen Sie es erneut.',
  'error.badAddress':
    'Das ist keine Serveradresse. Geben Sie sie vollständig ein, etwa https://lantern.example.com.',
  'error.notLantern':
    'Der Server hat geantwortet, scheint aber kein Lantern-Server zu sein. Bitte prüfen Sie die Adresse.',
  'error.refused':
    'Der Server hat die Anfrage abgelehnt. Bitten Sie die IT, den Zugang dieses Browsers zu prüfen.',
  'error.busy': 'Der Server ist ausgelastet. Lantern versucht es in Kürze erneut.',
  'error.server':
    'Auf dem Server ist ein Fehler aufgetreten. Lantern versucht es erneut; wenden Sie sich an die IT, wenn das Problem bestehen bleibt.',
  'error.unknown': 'Etwas ist schiefgelaufen.',
  'error.details': 'Details',

  'welcome.title': 'Willkommen bei Lantern',
  'welcome.intro':
    'Lantern zeigt Ihnen, welche KI-Tools Ihre Organisation freigegeben hat, bittet Sie, die von Ihnen genutzten Tools zu registrieren, und führt darüber einen Nachweis für das KI-Verzeichnis Ihrer Organisation.',
  'welcome.privacy':
    'Lantern übermittelt niemals, was Sie in KI-Tools eingeben, keine Seiteninhalte und keine vollständigen Webadressen. Auf der Seite „Meine KI-Nutzung“ sehen Sie alles, was gesendet wurde.',
  'welcome.connected': 'Sie sind mit {server} verbunden. Es ist nichts weiter zu tun.',

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

  'page.framed': 'Diese Lantern-Seite funktioniert nur in einem eigenen Tab.',
};
