// Traps beside the rows the twenty-second session's second CIS pass added (data/regional-c22-cis2.ts): the ordinary
// sites next to each kind of AI tool it added (marketplaces and their seller portals, a job portal, Kazakh and Uzbek
// portals, the 1C platform and cloud, CRMs, a meeting platform, a standards agency, a payment provider), the
// shared-platform copies and the left-out hosts the pass read, and sites whose names sit close to the new entries.
// None of them may classify; every new host and every cited page must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { regionalC22Cis2Tools } from './data/regional-c22-cis2';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.wildberries.ru/', // a marketplace, beside the Wildberries description and review tools
  'https://seller.wildberries.ru/', // Wildberries' seller portal, met in the searches
  'https://www.ozon.ru/', // a marketplace, beside the Ozon description writer
  'https://docs.ozon.ru/legal/terms-of-use/site/ozon-generation', // Ozon's own generation terms, an AI feature of a marketplace
  'https://hh.ru/', // a job portal, beside the job-search assistant
  'https://nn.hh.ru/article/25726', // a job-portal article met in the searches
  'https://kaspi.kz/', // a Kazakh marketplace and bank, beside the Kazakh tools
  'https://guide.kaspi.kz/partner/ru/zhuma/connection/q2188', // Kaspi's partner guide, met in the searches
  'https://yoomoney.ru/', // a Russian payment provider named in the terms read
  'https://1c.ru/', // the 1C accounting platform, beside the 1C AI agents
  'https://42clouds.com/', // the 1C cloud whose AI service Neuro42 is, not claimed
  'https://lex.uz/', // Uzbekistan's legislation portal, beside the Uzbek legal AI
  'https://uzinfocom.uz/', // uHamkor's operator, a general IT company
  'https://www.avito.ru/', // a classifieds site met in the searches
  'https://www.cian.ru/', // a property portal met in the searches
  'https://zoom.us/', // a meeting platform, beside the tutors' lesson transcriber
  'https://tilda.cc/terms/generative-ai/', // a website builder's generative-AI terms, an AI feature
  'https://www.bitrix24.ru/', // a CRM, beside the chat-bot builders and agents
  'https://www.amocrm.ru/', // a CRM, beside the chat-bot builders and agents
  'https://www.kommo.com/', // a CRM, beside the chat-bot builders and agents
  'https://www.rst.gov.ru/', // Russia's standards agency, beside the GOST documentation generator
  'https://www.gov.ge/', // Georgia's government portal, beside the Tbilisi AI platforms
  'https://astanahub.com/', // Kazakhstan's tech hub, beside the Kazakh AI tools
  'https://egov.kz/', // Kazakhstan's e-government portal, beside the Kazakh AI tools
  'https://www.youtube.com/', // a video platform, beside the short-video content factory
];

const SHARED_PLATFORMS = [
  'https://sites.google.com/view/opora-ua/privacy-policy-en', // a policy or page on a shared platform
  'https://deep-assistant.github.io/agreement/en/terms-of-use.html', // a policy or page on a shared platform
  'https://monday4me.notion.site/4ebbb103be2c457b9fa15ea910dc90ca', // a policy or page on a shared platform
  'https://frontend-basics.blogspot.com/', // a policy or page on a shared platform
  'https://docs.google.com/document/d/e/2PACX-1vSM5opDoUsQd0WuH6-w70N5GS6ThjH6PnQCep1_nUD4VAJPNfr1vC4OIkr_Bw3N5C0KaiSS72XQ0Vca/pub?embedded=true', // a policy or page on a shared platform
];

