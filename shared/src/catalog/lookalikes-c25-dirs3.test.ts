// Traps beside the rows the twenty-fifth session's third directory pass added (data/long-tail-c25-dirs3.ts): the
// ordinary sites next to each kind of AI tool it added (sportsbooks, sports and racing news, betting regulators, trading
// and market-data sites, exchanges, architecture and property portals, translators' associations, a flashcard app,
// beauty and fashion retailers, stock-photo libraries), the drafts, shared-platform copies and left-out hosts the pass
// read, and sites whose names sit close to the new entries. None of them may classify; every new host must reach its
// own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC25Dirs3Tools } from './data/long-tail-c25-dirs3';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.espn.com/', // sports news, beside the sports-prediction rows
  'https://www.draftkings.com/', // a sportsbook, beside Rithmm and Matchups.ai
  'https://www.fanduel.com/', // a sportsbook
  'https://www.covers.com/', // betting news and odds
  'https://www.oddschecker.com/', // odds comparison
  'https://www.begambleaware.org/', // the safer-gambling charity named on Racing Alpha's pages
  'https://www.gamblingcommission.gov.uk/', // the UK gambling regulator
  'https://www.racingpost.com/', // racing form and ratings, beside Racing Alpha and RacingOracle
  'https://www.timeform.com/', // racing ratings
  'https://www.attheraces.com/', // racing news
  'https://www.betfair.com/', // the betting exchange whose prices Racing Alpha reads
  'https://www.racing.com/', // racing news, beside the racing rows
  'https://www.tradingview.com/', // charting, beside Tickeron
  'https://www.investing.com/', // market data
  'https://finance.yahoo.com/', // market data
  'https://www.nasdaq.com/', // an exchange's site
  'https://www.sec.gov/', // the securities regulator
  'https://www.binance.com/', // a crypto exchange, beside ExodusTradeAI
  'https://www.coinbase.com/', // a crypto exchange
  'https://www.archdaily.com/', // architecture news, beside Roomie IA
  'https://www.houzz.com/', // home design and contractors
  'https://www.zapimoveis.com.br/', // a Brazilian property portal, beside Roomie IA
  'https://www.magicbricks.com/', // an Indian property portal
  'https://www.proz.com/', // a translators' marketplace, beside the document translators
  'https://www.atanet.org/', // the American Translators Association
  'https://apps.ankiweb.net/', // a flashcard app, beside LearnWhat.ai
  'https://www.sephora.com/', // a beauty retailer, beside the face-rating apps
  'https://www.asos.com/', // a fashion retailer, beside My Styles
  'https://www.zara.com/', // a fashion retailer
  'https://www.pexels.com/', // a stock-photo library, beside the image rows
  'https://unsplash.com/', // a stock-photo library
  'https://www.golfdigest.com/', // golf news, met with the golf-swing apps
];

const SHARED_PLATFORMS = [
  'https://flux2-6nl.pages.dev/terms-of-service', // a Flux site's terms on a shared platform
  'https://styleforme.pages.dev/privacy', // an outfit styler on a shared platform
  'https://flashcard-forge--konarkmurarka1.replit.app/privacy', // a flashcard generator on a shared platform
  'https://face-beauty-report.web.app/privacy', // a face-report app on a shared platform
  'https://lumosapps.notion.site/AI-Skin-Scanner-Analyzer-1b3c6f9c7cee80819536d8994beb4850', // a policy on Notion
  'https://delicate-selkie-161ba6.netlify.app/privacy', // MangaLens's policy on a shared platform
  'https://aj-racing-tips-production.up.railway.app/', // racing tips on a shared platform
  'https://hashnode-hub.vercel.app/posts/67e94ddba0cb551f0ce680fe', // a blog post on a shared platform
];

