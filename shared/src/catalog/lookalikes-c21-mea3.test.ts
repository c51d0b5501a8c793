// Traps beside the rows the twenty-first session's third Middle East and Africa pass added
// (data/regional-c21-mea3.ts): the ordinary sites next to each kind of AI tool it added (UAE and Saudi legal and
// regulatory portals, WhatsApp Business, a Gulf messaging provider, a job portal, a property portal, a museum, payment
// providers, Israeli and website-builder sites, a humanitarian agency, a classroom tool), the parent of the one claimed
// subdomain, the shared-platform copies and the left-out hosts the pass read, and sites whose names sit close to the
// new entries. None of them may classify; every new host must reach its own entry.
//
// At the merge of the twenty-second session: www.getmyai.ai (GetMyAI) was listed from the vendor's own page
// (data/long-tail-c22-mergefix.ts), so its trap was dropped.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { regionalC21Mea3Tools } from './data/regional-c21-mea3';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://uaelegislation.gov.ae/', // UAE federal legislation, beside the UAE legal AI assistant
  'https://www.moj.gov.ae/', // the UAE Ministry of Justice, beside the UAE legal AI assistant
  'https://sdaia.gov.sa/', // the Saudi data and AI authority, beside the in-Kingdom AI gateway
  'https://zatca.gov.sa/', // the Saudi tax authority, beside the Saudi business tools
  'https://www.moh.gov.sa/', // the Saudi health ministry, beside the AI scribe and clinic agents
  'https://business.whatsapp.com/', // the WhatsApp Business platform, beside the WhatsApp AI agents
  'https://www.unifonic.com/', // a Gulf messaging and voice provider, beside the voice agents and AI receptionist
  'https://www.bayt.com/', // a Gulf job portal met in the searches
  'https://www.propertyfinder.com/', // a property portal, beside the real-estate AI sales agent
  'https://www.louvreabudhabi.ae/', // a museum, beside the AI audio-guide studio
  'https://www.instagram.com/', // a photo platform, beside the AI photo app
  'https://www.gov.il/', // the Israeli government portal, beside the Israeli AI widget
  'https://www.wix.com/', // a website builder, beside the embeddable AI widget
  'https://classroom.google.com/', // a classroom tool, beside the AI exam-grading platform
  'https://www.unicef.org/', // a humanitarian agency, beside the AI tutor for displaced children
  'https://paystack.com/', // a Nigerian payment provider, beside the Nigerian AI business platform
  'https://flutterwave.com/', // an African payment provider, beside the Nigerian AI business platform
  'https://wave.com/', // a West African mobile-money provider, beside the WhatsApp selling service
  'https://stetholink.app/', // the parent of Sina's claimed subdomain
  'https://www.stetholink.app/', // the parent of Sina's claimed subdomain
];

const SHARED_PLATFORMS = [
  'https://arlay.netlify.app/ar/privacy', // a policy or page on a shared platform
  'https://amiramprep-app.netlify.app/', // a policy or page on a shared platform
  'https://sabahrafrontline-mvp1.web.app/privacy.html', // a policy or page on a shared platform
  'https://lala-healthcare.pages.dev/en/legal/privacy', // a policy or page on a shared platform
  'https://ai-in-arabia-v2.pages.dev/learn/ai-for-doctors-gulf-2026-clinical-documentation-arabic-patient-communication-compliance', // a policy or page on a shared platform
  'https://sentinel-automations.pages.dev/privacy-policy.html', // a policy or page on a shared platform
  'https://islamify-landing.pages.dev/en/privacy', // a policy or page on a shared platform
  'https://veritonixwebsite.pages.dev/insights/uae-pdpl-implications-for-ai', // a policy or page on a shared platform
  'https://kira-ai.vercel.app/terms.html', // a policy or page on a shared platform
  'https://ai-voiceover-three.vercel.app/terms', // a policy or page on a shared platform
  'https://quran-chrome-extension-api.vercel.app/privacy-policy', // a policy or page on a shared platform
  'https://ai-mashinani-compass.vercel.app/privacy', // a policy or page on a shared platform
  'https://vendoros-ai.vercel.app/', // VendorOS AI's app host, on a shared platform
  'https://amer-k.github.io/PRIVACY/FATWA_AI_PRIVACY_POLICY.html', // a policy or page on a shared platform
  'https://afek10.github.io/terms-hosting/terms.html', // a policy or page on a shared platform
  'https://main.d2usrequgkljfu.amplifyapp.com/en/privacy', // a policy or page on a shared platform
];

