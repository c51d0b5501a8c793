// Traps beside the rows the twenty-seventh session's continental-Europe legal-pages pass added
// (data/regional-c27-europe5.ts): the ordinary sites next to each kind of AI tool it added (Comma Soft's company site
// beside its Alan app host, Sintesy's parent host, teachers' and school bodies, tutoring chains, Swiss medical and
// data-protection bodies, nutrition bodies and a food database, Dutch trade and payment sites, company registers and
// payment providers), the shared-platform copies, placeholder pages, `?p=` pages, general products, agencies and
// blogs the pass read, and namesakes of the new entries. None of them may classify; every new host must reach its own
// entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { regionalC27Europe5Tools } from './data/regional-c27-europe5';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.comma-soft.com/', // Comma Soft's company site, beside Alan's app host (app.alan.de)
  'https://polaris-ai.it/', // the company root beside Sintesy's subdomain, not read
  'https://www.polaris-ai.it/', // the same, www
  'https://www.kmk.org/', // the education ministers' conference, beside the teachers' tools
  'https://www.lehrer-online.de/', // a teachers' materials portal, beside TeachPie and Lehrer Assistent
  'https://www.bildungsserver.de/', // the German education server
  'https://www.cornelsen.de/', // a school publisher, beside the textbook-photo upload of Lehrer Assistent
  'https://www.schuelerhilfe.de/', // a tutoring chain, beside StudiBrudi and Aimathic
  'https://www.studienkreis.de/', // a tutoring chain, beside StudiBrudi and Aimathic
  'https://datenschutz-schule.info/datenschutz-check/chatgpt-ai-chat/', // a school data-protection blog met in the searches
  'https://www.fmh.ch/', // the Swiss medical association, beside Dya Voice and Omniscribe
  'https://www.edoeb.admin.ch/', // the Swiss data-protection commissioner
  'https://www.hin.ch/', // the Swiss health-care network
  'https://www.dge.de/', // the German nutrition society, beside Mahlzait
  'https://fddb.info/', // a food database, beside Mahlzait
  'https://world.openfoodfacts.org/', // the open food database named by calorie apps
  'https://www.werkspot.nl/', // a Dutch trades marketplace, beside OfferteChecker.ai
  'https://www.westveen.com/', // Westveen B.V.'s own site, not read
  'https://www.kvk.nl/', // the Dutch chamber of commerce
  'https://www.mollie.com/be/privacy', // the payment provider OfferteChecker.ai names
  'https://www.handelsregister.de/', // the German company register
  'https://www.wko.at/', // the Austrian chamber of commerce, beside PiktID
  'https://www.zefix.ch/', // the Swiss company index
  'https://www.bitkom.org/', // the German digital association
];

const SHARED_PLATFORMS = [
  'https://kalofix-site.pages.dev/datenschutz.html', // KaloFix's policy on a shared platform
  'https://slonge-solutions.pages.dev/en/blog/ai-data-protection-switzerland', // a blog on a shared platform
  'https://matheli.github.io/Vine-leaf-diseases-and-AI/Datenschutz_Playstore_en', // a pupils' project on a shared platform
  'https://sites.google.com/view/plantidentifierplantcare/home', // an app policy on a shared platform
];

