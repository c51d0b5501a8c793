// Traps beside the rows the twenty-fourth session's Turkey pass added (data/regional-c24-turkey.ts): the ordinary
// sites next to each kind of AI tool it added (the data-protection authority, the exam and education bodies, a
// university guide, health and dietetics bodies, a food database, an event-photo service, the bar and the case-law
// portal, WhatsApp and messaging, job boards, marketplaces and payment providers), the shared-platform copies, drafts,
// demo hosts and left-out hosts the pass read, and sites whose names sit close to the new entries. None of them may
// classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { regionalC24TurkeyTools } from './data/regional-c24-turkey';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.kvkk.gov.tr/', // the data-protection authority named in every policy read
  'https://www.osym.gov.tr/', // the exam body, beside the study tools and the preference advisor
  'https://yokatlas.yok.gov.tr/', // the official university guide, beside Tercih Robotu
  'https://www.meb.gov.tr/', // the ministry of education, beside ScolerAI
  'https://yazek.meb.gov.tr/', // the ministry's AI ethics board, met in the searches
  'https://www.eba.gov.tr/', // the state education platform, beside ScolerAI
  'https://www.saglik.gov.tr/', // the ministry of health, beside the diet apps
  'https://www.tdd.org.tr/', // the dietitians' association, beside the diet apps
  'https://www.turkomp.tarimorman.gov.tr/', // the national food-composition database, beside the calorie analysers
  'https://www.istanbulbarosu.org.tr/', // the İstanbul bar, beside Lextum
  'https://karararama.yargitay.gov.tr/', // the Court of Cassation's decision search, beside Lextum
  'https://www.uyap.gov.tr/', // the judiciary's portal, beside Lextum
  'https://www.whatsapp.com/', // the messaging platform the assistants run on
  'https://business.whatsapp.com/', // WhatsApp Business, beside WpAsis and KapatanAI
  'https://www.kariyer.net/', // a job board, beside Garaj HR
  'https://arge.kariyer.net/Makale/Sanal-Mulakat', // a job board's research note, met in the searches
  'https://www.trendyol.com/', // a marketplace, met in the searches
  'https://akademi.trendyol.com/satici-bilgi-merkezi/detay/181', // the marketplace's seller guide, met in the searches
  'https://www.trendyolstores.com/privacy-policy', // a site styled as Trendyol's merchant network
  'https://www.hepsiburada.com/', // a marketplace, beside the sellers' tools
  'https://www.iyzico.com/', // the payment provider named by vopido and others
  'https://www.paytr.com/', // a payment provider named in the searches
  'https://www.sahibinden.com/', // the classifieds site, beside the property pages met
  'https://www.kahvefalin.com/gizlilik', // a coffee-fortune site whose policy does not say AI (as before)
  'https://falyade.com/kvkk?culture=en', // human spiritual consultancy
];

const SHARED_PLATFORMS = [
  'https://omnipotentlegalwebsite1.pages.dev/en/privacy-policy/', // Omnilegal's draft on a shared platform
  'https://livesuggest-web.pages.dev/tr/consent', // a consent page on a shared platform
  'https://aivideotranslator.pages.dev/legal/privacy', // a draft policy on a shared platform
  'https://sital-ai-try-on.vercel.app/tr/kullanim-sartlari', // terms on a shared platform
  'https://recepp.github.io/kspeaker/privacy.html', // Kspeaker's policy on a shared platform
  'https://bigrockf.github.io/faceswapPP/', // a policy on a shared platform
  'https://pavkos.github.io/Docs/privacy.html', // a policy on a shared platform
  'https://tinyurl.com/s2b6p2ak', // a short link to Artvio AI's policy
];

