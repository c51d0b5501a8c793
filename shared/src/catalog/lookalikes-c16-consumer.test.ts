// Traps beside the rows the sixteenth session's consumer pass added (data/long-tail-c16-consumer.ts): the general
// sites next to each consumer AI tool (design suites, travel and recipe sites, fitness and gift shops, brokers), the
// parents of claimed subdomains, blogs and shared hosts the pass read but did not cite, and sites that share a name
// with the new entries. Every trap must stay unclassified; every new host must classify to its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC16ConsumerTools } from './data/long-tail-c16-consumer';

const GENERAL_SITES = [
  'https://www.tripadvisor.com/', // travel reviews, beside the AI trip planners
  'https://www.booking.com/',
  'https://www.allrecipes.com/', // recipes, beside the AI recipe generators
  'https://www.myfitnesspal.com/', // calorie tracking, beside calories.coach
  'https://www.etsy.com/', // gift shopping, beside the AI gift finders
  'https://www.robinhood.com/', // a broker, beside the AI stock assistants
  'https://www.tradingview.com/', // charts, beside the signal services
  'https://www.sketchup.com/', // 3D modelling, beside the AI renderers
  'https://www.zara.com/', // clothing, beside the try-on tools
  'https://www.ancestry.com/', // genealogy, beside the photo restorers
  'https://simplypractical.life/', // parent of the claimed gifts.simplypractical.life
  'https://reduzed.com/', // parent of the claimed ai.reduzed.com
  'https://thematrixapp.com/', // Logico's maker, a mobile app, left out
  'https://benitoai.com/', // TryOn AI's maker, a mobile app, left out
  'https://path-of-hanzo.com/', // parent of the claimed ai.path-of-hanzo.com
  'https://timotheduc.com/', // a personal site hosting Interior AI, left out
  'https://www.tattoodo.com/', // tattoo artists and designs, beside the AI tattoo generators
];

const SHARED_PLATFORMS = [
  'https://oldphotorestoration-org.pages.dev/privacy-policy', // read, not cited: a pages.dev copy
  'https://travela-for-you.vercel.app/privacy', // a travel planner on vercel.app
  'https://familymealplanner.pages.dev/', // a meal planner on pages.dev
  'https://myink-7yw.pages.dev/blog/how-ai-tattoo-generators-work/', // a tattoo generator's blog on pages.dev
  'https://staging.gifter.now/privacy', // a staging host, left out
  'https://meal-planner.be/en/terms', // a meal planner with an AI feature, left out
  'https://finsightai.online/blog/ai-stock-analysis.html', // rule-based scores, by its own account
  'https://myink-7yw.pages.dev/terms', // MyInk's terms on pages.dev
  'https://www.pulsor.space/docs/ai-screenshot-analysis', // a trading journal with an AI feature, left out
  'https://docs.towerflow.io/terminal/ai-chart-analyzation', // a trading terminal with an AI feature, left out
];

const NAMESAKES = [
  'https://www.brandstarter.com/', // beside BrandStarter the logo maker
  'https://www.rallies.com/', // beside Rallies AI
  'https://www.maxfitness.com/', // beside Max AI (fitness)
  'https://www.restore.com/', // beside RestoreClick
  'https://www.itinera.com/', // beside Itinera Planner
  'https://www.gotravel.com/', // beside GoTravels
  'https://www.hairstyleview.net/', // beside Hairstyle View
  'https://www.interioraid.com/', // beside Interior AID
];

describe('sixteenth-session consumer traps', () => {
  it('adds 50 rows, each with one domain and no prefix', () => {
    expect(longTailC16ConsumerTools.length).toBe(50);
    expect(longTailC16ConsumerTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC16ConsumerTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://support.rallies.ai/ai-assistant/how-it-works': 'rallies-ai',
      'https://occasions.presentagent.vip/privacy': 'present-agent',
      'https://guides.giftywow.com/privacy': 'giftywow',
      'https://ai.reduzed.com/faq': 'reduzed-ai-market-analyser',
      'https://gifts.simplypractical.life/privacy': 'gifting-gifts',
      'https://www.aiinteriorstudio.ai/terms': 'aiinteriordesign-io',
      'https://docs.tradingwizard.ai/trading-tools/chart-analyzer': 'tradingwizard-ai',
    });
  });

  it('leaves general sites, shared platforms and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...NAMESAKES]);
  });
});
