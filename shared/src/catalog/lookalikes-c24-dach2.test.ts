// Traps beside the rows the twenty-fourth session's dach2 pass added (data/regional-c24-dach2.ts): the ordinary sites
// next to each kind of AI tool it added (German, Austrian and Swiss bodies of doctors, dentists, psychotherapists and
// care, practice-software and telephone providers, job boards and employment agencies, tenants' and consumer
// associations, tradesmen's bodies and accounting software, school and curriculum portals), the shared-platform
// copies, placeholder, draft and left-out hosts the pass read, agencies, and sites whose names sit close to the new
// entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { regionalC24Dach2Tools } from './data/regional-c24-dach2';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.kbv.de/', // the statutory-health physicians' federation, beside the practice phone assistants
  'https://www.bundesaerztekammer.de/', // the German Medical Association, beside the clinical documentation
  'https://www.kzbv.de/', // the dentists' federation, beside DentDoc
  'https://www.bzaek.de/', // the German Dental Association, beside DentDoc
  'https://www.bptk.de/', // the psychotherapists' chamber, beside Theradocx and VIA Health
  'https://www.psychotherapie.at/', // the Austrian psychotherapy association, beside Theradocx
  'https://www.pflegenetzwerk-deutschland.de/', // the federal care network, beside dexter health
  'https://www.doctolib.de/', // an appointment platform, beside the practice phone assistants
  'https://www.jameda.de/', // a doctor-rating and booking site, beside the practice phone assistants
  'https://www.cgm.com/deu_de', // a practice-software vendor, met in the searches
  'https://www.medatixx.de/', // a practice-software vendor, met in the searches
  'https://www.pvs-westfalen-nord.de/', // a medical billing office's general site, beside praxisToni
  'https://www.telekom.de/', // a telephone provider, beside the phone assistants
  'https://www.sipgate.de/', // a cloud telephony provider, beside the phone assistants
  'https://www.placetel.de/', // a cloud telephony provider, beside the phone assistants
  'https://www.arbeitsagentur.de/', // the federal employment agency and jobcentres, beside the Bürgergeld checkers
  'https://www.gegen-hartz.de/widerspruch-gegen-buergergeld-bescheid', // a benefits news site, met in the searches
  'https://buergergeld-hilfe.org/ratgeber/antragstellung/bescheidpruefung', // a benefits guide, met in the searches
  'https://www.mieterbund.de/', // the tenants' association, beside the rent and service-charge checkers
  'https://www.verbraucherzentrale.de/', // the consumer advice centres, beside the consumer helpers
  'https://www.immobilienscout24.de/', // a property portal, beside the rent tools
  'https://www.zdh.de/', // the crafts' federation, beside Handwerker Rechnungen
  'https://www.datev.de/', // accounting software, beside Handwerker Rechnungen
  'https://www.sevdesk.de/', // invoicing software, beside Handwerker Rechnungen
  'https://www.stepstone.de/', // a job board, beside the application tools
  'https://www.xing.com/', // a professional network, beside the application tools
  'https://www.lehrplan21.ch/', // the Swiss curriculum, beside Swiss Teach AI
  'https://www.educa.ch/', // the Swiss education agency, beside Swiss Teach AI
  'https://www.bildungsserver.de/', // the German education server, beside classmAIte
  'https://info.schulportal.hessen.de/?p=17905', // Hesse's school portal (telli), met in the searches
  'https://www.kommune21.de/?p=126824', // a municipal IT magazine, met in the searches
  'https://www.dbb.de/fileadmin/user_upload/dbb/epaper/dbb_magazin_24_03/22/', // a civil-service magazine on SUMM AI
  'https://www.impulse.de/organisation/ki-meeting-tools-und-datenschutz/7625379.html', // a business magazine, beside Bliro
];

const SHARED_PLATFORMS = [
  'https://ai-profilbild.pages.dev/bewerbungsfoto/agb.html', // Personalize24's terms on a shared platform
  'https://joselugo-website.pages.dev/blog/en/chatgpt-tax-firm-germany', // a blog on a shared platform
  'https://slonge-solutions.pages.dev/en/blog/ai-data-protection-switzerland', // a blog on a shared platform
  'https://nostalgic-mcclintock.45-82-121-245.plesk.page/agb.php', // ANWALT.AI's terms on a staging host
];

