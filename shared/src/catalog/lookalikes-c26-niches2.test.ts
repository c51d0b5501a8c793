// Traps beside the rows the twenty-sixth session's second niche consumer pass added (data/long-tail-c26-niches2.ts):
// the ordinary sites next to each kind of tool it added (scripture libraries, a grand ayatollah's office, Islamic and
// Hindu reference sites, veterinary and kennel bodies, recipe sites, home-valuation sites, baby-name and pregnancy
// references, fashion retailers, and a dating app's and a genealogy site's pages on AI), the parent of the claimed
// subdomain, the shared-platform copies, drafts, `?p=` pages, blogs and general products the pass read and left out,
// and sites whose names sit close to the new entries. None of them may classify; every new host must reach its own
// entry.
//
// getmydreams.app dropped: listed in data/long-tail-c27-reconcile.ts (session 27).
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC26Niches2Tools } from './data/long-tail-c26-niches2';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.biblegateway.com/', // a Bible library, beside the scripture assistants met
  'https://www.sefaria.org/', // a Jewish text library, met in the Torah searches
  'https://quran.com/', // a Quran reader, beside the Islamic assistants
  'https://www.sistani.org/', // the office whose rulings Ahkam101 retrieves
  'https://sunnah.com/', // a hadith collection, beside Deen and Ahkam101
  'https://www.holy-bhagavad-gita.org/', // a Gita reference, beside Divya Vani and PeaceWithGita
  'https://www.avma.org/', // veterinarians, beside VetIOS
  'https://www.akc.org/', // the kennel club, beside dogAdvisor
  'https://www.allrecipes.com/', // a recipe site, beside the recipe generators
  'https://www.bbcgoodfood.com/', // a recipe site, beside the recipe generators
  'https://www.zillow.com/', // a home-value estimate site, beside ValuationExpert.ai
  'https://help.propertyradar.com/en/articles/1027134-how-do-you-determine-the-estimated-value-of-properties-on-your-site', // an automated valuation model's help page
  'https://www.kwuk.com/instant-valuation/', // an estate agent's instant valuation form
  'https://www.behindthename.com/', // a name-meaning reference, beside NameFirst.ai
  'https://www.whattoexpect.com/', // a pregnancy reference, beside MOM's Bridge
  'https://www.zara.com/', // a fashion retailer, beside the stylists
  'https://hinge.co/ai-principles', // a dating app's AI principles, met in the searches
  'https://www.familysearch.org/cs/blog/ai-developments-genealogy', // a genealogy site's blog on AI
];

const SUBDOMAIN_PARENTS = [
  'https://kincaidanalytics.com/', // the company host below which StyleAI runs
  'https://www.kincaidanalytics.com/', // the company host below which StyleAI runs
];

const SHARED_PLATFORMS = [
  'https://formation-website.pages.dev/ai_disclaimer', // Formation Bible Study's AI disclosure on a shared platform
  'https://babblbaby.pages.dev/privacy', // a baby tracker's policy on a shared platform
  'https://gita-ai-50ff3.web.app/privacy', // Gita AI: Saathi's policy on a shared platform
  'https://geetavani-website.pages.dev/privacy', // GeetaVani's policy on a shared platform
  'https://main.d2usrequgkljfu.amplifyapp.com/en/terms', // a draft knowledge platform on a shared host
  'https://amer-k.github.io/PRIVACY/FATWA_AI_PRIVACY_POLICY.html', // FatwaAI's policy on a shared platform
  'https://emirkarakayadev.github.io/kelam-legal/terms-of-use-en', // Kelam's terms on a shared platform
  'https://hsb5975.github.io/legal/babyguard-privacy-policy', // BabyGuard's policy on a shared platform
  'https://dateassist.vercel.app/privacy', // a dating assistant's policy on a shared platform
  'https://stylist-ai-website.vercel.app/privacy.html', // Stylist.AI's policy on a shared platform
  'https://pregnancy-phi.vercel.app/privacy-policy', // a pregnancy tracker's policy on a shared platform
  'https://quran-chrome-extension-api.vercel.app/privacy-policy', // an extension's API policy on a shared platform
  'https://travela-for-you.vercel.app/privacy', // a trip planner on a shared platform
  'https://mytravai.lovable.app/privacy', // Travai on a shared platform
  'https://bucolic-rabanadas-a3f5cd.netlify.app/privacy-policy.html', // SnapChef on a shared platform
  'https://aitripwise.netlify.app/how-to-verify-travel-information', // a travel guide on a shared platform
  'https://oasis-specialist-d43.notion.site/Privacy-Policy-for-Somnio-AI-Dream-Analyzer-169136f499db808da752f584c79d9fbe', // Somnio AI's policy on a shared platform
  'https://dc34vb0kc85ni.cloudfront.net/privacy.html', // PregGuard's policy on a CDN host
  'https://martind1881-theheavy.github.io/meal-genie-privacy/', // Meal Genie's policy on a shared platform
  'https://games-name-gen.pages.dev/privacy-policy', // a name generator on a shared platform
];