const LEFT_OUT = [
  'https://www.luxuryboxsports.com/how-it-works', // a weighted blend; AI only as a premium chat assistant
  'https://aimangatranslator.io/privacy-policy/', // AI only in the name
  'https://freedoctranslate.com/terms/', // AI only in the name
  'https://doctranslator.com/terms-and-conditions', // terms that do not say AI
  'https://mangazine.app/privacy', // a policy that does not say AI
  'https://quizplant.com/privacy-policy', // a policy that does not say AI
  'https://aifaceanalyzer.cc/privacy.html', // on-device landmarks, AI only in the name
  'https://veo3.kr/privacy-policy', // a policy that does not say AI
  'https://flux-art.ai/refund?lang=vi', // a refund policy that does not say AI
  'https://textwisely.ai/fair-use-policy', // a fair-use page that does not say AI
  'https://bam-you-got-writings.com/faq', // an FAQ that does not say AI
  'https://mydream.video/terms', // AI only in a no-training promise
  'https://www.vidmageai.com/terms.html', // generic terms
  'https://www.doyaspeak.com/help/agreement?syslang=hi', // terms that do not say AI
  'https://www.signalmax.app/legal/risk', // algorithms, not said to be AI
  'https://cryptoapi.ai/en/useragreement', // an agreement that does not say AI
  'https://justpublish.ai/privacy', // site hosting
  'https://file-studio.com/terms', // a file converter
  'https://www.tooltiny.com/privacy.html', // a policy on a general tools host
  'https://new.jeto.ru/service-terms-and-conditions', // "[COMPANY LEGAL NAME]"
  'https://app.gorillaquipster.io/legal/risk', // a placeholder risk page
  'https://babygen.app/blog/baby-face-generator', // a blog explainer (as the c18 pass decided)
  'https://www.predictmybaby.com/blog/privacy-in-ai-baby-generators', // a blog explainer
  'https://www.mrworldpool.com/learn/article/can-ai-predict-horse-races', // a general article
  'https://teacherforge.io/blog/ai-worksheet-generators-esl', // a blog on other tools
  'https://astaspasta.com/tos.html', // Stylister on a developer's host
  'https://beatmaster.co.in/ailooktrial_privacypolicy.html', // an app on a developer's host
  'https://apps15.com/chromextention/privacy.html', // an app on a developer's host
  'https://interior-ai.timotheduc.com/en/terms-of-use', // an app on a personal host
  'https://latebytelabs.com/good-shot/privacy-policy', // an app on a developer's host
  'https://atlantic-studio.com/privacy-policy.html', // an app on a developer's host
  'https://www.umituz.com/projects/couple-relationships/ai-baby-face-predictor/privacy', // a developer's portfolio
  'https://pay-s.0xtgi.dev/terms?lang=en', // a payments subdomain of a developer host
  'https://caddie.ftp.sh/privacy', // a placeholder contact on a dynamic-DNS host
  'https://drgbec.edu.et/term.html', // a ChatGPT copy on a university host
];

const NAMESAKES = [
  'https://www.exodus.com/', // the crypto wallet, beside ExodusTradeAI (exodustrade.ai)
  'https://www.racingtv.com/', // beside Racing Alpha (racingalpha.co.uk)
  'https://www.tickets.com/', // beside Tickeron (tickeron.com)
];

describe('twenty-fifth-session third directory pass traps', () => {
  it('adds 22 rows, each with one domain and no prefix, global except three regional rows', () => {
    expect(longTailC25Dirs3Tools.length).toBe(22);
    expect(longTailC25Dirs3Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    const regional = Object.fromEntries(
      longTailC25Dirs3Tools
        .filter((t) => catalogRegion(t.id) !== 'global')
        .map((t) => [t.id, catalogRegion(t.id)]),
    );
    expect(regional).toEqual({
      'racing-alpha': 'europe',
      racingoracle: 'europe',
      'roomie-ia': 'latam',
    });
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC25Dirs3Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC25Dirs3Tools));
    expectEachClassifiedAs({
      'https://lp.tickeron.com/technical_analysis_powered_by_ai': 'tickeron',
      'https://tickeron.com/lp/trend-prediction-engine-ebook': 'tickeron',
      'https://rithmm.com/terms-and-conditions': 'rithmm',
      'http://www.racingoracle.com/aboutus.php': 'racingoracle',
      'https://racingalpha.co.uk/learn/can-ai-pick-horse-racing-winners': 'racing-alpha',
      'https://doctranslate.ai/ar/privacy-policy/': 'doctranslate-ai',
      'https://roomie.ia.br//en/terms': 'roomie-ia',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
