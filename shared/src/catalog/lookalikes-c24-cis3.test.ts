// Traps beside the rows the twenty-fourth session's third CIS pass added (data/regional-c24-cis3.ts): the ordinary sites
// next to each kind of AI tool it added (Russian videoconferencing and the big Russian platforms, payment providers,
// messengers and app stores, marketplaces and job boards, legal databases and state portals of Russia, Kazakhstan,
// Belarus and Uzbekistan, video sites), the shared-platform copies, placeholder, draft and sandbox hosts and left-out
// hosts the pass read, and sites whose names sit close to the new entries. None of them may classify; every new host
// must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { regionalC24Cis3Tools } from './data/regional-c24-cis3';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://telemost.yandex.ru/', // Yandex's videoconferencing, beside the meeting recorders
  'https://ktalk.ru/', // Kontur.Talk, beside the meeting recorders
  'https://zoom.us/', // a videoconferencing service the meeting bots join
  'https://www.yandex.ru/', // a general portal, beside the chats
  'https://ya.ru/', // a general portal, beside the chats
  'https://www.sberbank.ru/', // a bank whose AI products are listed elsewhere
  'https://www.tbank.ru/', // a bank, met in the searches
  'https://www.mts.ru/', // a telecom operator, whose MTS AI is listed on mts.ai
  'https://vk.com/', // a social network used for sign-in by NeuralBox
  'https://mail.ru/', // a general portal
  'https://www.gosuslugi.ru/', // the state services portal
  'https://rkn.gov.ru/', // Roskomnadzor, named in the 152-FZ policies read
  'https://yookassa.ru/', // the payment provider named in the offers read
  'https://robokassa.com/', // a payment provider named in the offers read
  'https://telegram.org/', // the messenger the bots run in
  'https://www.rustore.ru/', // the app store named by Twin AI
  'https://hh.ru/', // a job board, met in the searches
  'https://www.avito.ru/', // a classifieds site, beside the chat assistants
  'https://www.wildberries.ru/', // a marketplace, beside the generators
  'https://www.ozon.ru/', // a marketplace, beside the generators
  'https://1c.ru/', // accounting software, met in the searches
  'https://www.consultant.ru/', // a legal database, met in the searches
  'https://www.garant.ru/', // a legal database, met in the searches
  'https://kontur.ru/', // business software, beside Kontur.Talk
  'https://egov.kz/', // Kazakhstan's state portal, beside Cortexicai
  'https://kaspi.kz/', // a Kazakh marketplace and bank
  'https://gov.by/', // Belarus's state portal, beside Twin AI
  'https://my.gov.uz/', // Uzbekistan's state portal
  'https://rutube.ru/', // a video site, beside the video generators
  'https://dzen.ru/', // a blogging platform, met in the searches
  'https://www.kinopoisk.ru/', // a film site, beside the video generators
];

const SHARED_PLATFORMS = [
  'https://telegra.ph/User-Agreement-Public-Offer-01-04', // a bot's offer on a shared platform
  'https://dicta-landing.pages.dev/en/privacy', // Dicta's policy on a shared platform
  'https://deep-assistant.github.io/agreement/en/terms-of-use.html', // a bot's agreement on a shared platform
  'https://puzzleai.gitbook.io/docs/dopolnitelnye-vozmozhnosti/ozvuchivanie-teksta-tts', // docs on a shared platform
];

