// Traps beside the rows the twenty-sixth session's fifth Latin America pass added (data/regional-c26-latam5.ts): the
// ordinary sites next to each kind of AI tool it added (education ministries and universities beside the exam generator,
// health bodies and a doctors' directory beside the clinical scribe and the clinic receptionist, property portals beside
// the real-estate agent, WhatsApp and data-protection authorities beside the business agents), the shared-platform
// copies, placeholders, preview hosts and left-out hosts the pass read, and sites whose names sit close to the new
// entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { regionalC26Latam5Tools } from './data/regional-c26-latam5';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.gob.mx/sep', // Mexico's education ministry, named in examInA's terms
  'https://www.unam.mx/', // a university named in examInA's terms
  'https://www.ipn.mx/', // a polytechnic named in examInA's terms
  'https://www.minsal.cl/', // Chile's health ministry, beside Darmexa IA
  'https://www.colegiomedico.cl/', // Chile's medical college, beside Darmexa IA
  'https://www.doctoralia.com.mx/', // a doctors' directory, beside VozClinic
  'https://www.fincaraiz.com.co/', // a Colombian property portal, beside Datapeers
  'https://www.metrocuadrado.com/', // a Colombian property portal, beside Datapeers
  'https://www.sic.gov.co/', // Colombia's data-protection authority, named under Ley 1581
  'https://www.dian.gov.co/', // Colombia's tax authority, met in the searches
  'https://business.whatsapp.com/', // WhatsApp Business, beside TEFA AI and VozClinic
  'https://www.sat.gob.mx/', // Mexico's tax authority, met in the searches
  'https://www.pucp.edu.pe/en/politica-privacidad/', // a Peruvian university's policy, met in the searches
  'https://www.udep.edu.pe/en/?p=3853', // a Peruvian university's policy, met in the searches
  'https://vallartarealestateguide.com/es/proteccion-de-datos-personales-en-industrias-inmobiliarias/', // a property guide's article
  'https://www.elfinancierocr.com/tecnologia/que-plantean-tres-proyectos-de-ley-sobre/ZT3GKQ3YZ5AQBNN64NLIZNDDZE/story/', // news
];

const SHARED_PLATFORMS = [
  'https://cfdi-mexico.fly.dev/legal/privacy', // a CFDI invoicing app on a shared platform
  'https://eatfit-frontend-neylt.fly.dev/privacy-policy.html', // a food-analysis app on a shared platform
  'https://studio--orientacin-legal.us-central1.hosted.app/privacy', // a Mexican legal tool on Firebase hosting
  'https://cetca-privacy.pages.dev/privacy-policy', // a single company's WhatsApp order bot on a shared platform
  'https://moklabs-research.pages.dev/reports/security/2026-04-04-prontua-lgpd-recording-consent-comprehensive', // research notes on a shared platform
];

const LEFT_OUT = [
  'https://ajuiza.ai/privacy-policy', // "[Inserir Razão Social da Empresa]"
  'https://www.therapydesk.cl/privacidad', // "RUT [POR COMPLETAR]"
  'https://www.caliape.com/privacidad.html', // an internal beta for authorised testers
  'https://rp-web.preview.25ocho.agency/en/aviso-de-privacidad', // a preview host
  'http://callbotia.es/terms-and-conditions', // customised bots built to order
  'https://senirop.com/privacy', // a consulting company
  'https://privacidade.ecoosistema.com.br/', // a policy at a subdomain's root, no path
  'https://campus.iarepo.com/edu/trust.php?lang=en', // a school platform with optional AI suggestions
  'https://www.menosvueltas.com/privacy', // a real-estate workspace, AI not said
  'https://appme.lat/terminos-de-servicio', // a shop builder, AI not said
  'https://aprueba.pe/privacy-policy.html', // exam practice, AI not said
  'https://gestionpublicaperu.com.pe/en/privacy/', // public-budget data, AI not said
  'https://www.brand-lex.com/privacy-policies-and-personal-data-processing/?lang=en', // a trademark firm's software
  'https://empresasi.org/en/privacidad', // a foundation's AI chat
  'https://botconversa.com.br/en/terms-of-services', // WhatsApp automation, AI not said
  'https://wecomplai.com/aviso-de-privacidad/', // a compliance software notice, AI not said
  'https://smartreach.com.mx/aviso-de-privacidad', // an individual's brands and automations
  'https://hpssoftware.solutions/en/apps/lume/privacy/', // an app on a developer's general host
];

const NAMESAKES = [
  'https://www.examina.com/', // beside examInA (examina.com.mx)
  'https://www.tefa.com/', // beside TEFA AI (tefa.ai)
  'https://www.darmexa.com/', // beside Darmexa IA (darmexa.cl)
  'https://www.datapeers.com/', // beside Datapeers (datapeers.co)
  'https://www.vozclinic.mx/', // beside VozClinic (vozclinic.com)
  'https://telosgroup.com.mx/en/privacy', // another Mexican clinic receptionist whose notice does not say AI
];

describe('twenty-sixth-session fifth Latin America traps', () => {
  it('adds 5 rows, each with one domain and no prefix, in the latam region', () => {
    expect(regionalC26Latam5Tools.length).toBe(5);
    expect(regionalC26Latam5Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(regionalC26Latam5Tools.every((t) => catalogRegion(t.id) === 'latam')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC26Latam5Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(regionalC26Latam5Tools));
    expectEachClassifiedAs({
      'https://examina.com.mx/': 'examina-mx',
      'https://darmexa.cl/': 'darmexa-ia',
      'https://tefa.ai/': 'tefa-ai',
      'https://www.datapeers.co/': 'datapeers',
      'https://www.vozclinic.com/': 'vozclinic',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
