// Traps beside the rows the twenty-first session's second South-East Asia pass added (data/regional-c21-sea2.ts): the
// ordinary sites next to each kind of AI tool it added (Zalo, WhatsApp and LINE business pages, a seller centre,
// accounting software, tax and court sites, payment and e-invoice services, health and veterinary authorities, property
// portals, privacy regulators, English courses, a fortune-telling site), the parents of the three claimed subdomains,
// the shared-platform copies and the left-out hosts the pass read, and sites whose names sit close to the new entries.
// None of them may classify; every new host must reach its own entry.
// Listed since: ai.mark-flow.com (AI Shop Agent) by the twenty-fourth session's e-commerce pass; a trap here only because it names no country.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { regionalC21Sea2Tools } from './data/regional-c21-sea2';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://oa.zalo.me/home', // Zalo Official Account, beside the Zalo reply agents
  'https://zalo.me/', // Zalo, beside the Zalo reply agents
  'https://business.whatsapp.com/', // WhatsApp Business, beside the WhatsApp agents
  'https://www.linebiz.com/tw/', // LINE for business in Taiwan, beside the LINE bookkeeping bot
  'https://manager.line.biz/', // the LINE Official Account manager, beside the LINE bots
  'https://seller.shopee.com.my/', // the Shopee seller centre, beside the Malaysian sales agents
  'https://www.xero.com/sg/', // accounting software, beside the AI bookkeeping tools
  'https://www.iras.gov.sg/', // the Singapore tax authority, beside the bookkeeping tools
  'https://www.bir.gov.ph/', // the Philippine tax bureau, beside AskOnward
  'https://sso.agc.gov.sg/', // Singapore Statutes Online, beside the legal assistant
  'https://www.elitigation.sg/', // Singapore court judgments, beside the legal assistant
  'https://www.ecpay.com.tw/', // a Taiwanese payment service, beside the Taiwanese tools
  'https://www.einvoice.nat.gov.tw/', // the Taiwanese e-invoice platform, beside the bookkeeping bot
  'https://www.moh.gov.sg/', // the Singapore health ministry, beside the medical scribe
  'https://www.nparks.gov.sg/avs', // the Singapore animal and veterinary service, beside the vet scribe
  'https://www.propertyguru.com.sg/', // a property portal, beside the property-agent tools
  'https://www.28hse.com/', // a Hong Kong property portal, beside the AI property search
  'https://www.squarefoot.com.hk/', // a Hong Kong property portal, beside the AI property search
  'https://www.pcpd.org.hk/', // the Hong Kong privacy commissioner named in the PDPO policies
  'https://www.pdpc.gov.sg/', // the Singapore privacy commission named in the PDPA policies
  'https://www.privacy.gov.ph/', // the Philippine privacy commission named in the DPA policies
  'https://www.britishcouncil.vn/', // English courses in Vietnam, beside the AI English tutors
  'https://ielts.idp.com/vietnam', // the IELTS site for Vietnam, beside the AI English tutors
  'https://www.click108.com.tw/', // a Taiwanese fortune-telling site, beside the AI readings
  'https://www.hkja.org.hk/', // a Hong Kong association site, beside the Hong Kong tools
  'https://pentatech.com.my/', // the parent of MyAlly's claimed subdomain
  'https://www.pentatech.com.my/', // the parent of MyAlly's claimed subdomain
  'https://clanai.sg/', // the parent of AutoBooks' claimed subdomain
  'https://www.clanai.sg/', // the parent of AutoBooks' claimed subdomain
  'https://e-linez.com/', // the parent of Easy Expense Entry's claimed subdomain
  'https://www.e-linez.com/', // the parent of Easy Expense Entry's claimed subdomain
];