const LEFT_OUT = [
  'https://voicogram.org/legal/offer-b2b?lang=en', // an offer with a placeholder company name
  'https://wisot.app/en/privacy/app', // a policy with a placeholder date
  'https://www.telecom-armenia.com/agreement', // an agreement with an unfilled template variable
  'https://1for.ai/enterprise', // a public draft with a placeholder party
  'https://www.vcorp.co/en/legal/terms', // terms with INN [TBD]
  'https://sandbox.recruiter-ai-web.top/privacy-policy', // a sandbox host
  'https://nagovori.ru/legal/terms?lang=en', // speech recognition without an AI claim
  'https://www.golos2text.ru/terms.html', // speech recognition without an AI claim
  'https://aiorca.ru/payment-terms', // payment terms that do not say AI
  'https://ai-model.pro/en/offer', // a consulting offer
  'https://artificiali.ru/en', // a website policy that does not describe a product
  'https://avpai.org/en/privacy', // a website policy that does not describe a product
  'https://geroproai.ru/en/privacy', // a website policy that does not describe a product
  'https://alterdraw.com/terms_of_use/', // "automatic algorithms", no AI claim
  'https://dublikatich.ru/en/terms', // message forwarding
  'https://follow-up.tech/analiz-zvonkov/', // call analytics without an AI claim
  'https://www.hearty.pro/terms', // matching with psychologists, AI one part
  'https://www.salekit.ru/ii-agent-v-crm-s-yandexgpt', // a CRM with an AI agent
  'https://hurma.work/?p=36583', // an HR system's AI addendum
  'https://unitalk.cloud/knowledge-base-articles/tariffing-and-writing-off-voice-robots', // telephony with voice robots
  'https://www.ip2.ru/offer.html', // an integrator's offer
  'https://carat-factory3d.ru/', // a commercial proposal
  'https://lht.su/verta-dogovor.html', // a deployment and support contract
  'https://carbonfay.ru/en/agents/voice-inbound-agent/', // an agent builder's page
  'https://kemplox.ru/articles/chat-s-ii-assistentom-na-sayte', // an integrator's article
  'https://neuroillusions.ru/oferta', // courses on neural networks
  'https://gendalf.ru/news/ii-resheniya/znakomimsyasservisommasteriiprotokol-shablon', // an integrator's news
  'https://navstreche.com/blog/protokoly-videokonferentsiy-primery-i-oformlenie', // a blog
  'https://study.samopisets.com/blog/neiroseti-i-nauchnaia-rabota-v-2026-rukovodstvo-po-vyzhivaniiu-dlia-studenta-38Et79B1EX6NY1QsByDFrdAt1Ts', // a blog
  'https://cortexllm.ru/posts/ai-psychologist-business.html', // a blog
  'https://ai-agent-lia.ru/yaridicheskie-riski-ispolzovani-ii-v-rossii-i-kak-ih-snizit', // a blog
  'https://docs.adolf.su/content_factory/adolf_content_factory_3_ai_pipeline_v1_0', // a design document
  'http://pikdek.com/slides/rules', // a plain-http offer for a service on another host
  'https://nano-banana-pro.io/ru/refund-policy', // not shown to be from the region
  'https://imgtoprompt.app/ru/refund-policy', // not shown to be from the region
  'https://dejanu.app/en/terms-of-use', // not shown to be from the region
];

const NAMESAKES = [
  'https://www.vega.com/', // beside Vega Chat (vega.chat)
  'https://riser.com/', // beside Riser Chat (riser.chat)
  'https://resalt.com/', // beside Resalt (resalt.app)
  'https://picoria.org/', // beside Picoria (picoria.net, picoria.com)
  'https://levsha.ru/', // beside Levsha (levsha.studio)
  'https://clipia.com/', // beside Clipia.ai (clipia.ai)
  'https://welder.ru/', // beside Welder AI (welderai.ru)
  'https://twin.ai/', // beside Twin AI (twinailabs.com)
  'https://neuralbox.com/', // beside NeuralBox (neuralbox.ru)
  'https://persai.com/', // beside PersAI (persai.dev)
  'https://ubrain.com/', // beside uBrain (ubrain.site)
  'https://debrief.ai/', // beside Debrif (debrif.app)
  'https://memo.ru/', // beside Memo AI (memoai.tech)
  'https://stone.ru/', // beside Stone AI (stoneai.ru)
  'https://resora.com/', // beside re:sora (resora.video)
  'https://simpleimages.com/', // beside SimpleImages (simpleimages.ru)
];

describe('twenty-fourth-session third CIS traps', () => {
  it('adds 17 rows, each with a domain and no prefix, in the russia region', () => {
    expect(regionalC24Cis3Tools.length).toBe(17);
    expect(regionalC24Cis3Tools.every((t) => t.domains.length >= 1 && t.urlPrefixes.length === 0)).toBe(true);
    expect(regionalC24Cis3Tools.every((t) => catalogRegion(t.id) === 'russia')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC24Cis3Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(regionalC24Cis3Tools));
    expectEachClassifiedAs({
      'https://chat.simpleimages.ru/': 'simpleimages',
      'https://app.memoai.tech/en/': 'memo-ai-memoai-tech',
      'https://debrif.ru/': 'debrif',
      'https://picoria.com/': 'picoria',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
