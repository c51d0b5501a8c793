// Traps beside the rows the twenty-third session's third South-East Asia pass added (data/regional-c23-sea3.ts): the
// ordinary sites next to each kind of AI tool it added (exam boards and ministries, legal and tax authorities, training
// and NDIS portals, tradie marketplaces and accounting software, payment and marketplace platforms, job portals, health
// portals, social platforms), the parents of the claimed subdomains, the shared-platform copies and the left-out hosts
// the pass read, and sites whose names sit close to the new entries. None of them may classify; every new host must
// reach its own entry.
// Listed since: getecommercetools.com (E-Commerce Tools) by the twenty-fourth session's e-commerce pass; a trap here only for its region.
// Listed since: listinghelper.cn (ListingHelper) by the twenty-fifth session's china7 pass; a trap here only for its region.
// Twenty-eighth session, leads10 pass: preconsult.ai/privacy is no longer trapped. PreConsult is listed now (data/long-
// tail-c28-leads10.ts) from its own Irish terms (preconsult.ai/ie/terms), which define its clinical decision support as
// AI-generated suggestions for differential diagnoses.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { regionalC23Sea3Tools } from './data/regional-c23-sea3';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.seab.gov.sg/', // Singapore's exam board, beside the PSLE tutors
  'https://www.moe.gov.sg/', // Singapore's education ministry, beside the PSLE tutors
  'https://www.vcaa.vic.edu.au/', // Victoria's curriculum authority, beside the VCE tutor
  'https://educationstandards.nsw.edu.au/', // NSW's education standards authority, beside the lesson generator
  'https://training.gov.au/', // the national training register, beside the RTO resource generator
  'https://www.ndis.gov.au/', // the NDIS, beside the NDIS case-notes tool
  'https://www.austlii.edu.au/', // an Australian legal database, beside the Australian legal AI helpers
  'https://www.oaic.gov.au/', // the Australian privacy regulator, met in the searches
  'https://www.ato.gov.au/', // the Australian Taxation Office, beside the bookkeeping tools
  'https://www.ird.govt.nz/', // New Zealand's tax department, beside the NZ business advisor
  'https://www.ird.gov.lk/', // Sri Lanka's tax department, beside the Sri Lankan tax assistant
  'https://www.hipages.com.au/', // a tradie marketplace, beside the tradie receptionists
  'https://www.servicem8.com/', // tradie job software, beside the tradie receptionists
  'https://www.bkash.com/', // a Bangladeshi mobile wallet, beside the Messenger sellers
  'https://nagad.com.bd/', // a Bangladeshi mobile wallet, beside the Messenger sellers
  'https://www.daraz.com.bd/', // a Bangladeshi marketplace, beside the Messenger sellers
  'https://www.foodpanda.pk/', // a Pakistani food-delivery platform, beside the AI ordering engine
  'https://www.gcash.com/', // a Philippine e-wallet, beside the Filipino AI ordering platform
  'https://www.paymongo.com/', // a Philippine payment provider, met in the searches
  'https://shopee.co.id/', // a marketplace, beside the Indonesian shop-chat AI
  'https://www.tokopedia.com/', // a marketplace, beside the Indonesian content tools
  'https://www.lazada.com.my/', // a marketplace, beside the Malaysian content assistant
  'https://www.tiktok.com/', // a social platform, beside the influencer content platform
  'https://www.mycareersfuture.gov.sg/', // Singapore's job portal, beside the recruiting tool
  'https://www.kalibrr.com/', // a South-East Asian job portal, beside the AI applicant tracking system
  'https://www.healthhub.sg/', // Singapore's health portal, beside the AI health concierge
  'https://www.moh.gov.my/', // Malaysia's health ministry, beside the Malaysian AI health tools
  'https://www.10minuteschool.com/', // a Bangladeshi learning platform, beside the Bangladeshi AI tutor
  'https://obieonline.com/', // the parent of ObieChat's claimed subdomain
  'https://www.obieonline.com/', // the parent of ObieChat's claimed subdomain
  'https://ecomex.cloud/', // the parent of ChattyMex's claimed subdomain
  'https://peakbyt.com/', // the parent of e-bot's claimed subdomain
  'https://www.peakbyt.com/', // the parent of e-bot's claimed subdomain
  'https://tax360.lk/', // the parent of Tax360 AI's claimed subdomain
  'https://www.tax360.lk/', // the parent of Tax360 AI's claimed subdomain
];

