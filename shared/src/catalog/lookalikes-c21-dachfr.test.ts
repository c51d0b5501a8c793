// Traps beside the rows the twenty-first session's DACH and French-speaking pass added (data/regional-c21-dachfr.ts):
// the ordinary sites next to each kind of AI tool it added (tax and accounting software and chambers, cloud telephony,
// insolvency notices, hosting providers the vendors name, doctors' bodies, school and education portals, business-plan
// and company registers, data-protection authorities), the parent of the one claimed subdomain, the shared-platform
// copies and the left-out hosts the pass read, and sites whose names sit close to the new entries. None of them may
// classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { regionalC21DachfrTools } from './data/regional-c21-dachfr';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.datev.de/', // tax and accounting software, beside the AI tools for accountants
  'https://office.lexware.de/', // accounting software, beside the AI tools for accountants
  'https://www.bstbk.de/', // the German chamber of tax advisers, beside the AI tools for accountants
  'https://www.experts-comptables.fr/', // the French accountants' order, beside Clotilde
  'https://www.sipgate.de/', // cloud telephony, beside the AI phone agents
  'https://www.placetel.de/', // cloud telephony, beside the AI phone agents
  'https://www.twilio.com/', // the telephony provider SmartCall Assist names
  'https://www.insolvenzbekanntmachungen.de/', // the insolvency notices portal, beside INSO
  'https://www.scaleway.com/', // the host Devana names
  'https://www.hetzner.com/', // a German host, beside the GDPR-first AI tools
  'https://www.infomaniak.com/', // a Swiss host, beside the Swiss AI tools
  'https://www.kbv.de/', // the statutory doctors' association, beside DeepScript
  'https://www.doctolib.fr/', // a doctors' booking platform, beside the medical dictation tool
  'https://www.kmk.org/', // the German education ministers' conference, beside the school AI tools
  'https://www.bildungsserver.de/', // the German education server, beside the school AI tools
  'https://www.education.gouv.fr/', // the French education ministry, beside the school AI tools
  'https://www.gruenderplattform.de/', // a founders' platform with business-plan guides, beside Foundor.ai
  'https://www.wko.at/', // the Austrian chamber of commerce, beside the Austrian AI tools
  'https://www.ihk.de/', // German chambers of commerce, beside the Mittelstand AI tools
  'https://kbopub.economie.fgov.be/', // the Belgian company register, beside DigiElevate
  'https://www.cnil.fr/', // the French data-protection authority, beside the RGPD-first AI tools
  'https://www.edoeb.admin.ch/', // the Swiss data-protection commissioner, beside Gardeo
  'https://www.legifrance.gouv.fr/', // French statutes, beside the French AI tools
  'https://ai-one.com/', // the parent of ai-one CORA's claimed subdomain
  'https://www.ai-one.com/', // the parent of ai-one CORA's claimed subdomain
];

const SHARED_PLATFORMS = [
  'https://getaillm.vercel.app/terms', // a policy or page on a shared platform
  'https://slonge-solutions.pages.dev/en/blog/ai-data-protection-switzerland', // a policy or page on a shared platform
  'https://livesuggest-web.pages.dev/fr/consent', // a policy or page on a shared platform
];

const LEFT_OUT = [
  'https://ihrchatbot.de/datenschutz.html', // a policy with "[Name/Anschrift]" placeholders
  'https://zwergi.chat/agb', // terms with a "[Firmenname]" placeholder
  'https://www.kisy-student-coaching.com/privacy-policy.html', // a policy with a "<Company, Address>" placeholder
  'https://ristretto.ai/terms-of-service', // terms with "[DATE_EFFECTIVE]" placeholders
  'https://stadtritter-telefonservice.de/?p=304', // a bare `?p=` page
  'https://swissbot.store/?p=411', // a bare `?p=` page
  'https://www.auftrag.at/?p=19363', // a bare `?p=` page
  'https://patterno.ai/de/data-protection', // a DPA that does not say AI
  'https://swisstranscript.ch/fr/legal.html', // terms that speak only of speech-recognition algorithms
  'https://www.enter-ai.de/en/nutzungsbedingungen', // terms that do not say AI
  'https://nachhilfe-mentor.de/nutzungsbedingungen', // terms that do not say AI
  'https://www.duckytutor.com/nutzungsbedingungen/', // terms that do not say AI
  'https://repondia.com/en/terms-and-conditions', // terms that do not say AI
  'https://www.walioai.com/fr/terms-of-use', // terms that do not say AI
  'https://www.imovia.cloud/cgv.php', // terms that do not say AI
  'https://ebuero.de/agb-chat-bearbeitung', // a phone-service company, its chatbot one feature
  'https://www.bmd.com/at/ki-tnc', // accounting software, its chatbot one feature
  'https://deon.de/en/document/ai-providers/', // a collaboration platform with optional AI features
  'https://dramaqueen.info/datenschutz-zusatzvereinbarung/', // screenwriting software with an optional AI integration
  'https://telefonie-strategie.de/agb', // a comparison portal that also sells a phone assistant
  'https://www.rgpd-start.com/politique-ia', // a compliance platform run by experts, AI one feature
  'https://developer.mittwald.de/docs/v2/platform/aihosting/access-and-usage/data-protection', // a host's AI hosting docs
  'https://generousco.com/en/terms-policy', // a coaching app, AI one feature
  'https://www.the-ai-comparator.com/en/transparence-ia', // a directory with an AI chatbot
  'https://1swiss1.com/fr/conditions-generales-de-vente', // an IT services company (Helvira seen only here)
  'https://www.xprivo.com/blog/de/mistral-is-not-a-european-alternative', // seen only on its blog
  'https://clapnclaw.io/en/blog/can-tax-advisors-use-chatgpt', // seen only on its blog
  'https://www.kirezeptionist.de/blog/patientendaten-sicher-verwalten-dsgvo-konforme-ki-telefonloesungen-fuer-arztpraxen', // seen only on its blog
  'https://privatlehrer.ai/ki-in-der-bildung', // seen only on its articles
  'https://www.haiku.fr/blog/comment-choisir-une-ia-juridique-s%C3%A9curis%C3%A9e-pour-votre-cabinet-guide-2025', // seen only on its blog
  'https://www.viind.com/chatbot-kommune/', // a page that does not say its chatbot uses AI
  'https://blog.ecrivox.com/blog/rgpd-et-transcription', // seen only on its blog
  'https://www.zazadraft.com/de/blog/school-safe-data-for-teachers', // seen only on its blog
  'https://www.anwaltgpt.de/blog/chat-gpt-juristen-cd01b', // seen only on its blog
  'https://www.mind-verse.de/post/ist-openai-dsgvo-konform-ein-detaillierter-leitfaden', // seen only on its blog
  'https://www.flowrefy.com/de/blog/ki-telefon-mittelstand', // seen only on its blog
  'https://www.taxletterai.alexanderbeckermedia.de/', // a homepage-only product page
  'https://visionarydata.de/blog/chatgpt-steuerberater-203-stgb', // a consultancy's blog
  'https://alpinity.ai/rechtliches/agb', // an AI agency
  'https://fusionaiide.com/terms.html', // a consultancy
  'https://www.keikoforbusiness.com/t-cs', // AI coaching and consulting
  'https://luxdigitalsol.com/en/agb', // a consultancy
  'https://virtura.be/condition-generales-virtura', // an agency that builds chatbots for clients
  'https://airtecsolutions.net/index.php/chatbot', // an IT company's chatbot contract
  'https://www.fitterads.com/store/p/ki-oder-voice-paket-3', // an agency package
  'https://luxinnovation.lu/terms-conditions', // a public agency's site assistant
];