const LEFT_OUT = [
  'https://kinon.app/cgu', // "[RAISON_SOCIALE]"
  'https://www.blinkoai.com/en/privacy', // "Ilyas [Last name]"
  'https://reframe-ai.de/datenschutz', // "[Dein Name / Firma]"
  'https://fivehives.ai/datenschutz.html', // "[Name der KI-Agentur]"
  'https://mulas.app/artelio-privacy-policy', // "<app_name>"
  'https://ajkonic.ai/terms-of-use', // "[descriptor]"
  'https://truvento.de/de/legal', // the provider's name missing
  'https://teach-app.de/?p=3', // a `?p=` page
  'https://swissbot.store/?p=411', // a `?p=` page
  'https://ardututor.edubot.it/?p=176', // a `?p=` page
  'https://www.domaintechnik.at/agb-anhang-6.html', // a homepage builder's AI annex
  'https://www.mioweb.cz/obchodni-podminky-pro-ai/', // a website builder's AI terms
  'https://www.one.com/en-gb/legal/ai-terms-of-use/', // a host's AI terms
  'https://de.tilda.cc/terms/generative-ai', // a website builder's AI terms
  'https://publitech.se/information-om-publitechs-hjalpcenter-chatbot', // a help-centre chatbot
  'https://www.lovguiden.dk/information/terms-of-service/da', // a legal guide's chatbot
  'https://docs.radio-creator.com/en/ai/privacy.html', // radio software's AI tools
  'https://www.mijnbouwapp.nl/privacy.php?lang=en', // builders' bookkeeping, AI one feature
  'https://www.propertypilot.eu/de/datenschutz', // a property portal with optional AI functions
  'https://www.ramsayservices.fr/conditions-generales-d-utilisation-du-service-danalyse-des-symptomes', // a hospital group's app
  'https://www.thoptec.com/chat', // a company's site chat
  'https://ia.ipzs.it/condizioni', // a public body's chatbot
  'https://www.vlaio.be/nl/content/chatbot-disclaimer', // a public body's chatbot
  'https://decaid.ai/ki-transparenzerklaerung', // a consultancy
  'https://www.targetfirst.com/cgu-ia', // a chatbot integrator
  'https://wunderki.de/datenschutz', // a consultancy
  'https://dkral.cz/vop/', // an AI-automation consultant
  'https://aiprocessautomation.eu/sv/legal/responsible-ai', // a consultancy's draft
  'https://ronspoelstra.be/for-business/doctors.html', // a consultant's page
  'https://www.kiloesungen.com/themen/datenschutz', // a consultancy's guide
  'https://hetailokaal.nl/algemene-voorwaarden', // training
  'https://www.wamannki.com/product/aissistants-trial-7', // AI in a name only
  'https://www.scalan.ai/terms', // terms that do not say AI
  'https://www.allmedia.ai/agb', // terms that do not say AI
  'https://ai-schmie.de/amboss/page/nutzungsbedingungen', // terms that do not say AI
  'https://pro-ai.nl/terms-and-conditions', // terms that do not say AI
  'https://emoree.de/datenschutz', // a reading platform, AI not said
  'https://life-moments.app/privacy', // an events app, AI not said
  'http://kalorime.com/en/datenschutz', // a policy that does not say AI
  'https://foodlog.life/privacy.html', // a policy that does not say AI
  'https://app-studio.it/termini-e-condizioni/', // tax documents, AI one technology among others
  'https://radiantharmonyai.com/fr/privacy_policy.html', // not shown to be European
  'https://shotai.org/nl/privacy', // not shown to be European
  'https://pageface.com/es/pages/legal/ai-policy', // a page builder, AI one feature
  'https://inno-brain.de/blog/ki-und-datenschutz', // a vendor blog on AI in general
  'https://synaptos.at/was-ist-ki-einfach-erklart', // a blog on AI in general
  'https://www.dacuro.de/neuigkeiten/beitrag/ki-tool-le-chat-mistral-ai', // a data-protection firm's article
  'https://www.adsimple.at/datenschutzerklaerung/openai-datenschutzerklaerung/', // a policy-generator's template
  'https://www.sawickilegal.pl/blog-posty/regulaminy-korzystania-z-narzedzi-ai-po-co-je-czytac', // a law firm's blog
  'https://grette.no/nyheter/it-gruk-11-2023-kjenner-du-brukervilkarene-til-chatgpt/', // a law firm's note
  'https://www.bodymedia.de/themen/wissenschaft/hat-sich-ki-schon-in-der-physiotherapie-etabliert-experten-antworten', // a magazine
  'https://blog-foerdermittel.de/2023/10/unterstuetzung-durch-kuenstliche-intelligenz-ki-beim-verfassen-von-foerdermittelantraegen/', // a blog
  'https://www.kleintierpraxis-cremlingen.de/en/ki-transparenz.html', // a vet practice's AI statement
  'https://myweddingcoach.de/privacy-policy', // a wedding planner, AI not said
  'https://praatmetdedokter.nl/privacy', // a GP intake tool, AI not said
  'https://algoritmes.overheid.nl/en/algoritme/86575850', // the Dutch algorithm register
];

const NAMESAKES = [
  'https://alan.com/', // a French health insurer, beside Alan (Comma Soft)
  'https://www.teachpie.com/', // beside TeachPie (teachpie.de), not read
  'https://www.omniscribe.com/', // beside Omniscribe (omniscribe.ch), not read
  'https://www.sistent.de/', // beside sisTent (sistent.ai), not read
  'https://www.studibrudi.com/', // beside StudiBrudi (studibrudi.de), not read
  'https://www.aimathic.de/', // beside Aimathic (aimathic.com), not read
  'https://www.mahlzeit.de/', // beside Mahlzait (mahlzait.de)
  'https://www.lehrerassistent.de/', // beside Lehrer Assistent (lehrer-assistent.de), not read
  'https://www.piktid.it/', // beside PiktID (piktid.com), not read
];

describe('twenty-seventh-session continental-Europe legal-pages traps', () => {
  it('adds 14 rows, each with one domain and no prefix, in the europe region', () => {
    expect(regionalC27Europe5Tools.length).toBe(14);
    expect(regionalC27Europe5Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(regionalC27Europe5Tools.every((t) => catalogRegion(t.id) === 'europe')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC27Europe5Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(regionalC27Europe5Tools));
    expectEachClassifiedAs({
      'https://app.alan.de/': 'alan-comma-soft',
      'https://teachpie.de/': 'teachpie',
      'https://dyaclinical.com/': 'dya-voice',
      'https://omniscribe.ch/': 'omniscribe',
      'https://www.mai-apa.de/': 'mai-platform',
      'https://www.sistent.ai/': 'sistent',
      'https://mahlzait.de/': 'mahlzait',
      'https://lehrer-assistent.de/': 'lehrer-assistent',
      'https://aimathic.com/': 'aimathic',
      'https://www.offertechecker.ai/': 'offertechecker',
      'https://studibrudi.de/': 'studibrudi',
      'https://sintesy.polaris-ai.it/': 'sintesy',
      'https://www.piktid.com/': 'piktid',
      'https://your-ai-twin.de/': 'your-ai-twin',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
