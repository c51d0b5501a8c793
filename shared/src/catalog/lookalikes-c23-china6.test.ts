// Traps beside the rows the twenty-third session's sixth China pass added (data/regional-c23-china6.ts): the ordinary
// sites next to each kind of AI tool it added (Hong Kong's exam authority, education bureau and school portal, video and
// photo platforms, 3D-model sites, the privacy commissioner and the Science Park, a university beside the one claimed
// subdomain), the shared-platform copies and the left-out hosts the pass read, and sites whose names sit close to the
// new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { regionalC23China6Tools } from './data/regional-c23-china6';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.hkeaa.edu.hk/', // Hong Kong's exam authority, beside the DSE-style exam-paper generator and tutors
  'https://www.edb.gov.hk/', // the Education Bureau, beside the AI teaching tools for schools
  'https://www.hkedcity.net/', // a school portal, beside the AI learning platforms
  'https://www.youtube.com/', // a video platform, beside the AI subtitle generator
  'https://www.bilibili.com/', // a video platform, beside the AI subtitle generator
  'https://www.xiaohongshu.com/', // a photo-sharing platform, beside the AI photo and image tools
  'https://sketchfab.com/', // a 3D-model site, beside the image-to-3D generator
  'https://www.thingiverse.com/', // a 3D-print model site, beside the image-to-3D generator
  'https://www.pcpd.org.hk/', // the privacy commissioner named in the Hong Kong policies
  'https://www.hkstp.org/', // the Science Park, beside the generative-AI platform registered there
  'https://sp.hkstp.org/terms-of-use', // the Science Park's service hub, met in the searches
  'https://www.cr.gov.hk/', // the Companies Registry, beside the Hong Kong "Limited" vendors
  'https://hkust.edu.hk/', // the university, parent of InvestLM's claimed subdomain
  'https://www.hkust.edu.hk/', // the university, parent of InvestLM's claimed subdomain
  'https://www.line.me/', // a messaging app, beside the AI companion app
];

const SHARED_PLATFORMS = [
  'https://aequilex.pages.dev/terms.html', // a policy or page on a shared platform
  'https://personax-legal.vercel.app/terms', // a policy or page on a shared platform
  'https://synchrorate.pages.dev/privacy.html', // a policy or page on a shared platform
  'https://way-app.zeabur.app/static/agreement_1.html', // a policy or page on a shared platform
  'https://sparklect.notion.site/cookidea-terms-of-service', // a policy or page on a shared platform
  'https://wondershot-website.pages.dev/privacy', // a policy or page on a shared platform
  'https://framepack-ai-frontend-production.pages.dev/en/terms', // a policy or page on a shared platform
  'https://bgcut.pages.dev/terms', // a policy or page on a shared platform
  'https://babechat.vercel.app/policy/privacy-policy', // a policy or page on a shared platform
  'https://synth-green.vercel.app/privacy', // a policy or page on a shared platform
  'https://ai-app-privacy-policy.web.app/privacyPolicy.html', // a policy or page on a shared platform
  'https://livetranslatevoice.netlify.app/privacy', // a policy or page on a shared platform
  'https://haleemapps.blogspot.com/2026/05/privacy-policy-ai-video-generator.html', // a policy on a shared platform
  'https://circularapk.blogspot.com/2026/04/translate-now-privacy-policy.html', // a policy on a shared platform
];

