// Traps beside the rows the nineteenth session's Europe pass added (data/regional-c19-europe.ts): the ordinary sites
// next to each kind of European AI tool (a human translation service, a consultancy's host, a legal publisher, public
// bodies, web hosts and site builders with an AI add-on), the parent of the one subdomain claimed alone, the shared
// and staging hosts the pass met, the left-out hosts it read, and sites whose names sit close to the new entries.
// None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { regionalC19EuropeTools } from './data/regional-c19-europe';

const GENERAL_SITES = [
  'https://meaworld.com/', // the parent of gloria.meaworld.com, which is claimed alone
  'https://www.everlast-consulting.de/', // the consultancy behind Corporate LLM; only corporatellm.de is claimed
  'https://www.deubner-steuern.de/infopoint/nutzungsbedingungen-deubner-tax-ki.html', // a tax publisher's site, beside the legal AI
  'https://www.one.com/en-gb/legal/ai-terms-of-use/', // a web host's AI add-on terms, beside the AI portals
  'https://it.tilda.cc/terms/generative-ai', // a site builder's AI assistant terms
  'https://www.goto.com/it/company/legal/ai-terms', // AI features of a meeting suite, beside the AI minutes
  'https://www.bureau24.fr/conditions-commerciales-générales-traitement-des-chats', // a call-centre service's chat terms
  'https://sikt.no/tjenester/sikt-ki-chat/brukervilkar', // a public body's internal AI chat
  'https://mintour.gov.gr/', // a ministry's site; its mAiGreece section is listed under its own prefix
  'https://www.dotlegal.com/en/ai-terms', // a compliance suite's AI add-on
  'https://lexlane.fr/legal/terms-of-service', // a law-firm management suite with one AI feature
  'https://www.lovguiden.dk/information/terms-of-service/da', // a legal guide site's help bot
  'https://publitech.se/information-om-publitechs-hjalpcenter-chatbot', // a vendor's help-centre bot
  'https://bergadvokater.dk/vilkaar-for-anvendelse-af-berg-advokaters-aiassistent/', // a law firm's site assistant
  'https://gomaklerfrei.de/en/ki-transparenz', // a property platform with AI photo and text features
  'https://docs.radio-creator.com/en/ai/privacy.html', // radio software's AI tools
  'https://www.nubart.eu/pt-br/traducao-simultanea-ia/termos-e-condicoes.html', // an audio-guide company's AI translation page
];

const SHARED_AND_STAGING = [
  'https://getaillm.vercel.app/terms', // a French AI-visibility tool on vercel.app
  'https://slonge-solutions.pages.dev/en/blog/ai-data-protection-switzerland', // a Swiss agency's blog on pages.dev
  'https://seedext-preprod.webflow.io/en/articles/prise-de-notes-ia-confidentialite-et-conformite-rgpd', // a preprod copy on webflow.io
  'https://nostalgic-mcclintock.45-82-121-245.plesk.page/agb.php', // ANWALT.AI's terms on a plesk.page staging host
];

const LEFT_OUT = [
  'https://mediafuturert.de/agb', // placeholders for the provider's name
  'https://ristretto.ai/terms-of-service', // placeholders for the date and company
  'https://www.rag.art/legal/ai-disclosure?lang=en', // a draft AI disclosure
  'https://sylvia.clinic/privacy-policy', // a placeholder address, and a Quebec service
  'https://wilmagpt.com/', // its terms were seen only under a ?p= query
  'https://www.anwalt-ai.de/', // its terms were seen only on a staging host
  'https://www.galaxbotai.it/termini', // terms that never say AI beyond the name
  'https://pro-ai.nl/terms-and-conditions', // a template that never says the service uses AI
  'https://www.allmedia.ai/agb', // AGB without a word of AI
  'https://novaco.ai/it/termini-e-condizioni/', // another company's terms with no word of AI
  'https://meetingtodocs.com/terms-and-conditions/', // speech-recognition terms with no word of AI
  'https://maila.ai/da/legal/terms-of-use', // terms with no word of AI
  'https://jurisys.fr/apps/conditions-generales-utilisation', // terms that do not say the app uses AI
  'https://www.justitai.de/agb', // a law firm that uses AI as a tool
  'https://ailingo.eu/de/geschaftsbedingungen', // human post-editing of machine translation
  'https://www.targetfirst.com/cgu-ia', // an integrator building chatbots for clients
  'https://www.shinylion.io/de/rechtliches/agb-ki-addendum', // an agency's AI addendum
  'https://airtecsolutions.net/index.php/chatbot', // an agency's chatbot contract
  'https://ilmiobot.it/termini-e-condizioni', // an installer of AI agents on clients' servers
  'https://alpinity.ai/rechtliches/agb', // an AI agency
  'https://swissagentlab.io/agb', // workshops on building agents
  'https://wagnerupscale.com/agb', // an automation agency
  'https://www.kopiloten.at/agb', // an LLM integration agency
  'https://schiller-partners.de/en/ki-transparenz', // a consultancy's AI transparency page
  'https://hetailokaal.nl/algemene-voorwaarden', // AI training courses
  'https://www.argocruce.com/datenschutz.php', // a privacy page naming no product
  'https://www.heyjo.ai/fr/commercial-terms', // commercial terms with no word of AI
  'https://ai8.dk/terms', // AI-visibility tracking, outside this pass's kind
  'https://algos-ai.com/ia-hebergee-en-france', // seen only in its articles
  'https://apertus.ai/blog/dsgvo-konforme-ki-hosting', // seen only on its blog
  'https://www.ailoopwise.com/de/blog/gdpr-compliant-ai-german-companies', // seen only on its blog
  'https://aifactum.de/wissen/datenschutz-fuer-ki-assistenten-2025', // seen only in its guides
  'https://www.seedext.com/en/articles/prise-de-notes-ia-confidentialite-et-conformite-rgpd', // seen only in its articles
  'https://docaro.ai/fr-fr/a/rediger-conditions-generales-utilisation-valides-france', // seen only in its articles
  'https://loskan.io/wissen/was-ist/ki-gestuetzte-dokumentenerfassung-belege-rechnungen', // seen only in its glossary
  'https://eudaria.de/', // seen only in a practice's blog
  'https://litic.ai/de-zorgplicht-van-de-advocaat-in-het-tijdperk-van-artificiele-intelligentie', // seen only in an article
];

