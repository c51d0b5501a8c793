// Traps beside the rows the twenty-sixth session's continental-Europe credits pass added
// (data/regional-c26-eucredits.ts): the ordinary sites next to each kind of AI tool it added (book shops and
// publishers beside the writing and children's-story tools, tax bodies and accounting software beside FabricAI,
// architects' bodies and magazines beside Vizera, school portals beside Augen auf!, a data-protection authority
// beside Skrible, consumer and legal-aid bodies beside Voorwaarden Checker), the shared-platform copies, drafts, dev
// hosts and left-out hosts the pass read, the parent host of the one claimed subdomain, and sites whose names sit
// close to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { regionalC26EucreditsTools } from './data/regional-c26-eucredits';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.thalia.de/', // a book shop, beside the children's-story services
  'https://www.carlsen.de/', // a children's publisher, beside the story services
  'https://tonies.com/', // children's audio figures, beside Ellas Stories' audiobooks
  'https://www.adlibris.com/', // a Nordic book shop, beside Skribler
  'https://www.bokus.com/', // a Swedish book shop, beside Skribler
  'https://www.vero.fi/', // the Finnish tax administration, beside FabricAI
  'https://www.procountor.fi/', // Finnish accounting software, beside FabricAI
  'https://www.netvisor.fi/', // Finnish accounting software, beside FabricAI
  'https://www.sia.ch/', // the Swiss engineers' and architects' society, beside Vizera
  'https://www.archdaily.com/', // an architecture magazine, beside Vizera
  'https://www.schule.at/', // an Austrian school portal, beside Augen auf!
  'https://www.datatilsynet.no/', // the Norwegian data-protection authority, beside Skrible
  'https://www.consumentenbond.nl/', // the Dutch consumer association, beside Voorwaarden Checker
  'https://www.juridischloket.nl/', // Dutch legal aid, beside Voorwaarden Checker
  'https://www.acm.nl/', // the Dutch consumer and market authority, beside Voorwaarden Checker
  'https://www.sprecherverband.de/glossar/sprachsynthese-tts/', // the voice actors' association, met in the searches
  'https://www.heise.de/select/ct/2022/24/2226410165313116330', // news on synthetic voices, met in the searches
  'https://www.impulse.de/organisation/ki-meeting-tools-und-datenschutz/7625379.html', // news, met in the searches
  'https://www.advokatforeningen.no/', // the Norwegian bar, met in the searches
];

const SHARED_PLATFORMS = [
  'https://ai-profilbild.pages.dev/bewerbungsfoto/agb.html', // Personalize24's terms on a shared platform
  'https://sajtmaskin.vercel.app/terms', // a Swedish AI site builder's beta on a shared platform
  'https://getaillm.vercel.app/terms', // terms on a shared platform
  'https://voice2bug.pages.dev/regulamin.html', // a Polish extension's terms on a shared platform
];

