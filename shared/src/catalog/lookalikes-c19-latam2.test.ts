// Traps beside the rows the nineteenth session's second Latin America pass added (data/regional-c19-latam2.ts): the
// ordinary sites next to each kind of tool (legal databases, parliaments, doctor directories and health records,
// question banks and school content, stock images, calorie trackers, messaging and CRM platforms), the maker's host
// whose AI product alone is claimed, the left-out hosts and shared-platform copies the pass read, and sites whose names
// sit close to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { regionalC19Latam2Tools } from './data/regional-c19-latam2';

const GENERAL_SITES = [
  'https://www.jusbrasil.com.br/', // a case-law database; only its ia. subdomain is an AI entry
  'https://www.camara.leg.br/', // Brazil's Chamber of Deputies, beside Parlamento.ai
  'https://www.senado.leg.br/', // Brazil's Senate, beside Parlamento.ai
  'https://www.camara.cl/', // Chile's Chamber of Deputies, beside Parlamento.ai
  'https://www.doctoralia.com.br/', // a doctor directory, beside the AI scribes
  'https://www.iclinic.com.br/', // a health-record system, beside Voa and Simple One Med
  'https://www.qconcursos.com/', // a question bank written by people, beside QProva and Ensinia
  'https://www.todamateria.com.br/', // school content, beside Letrus
  'https://www.shutterstock.com/', // stock photos, beside StillEdit and PixelForge AI
  'https://www.myfitnesspal.com/', // a calorie tracker, beside VoxFood
  'https://www.zenvia.com/', // a messaging platform, beside intuIA.ai and Scarlett
  'https://www.rdstation.com/', // a marketing CRM, beside the conversation agents
];

const MAKERS = [
  'https://integrationit.co/', // Integration IT's own host; only intuia.ai is claimed
  'https://conectiachat.integrationit.co/terminos', // the same maker's human-agent inbox, no AI in its terms
];

const SHARED_PLATFORMS = [
  'https://veredito-site.pages.dev/politicas-de-privacidade', // a legal AI's policy on pages.dev
  'https://digitaljus-app-br.pages.dev/politica-privacidade.html', // court AI tools on pages.dev
  'https://studio--orientacin-legal.us-central1.hosted.app/privacy', // a Mexican legal-guidance app on Firebase hosting
  'https://studio--mavix-chat-web.us-central1.hosted.app/termos-de-uso', // a chat platform on Firebase hosting
  'https://eatfit-frontend-neylt.fly.dev/privacy-policy.html', // a nutrition-photo app on fly.dev
  'https://arewa-ai-github-io.pages.dev/policy/termsofservice', // a Mexican AI cloud's terms on pages.dev
  'https://synodos-xyz.pages.dev/terms', // an automation SaaS with an AI consultant on pages.dev
  'https://vocaire.notion.site/Terms-and-Conditions-6e0d28d0307f4739a9e9179038f78dda', // a scribe's terms on notion.site
  'https://sites.google.com/view/nutrifocusapp/inicio', // a calorie app's policy on Google Sites
];

const LEFT_OUT = [
  'https://stag.historiadesenhada.com.br/termos', // a staging host whose terms never say AI
  'https://www.finsium.com/terminos-y-condiciones', // BI software with an AI engine among its features
  'https://www.airie.io/utility-pages/terms-conditions', // a customer-service CRM, no word of AI
  'https://aistra.com.ar/legal/terminos-y-condiciones', // query routing with no word of AI
  'https://www.sarah.ar/terms', // terms that never say what the software does
  'https://secretariaplus.com.br/termosdeuso', // automatic replies with no word of AI
  'https://www.sinapsysapp.com.br/termos-de-uso', // clinic management with a transactional bot
  'https://voceconcursado.com.br/minhas-correcoes/correcoes-ia/', // a course site's AI correction for its students
  'https://loja.top/terms-of-service', // e-commerce services with a chatbot among them
  'https://www.centralserver.com/chatbots-terms-of-use/', // a hosting company's site chatbots
  'https://skyzer.co/terminos', // automation and AI services for clients
  'https://othalan-academy-backend.prod.helixsoft.co/terminos-y-condiciones-de-helix-software-sas/', // a consultancy
  'https://www.agentsmith.agency/en/terms', // an agency that builds AI agents
  'https://gnnais.com.br/termos-de-uso.html', // terms with no word of AI
  'https://www.rsvortex.com/termos-de-servico', // an ads manager with no word of AI
  'https://assets2.gestmkt.com.br/terms', // a social-post scheduler with no word of AI
  'https://www.velvion.com.br/termos-e-condicoes', // a health platform with no word of AI
  'https://www.stellasaude.com.br/termos-de-uso', // satisfaction surveys for clinics
  'https://www.maisterapias.com.br/termos-de-uso', // therapy records with no word of AI
  'https://duvidajuridica.com.br/politicas-e-termos', // legal information and case search
  'https://texpa.com.br/en/pages/politica-de-privacidade-app', // petition templates written by people
  'https://concurso.policontecnologia.com.br/termos-uso.php', // a civil-service exam portal
  'https://www.alunoapplicado.com.br/privacidade', // a maths app with no word of AI
  'https://educacaotecnologia.com.br/politica-de-privacidade', // a policy with a placeholder company name
  'https://www.justto.com.br/tos', // a lawyer-matching platform
  'https://www.homeschoolingespecial.com/politicas-de-ia/', // a content site's AI-use policy
  'https://www.kudaw.com/terminos', // a consultancy's general terms
  'https://allaimed.criaincubator.com.br/terms', // an incubator-hosted app's template terms
  'https://www.manuelabalenpandolfo.com/termos-de-uso.html', // a dental clinic's WhatsApp terms
];

const NAMESAKES = [
  'https://www.parlamento.pt/', // Portugal's parliament, beside Parlamento.ai
  'https://letrus.com/', // beside Letrus (letrus.com.br)
  'https://www.pixelforge.com/', // beside PixelForge AI (pixelforge.vip)
  'https://www.intuia.com/', // beside intuIA.ai
  'https://www.ensinia.com/', // beside Ensinia (ensinia.com.br)
  'https://stilledit.com/', // beside StillEdit (stilledit.pro)
  'https://voxfood.pt/', // beside VoxFood (voxfood.com)
];

describe('lookalikes beside the second Latin America pass (nineteenth session)', () => {
  it('adds 13 rows, none with a prefix', () => {
    expect(regionalC19Latam2Tools.length).toBe(13);
    expect(regionalC19Latam2Tools.every((tool) => tool.urlPrefixes.length === 0)).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC19Latam2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://docs.voa.health/integracao/iframe/instalacao': 'voa-health',
      'https://integration.voa.health/embed': 'voa-health',
      'https://faq.letrus.com.br/': 'letrus',
      'https://www.qprova.com/en/terms': 'qprova',
      'https://www.intuia.ai/en/legal/terms': 'intuia-ai',
      'https://www.vaivaichat.org/pt/legal/terms-of-service': 'vai-vai-chat',
    });
  });

  it("leaves general sites, the maker's hosts, shared platforms, left-out hosts and namesakes unclassified", () => {
    expectNoneClassified([...GENERAL_SITES, ...MAKERS, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