const SHARED_PLATFORMS = [
  'https://synchrorate.pages.dev/privacy.html', // a copy on a shared platform
  'https://clearpath-site.pages.dev/blog/line-chatbot-case-study-th', // a copy on a shared platform
  'https://quizlygo.pages.dev/id/privacy', // a copy on a shared platform
  'https://lailaichat.pages.dev/privacy', // a copy on a shared platform
  'https://futureati-site-ph.pages.dev/privacy.html', // a copy on a shared platform
  'https://smartclinic-ai.pages.dev/privacy-policy', // a copy on a shared platform
  'https://cyber-tarot-landing.pages.dev/', // a copy on a shared platform
  'https://01jcot4ao8ahrkwwy74bqywnfm-portal-prod.pages.dev/blog/genai-and-pdpa-malaysia/', // a copy on a shared platform
  'https://way-app.zeabur.app/static/agreement_1.html', // a copy on a shared platform
  'https://secure-ai-outlook-mail.zeabur.app/', // a copy on a shared platform
  'https://akgobusiness.notion.site/English-Thai-Translator-Private-Policy-2c58854c72cb803da229f446fe39868c', // a copy on a shared platform
  'https://sites.google.com/view/auto-reply-plus/home/vi', // a copy on a shared platform
  'https://sites.google.com/view/lingua-ailearnenglish/home', // a copy on a shared platform
  'https://dev.to/yanoai/why-ai-tutors-are-the-best-thing-to-happen-to-philippine-students-since-chalkboards-3ikf', // a copy on a shared platform
];

