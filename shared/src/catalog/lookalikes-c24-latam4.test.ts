// Traps beside the rows the twenty-fourth session's fourth Latin America pass added (data/regional-c24-latam4.ts): the
// ordinary sites next to each kind of AI tool it added (health ministries and councils, courts and gazettes, tax
// authorities, a marketing platform, payment providers and marketplaces met in the searches), the placeholder pages,
// agencies, one-feature products, single-company bots, lenders, clinics, law firms and news the pass read and left out,
// the shared-platform copies, and sites whose names sit close to the new entries. None of them may classify; every new
// host must reach its own entry. The leads the header names (ContaGPT, Nolvira AI, Facilab, XELIA, IcloneU and others)
// are not trapped, so that a later pass can list them.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { regionalC24Latam4Tools } from './data/regional-c24-latam4';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.minsalud.gov.co/', // the Colombian health ministry, beside Dok
  'https://www.salud.pr.gov/', // Puerto Rico's health department, beside MedScribe AI
  'https://www.organojudicial.gob.pa/', // Panama's judiciary, beside Jurídica
  'https://www.gacetaoficial.gob.pa/', // Panama's official gazette, beside Jurídica
  'https://www.leon.gob.mx/', // the city of León, where Ponuz's controller lives
  'https://website.cfo.org.br/', // Brazil's federal dental council, beside OpenLabADT
  'https://www.rdstation.com/', // a Brazilian marketing platform, beside PUPILA
  'https://www.sat.gob.mx/', // the Mexican tax authority, beside the left-out tax assistants
  'https://www.dian.gov.co/', // the Colombian tax authority, met in the searches
  'https://www.mercadopago.com.mx/ayuda/terminos-y-condiciones-point_1772', // a payment provider's terms
  'https://mercadopago.com.mx/ayuda/17221', // a payment provider's help page on automated decisions
  'https://global-selling.mercadolibre.com/privacy', // a marketplace's privacy centre
  'https://www.mercadolibre.com.mx/ayuda/16393', // a marketplace's catalogue terms
  'https://www.ambito.com/novedades-fiscales/profesionales-ia-incumbencias-etica-y-publicidad-enganosa-n6214707', // news
  'https://ambitojuridico.com/noticias/tributario/tributario-y-contable/naturaleza-juridica-de-los-contratos-con-proveedores-de', // news
  'https://planoinformativo.com/1104608/ayuda-ia-a-profesionales-del-derecho', // news
  'https://www.mobiletime.com.br/?p=836618', // news on Mercado Livre's own AI
  'https://talamobile.mx/contrato-de-apertura-de-credito-revolvente/', // a lender's contract
  'https://creditumex.com/privacidad', // a lender's policy with a bracketed controller
  'https://infotilo.com/cl/terms', // a Chilean crowdlending platform
  'https://bitsaving.pe/notice/terms', // a Peruvian crypto-savings platform
  'https://www.safemobility.com.mx/terms', // a Mexican transport platform
  'https://acafor.com/en/terms', // an Argentine general site
  'https://www.dynamo-mobile.com/terms-and-conditions', // an Argentine general site
  'https://drespinosacustodio.com/en/privacy-policy/privacy-policy-mexico', // a clinic
  'http://hls.com.mx/notice.html', // a hospital
  'https://molarhouse.com/privacy-notice/', // a dental clinic
  'https://vahg.mx/en/portfolio/artificial-intelligence-in-legal-practice-the-real-risk-is-legal-not-technological/', // a law firm
  'https://www.anguitaosorio.cl/en/ia-empresa/', // a law firm
  'https://lex-lawyers.com/LAW/1-en/Chile/Artificial-Intelligence-Lawyer-in-Chile.html', // a law firm
];

const SHARED_PLATFORMS = [
  'https://arewa-ai-github-io.pages.dev/policy/termsofservice', // a policy on a shared platform
  'https://studio--jurisdictio-8316b.us-central1.hosted.app/terms', // Jurisdictio's terms on a Firebase host
  'https://teledipity-e6ae1b-38d20908852b3709a6639.webflow.io/terms-and-conditions', // a copy of terms on webflow.io
  'https://gaudy-copper-e0c.notion.site/Subprocessors-1358211ec9e080bda220d4ac4706b2ed', // ChattyAI's subprocessors
  'https://ghost-ghost.ruv2hc.easypanel.host/lgpd-ia-protecao-dados', // a blog on a shared host
  'https://imagendelgolfo.azurewebsites.net/columnas/cafe-jarocho-el-sat-inteligente/50682047', // news on a shared host
  'http://cecafi1.blogspot.com/2025/09/la-revolucion-silenciosa-como-la.html', // a blog
  'http://rguillencordero.blogspot.com/2025/04/abogados-vs-algoritmos-la-ia-sacude-el.html', // a blog
];

