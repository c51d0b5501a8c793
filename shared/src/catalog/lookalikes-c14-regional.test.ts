// Traps beside the fourteenth session's regional pass (data/regional-c14-regional.ts, data/platform-ai-sections-c14.ts
// and the aliases it added to asana-ai and semrush-ai-visibility): the general sites and sibling paths of the vendors
// whose AI sections became prefixes, the parents of the AI subdomains, and records the pass left out. Every trap must
// stay unclassified; every new host and prefix must classify to its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { platformAiSectionToolsC14 } from './data/platform-ai-sections-c14';
import { regionalC14RegionalTools } from './data/regional-c14-regional';

const ROWS = [...platformAiSectionToolsC14, ...regionalC14RegionalTools];

const SIBLINGS_AND_PARENTS = [
  'https://slack.com/',
  'https://slack.com/features/huddles',
  'https://slack.com/features/canvas',
  'https://slack.com/features/enterprise-search',
  'https://slack.com/pricing',
  'https://www.opera.com/',
  'https://www.opera.com/features/free-vpn',
  'https://www.opera.com/features/translation',
  'https://www.klaviyo.com/',
  'https://www.klaviyo.com/products/email-marketing',
  'https://www.klaviyo.com/solutions',
  'https://docs.snowflake.com/en/sql-reference/sql/select',
  'https://docs.snowflake.com/en/user-guide',
  'https://docs.datadoghq.com/apm/',
  'https://docs.datadoghq.com/',
  'https://developers.cloudflare.com/workers/',
  'https://asana.com/',
  'https://asana.com/product',
  'https://asana.com/pricing',
  'https://www.semrush.com/',
  'https://www.semrush.com/one/',
  'https://www.rakuten.co.jp/',
  'https://rakuten.co.jp/',
  'https://events.yahoo.co.jp/',
  'https://www.yahoo.co.jp/',
  'https://www.nttdata.com/jp/ja/',
  'https://www.softbank.jp/biz/services/',
  'https://global.fujitsu/ja-jp/',
  'https://tekion.jp/',
  'https://www.casio.com/',
  'https://casio.com/',
  'https://www.docker.com/products/docker-desktop/',
  'https://www.docker.com/',
  'https://aws.amazon.com/',
  'https://aws.amazon.com/quicksight/',
  'https://aws.amazon.com/devops/',
  'https://cloud.google.com/products/spanner',
  'https://tinyhumans.ai/',
  'https://docs.github.com/en/authentication', // GitHub's other docs
  'https://docs.github.com/',
  'https://docs.sentry.io/product/issues/',
  'https://docs.netlify.com/build/configure-builds/overview/',
  'https://docs.gitlab.com/user/clusters/agent', // GitLab's Kubernetes agent, not AI
  'https://docs.gitlab.com/',
  'https://docs.gitlab.com/user/analytics/analytics_dashboards',
  'https://workspace.google.com/',
  'https://developers.google.com/workspace',
  'https://developers.google.com/',
  'https://www.miricanvas.com/', // a design tool with AI features, not an AI product
  'https://contents.shiftinc.jp/nemuranai/', // services
  'https://officecli.ai/', // tooling for agents
];

const LEFT_OUT = [
  'https://slack.com/ai-agents', // kept unclaimed, as lookalikes-c12-lists-d.test.ts requires
  'https://developers.cloudflare.com/ai-search/', // infrastructure
  'https://developers.zoom.us/docs/ai-services/',
  'https://developers.intercom.com/docs/guides/fin-agent-api',
  'https://9router.com/', // AI gateways
  'https://konghq.com/products/kong-ai-gateway',
  'https://www.softbank.jp/business/service/ai/sarashina-api/', // model APIs
  'https://www.sakura.ad.jp/aipf/',
  'https://www.abceed.com/', // not an AI product
  'https://deeplivecam.net/', // host not shown to be the product's own
  'https://buildbygrok.com/',
  'https://get-hermes.ai/',
  'https://kitesurf.cloudflare.app/',
  'https://mailchimp.com/solutions/ai-tools/', // provenance of the llms.txt copy unclear
  'https://www.servicenow.com/community/now-assist/ct-p/now-assist',
];

describe('fourteenth-session regional pass', () => {
  it('adds its rows', () => {
    expect(ROWS.length).toBe(38); // 39 taken; Palmier Pro (palmier.io) came in the same day from its YC record (long-tail-c14-ycnew.ts)
  });

  it('classifies every new host and prefix as its own entry', () => {
    expectEachClassifiedAs(
      {
        ...ownUrls(ROWS),
        'https://asana.com/product/ai': 'asana-ai',
        'https://developers.google.com/opal': 'google-opal',
        'https://autify.jp/': 'autify',
        'https://docs.github.com/en/copilot/get-started/quickstart': 'github-copilot',
        'https://docs.sentry.io/product/ai-in-sentry/': 'sentry-seer',
        'https://docs.gitlab.com/user/gitlab_duo': 'gitlab-duo',
        'https://docs.gitlab.com/user/duo_agent_platform/agents': 'gitlab-duo',
        'https://docs.gitlab.com/user/gitlab_duo_chat/agentic_chat': 'gitlab-duo',
        'https://www.semrush.com/ai-seo/overview/': 'semrush-ai-visibility',
      },
      { api: true },
    );
  });

  it('leaves general sites, sibling paths, parents and left-out records unclassified', () => {
    expectNoneClassified([...SIBLINGS_AND_PARENTS, ...LEFT_OUT]);
  });
});