const LEFT_OUT = [
  'https://www.smartscription.de/agb', // "[X] Minuten", "[PREIS]"
  'https://www.cv-fast.com/de/nutzungsbedingungen', // sample texts still to be replaced
  'https://ueli-dev.com/en/legal/datenschutz', // templates in beta
  'https://preview.xn--nebenkosten-prfer-g3b.com/agb', // a draft with "[Firmenname]" on a preview host
  'https://www.kisy-student-coaching.com/Terms_conditions.html', // "< Name, Address to be inserted >"
  'https://scribotec.de/agb', // transcription terms that do not say AI
  'https://www.simply-onno.com/privacy', // a privacy policy that does not say AI
  'https://summarize.one/privacy-policy', // a privacy policy that does not say AI
  'https://www.schulegpt.de/agb', // a shop's AGB for seminars, e-books and licences
  'https://www.bewerbungsfix.de/datenschutz.html', // a privacy policy that does not say AI
  'https://mein-arztbefund.de/agb/', // terms that do not say AI
  'https://care.lawx.de/de/articles/388141-allgemeine-geschaftsbedingungen', // terms that do not say AI
  'https://www.steuercheck.net/leistungsbeschreibung', // rule-based hints
  'https://www.radiology-ghostwriter.com/nutzungsbedingungen?lang=de', // terms read never describe the AI (a lead)
  'https://www.audiotranskription.de/AGB', // transcription software and hardware, AI one product
  'https://www.capito.eu/allgemeine-geschaeftsbedingungen/', // a Leichte Sprache franchise, AI one service
  'https://moinord.de/legal/agb-ki', // an agency's AI app suite under its main terms
  'https://www.heynote.app/blog/artikel/handwerker-app-spracheingabe-zeiterfassung', // time tracking, AI one feature
  'https://immotools24.de/agb', // property visualisation software
  'https://www.ihretelefonzentrale.de/rechtliches/agb', // a human answering service with a VoiceBot module
  'https://www.ki-telefonservice.de/dsgvo.php', // a hybrid KI and human answering service
  'https://www.magdeburg.online/agb-teleassist', // a reseller's terms
  'https://www.deubner-steuern.de/infopoint/nutzungsbedingungen-lokias.html', // a publisher's service
  'https://proofdocs.de/blog/arbeitszeugnis-generieren', // a references service with KI-assisted wording
  'https://lernkonzept2go.de/?p=1908', // a `?p=` page
  'https://www.mein-arbeitszeugnis.com/ki-generierte-arbeitszeugnisse', // a human references service
  'https://www.ai-bd.at/agb', // an AI consultancy
  'https://aimpress.at/abg', // AI workshops and development
  'https://kiumi.agency/?p=794', // an AI agency
  'https://www.kopiloten.at/agb', // an LLM integrator
  'https://ki-agentur.kaatai.de/en/branchen/gesundheitswesen', // an AI agency
  'https://wz-it.com/en/blog/local-ai-psychotherapy/', // an IT service provider
  'https://tech-now.io/blog/custum-gpt-tools-in-deutschen-anwaltskanzleien-anwendungsfalle-und-grenzen', // a consultancy
  'https://www.ankerkopf.de/datenschutz-gpt', // a recruiter's GPT
  'https://press-ki.de/casestudy-ki-basierte-medizinische-dokumentation-in-der-kinderarztpraxis-kinderleicht', // a consultancy
  'https://medtransform.net/ki-dokumentation-arztgespraech-aufzeichnen', // a practice's blog on eudaria
  'https://leichte-sprache.io/faq/', // a tool its maker says was shut down
  'https://auto-weis.de/index.php?nav=19899', // VITAS's privacy page on a car dealer's site
  'https://www.handwerker-software.org/article/09-ki-planung-zukunft', // a software guide
];

const NAMESAKES = [
  'https://www.via.com/', // beside VIA Health (via-health.de)
  'https://www.dexter.com/', // beside dexter health (dexter-health.com)
  'https://www.polly.de/', // beside Polly KI (pollyki.de)
  'https://www.bliro.com/', // beside Bliro (bliro.io)
  'https://www.replymate.com/', // beside ReplyMate (replymate.de)
  'https://www.telefonagent.de/', // beside Telefonagent (telefonagent.com)
  'https://www.switchnow.com/', // beside SwitchNowAI (switchnowai.com)
  'https://www.mistercheck.de/', // beside Mister Check (mister-check.com)
  'https://www.swissteach.ch/', // beside Swiss Teach AI (swiss-teach.ai)
  'https://www.dentdoc.com/', // beside DentDoc (dentdoc.de)
  'https://www.apointa.com/', // beside apointa (apointa.org)
];

describe('twenty-fourth-session dach2 traps', () => {
  it('adds 22 rows, each with one domain and no prefix, in the europe region', () => {
    expect(regionalC24Dach2Tools.length).toBe(22);
    expect(regionalC24Dach2Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(regionalC24Dach2Tools.every((t) => catalogRegion(t.id) === 'europe')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC24Dach2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts', () => {
    expectEachClassifiedAs(sourceUrls(regionalC24Dach2Tools));
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
