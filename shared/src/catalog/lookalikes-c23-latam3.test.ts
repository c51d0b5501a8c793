// Traps beside the rows the twenty-third session's third Latin America pass added (data/regional-c23-latam3.ts): the
// ordinary sites next to each kind of AI tool it added (WhatsApp Business, Mercado Libre, job portals, health and legal
// portals, tax authorities, exam and driving-test bodies, e-commerce platforms, telephony), the parent of the one
// claimed subdomain, the shared-platform copies and the left-out hosts the pass read, and sites whose names sit close to
// the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { regionalC23Latam3Tools } from './data/regional-c23-latam3';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://business.whatsapp.com/', // the WhatsApp Business platform, beside the WhatsApp AI agents
  'https://www.mercadolibre.com.mx/', // a marketplace, beside the AI agents for online sellers
  'https://www.mercadolibre.cl/ayuda/_2716', // a marketplace's terms met in the searches
  'https://global-selling.mercadolibre.com/help/23050', // a marketplace's terms met in the searches
  'https://www.mercadopago.com.ar/', // a payment provider, beside the Argentine and Chilean tools
  'https://www.shopify.com/', // an e-commerce platform, beside the product-sheet AI
  'https://www.twilio.com/', // a telephony API, beside the voice agents
  'https://www.computrabajo.com/', // a Latin American job portal, beside the AI recruiting tools
  'https://www.bumeran.com.ar/', // an Argentine job portal, beside the AI recruiting tools
  'https://www.infojobs.net/', // a Spanish job portal, beside the AI recruiting tools
  'https://www.minsalud.gov.co/', // the Colombian health ministry, beside the health professionals' AI
  'https://www.sic.gov.co/', // Colombia's data-protection authority, beside the Colombian AI platform
  'https://www.poderjudicial.es/', // Spain's judiciary portal, beside the legal AI
  'https://www.boe.es/', // Spain's official gazette, beside the legal and tax AI
  'https://sede.agenciatributaria.gob.es/', // the Spanish tax agency, beside the AI tax tool
  'https://www.sat.gob.mx/', // the Mexican tax authority, beside the Mexican AI agent
  'https://www.dgt.es/', // Spain's traffic authority (driving tests), beside the AI exam-study tool
  'https://administracion.gob.es/', // Spain's public-administration portal (oposiciones), beside the AI tutor
  'https://www.aepd.es/', // the Spanish data-protection agency, named in the policies read
  'https://www.impo.com.uy/', // Uruguay's legislation portal, beside the Uruguayan AI recruiting platform
  'https://collabai.ar/', // the parent of Collabai's claimed subdomain
  'https://www.collabai.ar/', // the parent of Collabai's claimed subdomain
];

const SHARED_PLATFORMS = [
  'https://brevia.pages.dev/en/articles/is-it-legal-to-automate-whatsapp-clinic-colombia', // a page on a shared platform
  'https://arewa-ai-github-io.pages.dev/policy/termsofservice', // a policy on a shared platform
  'https://nutriasoft-landing.pages.dev/en/lfpdppp', // a page on a shared platform
  'https://testautoconocimiento-com.pages.dev/en/privacy', // a policy on a shared platform
  'https://spanishtaxai.pages.dev/privacy.html', // a policy with placeholders on a shared platform
  'https://cetca-privacy.pages.dev/privacy-policy', // a single company's order bot on a shared platform
  'https://tintago-landing.pages.dev/en/privacidad', // a template notice on a shared platform
  'https://physiopro-site.pages.dev/aviso-privacidad.html', // a draft notice on a shared platform
  'https://cesarvm25.github.io/exams-legal/privacy-policy.html', // a policy on a shared platform
  'https://studio--orientacin-legal.us-central1.hosted.app/privacy', // a legal-orientation tool on a shared host
];

