// Traps beside the rows the twenty-second session's Brazil and Portugal pass added (data/regional-c22-brazil.ts): the
// ordinary sites next to each kind of AI tool it added (WhatsApp Business, Brazilian messaging and telephony
// providers, a CRM, property portals, legal portals and bar associations, a medical council and a hospital, the ANPD,
// Portugal's bar and digital-identity portal), the shared-platform copies and the left-out hosts the pass read, and
// sites whose names sit close to the new entries. None of them may classify; every new host must reach its own entry.
//
// At the merge of the twenty-second session: www.laudos.ai (Laudos.AI) was listed from the vendor's own page
// (data/long-tail-c22-mergefix.ts), so its trap was dropped.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { regionalC22BrazilTools } from './data/regional-c22-brazil';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://business.whatsapp.com/', // the WhatsApp Business platform, beside the WhatsApp AI assistants
  'https://www.zenvia.com/', // a Brazilian messaging provider, beside the WhatsApp assistant and voice agents
  'https://www.twilio.com/', // a telephony API, beside the AI voice agents
  'https://www.pipedrive.com/', // a sales CRM, beside the voice agents
  'https://www.quintoandar.com.br/', // a rental platform, beside the real-estate assistant
  'https://www.zapimoveis.com.br/', // a property portal, beside the real-estate assistant
  'https://www.vivareal.com.br/', // a property portal, beside the real-estate assistant
  'https://www.jusbrasil.com.br/', // a legal portal (its ia. host is a listed tool), beside the legal AI agents
  'https://www.oab.org.br/', // the Brazilian bar, beside the legal AI agents
  'https://www.cnj.jus.br/', // the National Council of Justice, beside the legal AI agents
  'https://portal.cfm.org.br/', // the Federal Council of Medicine, beside the medical-record audit
  'https://www.hospitalalbert.einstein.br/', // a hospital, beside the medical-record audit
  'https://www.gov.br/anpd/pt-br', // the data-protection authority named in every policy read
  'https://www.mercadolivre.com.br/', // a marketplace met in the searches
  'https://portal.oa.pt/', // the Portuguese bar, beside the Portuguese law-practice platform
  'https://www.autenticacao.gov.pt/', // Portugal's digital-identity portal, named in LexIA's policy
];

const SHARED_PLATFORMS = [
  'https://digitaljus-app-br.pages.dev/politica-privacidade.html', // a policy on a shared platform
  'https://veredito-site.pages.dev/politicas-de-privacidade', // a policy on a shared platform
  'https://documentoia.pages.dev/privacidade', // a policy on a shared platform
  'https://licitagov.pages.dev/termos-de-uso', // terms on a shared platform
  'https://iawiki-wiki-br.pages.dev/aplicacoes-por-dominio/juridico', // a wiki on a shared platform
  'https://moklabs-research.pages.dev/reports/security/2026-04-04-prontua-lgpd-recording-consent-comprehensive', // a report on a shared platform
  'https://vocaire.notion.site/Terms-and-Conditions-6e0d28d0307f4739a9e9179038f78dda', // terms on a shared platform
];

const LEFT_OUT = [
  'https://opusapp.com.br/privacy', // a policy that never says what the product does with AI
  'https://fabricaposts.com/en/legal/privacy', // "generations" only, no AI named
  'https://leilo.ai/privacy', // an auction-analysis policy that does not say AI
  'https://usecontai.com/terms', // personal-finance terms that do not say AI
  'https://imobgo.app/en/data-protection', // a brokers' platform page that does not say AI
  'https://psicopilot.com/conformidade', // a compliance notice that does not say AI
  'https://chatsense.app/en/privacy', // an omnichannel CRM, AI one feature
  'https://automapost.naveo.com.br/privacy-policy', // a social-media scheduler, AI one feature
  'https://www.lilasaude.com.br/politica-de-ia', // a health platform's suggested replies, AI one feature
  'https://ajuda.brainlaw.com.br/pol%C3%ADtica-de-servi%C3%A7os-por-consumo', // legal case management, AI one feature
  'https://news.hidoctor.com.br/p/1495050/ia-no-consultorio-dia-a-dia-atendimento-medico.htm', // an EHR's news site
  'https://www.animati.com.br/ia-lgpd-seguranca-digital-radiologia-animati', // a radiology PACS vendor's article
  'https://platform.dev.nixzap.com.br/terms-of-service/pt', // a development host
  'https://bead.com.br/politica/politica-de-privacidade.html', // a template with placeholders
  'https://matrixgo.ai/como-implementar-agentes-whatsapp-em-conformidade-com-lgpd', // seen only in a guide
  'https://blog.vocaliza.app/posts/lgpd-e-ia-compliance-conversacional', // seen only on its blog
  'https://aiplug.in/artigos/transcricao-medica-lgpd-telemedicina.html', // seen only in a guide
  'https://neuralsaude.com.br/?p=3890', // a health-AI blog
  'https://pertodaqui.pt/en/privacy', // a digital agency
  'https://www.naosomosai.com/en/privacy', // an AI agency
  'https://portial.pt/privacy', // an AI consultancy
  'https://seniorgpt.app/pt/privacidade', // a voice assistant whose country the page does not name
  'https://fguimaraesadv.com/politica-de-uso-de-inteligencia-artificial-ia', // a law firm's AI-use policy
  'https://horadoenem.org.br/aplicativo/politica', // a public broadcaster's ENEM app
];

const NAMESAKES = [
  'https://www.turing.com/', // beside Turing (turing.com.br)
  'https://www.linx.com.br/', // beside My AIssistant's operator Linx Softwares
  'https://www.lexia.com/', // beside LexIA (lexia.pt)
];

describe('twenty-second-session Brazil and Portugal (brazil) traps', () => {
  it('adds 7 rows without prefixes, six in latam and one in europe', () => {
    expect(regionalC22BrazilTools.length).toBe(7);
    expect(regionalC22BrazilTools.every((t) => t.urlPrefixes.length === 0)).toBe(true);
    expect(regionalC22BrazilTools.filter((t) => catalogRegion(t.id) === 'latam').length).toBe(6);
    expect(catalogRegion('lexia-pt')).toBe('europe');
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC22BrazilTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://getmyaissistant.com/en/privacy': 'my-aissistant',
      'https://omeuauxiliar.com/': 'my-aissistant',
      'https://lugui.ai/en/privacy-policy/': 'lugui-ai',
      'https://turing.com.br/en/terms-of-use': 'turing-legal-br',
      'https://app.turing.com.br/': 'turing-legal-br',
      'https://drauditoria.com/privacy.html': 'dr-auditoria',
      'https://www.pipevoz.com/en/terms': 'pipevoz',
      'https://app.tropicall.ai/terms-of-service': 'tropicall',
      'https://www.lexia.pt/politica-de-privacidade': 'lexia-pt',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