const SHARED_PLATFORMS = [
  'https://smarttutor-website.pages.dev/privacy-policy', // a policy on a shared platform
  'https://sg-tutor-bots.web.app/privacy.html', // a policy on a shared platform
  'https://tradiesline-website.pages.dev/privacy', // a draft policy on a shared platform
  'https://tradie-pilot-ai-web.pages.dev/privacy', // a policy on a shared platform
  'https://xkalaa-landing.pages.dev/privacy', // a policy on a shared platform
  'https://instantreceiptsweb.pages.dev/privacy-policy', // a policy on a shared platform
  'https://lamanichat-website.pages.dev/blog/are-ai-chatbots-safe-for-malaysian-healthcare-data', // a blog on a shared platform
  'https://22lab-website.pages.dev/blog/thai-chatbot-challenges', // a blog on a shared platform
  'https://wooden-stork-8e7.notion.site/Privacy-Policy-for-AI-Description-Generator-2d6cf15c7d5680a6bad0c62ab0add7e9', // a policy on a shared platform
  'https://khalidspi.blogspot.com/p/blog-page.html', // a page on a shared platform
];

const LEFT_OUT = [
  'https://auprivacy.helpp.site/', // a page with no path
  'https://app.acepsle.sg/legal/privacy', // a policy still waiting for launch details, no AI said
  'https://essaygrader.examforge.com/login', // terms with "[Insert Business Name]" placeholders
  'https://app.wimba.ai/privacy.html', // a policy with a "[Legal Entity Name]" placeholder
  'https://talentx.ai/privacy-policy/', // a template with its instructions left in
  'https://cybersafe.lk/privacy-policy/', // a template with "[name of organization]"
  'https://highlevelthai.com/privacy-policy', // a policy with address and DPO placeholders
  'https://staging.thinkel.com.sg/legal', // a staging host
  'https://sandbox.orca.truecode-ai.in.th/terms-policy', // a sandbox host
  'https://test3.ttsmin.com/privacy', // a test host
  'https://www.whatsapp-dev.edwinconsultants.com/public/policy.html', // a dev host
  'https://mywritingtutor.com.au/?p=543', // a bare `?p=` page
  'https://legalassistant.au/?p=7757', // a bare `?p=` page
  'https://www.banglaaigurukul.online/?p=3', // a bare `?p=` page
  'https://kooru.com/?p=8360', // a bare `?p=` article
  'https://nineten.ai/?p=22619', // a bare `?p=` article
  'https://asistenai.com/?p=7705', // a bare `?p=` page
  'https://medicalnote.ai/privacy&policy', // a policy that says AI only in the brand name
  'https://ai-mentor.com.au/privacy-policy', // AI only in the brand name
  'https://app.myschoolaihub.com/pages/privacy-policy', // AI only in the brand name
  'https://aisikaso.com/privacy', // AI only in the brand name in the page read
  'https://www.mindwise.so/legal/privacy', // a policy that does not say AI
  'https://ihearu.app/privacypolicy', // a wellness policy that does not say AI
  'https://tisyahustisya.org/tisya-hustisya-privacy-agreement', // a legal chatbot whose policy does not say AI
  'https://www.luminang.com/privacy', // an educational game whose policy does not say AI
  'https://onbajar.com/privacy-policy', // a shop chatbot whose policy does not say AI
  'https://app.botkhmer.chousour.com/privacy', // a keyword-trigger Messenger bot
  'https://www.aiaccount.com/guide', // a software guide that does not say AI
  'https://smplhr.com/privacy-policy', // a recruitment platform whose policy does not say AI
  'https://lankatalks.com/page/privacy-policy', // a community site whose policy does not say AI
  'https://www.pasadoapp.com/ai-disclosure', // an exam-prep app that says its product uses no AI
  'https://www.idasara.org/privacy-policy', // an academy where AI is one feature
  'https://tuition.sribintangeducation.com/privacy', // a tuition platform where AI is one feature
  'https://edubank.app/privacy', // an exam platform where AI question sets are one feature
  'https://medelife.onestepmy.com/privacy-policy.html', // clinic records where AI summaries are one feature
  'https://talenta.binakognitif.com/privasi?lang=en', // an assessment platform with optional AI
  'https://estateos.au/privacy', // real-estate practice management where AI is one feature
  'https://www.addie.house/terms', // a property platform with AI features
  'https://g3systems.com.au/privacy', // an AI governance platform with AI-assisted features
  'https://www.boardpilot.ph/privacy', // a reviewer where AI is one feature
  'https://stelixdigital.app/privacy/', // a company's own support bot
  'https://aleasai.com/privacy', // a business's own WhatsApp assistant
  'https://ramenmaster.id/privacy-policy', // a restaurant's own WhatsApp bot
  'https://robotiokit.loemdevid.site/privacy', // a shop's own chat assistant
  'https://jphub.techdestination.com/privacy-policy', // a government portal's chatbot
  'https://aitearoa.ai/privacy', // a consultancy
  'https://www.neuralnest.info/legal/privacy', // a builder of client systems
  'https://nzgpts.xyz/privacy', // a brand-report service
  'https://www.buildnbloom.io/ai-compliance', // an agency
  'https://outsourcingfit.com/privacy-policy-for-ai-services-and-custom-gpts/', // custom GPTs on ChatGPT
  'https://app.charking.store/security', // NoteWriter AI's page on an unrelated host
  'https://www.bikriagent.com/privacy', // a seller tool for Nepal, worded as plans
  'https://tk.mingxingwan.com/privacy', // a Chinese TikTok Shop listing tool
  'https://snapso.ai/fil-PH/privacy', // a translator that names no country
  'https://www.hirecredible.com/pdpa-ai-hiring-singapore', // a vendor's guide page only
  'https://palachat.com/blog/pdpa-compliant-ai-chatbot', // seen only on its blog
  'https://getpolaris.my/pdpa-chatbot-guide-malaysia/', // seen only on its guide
  'https://complyhq.app/blog/pdpa-ai-chatbot-compliance-singapore-guide', // a compliance blog
  'https://billa.au/blog/ai-ndis-progress-notes', // seen only on its blog
  'https://sabaccountai.com/blog/how-ai-is-changing-bookkeeping-australia', // seen only on its blog
  'https://flowworks.com.au/blog/ai-for-bookkeeping-receipts', // a blog
  'https://waymouthtech.com/blog/ai-for-bookkeepers-australia', // a consultancy's blog
  'https://www.kradigital.site/blog/what-ai-cannot-replace-filipino-business', // a blog
  'https://dojotek.id/cara-kerja-chatbot-ai-llm-rag-dalam-mendukung-legal-compliance', // seen only on its blog
  'https://talentscreenr.com/id/blog/etika-ai-rekrutmen-uu-pdp-hr-indonesia', // seen only on its blog
];