const LEFT_OUT = [
  'https://staging.chatzaki.com/privacy', // a staging host
  'https://www.zakra.esap.ai/terms', // terms with an "[Insert CR Number]" placeholder
  'https://cloud.masar.systems/privacy.html', // a draft policy with a "[LEGAL ENTITY]" placeholder
  'https://gentrix.ai/?p=523', // a bare `?p=` page
  'https://chatbawa.com/?p=1025', // a bare `?p=` page
  'https://civiqli.com/?p=70', // a bare `?p=` page
  'https://gmcsco.com/?p=23296', // a bare `?p=` page
  'https://kabbizlegal.com/?p=1471', // a bare `?p=` page
  'https://aijobsuae.ae/privacy', // AI only in the brand name
  'https://luxai.ae/how-it-works.md', // a concierge page that does not say AI
  'https://whatbot.sn/conditions_utilisation.html', // terms that do not say AI
  'https://selwyze.ai/data-protection', // a data-protection page that does not say AI
  'https://salestor.ai/en/privacy-policy', // a policy that defines AI but never says the product uses it
  'https://legaltech.systems/privacy-policy', // a policy that does not say the product uses AI
  'https://affiracle.com/terms.html', // a price-comparison bot whose terms do not say AI
  'https://raamvas.com/privacy', // an MVP page that says only "automated systems"
  'https://gemmafind.com/privacy', // a fashion platform, AI one feature
  'https://newhigheducation.com/ai-tutor-use-policy/', // an AI tutor inside a general tutoring app
  'https://skylightchat.com/resources/saudi-pdpl-compliance-whatsapp-ai?lang=en', // a WhatsApp API platform's guide
  'https://buraq.ai/en/blog/whatsapp-bot-pdpl-saudi-compliance', // seen only on its blog
  'https://ai4docs.ai/blog/rtl-clinical-documentation-software', // seen only on its blog, no country named
  'https://hosn.om/blog/ai-healthcare-arabic-medical-scribe-oman.html', // seen only on its blog
  'https://infiniteware.com/research/clinical-documentation-ai-arabic-gcc-framework', // a research paper on a company site
  'https://silentiuminsights.com/blogs/paperman/why-ai-tutors-arent-trained-for-sa-schools.html', // seen only on its blog
  'https://annota8.ai/blog/why-arabic-chatbots-fail-compliance-2026/', // seen only on its blog
  'https://www.zanii.agency/blog/arabic-first-ai-gulf-market', // an agency's blog
  'https://operayde.com/blog/saudi-pdpl-ai-compliance', // a consultancy's blog
  'https://finyki.com/uae/blog/uae-pdpl-ai-compliance-2026', // a consultancy's blog
  'https://vijosak.com/blog/trust-compliance-ai/', // a consultancy's blog
  'https://greenplansolutions.com/case-studies/salon-bot-dubai', // an agency's case study
  'https://www.skysoftconnections.com/whatsapp-intent-scoring-agent/', // a Dynamics partner's agent, no country named
  'https://sitect.co.za/insights/popia-ai-what-we-tell-clients', // an agency's article
  'https://aivolution.co.za/blog/is-chatgpt-popia-compliant', // an agency's article
  'https://doubledownai.co.za/blog/ai-popia-compliance.html', // an agency's article
  'https://aiguide.co.za/guides/ai-popia-data-safety', // a guide site
  'https://gemis.tech/insight-caps-aligned/', // a training provider's article
  'https://www.aiautomation.ng/privacy', // an automation agency
  'https://www.vizion-ai.ae/data-privacy-protection-laws-sovereign-ai-part-1.html', // a sovereign-AI consultancy
  'https://madad-ai.com/en/privacy', // an index about AI, not an AI tool
  'https://smartcomplaint.aiforghana.com/privacy', // a civic complaint portal
  'https://ziqara.com/terms', // an AI knowledge platform that names no country
  'https://www.nikrad.cloudyhost.org/terms?lang=en', // Qasam's terms on another company's host
];

const NAMESAKES = [
  'https://www.nexala.com/', // beside Nexala AI (nexala.ai)
  'https://www.nexala.ae/', // beside Nexala AI (nexala.ai)
  'https://www.mursal.ai/', // beside Mursalai (mursalai.com)
  'https://www.rafeeq.com/', // beside Rafeeq Agent (rafeeqagent.com)
  'https://www.aisales.com/', // beside Aisales (aisales.ae)
  'https://www.aisales.ai/', // beside Aisales (aisales.ae)
  'https://www.ara.ai/', // beside ARA (araai.io)
  'https://www.araai.com/', // beside ARA (araai.io)
  'https://www.dialog.ai/', // beside Dialog AI (dialog.ltd)
  'https://www.dialog.com/', // beside Dialog AI (dialog.ltd)
  'https://www.wavlo.com/', // beside Wavlo (wavlo.io)
  'https://www.xdream.com/', // beside Xdream (xdream.ai)
  'https://www.sina.com.cn/', // beside Sina (sina.stetholink.app)
  'https://www.datasitr.net/', // beside DataSitr (datasitr.com)
  'https://www.saudigenius.sa/', // beside Saudi Genius (saudigenius.com)
  'https://www.redbo.com/', // beside Redbo (redbo.ai)
  'https://www.learningmate.com/', // beside The Learning Mate (thelearningmate.com)
  'https://www.amalschool.com/', // beside Amal Madrassa (amalschool.org)
  'https://www.vendoros.com/', // beside VendorOS AI (vendoros-ai.com)
  'https://www.ahiwa.com/', // beside AHIWA (ahiwa.africa)
];

describe('twenty-first-session Middle East and Africa (mea3) traps', () => {
  it('adds 16 rows, each with one domain and no prefix, in the middle-east or africa region', () => {
    expect(regionalC21Mea3Tools.length).toBe(16);
    expect(regionalC21Mea3Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(
      regionalC21Mea3Tools.every((t) => ['middle-east', 'africa'].includes(catalogRegion(t.id) ?? '')),
    ).toBe(true);
    expect(regionalC21Mea3Tools.filter((t) => catalogRegion(t.id) === 'africa').length).toBe(4);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC21Mea3Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://nexala.ai/terms.html': 'nexala-ai',
      'https://hub.nexala.ai/': 'nexala-ai',
      'https://api.rafeeqagent.com/privacy-security': 'rafeeq-agent',
      'https://sina.stetholink.app/blog/ai-medical-scribes-reduce-physician-burnout-saudi-arabia':
        'sina-stetholink',
      'https://www.datasitr.com/subprocessors': 'datasitr',
      'https://redbo.ai/en/data-processing/': 'redbo-ai',
      'https://gratuit.ahiwa.africa/terms': 'ahiwa',
      'https://www.ahiwa.africa/': 'ahiwa',
      'https://wavlo.io/fr/terms': 'wavlo',
      'https://araai.io/en/privacy': 'ara-ai-receptionist',
    });
  });

  it('leaves general sites, the parent, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