const LEFT_OUT = [
  'https://www.miomio.pro/privacy.html', // a policy with a placeholder contact address
  'https://pixpretty.tenorshare.ai/fr/privacy-policy.html', // a lead's privacy page that does not say AI
  'https://www.tenorshare.com/app-terms-and-conditions.html', // general utility terms
  'https://4ddig.tenorshare.com/support/terms-and-conditions.html', // general utility terms
  'https://www.passfab.com/privacy-policy.html', // a utility brand's policy
  'https://service.aimeox.com/aimeo/aimeo_en_ios_privacy.html', // an app policy on a service host
  'https://files.hkhappymobile.com/chatq-ai/privacy/privacy-policy-en.html', // an app policy on a file host
  'https://privacy.truejoytech.com/recorder/Privacy-en.html', // an app policy on a developer host
  'https://hk.hkhdtp.com/legal/aiportrait-ai-notice.html', // an app notice on a developer host
  'https://zhyunke.com/portrait/en/privacy.html', // an app policy on a company site
  'https://mobile.safenlp.com/mobile/imgart/terms', // an app's terms on a developer host
  'https://jajapp.com/apps/tapspend/privacy', // a bookkeeping app with an AI feature
  'https://aimuin.com/assets/html/TermsOfService_en.html', // terms that name no country and were not read as AI
  'http://zingasong.com/en/privacy.html', // terms that do not say AI
  'https://chat-pic.ai/user_agreement.html', // an agreement that names no operator country
  'https://floatcamellia.com/agreement.html', // app terms that do not say AI
  'https://www.eduq-ai.com/ai-policy', // an AI tutor whose page names no country: a lead
  'https://www.hitpaw.com/terms-and-conditions.html', // general utility terms, as an earlier pass decided
  'https://gitmind.com/aigc-agreement', // an AI annex of a general mind-map tool
  'https://www.amlportal.net/web/terms-en.php', // an AML portal, AI one feature
  'https://www.cityaccount.com/language/en/accounting-service-statement-of-city-ai-accounting-2/', // AI only in the name
  'https://www.adacpp.com/en/privacy', // a web IDE with AI features
  'https://www.aiobegin.com/privacy', // a school platform, AI one feature
  'https://learnerhk.com/privacy.html', // a tutor-matching app, as an earlier pass decided
  'https://app.minduck.com/static/protocol/ai.html', // an AI annex of a general mind-map product
  'https://myaiacademy.ai/privacy-policy', // AI courses, not a tool
  'https://genesislearning.ai/data-privacy', // AI courses, not a tool
  'https://sageio.net/en-NZ/blog/cantonese-meeting-translation', // a product from outside these regions
  'https://www.deepmagic.art/AppPrivacy', // an app from Singapore
  'https://react.hk/ai-marking-education-hong-kong/', // an agency's article
  'https://oneflash.hk/en/blog/whatsapp-ai-chatbot-new-customer-enquiry-hong-kong', // an agency's article
  'https://ud.hk/en/blogs/insight/article/2026-06-09-chatgpt-data-leak-risk-hk-sme', // an agency's article
  'https://www.hksoka.com/en/blog/whatsapp-ai-hong-kong.html', // an agency's article
  'https://asteratek.com/blog/ai-customer-service-hong-kong.html', // an agency's article
  'https://www.awlawyers.co/blog/generative-ai-terms-of-service-hong-kong-business', // a law firm's article
  'https://www.aipogeo.com/blog/using-ai-in-hong-kong/', // an agency's article
];

const NAMESAKES = [
  'https://sixcolors.com/', // a technology blog, beside SixColor (pixpi.art)
  'https://www.pons.com/', // a dictionary publisher, beside Pons (pons.ai)
  'https://www.tutorwong.org/', // beside Tutor Wong (tutorwong.com)
  'https://www.essai.com/', // beside ESSAi (essai.hk)
  'https://www.orbreg.com/', // beside OrbReg AI (orbreg.ai)
  'https://www.softwaretailor.net/', // beside Software Tailor (softwaretailor.com)
  'https://www.cantosub.com/', // beside CantoSub AI (cantosubai.com)
  'https://www.hitem3d.com/', // beside Hitem3D (hitem3d.ai)
  'https://www.amouree.com/', // beside Amouree (amouree.net)
  'https://www.pixpi.com/', // beside SixColor (pixpi.art)
  'https://www.brportar.net/', // beside AI PORTRA (brportar.com)
  'https://investlm.com/', // beside InvestLM (investlm.hkust.edu.hk)
];

describe('twenty-third-session China (china6) traps', () => {
  it('adds 14 rows, each with one domain and no prefix, 12 in the china region and 2 global', () => {
    expect(regionalC23China6Tools.length).toBe(14);
    expect(regionalC23China6Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(regionalC23China6Tools.filter((t) => catalogRegion(t.id) === 'china').length).toBe(12);
    expect(regionalC23China6Tools.filter((t) => catalogRegion(t.id) === 'global').length).toBe(2);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC23China6Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://tutorwong.com/en/privacy': 'tutor-wong',
      'https://www.essai.hk/privacy': 'essai-hk',
      'https://www.examkinghk.com/privacy.html': 'exam-king-hk',
      'https://www.brportar.com/privacy-policy': 'ai-portra',
      'https://cantosubai.com/blog/cantonese-ai-language-soul': 'cantosub-ai',
      'https://www.pons.ai/terms': 'pons-ai',
      'https://www.orbreg.ai/privacy-policy': 'orbreg-ai',
      'https://www.softwaretailor.com/TermsAndConditions.html': 'software-tailor',
      'https://investlm.hkust.edu.hk/privacy-policy.html': 'investlm-hkust',
      'https://sitranslate.tech/policy-google-play': 'sitranslate',
      'https://pixpi.art/terms-conditions?lang=en': 'sixcolor-pixpi',
      'https://aiphotoedit.uk/service.html': 'aiphotoedit-uk',
      'https://static.hitem3d.ai/website/docs/Terms-of-Use.html': 'hitem3d',
      'https://docs.hitem3d.ai/en/api/getting-started/faq': 'hitem3d',
      'https://amouree.net/app/terms-of-service.html': 'amouree',
    });
  });

  it('leaves general sites, the parent, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
