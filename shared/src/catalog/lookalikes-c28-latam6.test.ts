// Traps beside the rows the twenty-eighth session's sixth Latin America pass added (data/regional-c28-latam6.ts): the
// ordinary sites next to each kind of AI tool it added (payment platforms and open-finance bodies beside the finance
// assistant, fitness-software and personal-trainer platforms beside the three fitness products, WhatsApp-messaging
// services beside the business agent, news and tax sites met in the searches), the shared-platform copies, developer
// hosts, placeholders and left-out hosts the pass read, and sites whose names sit close to the new entries. None of
// them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { regionalC28Latam6Tools } from './data/regional-c28-latam6';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.hotmart.com/legal/en/payments-policy/br', // the infoproduct platform whose payment wording a query used
  'https://kiwify.com/terms-of-use/', // an infoproduct checkout platform, met in the searches
  'https://mercadopago.com.ar/ayuda/terms-conditions_633', // the payment service, met in the searches
  'https://www.mercadopago.com.mx/ayuda/terms-conditions_718', // the payment service in Mexico, beside SourcingHub
  'https://www.bancopan.com.br/blog/publicacoes/imposto-de-renda-2021-ferramenta-tira-duvidas.htm', // a bank's blog, beside Aizen
  'https://exame.com/tecnologia/deixou-para-declarar-o-ir-na-ultima-hora-essa-inteligencia-artificial-pode-te-ajudar', // news on Deduz.ai
  'https://elicitacao.com.br/2025/11/21/inteligencia-artificial-em-licitacoes', // a procurement blog
  'https://www.personalgo.com/terms-of-use', // a platform linking trainees and personal trainers, beside Rai and Nina
  'https://trainifyapp.com.br/termos', // training-prescription software for trainers, beside FitRetention AI
  'https://app.reavit.com.br/termos-de-uso', // trainers' workout-delivery software, beside FitRetention AI
  'https://www.guia.vet/politica-de-privacidade', // a veterinary marketplace, met in the searches
  'https://autocond.com.br/PoliticaPrivacidade', // condominium access-control software, met in the searches
  'https://carvia.app.br/pt-br/termos', // a car-trade listings platform, met in the searches
  'https://siodonto.com.br/blog/p/copilotos-de-ia-na-odontologia-apoio-real-na-hora-da-decisao', // a dental-software blog on AI in general
  'https://www.talkwcarina.com/en/terms', // recorded English lessons, no AI said
];

const SHARED_PLATFORMS = [
  'https://licitagov.pages.dev/termos-de-uso', // a procurement-monitoring tool on a shared platform
  'https://biblejesus-web.pages.dev/privacy', // a Bible chat app's policy on a shared platform
  'https://mayahub.mintlify.app/ai-assistants/settings/general', // a voice-agent vendor's docs on a shared docs host
  'https://grazeer.notion.site/Pol-tica-de-Privacidade-3a74e536252a4c5d8d97b7a1a4d16cc9', // a policy on a shared platform
  'https://trainer-gym-ai.iagocavalcante.com/pt-BR/terms', // an app on a developer's personal host
  'https://jeanrobert.dev/policies/supanator.txt', // an app on a developer's personal host
  'https://esthom.duckdns.org/es/politica_privacidad', // a brokerage policy full of "[pendiente]" on a dynamic-DNS host
];

const LEFT_OUT = [
  'https://walter.lat/politica-de-privacidad', // a restaurant WhatsApp assistant whose policy does not say AI
  'https://www.mesabot.es/privacidad', // a restaurant booking bot whose policy does not say AI
  'https://glaenterprise.com/privacy-policy', // a restaurant WhatsApp chatbot, no AI said
  'https://www.whatbot.pe/politicas-de-privacidad', // a restaurant platform, no AI said
  'https://nexischat.io/pt/terms-of-service', // a WhatsApp productivity tool, no AI said
  'https://nitzap.com/en/terms', // a WhatsApp–Salesforce connector
  'https://conectiachat.integrationit.co/terminos', // an omnichannel inbox for human agents
  'https://www.gestaoconectaai.com/privacy-policy', // a management platform whose policy does not say AI
  'https://operforma.com/en/privacidade/', // a revenue report, no AI said
  'https://www.dungeongymapp.com/terms-of-service', // a gamified workout log, AI-generated content one of five features
  'https://painel.petvetcloud.com.br/index.php/contrato/termos', // veterinary management, AI reports only planned
  'https://app.iafinanceira.com/termos-e-politicas/termos-de-uso', // a course platform
  'https://superhumano.academy/terms-of-use', // a Portuguese course platform
  'https://scribo.vip/userTerms.html', // a notes app, no AI said
];

const NAMESAKES = [
  'https://www.rai.it/', // the Italian broadcaster, beside Rai (rai.fit)
  'https://www.nina.com.br/', // beside Nina (oinina.com), not read
  'https://www.nexus.com.br/', // beside ZapIa Nexus (zapianexus.com.br), not read
];

describe('twenty-eighth-session sixth Latin America traps', () => {
  it('adds 6 rows, each with one domain and no prefix, in the latam region', () => {
    expect(regionalC28Latam6Tools.length).toBe(6);
    expect(regionalC28Latam6Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(regionalC28Latam6Tools.every((t) => catalogRegion(t.id) === 'latam')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC28Latam6Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(regionalC28Latam6Tools));
    expectEachClassifiedAs({
      'https://www.aizen.io/': 'aizen-zen',
      'https://rai.fit/en/privacy-policy': 'rai-fit',
      'https://oinina.com/': 'nina-oinina',
      'https://www.fitretentionai.com.br/': 'fitretention-ai',
      'https://zapianexus.com.br/': 'zapia-nexus',
      'https://www.sourcinghub.app/': 'sourcinghub-mx',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