const LEFT_OUT = [
  'https://perenesi.ru/useragreement', // card transfer between marketplaces, no AI
  'https://www.mpmind.ru/docs/reviews-unanswered', // review auto-replies as one module beside a WMS
  'https://otveto.ru/blog/kak-servis-otveto-pomogaet-v-borbe-za-koronu-prodavtsa/', // seen only on its blog
  'https://neirosova.ru/legal/privacy-policy', // a policy that does not say AI
  'https://preprod.generilla.ru/pages/legal/privacy', // a staging host
  'https://stacyflow.ru/en/legal-terms', // made-to-order AI visuals, a service seller
  'https://www.ip2.ru/offer.html', // an integrator selling AI projects
  'https://aiq.agency/en/terms-of-use', // a Ukrainian AI agency and prompt shop
  'https://clicknsub.com/en/page/terms', // terms that do not say AI
  'https://iqbid.ai/terms', // names no country
  'https://ailaw.ge/ailaw', // an online legal-services firm
  'https://www.aisitec.com/en/terms-and-conditions', // terms that do not say AI
  'https://partners-staging.sivrce.ai/en/partner-terms', // a staging host
  'https://api.tingla.ai/privacy-policy', // an audiobook platform, no AI said
  'https://aico.uz/terms-conditions', // an AI agency
  'https://aww.kz/en/terms', // a Kaspi repricer, AI only in the name
  'https://www.cube-demper.shop/terms', // a Kaspi repricer, no AI said
  'https://xtrack.kz/terms', // Kaspi analytics, no AI said
  'https://www.karmon.ai/public-offer', // a finance app, AI only in the name
  'https://www.tomni.ru/en/privacy', // a family app with an AI mentor feature
  'https://botvasya.ru/privacy.html', // a policy that does not say AI
  'https://aiprotocol.ru/confpolitika', // a policy that does not say AI
  'https://voiceponce.ru/privacy/en', // a policy that does not say AI
  'https://open-affect.com/offer', // an offer that does not say AI
  'https://tomoru.app/kz', // a language homepage (lead: Tomoru)
  'http://tomoru34.ru/', // a partner's homepage
  'https://foodtracker.ijama.ru/sitemap.xml', // a help text served at /sitemap.xml
  'https://rechka.ai/blog/rasshifrovka-zvonkov', // seen only on its blog
  'https://quick-offer.ru/news/cover-letter-mistakes', // seen only on its blog
  'https://datawiz.io/es/privacy-policy', // a retail BI platform with an AI feature
  'https://smelter.ai/terms-of-use', // terms that do not say AI
  'https://ori24.app/legal/', // a legal index, product not described
  'https://organicus.ai/ru/privacy', // audits of visibility in AI answers
  'https://www.nexaxt.com/en/botconf', // a chat-bot development agency
  'https://www.gro.now/en/legal/general-privacy-policy', // a policy that does not say AI
  'https://ilumee.ai/privacy-policy', // a policy that does not say AI
  'https://wikiai.uz/terms', // AI only in the name
  'https://axerto.com/uz/terms', // names no country
  'https://rusneuro.tech/privacy', // an AI-testing gig platform
  'https://crmai.kz/blog/voice-bot-2025', // a blog
  'https://voicee.ru/resources/blog/analitika-zvonkov-otdela-prodazh', // seen only on its blog
  'https://ropsales.ru/blog/voice-bot-guide', // a blog
];

const NAMESAKES = [
  'https://komek.kz/', // beside Komek (komek.online)
  'https://www.airouter.com/', // beside AI Router (airouter.kz)
  'https://www.hantik.com/', // beside Hantik (hantik.ru)
  'https://www.neiron.com/', // beside Neiron AI (neironai.com)
  'https://www.motyga.ru/', // beside Motyga (motyga.com)
  'https://tuzuk.uz/', // beside TUZUK (tuzuk.ai)
  'https://hamkorbank.uz/', // beside uHamkor (uhamkor.uz)
  'https://www.repetitor.ru/', // beside RepetAI (repet-ai.ru)
  'https://neuralink.com/', // beside NeuraLinka (neuralinka.ru)
  'https://www.textura.com/', // beside AI Textura (aitextura.com)
  'https://www.architech.com/', // beside AI ArchiTech (architech.ge)
  'https://otvet.mail.ru/', // beside OTVETYCH (otvetych.ru)
  'https://www.gost.ru/', // beside GOST-AUTO (gost-auto.ru)
  'https://www.problem.com/', // beside Problembo (problembo.com)
  'https://contentzavod.ru/', // beside AI Content Zavod (aicontentzavod.tech)
];

describe('twenty-second-session CIS (cis2) traps', () => {
  it('adds 18 rows, each with one domain and no prefix, in the russia region', () => {
    expect(regionalC22Cis2Tools.length).toBe(18);
    expect(regionalC22Cis2Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(regionalC22Cis2Tools.every((t) => catalogRegion(t.id) === 'russia')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC22Cis2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(regionalC22Cis2Tools));
    expectEachClassifiedAs({
      'https://motyga.com/': 'motyga',
      'https://app.aitextura.com/': 'ai-textura',
      'https://hantik.ru/app/': 'hantik',
      'https://web.neironai.com/': 'neiron-ai',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
