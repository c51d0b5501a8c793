// Traps beside the twenty-seventh session's fifth sections pass (data/long-tail-c27-sections5.ts): the public record
// beside its one row (the National Diet Library's Diet-record search and the Diet's own sites), the general sites
// whose AI sections the searches looked for without finding a vendor page (hosting, SEO, travel, telecom and
// groupware sites, governments and archives), the feature pages, embedded-assistant terms and retired prototypes the
// pass left out, the agent-framework sites the catalog keeps out, and shared-platform copies. None of them may
// classify; the new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC27Sections5Tools } from './data/long-tail-c27-sections5';
import { catalogRegion } from './data/regions';

const GENERAL_SITES_AND_PARENTS = [
  'https://kokkai.ndl.go.jp/', // the National Diet Library's Diet-record search, whose API 国会アプリ uses
  'https://www.ndl.go.jp/', // the National Diet Library
  'https://www.shugiin.go.jp/', // the House of Representatives
  'https://www.sangiin.go.jp/', // the House of Councillors
  'https://www.hostinger.com/', // the host whose Horizons AI builder is a lead
  'https://www.semrush.com/', // the SEO suite whose ContentShake is a lead
  'https://www.kayak.com/', // the travel search whose kayak.ai is a lead
  'https://www.swisscom.ch/de/mycloud/nutzungsbedingungen.html', // a telco's cloud-storage terms, met in the searches
  'https://www.telekom.de/', // the telco whose Magenta AI is a lead
  'https://line-works.com/', // the groupware whose AiNote and AiStudio are features
  'https://help.worksmobile.com/ja/admin-guides/manage-service/ainote/management', // an admin guide for a feature
  'https://www.gsa.gov/', // the agency whose USAi is a lead
  'https://www.mddi.gov.sg/', // the ministry that answered on Pair Chat and AIBots
  'https://www.info.gouv.fr/actualite/ia-connaissez-vous-albert', // government news on Albert
  'https://historicalarchives.europarl.europa.eu/', // the archives site whose Archibot is a lead
  'https://www.who.int/campaigns/Florence', // WHO's page on S.A.R.A.H., a retired prototype
  'https://www.ipu.org/ai-use-cases/natural-language-querying-parliaments-website', // a use-case page
  'https://docs.arcxp.com/en/products/ask-the-news.html', // docs for an answer engine run on publishers' sites
  'https://marketplace.gohighlevel.com/docs/app-studio/Overview', // docs for an app builder inside a CRM
];

const EMBEDDED_AND_FEATURE_TERMS = [
  'https://support.smartnews.com/hc/ja/articles/18359025755161', // SmartNews's in-app AI chat guideline
  'https://support.ntt.com/business/f/detail/pid214000029jp', // a support site's embedded assistant (as before)
  'https://tqt.weibo.cn/overall/h5.php?id=621', // a weather app's AI assistant notice
  'https://stores.fun/legal/ai-terms', // an inquiry-management AI feature of a shop platform
  'https://corp.obc.co.jp/ai-guideline', // an accounting suite's AI feature guideline
  'https://kr.godaddy.com/legal/agreements/ai-terms-of-use', // GoDaddy's AI terms in Korean (Airo is listed)
  'https://www.fukushima-katsuo.shop/blog/2024/11/18/', // a food shop's blog holding its chatbot's terms
];

const LEFT_OUT = [
  'https://ai.pydantic.dev/', // an agent framework's docs (frameworks are kept out)
  'https://docs.koog.ai/', // an agent framework's docs
  'https://www.usehorizon.ai/terms', // terms with a bracketed date
  'https://aid.daxue.cloud/en/argeement', // an agreement that does not say what the AI does
  'https://taxpersoft.com/policy/terms.html', // a developer's host for a blog-posting helper
];

const SHARED_PLATFORMS = [
  'https://policy-lineai.web.app/terms', // a LINE AI bot's terms on a shared platform (as before)
  'https://newt-agent-chat-site.vercel.app/ja/aichat/terms', // NEWT Chat's terms on a shared platform
  'https://openchat-landing.pages.dev/terms.html', // a Telegram bot's terms on a shared platform
  'https://aiwellflow.pages.dev/terms.html', // a user agreement on a shared platform
  'https://dreamteller-pi.vercel.app/terms', // a story-book app's terms on a shared platform
  'https://xpiksapp-website.pages.dev/blog/legal-ai-image-generators-for-microstock', // a blog on a shared platform
];

const NAMESAKES = [
  'https://www.kokkai.jp/', // beside 国会アプリ (kokkai.app)
  'https://kokkai.com/', // beside 国会アプリ (kokkai.app)
];

describe('twenty-seventh-session fifth sections pass traps', () => {
  it('adds one row, with one domain and no prefix, in the japan region', () => {
    expect(longTailC27Sections5Tools.length).toBe(1);
    expect(longTailC27Sections5Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(longTailC27Sections5Tools.every((t) => catalogRegion(t.id) === 'japan')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC27Sections5Tools), { api: true });
  });

  it('classifies the vendor page the row cites', () => {
    expectEachClassifiedAs(sourceUrls(longTailC27Sections5Tools));
    expectEachClassifiedAs({ 'https://www.kokkai.app/': 'kokkai-app' });
  });

  it('leaves general sites, feature terms, left-out hosts, shared platforms and namesakes unclassified', () => {
    expectNoneClassified([
      ...GENERAL_SITES_AND_PARENTS,
      ...EMBEDDED_AND_FEATURE_TERMS,
      ...LEFT_OUT,
      ...SHARED_PLATFORMS,
      ...NAMESAKES,
    ]);
  });
});