const LEFT_OUT = [
  'https://mediapp.ai/privacy', // a policy with placeholder tax id and phone
  'https://selectivia.es/legal/privacy.html', // a policy with "[Nombre o razón social]"
  'https://transcribenode.com/legal.html', // a policy with "{{cuit}}" template fields
  'https://www.fase0.infinitumjobs.com/legal/privacy.php?lang=en', // a policy with "[LEGAL ENTITY TBD]"
  'https://www.14trees.ai/privacy', // a policy with template fields
  'https://www.repik.app/en/legal/cfdi-disclosure', // a disclosure with "[ENTITY_NAME]"
  'https://agentmetrics.co/legal/privacy', // a WhatsApp assistant whose policy does not say AI
  'https://keebai.com/en/privacy', // a conversation platform whose policy does not say AI
  'https://guacamaia.datascination.co/en/terms/', // meeting summaries, AI only in the brand name
  'https://tutorali.cl/politicas-de-privacidad', // exam simulations whose policy does not say AI
  'https://digichanges.com/en/privacy-policy', // a policy that does not say AI
  'https://docs.voiceb.ai/legal-and-compliance/data-processing-agreement', // a DPA that does not say AI
  'https://leximaro.com/en/privacy', // a policy that does not say AI
  'https://www.auco.ai/en/tyc-politics/', // a document-management policy that does not say AI
  'https://snaphouse.dev/en/terms-and-conditions/', // an AI tool that names no country
  'https://transcriptfy.com/privacy', // an AI tool that names no country
  'https://bektor.ai/legal/privacy-policy', // AI agents configured for business clients, a service firm
  'https://gori.dev/en/privacy', // a software studio
  'https://www.elparquefactory.com/en/ernesto/privacy/', // a WhatsApp assistant on a software factory's site
  'https://www.asistian.com/privacy-policy', // a CRM, AI not its product
  'https://thenls.com/es/terms', // a property network, AI one feature
  'https://genesisbusiness.net/en/terminos', // an ERP with AI among its services
  'https://ensename.us/?p=1278', // a bare `?p=` page
  'https://image.cheap/?p=805', // a bare `?p=` page
  'https://cvapp.v2.mpapps.club/privacy-policy', // a mobile-only CV app
];

const NAMESAKES = [
  'https://www.paola.com/', // beside PAOLA (paola.software)
  'https://www.agentsapp.com/', // beside AgentsApp (agentsapp.ar)
  'https://www.vendaq.cl/', // beside VENDAQ (vendaq.com)
  'https://www.sgventas.com/', // beside Sg Sales (sg-ventas.com)
  'https://www.agenteuno.com/', // beside AgenteUno (agenteuno.ai)
  'https://www.vokalis.com/', // beside Vokalis (vokalis.ai)
  'https://www.voz.com/', // beside voz.ag
  'https://www.pia.ai/', // beside PIA (meetpia.ai)
  'https://www.telepatia.com/', // beside Telepatía (telepatia.ai)
  'https://www.adoia.com/', // beside ADOIA (adoiaproject.com)
  'https://www.aitax.com/', // beside Aitax (aitax.es)
  'https://www.oposilab.com/', // beside Oposilab (oposilab.es)
  'https://www.aipuly.es/', // beside LicenciaAI (aipuly.com)
  'https://www.butterfly.pro/', // beside ButterflAI Art (butterflai.pro)
  'https://www.aipostlab.com/', // beside AiPostsLab (aipostslab.com)
  'https://www.edolls.com/', // beside E-DOLLS (edolls.cc)
  'https://www.klipwise.com/', // beside Klipwise (klipwise.app)
  'https://www.aiquid.es/', // beside AIQuid (aiquid.com)
];

describe('twenty-third-session Latin America (latam3) traps', () => {
  it('adds 19 rows, each with one domain and no prefix, in the latam or europe region', () => {
    expect(regionalC23Latam3Tools.length).toBe(19);
    expect(regionalC23Latam3Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(regionalC23Latam3Tools.every((t) => ['latam', 'europe'].includes(catalogRegion(t.id) ?? ''))).toBe(
      true,
    );
    expect(regionalC23Latam3Tools.filter((t) => catalogRegion(t.id) === 'europe').length).toBe(12);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC23Latam3Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their www forms', () => {
    expectEachClassifiedAs({
      'https://paola.software/privacy': 'paola-software',
      'https://agentsapp.ar/en/privacy-policy': 'agentsapp-ar',
      'https://vendaq.com/en/privacy': 'vendaq',
      'https://sg-ventas.com/privacy-en': 'sg-sales',
      'https://agenteuno.ai/en/privacy': 'agenteuno',
      'https://vokalis.ai/privacy': 'vokalis-ai',
      'https://www.voz.ag/en/privacy': 'voz-ag',
      'https://meetpia.ai/privacy': 'pia-neuralis',
      'https://recruit.collabai.ar/en/legal/privacy': 'collabai-hiring',
      'https://www.telepatia.ai/en/politica-de-privacidade': 'telepatia-ai',
      'https://adoiaproject.com/en/aviso-legal': 'adoia',
      'https://aitax.es/en/guides/seguridad-ia-impuestos': 'aitax-es',
      'https://www.oposilab.es/en/privacy': 'oposilab',
      'https://aipuly.com/privacy': 'licenciaai-aipuly',
      'https://butterflai.pro/en/terms-and-conditions': 'butterflai-art',
      'https://www.aipostslab.com/en/privacy': 'aipostslab',
      'https://edolls.cc/legal/terms-and-conditions': 'e-dolls',
      'https://klipwise.app/privacy': 'klipwise',
      'http://aiquid.com/toc.php': 'aiquid',
    });
  });

  it('leaves general sites, the parent, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
