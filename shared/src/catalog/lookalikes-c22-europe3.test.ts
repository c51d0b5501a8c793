// Traps beside the rows the twenty-second session's third Europe pass added (data/regional-c22-europe3.ts): the
// ordinary sites next to each kind of AI tool it added (Nordic legislation, data-protection and tax authorities,
// accounting software, Norwegian and Dutch health systems, Dutch school systems, a study-notes site, Czech, Italian,
// Greek and Turkish portals, a job portal, a messenger, a translators' marketplace, a telephony provider, shop and
// social platforms), the parent of the one claimed subdomain, the left-out hosts the pass read, and sites whose names
// sit close to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { regionalC22Europe3Tools } from './data/regional-c22-europe3';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://alia.dk/', // the parent of MöteReferat's claimed subdomain
  'https://www.alia.dk/', // the parent of MöteReferat's claimed subdomain
  'https://www.finlex.fi/', // Finnish legislation, beside the Finnish legal AI chat
  'https://www.datatilsynet.dk/', // the Danish data-protection authority, beside the GDPR assistant
  'https://www.imy.se/', // the Swedish data-protection authority, beside the GDPR assistant
  'https://www.skat.dk/', // the Danish tax agency, beside the GDPR assistant and invoice checker
  'https://www.fortnox.se/', // Swedish accounting software, beside the AI invoice checker
  'https://www.visma.com/', // Nordic accounting software, beside the AI invoice checker
  'https://www.helsenorge.no/', // the Norwegian health portal, beside the clinical-notes scribe
  'https://www.dips.com/', // a Norwegian hospital record system, beside the clinical-notes scribe
  'https://www.zorgdomein.nl/', // a Dutch referral platform, beside the Dutch clinical scribe
  'https://www.kennisnet.nl/', // the Dutch school-IT foundation, beside the grading tool for teachers
  'https://www.magister.net/', // a Dutch school administration system, beside the grading tool for teachers
  'https://www.studocu.com/', // a study-notes site, beside the AI essay writer
  'https://www.seznam.cz/', // a Czech portal, beside the Czech generative-content app
  'https://www.jobs.cz/', // a Czech job portal, beside the recruiting chatbot
  'https://web.telegram.org/', // the messenger the recruiting chatbot runs on
  'https://www.proz.com/', // a translators' marketplace, beside the AI book-translation service
  'https://www.ilsole24ore.com/', // an Italian newspaper, beside the Italian rows
  'https://www.gov.gr/', // the Greek government portal, beside the Greek assistant platform
  'https://www.trendyol.com/', // a Turkish marketplace, beside the Turkish rows
  'https://www.netgsm.com.tr/', // a Turkish telephony and SMS provider, beside the voice agents
  'https://www.shopify.com/', // a shop platform, beside the AI sales assistant
  'https://www.instagram.com/', // a social platform, beside the AI sales assistant
];

const LEFT_OUT = [
  'https://parl8.eu/en/privacy-policy', // AI only in a loading banner
  'https://www.aipolicykit.eu/privacy', // a policy generator not said to use AI
  'https://legalai.as/personvern/', // a privacy notice that does not say AI
  'https://ai8.dk/terms', // terms that do not say the product uses AI
  'https://vyberu.to/gdpr', // a shopping chat whose GDPR page does not say AI
  'https://tinten.ai/el/legal/privacy', // a policy that does not say AI
  'https://callbix.ai/come-integrare-un-assistente-vocale-ai', // seen only on its blog
  'https://www.fono24.it/blog/gdpr-ai-telefonica', // seen only on its blog
  'https://www.voicelabs.nl/nieuws/24-7-dekking-nieuwe-standaard-bespaart-uren', // seen only on its news page
  'https://www.norwayhealthtech.com/articles/public-private-collaboration-develops-ai-tool-for-more-efficient-clinical-documentation', // an article about Vidd Medical
  'https://leraarnederlands.net/?p=172', // a teachers' blog naming Schoolgen
  'https://desifre.yazdirma.com.tr/sesli-kayitlarin-desifresi-dogru-yontem-ve-arac-secimi', // a transcription shop's blog
  'https://www.apeasy.dk/vilk%C3%A5r', // bespoke AI agents built for clients
  'https://hypedigitaly.ai/en/chatbot-guidelines', // chatbot guidelines of what may be an agency
  'https://www.manifold-ai.com/privacy-policy', // an AI consultancy
  'https://deepgruble.dk/privacy', // a company site's chat feature
  'https://fiscalbright.it/dpa/termini-condizioni', // an accountants' portal, AI one feature
  'https://jasnopis.pl/polityka-prywatnosci/', // a readability tool, AI one feature
  'https://app-studio.it/termini-e-condizioni/', // a tax-document app naming a staging host
  'https://www.spaggiari.eu/news/ai-lintelligenza-artificiale-nella-scuola-linee-guida-mim-e-soluzioni-classeviva-extra', // a school platform, AI one feature
  'https://www.lovguiden.dk/information/terms-of-service/da', // a publisher's help bot
  'https://bergadvokater.dk/vilkaar-for-anvendelse-af-berg-advokaters-aiassistent/', // a law firm's site assistant
  'https://pekkaronka.fi/palvelut/palvelu/', // a law firm's info bot
  'https://welo-dev.mundt-it.de/agb', // a dev host with a "[FIRMA]" placeholder
  'https://demo.wmaster.net/privacy', // a demo host
  'https://www.appory.app/privacy.html', // a policy with "[Company Legal Name]" placeholders
  'https://pruvodcekarierou.cz/ochrana-osobnich-udaju-cara-ai', // a coach's site with a Telegram bot
  'https://alina.hurtis.sk/terms-of-use', // a Slovak chatbot, outside this pass
  'https://sikt.no/tjenester/sikt-ki-chat/brukervilkar', // a public body's chat
  'https://www.vlaio.be/nl/content/chatbot-disclaimer', // a public body's chatbot
  'https://findata.fi/en/faq/findatas-services/', // a public body's assistant
  'https://omilon.com/no/landing/personvernerkl%C3%A6ring', // a speech-recognition reseller that does not say AI
  'https://edu-ai.eu/pravidla-ai-asistenti/', // a teachers' guide site
];

