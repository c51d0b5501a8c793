// Traps beside the rows the twenty-fifth session's fourth South-East Asia pass added (data/regional-c25-sea4.ts): the
// ordinary sites next to each kind of AI tool it added (legal databases and courts, the data-protection authorities,
// property regulators and portals, marketplaces, health ministries, payroll and tax agencies, WhatsApp, payment
// providers), the law firms, news and commentary the searches returned, the shared-platform copies, UAT hosts and
// left-out hosts the pass read that are not AI products of their own, the parent of the one subdomain claimed, and
// sites whose names sit close to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { regionalC25Sea4Tools } from './data/regional-c25-sea4';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://vbpl.vn/', // Vietnam's legal-documents database, beside Asklaw
  'https://moj.gov.vn/', // Vietnam's justice ministry, beside Asklaw
  'https://lawphil.net/', // a Philippine law and jurisprudence library, beside JurisAI
  'https://elibrary.judiciary.gov.ph/', // the Supreme Court's e-library, beside JurisAI
  'https://www.privacy.gov.ph/', // the National Privacy Commission named in the Philippine policies
  'https://www.pdpc.gov.sg/', // Singapore's data-protection commission named in the Singapore policies
  'https://www.pdp.gov.my/', // Malaysia's data-protection department, beside SkillTrainer AI
  'https://www.pdpc.or.th/', // Thailand's data-protection committee, beside MARKO
  'https://www.cea.gov.sg/', // the estate-agency council, beside Relay
  'https://www.propertyguru.com.sg/', // a property portal, beside Relay
  'https://www.99.co/', // a property portal, beside Relay
  'https://shopee.co.th/', // a marketplace, beside MARKO
  'https://www.lazada.co.th/', // a marketplace, beside MARKO
  'https://doh.gov.ph/', // the health department, beside StressAId
  'https://ncmh.gov.ph/', // the national mental-health centre, beside StressAId
  'https://www.cpf.gov.sg/', // the pension board named by AcctTen
  'https://www.iras.gov.sg/', // the tax authority, beside AcctTen and Fast Statement
  'https://www.acra.gov.sg/', // the company registry named by AcctTen
  'https://www.mom.gov.sg/', // the manpower ministry, beside AcctTen
  'https://www.moh.gov.sg/', // the health ministry, beside Connectify AI
  'https://www.healthhub.sg/', // the public health portal, beside Connectify AI
  'https://www.whatsapp.com/', // the messaging platform Connectify AI answers on
  'https://business.whatsapp.com/', // WhatsApp Business, beside the voice and messaging agents
  'https://www.billplz.com/agreement', // a Malaysian payment provider's agreement, met in the searches
  'https://offers.paymaya.com/terms-and-condition', // a Philippine e-wallet's terms, met in the searches
  'https://www.respicio.ph/commentaries/are-you-an-ai-legal-bot-in-the-philippines', // a law firm's commentary
  'https://lawyer-philippines.com/articles/inquiry-regarding-ai-generated-responses-and-legal-implications-in-the-philippines', // a legal Q&A site
  'https://hhq.com.my/posts/ai-and-personal-data-protection-5-key-takeaways-from-malaysias-upcoming-ai-personal-data-protection-framework', // a law firm's post
  'https://www.russinvecchi.com.vn/publication/decree-13-2023-nd-cp-on-personal-data-protection/', // a law firm's note
  'https://www.pertamapartners.com/glossary/philippines-dpa-ai', // a consultancy's glossary
  'https://nokasoft.com/en/legal-and-data-security-considerations-when-using-ai-chatbots-in-vietnam-ai-chatbot-development', // a software agency's article
  'https://eonsr.com/en/navigating-decree-13-compliance-for-ai-saas-in-vietnam', // a consultancy's article
  'https://theailand.com/en/เช็คลิสต์-pdpa-ai-องค์กร', // a Thai AI-news site's checklist
  'https://tribune.net.ph/2025/10/25/doh-cautions-public-dont-rely-on-ai-for-mental-health-counseling', // news
  'https://sixthtone.com/news/1015782', // news on AI livestream hosts
  'https://www.malaymail.com/news/malaysia/2024/11/18/putrajaya-mulls-own-malay-language-model-for-ai-use-set-to-comply-with-local-values-and-customs/157222', // news
];