const LEFT_OUT = [
  'https://terms.littlebossapp.com/', // a terms page at a host root, no path
  'https://optadmin.com/privacy', // a template policy with placeholders
  'https://highlevelthai.com/privacy-policy', // a policy with placeholders
  'https://parsespot.com/privacy', // a template policy with placeholders
  'https://uat.batasgpt.com/legal/privacy', // a UAT host
  'https://uat.aiob.app/privacy', // a UAT host
  'https://dev.ycsecretary.com/en/privacy', // a development host
  'https://staging.tutoraisat.com/privacy', // a staging host
  'https://testing.healthbridgeai.com/', // a test host
  'https://landing.audyno.dev.bahasalab.com/privacy-policy', // a development host
  'https://zelda-vocabulary.vnit.dev/policy.html', // a development host, AI an optional feature
  'https://www.theeta.net/privacy', // a personal proof of concept
  'https://www.newai.vn/pages/chinh-sach-quyen-rieng-tu.html', // a policy that does not say what the AI does
  'https://classfunc.com/ai-privacy-policy', // a generic AI policy naming no product
  'https://aisensum.com/privacy-policy', // an analytics company policy, no AI product
  'https://valsea.ai/policies', // a voice API policy that does not say AI
  'https://vinhtech.xyz/privacy.html', // a speech policy on a personal-looking host
  'https://ai-expertads.com/policy', // a policy that does not say what the AI does
  'https://kaojai.ai/privacy', // AI only in the name
  'https://wa.caht.ai/terms-and-policies/privacy_policy', // AI only in the name
  'https://quizai.myaccess.ph/privacy-policy', // AI only in the name in the text seen
  'https://quantumwebstudio.biz/quantumbot/privacy/', // a WhatsApp bot policy that does not say AI
  'https://www.panawid.org/privacy', // a reviewer that does not say AI
  'https://www.vcdigitalmedia.com/passlet/privacy', // a reviewer that does not say AI
  'https://enspire.online/chinh-sach-bao-mat', // an app policy that does not say AI
  'https://vietedu.net/privacy_policy.html', // an app policy that does not say AI
  'https://www.train-test.com/privacy/', // a test-prep policy that does not say AI
  'https://www.ewerclass.com/privacy-policy', // a learning platform that does not say AI
  'https://centvoice.com/privacy', // telemarketing, no AI
  'https://netshop.my/privacy?lang=en', // a shop builder, AI one feature
  'https://prepmaster.ph/legal/privacy', // a review platform, AI one feature
  'https://www.boardpilot.ph/privacy', // a review platform, AI one feature
  'https://vietrica.com/privacy-policy', // a course platform, AI one feature
  'https://propkaki.sg/privacy', // an agents CRM, AI drafts one feature
  'https://medicalmet.com/blog/how-ai-medical-documentation-is-freeing-up-doctors-time/', // clinic software, AI one feature, seen on its blog
  'https://meditour.com.vn/ai-compliance/', // a medical-tourism platform, AI one feature
  'https://www.finctory.com/osave/privacy', // a finance app on a company site, AI one feature
  'https://einv.tw/eventdetail.html?ACTID=452713FD-EF8D-4573-9D43-48CA301EDCF2', // an e-invoice service
  'https://cter.tw/blogs/news/ai%E6%9C%8D%E5%8B%99%E9%9A%B1%E7%A7%81%E6%94%BF%E7%AD%96-privacy-policy', // a trading company's AI policy on its shop blog
  'https://stelixdigital.app/privacy/', // a company's own support bot
  'https://mutiaraa.info/privacy-policy.html', // a consultancy
  'https://terataia.biz/privacy-policy.html', // an AI school
  'https://aitg.com.my/privacy', // an infrastructure consultancy
  'https://cert.learn-ai.in.th/privacy', // an AI course
  'https://kkm.my/privacy', // a hospital portal
  'https://phunuthanhdat.vn/privacy-policy/', // a chatbot policy on an unrelated host
  'https://repconn.com/impact-studies/the-law-society-of-singapore', // an agency's case study
  'https://pilot.neosura.com/privacy', // names no country
  'https://chatie.oceaninnov.com/en/privacy/', // names no country
  'https://www.canto-ai.com/privacy-policy.html', // names no country
  'https://pro.vietbrige.com/privacy.html', // names no country
  'https://taoboy.app/legal/disclaimer/', // made in Australia
  'https://policy.sm-erp.cn/privacy-policy.html', // a Shopify app from outside the region
  'https://www.airai.tw/resources/blog/ai-customer-service-agent', // seen only on its blog
  'https://lexcentra.ai/blog/tro-ly-phap-ly-ai-toi-uu-hoa-phap-ly-cho-doanh-nghiep', // seen only on its blog
  'https://minhluat.com/vi/blog/artifical-intelligence-vietnamese-law', // seen only on its blog
  'https://getpolaris.my/pdpa-chatbot-guide-malaysia/', // seen only on its guide
  'https://alatwa.com/blog/amankan-data-pelanggan-chatbot-whatsapp', // seen only on its blog
  'https://sprout.co.id/en/articles/ai-powered-whatsapp-chatbot-for-business-in-indonesia-what-actually-works', // seen only on its articles
  'https://lynqra.com/blog/accounts-payable-automation-singapore.html', // seen only on its blog
  'https://level3-ai.com/blog/pdpa-gdpr-ai-support-singapore.html', // seen only on its blog
  'https://parami.ai/use-cases/how-to-transcribe-cantonese-in-meetings-a-speech-to-text-guide-for-hong-kong-businesses', // seen only on a use-case article
  'https://dojotek.id/cara-kerja-chatbot-ai-llm-rag-dalam-mendukung-legal-compliance', // seen only on its blog
  'https://dialogg.ai/vi/chatbot-la-gi-cam-nang-doanh-nghiep', // seen only on its blog
  'https://cafef.vn/ky-su-nguoi-viet-tao-ra-sieu-ai-phap-ly-co-the-doc-hieu-350000-van-ban-do-chuan-xac-len-toi-90-188251112124802659.chn', // news about a legal AI project
  'https://xcloud.id/kasus/pdp/page/5', // news about a CX AI engine
  'https://www.intumit.com/privacy-policy/', // a corporate site, left out by earlier passes
  'https://app.contentkit.me/facebook-chatbot-ai-privacy', // left out by an earlier pass
  'https://insights.alphoragroup.com/privacy-policy.html', // left out by an earlier pass
  'https://ask.archive.tw/privacy', // left out by an earlier pass
  'https://line-bot-solution.com/Privacy-Policy_TH.html', // a policy that does not say AI
  'https://asistenai.com/?p=7705', // a bare ?p= page
];