const LEFT_OUT = [
  'https://www.momaiagent.com/clinical-review-policy', // AI only in the brand on the page read
  'https://aiastro.live/privacy', // a policy that does not say the product uses AI
  'https://giftprompt.com/blog/how-ai-predicts-perfect-gifts', // a blog on gift AI in general
  'https://readmypalm.net/blog/how-ai-palm-reading-works', // a blog on AI palm reading in general
  'https://www.lunarguideapp.com/blog/how-ai-writes-your-birth-chart-reading-ethics-privacy', // a general blog
  'https://trymycocoon.com/blog/ai-in-pregnancy-apps/', // a survey of pregnancy apps
  'https://www.preggomealai.com/data-policy', // AI only in the brand on the page read
  'https://goldentreetarot.com/refunds/', // readings not said to be AI
  'https://www.tarofortune.com/service-policy', // readings not said to be AI
  'https://ai-and-the-bible.com/5-2-ai-for-bible-study', // a Christian blog
  'https://biblelum.com/ai-and-bible-study', // a Bible course with an AI reflection reply
  'https://www.peakgevityapp.com/ai-policy', // a health app with AI features
  'https://tastekeeper.dev/privacy', // a recipe keeper with optional AI analysis
  'https://www.ipreggy.com/privacy-policy', // a pregnancy app with an AI assistant
  'https://www.iching.plus/legal/dse', // optional AI readings
  'https://app.kpastroapp.com/refund-policy', // astrology charts with an AI chat among features
  'https://www.tarotbalance.com/refund-policy', // AI readings beside live readers
  'https://www.musufa.com.my/products/deen-assist/daterms-of-use', // a product page on a company's host
  'https://apps.devskin.com/lullaby/privacy?lang=en', // an app on a developer's host
  'https://pelosotech.com/data-usage/', // an app on a developer's host
  'https://tpillars.co/terms.html', // an app on a studio's host
  'https://babynamesgenerator.net/privacy-policy', // a policy with placeholders
  'https://karmalipi.com/?p=22', // a `?p=` page
  'https://singlebabies.com/?p=20283', // a `?p=` page
  'https://www.what4tomorrow.com/live-tarot/cgv', // readings by consultants
  'https://interior-ai.timotheduc.com/', // Interior AI, kept out as an app on a personal host by the c25 dirs3 pass
  'https://timotheduc.com/', // the personal host above Interior AI
];

const NAMESAKES = [
  'https://www.ahkam.com/', // beside Ahkam101 (ahkam101.com)
  'https://www.peacewithgita.org/', // beside PeaceWithGita (peacewithgita.com)
  'https://www.deenfoundation.org/', // beside Deen (thedeenfoundation.com)
  'https://www.vetios.com/', // beside VetIOS (vetios.tech)
  'https://www.dogadvisor.com/', // beside dogAdvisor (dogadvisor.dog)
  'https://www.howcooks.net/', // beside AiFoodNews (howcooks.com)
  'https://www.fridgegenius.com/', // beside FridgeGenius (fridge-genius-ai.com)
  'https://www.valuationexpert.com/', // beside ValuationExpert.ai
  'https://www.namefirst.com/', // beside NameFirst.ai
  'https://www.stylemeai.com/', // beside Style Me AI (stylemeai.world)
  'https://www.snaplook.com/', // beside SnapShade (snap-look.live)
  'https://www.momsbridge.org/', // beside MOM's Bridge (momsbridge.com)
];

describe('twenty-sixth-session second niche consumer traps', () => {
  it('adds 15 rows, each with one domain and no prefix, global but for one Indian companion', () => {
    expect(longTailC26Niches2Tools.length).toBe(15);
    expect(longTailC26Niches2Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    const regional: Record<string, string> = { 'divya-vani': 'india' };
    expect(longTailC26Niches2Tools.every((t) => catalogRegion(t.id) === (regional[t.id] ?? 'global'))).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC26Niches2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC26Niches2Tools));
    expectEachClassifiedAs({
      'https://www.ahkam101.com/': 'ahkam101',
      'https://www.divyavani.co.in/': 'divya-vani',
      'https://peacewithgita.com/': 'peacewithgita',
      'https://vetios.tech/': 'vetios',
      'https://dogadvisor.dog/': 'dogadvisor',
      'https://www.howcooks.com/': 'aifoodnews-howcooks',
      'https://www.fridge-genius-ai.com/': 'fridgegenius',
      'https://valuationexpert.ai/': 'valuationexpert-ai',
      'https://www.stylemeai.world/': 'style-me-ai',
      'https://snap-look.live/': 'snapshade',
      'https://momsbridge.com/': 'moms-bridge',
    });
  });

  it('leaves general sites, subdomain parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([
      ...GENERAL_SITES,
      ...SUBDOMAIN_PARENTS,
      ...SHARED_PLATFORMS,
      ...LEFT_OUT,
      ...NAMESAKES,
    ]);
  });
});