const NAMESAKES = [
  'https://www.corporatellm.com/', // beside Corporate LLM (corporatellm.de)
  'https://www.meinassistent.de/', // beside MeinAssistent (meinassistent.ai)
  'https://www.safegpt.com/', // beside SafeGPT (safegpt.nl)
  'https://www.chatify.com/', // beside Chatify (chatify.dk)
  'https://www.sasoze.com/', // beside Sasoze (sasoze.pro)
  'https://www.cernel.com/', // beside Cernel (cernel.ai)
  'https://www.tripleblue.com/', // beside Tripleblue (triple.blue)
  'https://www.scribigo.com/', // beside scribigo (scribigo.de)
  'https://www.pagetopic.com/', // beside PageTopic (pagetopic.org)
  'https://www.supportfast.com/', // beside Supportfast (supportfast.ai)
  'https://www.evolbot.it/', // beside Evolbot (evolbot.com)
  'https://www.vickychat.com/', // beside Vickychat (vickychat.de)
  'https://www.hofrat.at/', // beside HOFRAT (hofrat-ai.at)
  'https://www.lexia.ch/', // beside LexIA (lexiach.com)
  'https://www.juria.com/', // beside JurIA (juria.fr)
  'https://www.lexmate.com/', // beside LEXMATE.AI (lexmate.ai)
  'https://www.lexi.ai/', // beside Lexi AI (lexiai.no)
  'https://www.notat.no/', // beside Notat AI (notat.ai)
  'https://www.mirek.com/', // beside MirekAI (mirek.ai)
  'https://www.swissgpt.ch/', // beside SwissGPT (alpineai.swiss)
  'https://www.alpineai.ch/', // beside AlpineAI (alpineai.swiss)
  'https://www.smartcopy.ai/', // beside Smart-Copy.ai (smart-copy.ai)
  'https://www.mixel.com/', // beside Mixel AI (mixel.nl)
  'https://www.kauz.net/', // beside Kauz (managed-kauz.net)
  'https://www.suissevoice.ch/', // beside Suisse Voice (suisse-voice.ch)
  'https://www.duktus.de/', // beside Duktus Pro (duktus-pro.de)
  'https://www.audiozutext.com/', // beside Audio zu Text (audiozutext.de)
  'https://www.ewigestimme.de/', // beside Ewige Stimme (ewigestimme.com)
];

describe('nineteenth-session Europe traps', () => {
  it('adds 35 rows, each with one domain and no prefix', () => {
    expect(regionalC19EuropeTools.length).toBe(35);
    expect(regionalC19EuropeTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC19EuropeTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://docs.managed-kauz.net/hybrid-bots/intro/datenschutz': 'kauz-hybrid-bots',
      'https://beta.lexmate.ai/terms': 'lexmate-ai',
      'https://chat.lexiai.no/': 'lexi-ai-no',
      'https://app.mirek.ai/': 'mirek-ai',
      'https://app.triple.blue/': 'tripleblue-ai-notes',
      'https://docs.duktus-pro.de/dokumentation/editor': 'duktus-pro',
      'https://gloria.meaworld.com/info/privacy-policy': 'glor-ia-meaworld',
      'https://alpineai.swiss/de_ch/agb/': 'swissgpt-alpineai',
    });
  });

  it('leaves general sites, shared and staging hosts, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_AND_STAGING, ...LEFT_OUT, ...NAMESAKES]);
  });
});