const NAMESAKES = [
  'https://www.otaruai.sg/', // beside Otaru AI (otaruai.com)
  'https://www.otaru.ai/', // beside Otaru AI (otaruai.com)
  'https://www.aicommerce.com/', // beside AiCommerce (aicommerce.vn)
  'https://www.vnbot.com/', // beside VNBOT (vnbot.vn)
  'https://www.hmv.com/', // a music retailer, beside HMV Chatbot AI (hmvapp.com)
  'https://www.chatlyst.com/', // beside Chatlyst (chatlyst.io)
  'https://www.bizmind.ai/', // beside BizMind (biz-mind.ai)
  'https://www.pentatech.com/', // beside MyAlly (myally.pentatech.com.my)
  'https://www.chatpilot.com/', // beside ChatPilot (runchatpilot.com)
  'https://www.chatboss.com/', // beside ChatBoss (chatboss.my)
  'https://www.glowbot.com/', // beside GlowBot (glowbot.vn)
  'https://www.snapbook.com/', // beside snapbook.ai
  'https://www.autobooks.co/', // a US payments product, beside AutoBooks (autobook.clanai.sg)
  'https://www.clanai.com/', // beside AutoBooks by Clan AI
  'https://www.knoon.com/', // beside Knoon (knoon.ai)
  'https://www.intellizab.tw/', // beside IntelliZab (intellizab.com)
  'https://www.lawcrew.com/', // beside LawCrew.AI (lawcrew.ai)
  'https://www.askonward.com/', // beside AskOnward (askonward.app)
  'https://www.libertasian.ph/', // beside LIBERTASIAN (libertasian.com)
  'https://www.aiblas.com/', // beside BLAS AI (aiblas.app)
  'https://www.betterclinic.com/', // beside BetterClinic (betterclinic.ai)
  'https://www.broby.com/', // beside BrobyVets (brobyvets.com)
  'https://www.propx.ai/', // beside PropXAI (propxai.ai)
  'https://www.homeable.com/', // beside Homeable (snailbutler.com)
  'https://www.snailbutler.hk/', // beside Homeable (snailbutler.com)
  'https://www.eztalking.com/', // beside EZTalking AI (eztalking.vn)
  'https://www.cheppy.com/', // beside Cheppy (cheppy.ai)
  'https://www.audiorescue.com/', // beside Audio Transcriber (audiorescues.com)
  'https://www.aurellar.com/', // beside Aurellar AI (aurellar.ai)
  'https://www.nissen.com/', // a Japanese company, beside 尼森智算命理 (nissen.com.hk)
  'https://www.meetyulu.tw/', // beside 遇見予路 (meetyulu.com)
];

describe('twenty-first-session second South-East Asia traps', () => {
  it('adds 29 rows, each with one domain and no prefix, all in the southeast-asia region', () => {
    expect(regionalC21Sea2Tools.length).toBe(29);
    expect(regionalC21Sea2Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(regionalC21Sea2Tools.every((t) => catalogRegion(t.id) === 'southeast-asia')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC21Sea2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://myally.pentatech.com.my/zh/privacy-policy/': 'myally-pentatech',
      'https://autobook.clanai.sg/privacy-policy': 'autobooks-clanai',
      'https://accountants.e-linez.com/en/privacy.html': 'easy-expense-entry',
      'https://blog.knoon.ai/how-a-singapore-contractor-firm-uses-ai-agents-to-reduce-bookkeeping-work':
        'knoon',
      'https://cgi.cheppy.ai/en/docs/chinh-sach-quyen-rieng-tu': 'cheppy',
      'https://www.glowbot.vn/privacy': 'glowbot-vn',
      'https://www.runchatpilot.com/privacy': 'chatpilot-my',
      'https://www.snailbutler.com/en/privacy-policy': 'homeable-hk',
      'https://www.nissen.com.hk/terms': 'nissen-hk',
      'https://biz-mind.ai/en/pdpo.html': 'bizmind-hk',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