const LEFT_OUT = [
  'https://www.tenetgames.com/privacy-arcana', // Arcana AI on a game developer's general host
  'https://aylernai.sefayilmaz.dev/en/privacy/', // an app on a developer's personal host
  'https://teamsolo.dev/mobile/umax/privacy-policy', // an app on a developer's host
  'https://musical-ai.volkankahraman.dev/privacy-policy', // an app on a developer's personal host
  'https://umitkaya.com/products/privacy-policy-portrait-studio', // an app on a developer's personal host
  'https://applabco.com/diyetix-privacy-policy-en', // an app on a developer's general host
  'https://hitdevai.co/privacy', // a developer's apps company
  'https://anindacv.com/en/privacy-notice', // "[PUBLICATION DATE]"; AI optional
  'https://www.appory.app/privacy.html', // "[Company Legal Name]"
  'https://app.tedars.com/legal/kvkk?lang=en', // "Address: TBD"
  'https://www.audiototextonline.com/privacy', // "{{COMPANY_LEGAL_NAME}}"
  'https://en.futureapps.co/ferhunde-privacy-policy', // "[Company Name]"
  'https://www.falnova.app/en/privacy', // legal name still to be added
  'https://demo.lisansonay.com/terms.php', // a demo host
  'https://demo.wmaster.net/privacy', // a demo host
  'https://dev.psypractice.psycora.com/legal', // a development host
  'https://www.selambuddy.com/gizlilik-politikasi', // a policy that does not say AI
  'https://kaf.simur.org/en/kvkk', // AI only in the product name
  'https://wordo.ai/en/kvkk', // a KVKK notice that does not say AI
  'https://avhos.com/en/user-subscription-and-platform-terms-of-use/', // terms that do not say AI
  'https://akillikatip.com/en/privacy', // OCR receipt extraction, not said to be AI
  'https://astrologymaster.app/privacy-policy', // a policy that does not say AI
  'https://relookapp.com/privacy.html', // a policy that does not say AI
  'https://aivid.video/terms-of-service', // terms that do not say what the AI does
  'https://cvwith.ai/privacy', // a policy that does not say AI
  'https://adsbot.co/privacy-policy/', // a policy with a blank company name
  'https://exairon.com/tr/kullanim-sartlari/', // terms that do not say AI
  'https://www.tapy.to/terms/ai-politikasi', // web analytics, AI one feature
  'https://www.askcore.co/api/legal/privacy_gdpr', // analytics with optional AI features
  'https://journament.com/tr/distance-sales', // journal indexing, AI one feature
  'https://monochat.ai/sozlesmeler', // omnichannel messaging, AI one feature
  'https://coens.io/candidate-explicit-consent', // assessments, AI one feature
  'https://www.astrowise.io/kvkk', // a birth-chart service with an AI assistant
  'https://evlek.app/en/legal/ai', // a Northern Cyprus property portal, AI one feature
  'https://emlakasistanim.com/Sozlesme_Gizlilik.aspx', // property CRM
  'https://doc.supsis.com/supsis/chatbot/chatbotIdeasoftBlocks', // a customer-service suite's docs
  'https://doc.supsis.live/supsis/chatbot/ikasChatbotBlocks', // a customer-service suite's docs
  'https://jettel.com.tr/ai-sanal-asistan', // a telecom company's page
  'https://ai.ait.com.tr/distance-selling-contract/', // a computer company's subdomain
  'https://www.etkin.ai/en/blog/what-is-a-chatbot-ecommerce-sales-automation', // a vendor blog on chatbots in general
  'https://infinityq.ai/en/blog/turkish-law-ai-models-legal-ai', // a vendor blog on Turkish legal AI in general
  'https://ecofluxion.com/insights/ictihub-ai-hukuki-arastirma.html', // a post on İçtiHub on another company's host
  'https://www.hiringcycle.ai/post/yapay-zeka-ile-video-mulakatlarin-gelecegi', // a blog on AI interviews in general
  'https://www.calload.com/tr/blog/otomatik-arama-sistemi-nasil-calisir', // a blog on auto-dialling in general
  'https://artifica.io/e-ticaret-ve-yapay-zeka-kesisimi/', // an academic adviser's blog post
  'https://tested.com.tr/bulten/yapay-zeka-ile-online-test-olusturma-2025-rehberi', // a testing platform's guide
  'https://desifre.yazdirma.com.tr/sesli-kayitlarin-desifresi-dogru-yontem-ve-arac-secimi', // a transcription blog
  'https://yankitr.com.metnisesecevir.com/terms-of-service', // Yanki AI's terms on an odd subdomain
  'https://bot.quickinfotech.tr/privacy-policy.html', // a Bitrix24 connector on a company subdomain
  'https://aimerkez.com/en/privacy-policy', // a directory of AI tools
  'https://altai.digital/en/privacy-policy', // an agency
  'https://www.codenected.com/tr/adaptif-degerlendirme/makale/egitimde-yapay-zeka-destekli-uygulama-gelistirme-rehberi', // an agency's guide
  'https://www.yapayzekayazilimlari.com/blog/ai-education', // an agency's blog
  'https://digibus.com.tr/?p=8452', // an agency's blog
  'https://coffeeprophet.net/privacy.html', // an Austrian GmbH (as before)
  'https://www.cupoffortune.com/en/privacy', // a Munich GmbH
  'https://coffeetells.app/privacy-policy', // a publisher not named
  'https://dreeys.com/en/legal/privacy', // not shown to be Turkish
  'https://turkolister.co.uk/privacy', // an eBay listing extension, not said to be AI
];

const NAMESAKES = [
  'https://www.fincan.com/', // beside fincan.ai
  'https://www.fincan.com.tr/', // beside fincan.ai
  'https://www.luna.com/', // beside Dreamluna (dreamluna.app)
  'https://www.klaris.com/', // beside Klaris (klarisai.app)
  'https://www.klaris.app/', // beside Klaris (klarisai.app)
  'https://www.lextum.com/', // beside Lextum (lextum.ai)
  'https://www.garaj.com/', // beside Garaj HR (garajhr.com)
  'https://www.nutrina.com/', // beside Nutrina (nutrina.org)
  'https://www.porsiyon.com/', // beside Porsyo (porsyo.com)
  'https://www.diyet.com/', // beside DiyetZeka and DiyetAI
  'https://www.tercihrobotu.com/', // beside Tercih Robotu (tercih-robotu.com)
  'https://www.scoler.com/', // beside ScolerAI (scolerai.app)
  'https://www.kapatan.com/', // beside KapatanAI (kapatanai.com)
  'https://randevukapat.com/', // Operiqo's scheduling service, not read
  'https://www.picsolv.com.tr/', // beside Picsolv (picsolv.com), not read
  'https://www.vopido.com.tr/', // beside vopido (vopido.com), not read
];

describe('twenty-fourth-session Turkey traps', () => {
  it('adds 15 rows, each with one domain and no prefix, in the middle-east region', () => {
    expect(regionalC24TurkeyTools.length).toBe(15);
    expect(regionalC24TurkeyTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(regionalC24TurkeyTools.every((t) => catalogRegion(t.id) === 'middle-east')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC24TurkeyTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(regionalC24TurkeyTools));
    expectEachClassifiedAs({
      'https://www.dreamluna.app/': 'dreamluna',
      'https://www.wpasis.com/': 'wpasis',
      'https://kapatanai.com/': 'kapatanai',
      'http://garajhr.com/legal/privacy': 'garaj-hr',
      'https://picsolv.com/': 'picsolv',
      'https://nutrina.org/privacy.html': 'nutrina',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