const NAMESAKES = [
  'https://www.referat.dk/', // beside MöteReferat (referat.alia.dk)
  'https://www.skriveriet.dk/', // beside Skriveriet (skriveriet.no)
  'https://www.mednotes.com/', // beside Mednotes (mednotes.no)
  'https://www.carenode.com/', // beside Mednotes (mednotes.no)
  'https://www.finlaki.fi/', // beside Finlaki (finlaki.com)
  'https://www.dpoagent.com/', // beside DPO Agent (dpoagent.dk)
  'https://www.fakturavakt.no/', // beside FakturaVakt (fakturavakt.se)
  'https://www.autoscribe.com/', // beside Autoscriber (autoscriber.com)
  'https://www.nakijken.nl/', // beside Nakijken.ai (nakijken.ai)
  'https://www.smartedu.com/', // beside Smart-Edu.ai (smart-edu.ai)
  'https://www.vaibe.com/', // beside VAIBE.AI (vaibe.ai)
  'https://www.beherobot.cz/', // beside BeHeroBot (beherobot.com)
  'https://www.bookintranslation.com/', // beside BookInTranslation (bookintranslation.it)
  'https://www.mentoros.com/', // beside Mentoros (kleonoxai.com)
  'https://www.kleonox.com/', // beside Mentoros (kleonoxai.com)
  'https://www.twinfly.com/', // beside TwinFly (twinfly.app)
  'https://www.aiagent.com.tr/', // beside AI Agent TR (aiagenttr.com)
  'https://www.donex.com/', // beside DoNex (donex.ai)
];

describe('twenty-second-session Europe (europe3) traps', () => {
  it('adds 16 rows, each with one domain and no prefix, in the europe, middle-east or global region', () => {
    expect(regionalC22Europe3Tools.length).toBe(16);
    expect(regionalC22Europe3Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(regionalC22Europe3Tools.filter((t) => catalogRegion(t.id) === 'europe').length).toBe(13);
    expect(regionalC22Europe3Tools.filter((t) => catalogRegion(t.id) === 'middle-east').length).toBe(2);
    expect(regionalC22Europe3Tools.filter((t) => catalogRegion(t.id) === 'global').length).toBe(1);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC22Europe3Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://www.referat.alia.dk/se/forsaljningsvillkor.html': 'mote-referat',
      'https://referat.alia.dk/': 'mote-referat',
      'https://skriveriet.no/salgsvilkaar': 'skriveriet',
      'https://mednotes.no/en/vilkar': 'mednotes-no',
      'https://finlaki.com/privacy': 'finlaki',
      'https://www.dpoagent.dk/privacypolicy/': 'dpo-agent-dk',
      'https://fakturavakt.se/integritetspolicy': 'fakturavakt',
      'https://resources.autoscriber.com/trust-centre-nl/algemene-voorwaarden': 'autoscriber',
      'https://app.nakijken.ai/privacy': 'nakijken-ai',
      'https://www.smart-edu.ai/terms': 'smart-edu-ai',
      'https://www.vaibe.ai/terms-conditions': 'vaibe-ai',
      'https://beherobot.com/obchodni-podminky': 'beherobot',
      'https://www.bookintranslation.it/it/condizioni-generai-di-vendita-2': 'bookintranslation',
      'https://kleonoxai.com/company/legal/privacy-policy': 'mentoros-kleonoxai',
      'https://twinfly.app/terms': 'twinfly',
      'https://docs.aiagenttr.com/voice-ai-agents/voice-transcript-settings': 'aiagenttr',
      'https://donex.ai/tr/terms-of-service': 'donex-ai',
    });
  });

  it('leaves general sites, the parent, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...LEFT_OUT, ...NAMESAKES]);
  });
});