const LEFT_OUT = [
  'https://digiallpa.com/en/privacy/', // "Lorem Ipsum" over the policy
  'https://template.natuleadan.com/en/pages/data', // "[Company Name]"
  'https://chatbot.eyratech.com/company/privacy-policy', // "[COMPANY NAME]"
  'https://ibsdex.com/es/privacy', // a template policy
  'https://catalizadora.ai/blog/ia-y-secreto-medico-en-consultorio-mexicano-en', // an agency's blog
  'https://automatizalatam.com/en/privacy', // an agency
  'https://www.aidatasolutions.co/pti?hsLang=en', // AI as a service for clients
  'https://invisiongo.com/politica-privacidad', // an agency
  'https://xendigital.com.co/en/politica-privacidad', // a software house
  'https://www.kudaw.com/terminos', // a consultancy
  'https://dashboard.touchworks.com.br/termsandprivacy', // a consultancy's contract template
  'https://www.passosconsultoria.com.br/en/termos', // a consultancy
  'https://mediavox.co/mvdevportal/terms', // a product suite, left out by earlier passes
  'https://kyzen.live/en/terms', // a WhatsApp CRM, AI one feature
  'https://autocloser.com.br/terms-conditions', // a legal CRM, AI one feature
  'https://chatsense.app/en/terms', // an omnichannel CRM, AI one feature
  'https://lexaiapp.cloud/terms', // legal practice management, AI one feature
  'https://nuberest.pe/en/terminos-y-condiciones/', // restaurant software, no AI
  'https://usecontai.com/terms', // personal finance, no AI said
  'https://conformidoc.com/politica_de_privacidade', // reconciliation software, AI not the product
  'https://psicodoc.com.br/privacidade', // document management for psychologists, no AI said
  'https://www.maisterapias.com.br/politicas-de-privacidade/', // a therapy platform, no AI said
  'https://www.legalpo.cl/politicas-privacidad', // a legal site whose policy does not say AI
  'https://ana.care/en/legales', // a notice that does not say AI
  'https://www.elparquefactory.com/en/ernesto/privacy/', // a single-company bot
  'https://ajphygitalgroup.com/privacy-policy.html', // a single-company bot
  'https://elgueydelcalzado.com/pages/politica-de-uso-de-el-guey-ai-bot-de-egdc', // a store's bot
  'https://www.accountfy.com/?p=780', // a `?p=` page
  'https://mydoctoria.com.br/?p=159', // a `?p=` page
];

const NAMESAKES = [
  'https://dok.com/', // beside Dok (dok.lat)
  'https://www.medscribe.com/', // beside MedScribe AI (medscribepr.com)
  'https://www.borinquenhealth.org/', // beside Borinquen Health Tech, MedScribe AI's operator
  'https://www.juridica.com/', // beside Jurídica (juridicapanama.com)
  'https://www.ponus.com/', // beside Ponuz
  'https://www.pupila.com.br/', // beside PUPILA (pupila.ai)
  'https://www.openlab.com/', // beside OpenLabADT
  'https://www.witboard.com/', // beside WitBoardAI
];

describe('twenty-fourth-session Latin America (latam4) traps', () => {
  it('adds 7 rows, each with one domain and no prefix, in the latam region', () => {
    expect(regionalC24Latam4Tools.length).toBe(7);
    expect(regionalC24Latam4Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(regionalC24Latam4Tools.every((t) => catalogRegion(t.id) === 'latam')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC24Latam4Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their www forms', () => {
    expectEachClassifiedAs(sourceUrls(regionalC24Latam4Tools));
    expectEachClassifiedAs({
      'https://www.dok.lat/es/terminos': 'dok-lat',
      'https://juridicapanama.com/docs/credits': 'juridica-panama',
      'https://ponuz.com/privacy': 'ponuz',
      'https://pupila.ai/': 'pupila-ai',
      'https://openlabadt-ai.com/privacy': 'openlabadt',
      'https://www.witboardai.com/legal/terms': 'witboardai',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
