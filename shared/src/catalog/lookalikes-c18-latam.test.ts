// Traps beside the rows the eighteenth session's latam pass added (data/regional-c18-latam.ts): the ordinary Spanish-
// and Portuguese-language sites next to each kind of regional AI tool (legal portals, ENEM and school sites, accounting
// and real-estate software), the shared-platform copies and the left-out hosts the pass read, and sites whose names sit
// close to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { regionalC18LatamTools } from './data/regional-c18-latam';

const GENERAL_SITES = [
  'https://www.jusbrasil.com.br/', // a legal portal; only its Jus IA host is an AI entry
  'https://www.enemvirtual.com.br/enem/espelho-redacao-enem-nao-deve-ser-divulgado-antes-prazo/', // ENEM news, beside Redação Play
  'https://www.redmagisterial.com/', // Mexican lesson-plan marketplace, beside the teacher tools
  'https://autonomatico.es/terminos-y-condiciones/', // Spanish accounting software, no AI in its terms
  'https://meusimples.com.br/termos-e-condicoes-de-uso', // Brazilian business-management software
  'https://instavistoria.com.br/termos', // property-inspection reports, beside PropLab
  'https://itutors.mx/terms-and-conditions', // human tutoring marketplace
  'https://www.smartkid.cl/terminos-condiciones.html', // human tutoring in Chile
  'https://www.matchsales.com.br/', // parent of the claimed app.matchsales.com.br
  'https://www.legalshelf.mx/contract/terminos-del-servicio', // a Mexican legal document library, no AI in its terms
];

const SHARED_PLATFORMS = [
  'https://documentoia.pages.dev/privacidade', // a Brazilian document AI on pages.dev
  'https://veredito-site.pages.dev/politicas-de-privacidade', // a legal AI on pages.dev
  'https://studio--jurisdictio-8316b.us-central1.hosted.app/terms', // a Panamanian legal AI on Firebase hosting
  'https://legal-pages-24y.pages.dev/legal/en/nulev/terms/', // a nutrition app's terms on pages.dev
  'https://dnjr6z9cd4-max.github.io/Ingles-Facil-legal-1/privacidad.html', // an English-tutor app's policy on github.io
];

const LEFT_OUT = [
  'https://www.abogadogpt.org/terms', // an app-store-only legal app
  'https://ajuiza.ai/privacy-policy', // a policy still carrying template placeholders
  'https://terap-ia.me/privacy-terms.html', // session summaries, but the page never says AI
  'https://clino.ai/terms', // clinical support whose terms never say AI
  'https://ia-notariado.org/lgpd', // "intelligent automation" for notaries, no AI wording
  'https://autocloser.com.br/terms-conditions', // a legal CRM with an AI-agent feature
  'https://incote.click/politicas-agentes-ia', // an agency that builds AI agents for clients
  'https://archivosya.com/blog/como-utilizar-inteligencia-artificial-de-manera-segura-en-la-practica-legal', // a vendor blog only
  'https://myfooderplan.com/terms.html', // an iOS-only recipe app
  'https://comprehension.club/es/your-data', // a language community with an AI transcription feature
  'https://www.arqgpt.cl/terminos-y-condiciones-de-uso', // terms that never say the assistants use AI
  'https://sellerchat.ai/?p=1624', // terms cited only by a query id, left for a page with a path
  'https://www.upward.com.br/es/termos-de-uso-automa%C3%A7%C3%A3o-upward', // an agency's ChatGPT set-up service
  'https://alanturing.com.br/termos-de-servico', // a marketplace of AI services
  'https://psicopilot.com/conformidade', // a compliance notice that never says AI
];

const NAMESAKES = [
  'https://www.lawdeck.com/', // beside Lawdeck
  'https://www.proplab.com/', // beside PropLab
  'https://www.numeia.es/', // beside Numeia
  'https://www.psyco.com/', // beside PsycoAI
  'https://www.roomantic.com/', // beside Roomantic
  'https://www.foodcraft.com/', // beside FoodCraft
  'https://www.photocv.com/', // beside PhotoCV.ai
  'https://www.pixexact.net/', // beside PixExact
  'https://www.konsul.com.br/', // beside Kônsul Suite
];

describe('eighteenth-session latam traps', () => {
  it('adds 18 rows, each with one domain and no prefix', () => {
    expect(regionalC18LatamTools.length).toBe(18);
    expect(regionalC18LatamTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC18LatamTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://lawdeck.ai/termos-de-uso': 'lawdeck',
      'https://app.lawdeck.ai/': 'lawdeck',
      'https://app.proplab.club/termos': 'proplab',
      'https://redacaoplay.com.br/legal/conformidade': 'redacao-play',
      'https://konsul.digital/terminos-y-condiciones': 'konsul-suite',
      'https://www.dataagreements.com/legal/en/privacy': 'data-agreements',
      'https://roomantic.app/es-uy/terms': 'roomantic-app',
      'https://app.matchsales.com.br/termos-e-politicas.html': 'match-sales-cia',
      'https://teachy.ai/ru/docs/terms': 'teachy-ai',
      'https://contableia.com.ar/en/terminos/': 'contableia',
      'https://www.ghouse.studio/termos': 'ghouse-engine',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