const NAMESAKES = [
  'https://www.lawreach.com.au/', // the related site LawReach AI's policy names, beside LawReach AI (lawreach.ai)
  'https://www.numbat.com.au/', // beside Numbat.ai (numbat.ai)
  'https://www.thinkotter.com/', // beside ThinkOtter (thinkotter.sg)
  'https://www.offsider.com.au/', // beside Your Offsider (youroffsider.ai)
  'https://www.tradelead.com/', // beside TradeLead AI (tradelead-ai.com.au)
  'https://www.dontmiss.com/', // beside dont-miss.ai
  'https://www.bookkeeps.com/', // beside Book Keeps (book-keeps.com)
  'https://www.bizzme.com/', // beside bizzme (bizzme.co.nz)
  'https://www.agentive.com/', // beside Agentive (Australia) (agentive.au)
  'https://www.docseek.com/', // beside Docseek.ai (docseek.ai)
  'https://www.dearwith.com/', // beside DearWith (dearwith.ai)
  'https://www.lessio.com/', // beside Lessio (lessio.com.au)
  'https://www.sgen.com/', // beside Sgen AI (sgen.cc)
  'https://www.tax360.com/', // beside Tax360 AI (ai.tax360.lk)
  'https://www.sellvrix.io/', // beside Sellvrix (sellvrix.com)
  'https://www.xerpihan.id/', // beside Xerpihan (xerpihan.com)
];

describe('twenty-third-session South-East Asia (sea3) traps', () => {
  it('adds 37 rows, each with one domain (TradeLead AI two) and no prefix, in the south-east asia, india or global region', () => {
    expect(regionalC23Sea3Tools.length).toBe(37);
    expect(regionalC23Sea3Tools.every((t) => t.urlPrefixes.length === 0)).toBe(true);
    expect(regionalC23Sea3Tools.filter((t) => t.domains.length !== 1).map((t) => t.id)).toEqual([
      'tradelead-ai',
    ]);
    const regions = regionalC23Sea3Tools.map((t) => catalogRegion(t.id));
    expect(regions.filter((r) => r === 'southeast-asia').length).toBe(17);
    expect(regions.filter((r) => r === 'india').length).toBe(7);
    expect(regions.filter((r) => r === 'global').length).toBe(13);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC23Sea3Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://www.pslealex.com/privacy': 'psle-alex',
      'https://app.chatpsle.com/privacy.html': 'chatpsle',
      'https://www.psleace.com/privacy': 'psle-prep-novus',
      'https://obiechat.obieonline.com/privacy': 'obiechat',
      'https://chatty.ecomex.cloud/legal/privacy': 'chattymex',
      'https://e-bot.peakbyt.com/privacy': 'e-bot-peakbyt',
      'https://ai.tax360.lk/privacy': 'tax360-ai',
      'https://numbat.ai/terms': 'numbat-ai',
      'https://www.lessio.com.au/academy/teaching-with-ai': 'lessio',
      'https://www.tradelead-ai.com.au/home/privacy-policy': 'tradelead-ai',
      'https://agentive.au/blog/ai-bookkeeper-catches-what-humans-miss': 'agentive-au',
      'https://www.myelizabeth.studio/privacy': 'elizabeth-ai',
      'https://www.bizzme.co.nz/privacy': 'bizzme',
      'https://srtd.tools/ai-use-and-limitations': 'srtd-tools',
    });
  });

  it('leaves general sites, the parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