const SHARED_PLATFORMS = [
  'https://sg-tutor-bots.web.app/privacy.html', // Telegram tutor bots' policy on a shared platform
  'https://futureati-site-ph.pages.dev/privacy.html', // an app publisher's policy on a shared platform
  'https://faceofmind.vercel.app/privacy-policy', // FaceofMind's policy on a shared platform
  'https://vstep-writing-xcode-website.pages.dev/terms', // a student project on a shared platform
  'https://lokchat-landing.pages.dev/privacy', // Lok.chat's policy on a shared platform
  'https://worksearch-33ha.vercel.app/privacy-policy', // a job-search app on a shared platform
  'https://jobreports.pages.dev/privacy/', // a job-matching app on a shared platform
];

const LEFT_OUT = [
  'https://uat.aiob.app/privacy', // a UAT host
  'https://www.shoptopia.app/privacy', // an Indonesian store builder whose policy does not say AI
  'https://recruiterpal.com/en/privacy-policy', // a recruiting CRM whose policy does not say AI
  'https://smart-scoring.com/privacy-policy-2', // a Malaysian learning platform whose policy does not say AI
  'https://www.tutorialxpress.my/legal/privacy-policy/', // an e-learning site
  'https://tuition.sribintangeducation.com/privacy', // a tuition booking portal
  'https://singaporeaischool.life/privacy.php', // a training school
  'https://learnaisingapore.one/privacy.php', // a training school
  'https://ailearnsg.one/privacy.php', // a training school
  'https://tunasaim.biz/privacy-policy.html', // a training school
  'https://accountscan.com.sg/our-service-agreement', // an accounting firm's engagement terms
  'https://www.asiapayrollhub.com/privacy-policy.html', // a payroll outsourcer
  'https://gajihub.my/privacy.php', // an HR and payroll suite
  'https://hazkia.id/privacy-policy/', // an HRIS
  'https://hris.peoplyee.com/privacy-policy', // an HRIS
  'https://onehrm.seccurio.com/privacy-policy', // an HR and payroll suite
  'https://prosperty.sg/81-latest/124-terms-and-conditions', // a property listing site
  'https://www.pasadoapp.com/ai-disclosure', // an exam reviewer that says its study material uses no AI
  'https://www.mariafefischer.com/case-study-tagap.html', // a personal portfolio's case study
];

const PARENTS_AND_NAMESAKES = [
  'https://sxtech.me/', // the parent of marko.sxtech.me, not read
  'https://www.connectify.me/', // Connectify's hotspot and VPN software, beside Connectify AI
  'https://relay.firefox.com/', // Firefox Relay's email masks, beside Relay (tryrelay.pro)
  'https://relay.amazon.com/', // Amazon's freight portal, beside Relay (tryrelay.pro)
];

describe('twenty-fifth-session fourth South-East Asia traps', () => {
  it('adds 13 rows, each with one domain and no prefix, in the southeast-asia region', () => {
    expect(regionalC25Sea4Tools.length).toBe(13);
    expect(regionalC25Sea4Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(regionalC25Sea4Tools.every((t) => catalogRegion(t.id) === 'southeast-asia')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC25Sea4Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(regionalC25Sea4Tools));
    expectEachClassifiedAs({
      'https://asklaw.vn/': 'asklaw-vn',
      'https://connectify.ai/privacy': 'connectify-ai',
      'https://marko.sxtech.me/': 'marko-sxtech',
      'https://www.acctten.com/privacy-policy/subprocessors': 'acctten',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts, the parent and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...PARENTS_AND_NAMESAKES]);
  });
});