const NAMESAKES = [
  'https://www.polaria.com/', // beside Polaria (polaria.ai)
  'https://www.polaria.fr/', // beside Polaria (polaria.ai)
  'https://www.consultee.com/', // beside Consultee AI (consultee.ai)
  'https://www.consultee.de/', // beside Consultee AI (consultee.ai)
  'https://www.chatmeister.de/', // beside Chatmeister (chatmeister.ai)
  'https://www.chatmeister.com/', // beside Chatmeister (chatmeister.ai)
  'https://www.itellico.com/', // beside itellico (itellico.ai)
  'https://www.digielevate.com/', // beside DigiElevate (digielevate.be)
  'https://www.devana.com/', // beside Devana (devana.ai)
  'https://www.devana.fr/', // beside Devana (devana.ai)
  'https://www.gardeo.com/', // beside Gardeo (gardeo.ai)
  'https://www.gardeo.ch/', // beside Gardeo (gardeo.ai)
  'https://www.smartcallassist.com/', // beside SmartCall Assist (smartcallassist.de)
  'https://www.fonhero.com/', // beside Fonhero (fonhero.de)
  'https://www.clotilde.com/', // beside Clotilde (clotilde.ai)
  'https://www.clotilde.fr/', // beside Clotilde (clotilde.ai)
  'https://www.inso-hilfe.com/', // beside INSO (inso-hilfe.de)
  'https://www.cora.com/', // beside ai-one CORA (cora.ai-one.com)
  'https://www.ai-one.de/', // beside ai-one CORA (cora.ai-one.com)
  'https://www.deepscript.de/', // beside DeepScript (deepscript.com)
  'https://www.deepscript.ai/', // beside DeepScript (deepscript.com)
  'https://www.foundor.com/', // beside Foundor.ai (foundor.ai)
  'https://www.intellischreiber.com/', // beside IntelliSchreiber (intellischreiber.de)
  'https://www.schulki.com/', // beside schulKI (schulki.de)
  'https://www.fellofish.de/', // beside FelloFish (fellofish.com)
  'https://www.transcriptai.com/', // beside Transcription: AI VoiceToText (transcriptai.app)
];

describe('twenty-first-session DACH and French-speaking traps', () => {
  it('adds 18 rows, each with one domain and no prefix, in the europe region but for one global app', () => {
    expect(regionalC21DachfrTools.length).toBe(18);
    expect(regionalC21DachfrTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(regionalC21DachfrTools.filter((t) => catalogRegion(t.id) !== 'europe').map((t) => t.id)).toEqual([
      'transcriptai-app',
    ]);
    expect(catalogRegion('transcriptai-app')).toBe('global');
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC21DachfrTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://tech.polaria.ai/legal/politique-de-protection-des-donnees': 'polaria-tech',
      'https://docs.itellico.ai/de/legal/terms-and-conditions': 'itellico',
      'https://itellico.ai/de/rechtliches/agb': 'itellico',
      'https://cora.ai-one.com/de/data': 'ai-one-cora',
      'https://gardeo.ai/en/blog/why-swiss-companies-need-privacy-first-ai': 'gardeo',
      'https://smartcallassist.de/agb': 'smartcall-assist',
      'https://inso-hilfe.de/agb_inso3-21eu.html': 'inso-hilfe',
      'https://deepscript.com/en/industries/medical-pharma': 'deepscript',
      'https://www.intellischreiber.de/terms-and-conditions': 'intellischreiber',
      'https://www.fellofish.com/blog/rechtliche-leitplanken-fuer-den-ki-einsatz': 'fellofish',
      'https://clotilde.ai/blog/creer-agent-ia-gestion-factures': 'clotilde-ai',
    });
  });

  it('leaves general sites, the parent, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