const LEFT_OUT = [
  'https://ventrox.de/', // the parent of the one claimed subdomain, not read
  'https://agi-smart-solutions.de/Unsere-AGB:_:3.html', // web development and consulting beside an AI relay
  'https://autodudes.de/en/widgets/cms/01898ba54330708db823bae034cb3bf4', // a web-development GbR's licence terms
  'https://ignite.video/de/artikel/tutorials/ki-credits', // video hosting, AI one feature
  'https://pagerangers.com/allgemein-wp/wie-werden-meine-ai-credits-verwendet', // an SEO suite, AI one feature
  'https://www.stocklib.es/licencia-imegenes-ai.html', // a stock library, AI one feature
  'https://www.cv-fast.com/de/nutzungsbedingungen', // sample texts still to be replaced
  'https://karrierejaeger.com/page-terms', // "[IHRE ADRESSE]"
  'https://ai4elearning-dev.ttms.pl/en/terms-of-use', // a test (non-production) host
  'https://www.aicollegas.nl/algemene-voorwaarden', // an agency
  'https://www.aisuma.ai/en/algemene-voorwaarden', // an agency
  'https://aiheroes.io/general-terms-and-conditions', // an agency
  'https://www.theaicompound.com/algemene-voorwaarden', // an agency
  'https://hetailokaal.nl/algemene-voorwaarden', // training and workshops
  'https://ai-konsulenterne.dk/terms-and-conditions', // a consultancy
  'https://www.it-ai-solutions.com/general-terms-and-conditions', // a consultancy
  'https://dkral.cz/vop/', // AI automation services
  'https://www.apeasy.dk/vilk%C3%A5r', // chatbots built per client
  'https://www.nordiqwalue.com/vilkar-betingelser', // a chatbot consultancy on a third-party platform
  'https://swissagentlab.io/agb', // workshops
  'https://go-ai-smart.com/agb', // a consultancy
  'https://afki.no/vilkar', // courses and consulting
  'https://wesualy.com/agbs', // renderings from a company that calls itself an agency
  'https://phoenix-technologies.ch/de/rechtliches/servicebedingungen', // a cloud provider, AI one service among many
  'https://www.platforma-edukacyjna.com/prawne/subskrypcja', // exam courses, AI one feature
  'https://www.matury-online.pl/terms-of-service', // exam courses, AI one feature (as before)
  'https://transkryptomat.pl/terms-conditions', // transcription terms that do not say AI
  'https://skrybot.pl/tag/regulamin-zakupow/', // transcription software terms that do not say AI
  'https://www.transkryptor.pl/regulamin/', // human transcription
  'https://praatmetdedokter.nl/privacy', // GP triage software, not said to be AI
  'https://www.reg4u.nl/privacy', // a notice for another host's product
  'https://app.campusai.pl/p/regulamin-programu-partnerskiego-(afiliacyjnego)', // affiliate rules
  'https://prompt-trade.dk/refundering_returvarer/', // a prompt marketplace
  'https://juriblox.nl/blog/gen-ai-voor-juridische-documenten-slim-hulpmiddel-of-risicovolle-keuze/', // a blog
  'https://processpilot.fr/articles/workflow-devis-facture-artisan-rge', // a blog on automation in general
  'https://www.devisioo.com/cgu', // quotes and invoices software, not said to be AI
  'https://www.aeioros.com/node/466', // invoicing software, not said to be AI
];

const NAMESAKES = [
  'https://www.skribler.com/', // beside Skribler (skribler.se), not read
  'https://www.skrible.com/', // beside Skrible (skrible.ai), not read
  'https://www.vizera.com/', // beside Vizera (vizera.ai), not read
  'https://www.fabric.fi/', // beside FabricAI (fabricai.fi), not read
  'https://www.mytinytales.com/', // beside MyTinyTales (mytinytales.ai), not read
  'https://www.ellasstories.com/', // beside Ellas Stories (ellas-stories.com), not read
  'https://www.lilme.com/', // beside LilMe Tales (lilme-tales.com), not read
  'https://www.augenauf.de/', // beside Augen auf! (augenauf.at), not read
  'https://www.voorwaarden.nl/', // beside Voorwaarden Checker (voorwaardenchecker.nl), not read
];

describe('twenty-sixth-session continental-Europe credits traps', () => {
  it('adds 10 rows without prefixes, in the europe region', () => {
    expect(regionalC26EucreditsTools.length).toBe(10);
    expect(regionalC26EucreditsTools.every((t) => t.domains.length >= 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(regionalC26EucreditsTools.every((t) => catalogRegion(t.id) === 'europe')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC26EucreditsTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(regionalC26EucreditsTools));
    expectEachClassifiedAs({
      'https://www.skribler.se/': 'skribler',
      'https://app.skrible.ai/': 'skrible',
      'https://skrible.ai/': 'skrible',
      'https://tiliointi.fi/': 'fabricai',
      'https://www.fabricai.fi/': 'fabricai',
      'https://vizera.ai/': 'vizera',
      'https://mytinytales.ai/': 'mytinytales',
      'https://www.augenauf.at/': 'augen-auf',
      'https://www.voorwaardenchecker.nl/': 'voorwaarden-checker',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
