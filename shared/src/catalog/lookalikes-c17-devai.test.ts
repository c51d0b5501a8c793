// Look-alike traps for the seventeenth session's devai pass (data/long-tail-c17-devai.ts): ordinary developer sites
// next to each kind of tool the pass added (issue trackers, design tools, CMSs, databases, test frameworks, BI), the
// parents of the three claimed subdomains, pages the pass read and chose not to cite (shared-host copies, hosts that
// serve customers' generated sites, tools that never say they use AI, infrastructure, personal pages), and sites whose
// names echo the new entries. None of them may classify; each new host must classify to the row that claims it.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC17DevaiTools } from './data/long-tail-c17-devai';

const GENERAL_SITES = [
  'https://www.atlassian.com/software/jira', // issue tracking, beside Figma2Jira
  'https://www.figma.com/', // the design tool the design-to-code rows read from
  'https://wordpress.org/plugins/', // the plugin directory, beside the AI plugin builders
  'https://www.shopify.com/', // the store platform Design2Liquid targets
  'https://www.postgresql.org/', // databases, beside the text-to-SQL rows
  'https://www.mysql.com/',
  'https://www.metabase.com/', // classic BI, beside Vibe BI and BI Jedi
  'https://www.selenium.dev/', // test frameworks, beside the QA agents
  'https://playwright.dev/',
  'https://www.browserstack.com/', // a testing cloud
  'https://flutter.dev/', // the frameworks the app builders emit
  'https://developer.apple.com/swiftui/',
  'https://tailwindcss.com/',
  'https://dbeaver.com/docs/cloudbeaver/AI-Assistance-and-Data-Privacy', // a database IDE with an AI feature, read and left out
];

const CLAIMED_SUBDOMAIN_PARENTS = [
  'https://codepulsehq.com/', // parent of review.codepulsehq.com
  'https://biab.cloud/', // parent of agents.biab.cloud
  'https://www.mobincube.com/', // the long-standing app builder, parent of ai.mobincube.com
  'https://nextmark.ae/', // parent of studio.nextmark.ae
];

const LEFT_OUT = [
  'https://be4-1af.pages.dev/terms.html', // Revisor on pages.dev
  'https://codingplan-ai.pages.dev/privacy',
  'https://frontend-tc-llm-generator.vercel.app/terms', // QuraEx on vercel.app
  'https://datavision-ai.vercel.app/terms',
  'https://jetxu-llm.github.io/LlamaPReview-site/privacy.html',
  'https://testagent-io.pages.dev/terms.html',
  'https://cloudscode-marketing.pages.dev/terms',
  'https://3-7-90-50.sslip.io/terms', // Codient AI on a bare IP host
  'https://webide-71i.pages.dev/pages/terms.html',
  'https://promptpage.site/en/terms', // customers' sites are published on its subdomains
  'https://vibe.site/privacy',
  'https://codingassist.bot/en/terms', // calls its reviewer deterministic
  'https://www.ttsql.com/privacy', // never says AI
  'https://www.plainquery.app/terms-of-service',
  'https://docs.avm.codes/use-cases/CloudBasedCodingAgents', // sandbox infrastructure
  'https://docs.agenttool.dev/tools',
  'https://divriots.com/legal/code.to.design/terms/', // a converter with no model
  'https://finetunedb.com/privacy-policy', // its notice never mentions models
  'https://www.promptmetrics.dev/terms', // self-hosted open source
  'https://council.stardreamgames.com/privacy', // a games studio's side project
  'https://neuronx.jagatab.uk/guard/privacy', // a personal site
  'https://easymvp.io/refund-policy', // a template page
  'https://www.eltpulse.dev/docs/ai-builder', // one feature of a pipeline tool
  'https://docs.restapi.com/docs/tools/ai-assistant',
  'https://www.qa24by7.com/qaxelerate_terms.html', // a Jira add-on on a QA services site
  'https://readme.facets.cloud/docs/kubernetes-ai-agent',
];

const NAMESAKES = [
  'https://www.chatcode.com/', // beside ChatCode
  'https://www.codecloud.com/', // beside codecloud
  'https://www.applora.com/', // beside Applora
  'https://www.aisle.com/', // beside Aisle
  'https://www.codecraft.com/', // beside CodeCraft AI
  'https://www.reviewww.com/', // beside Reviewww
  'https://www.vibebi.com/', // beside Vibe BI
  'https://www.jedi.com/', // beside BI Jedi
  'https://www.agentivity.com/', // beside Agentivity
  'https://www.app2.com/', // beside App2
  'https://codepulse.com/', // beside CodePulse Reviews
  'https://www.pixtocode.net/', // beside PixToCode
];

describe('seventeenth-session devai traps', () => {
  it('adds 53 rows, each claiming one domain and no URL prefix', () => {
    expect(longTailC17DevaiTools.length).toBe(53);
    expect(longTailC17DevaiTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC17DevaiTools), { api: true });
  });

  it('classifies the cited vendor pages served from subdomains of the claimed hosts', () => {
    expectEachClassifiedAs({
      'https://docs.codealive.ai/features/codebase-chat': 'codealive',
      'https://clone.appcafe.com/terms': 'appcafe',
      'https://docs.tryblox.app/terms': 'blox-ios-builder',
      'https://eu-west.pmcp.run/terms': 'pmcp-run',
      'https://app.cloudmcp.dev/terms': 'cloud-mcp',
      'https://app.ailog.fr/fr/docs/api': 'ailog-rag',
      'https://docs.llmtune.io/fine-tuning/overview': 'llmtune-io',
      'https://www.studio.nextmark.ae/terms': 'nextmark-studio',
    });
  });

  it('leaves general sites, subdomain parents, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...CLAIMED_SUBDOMAIN_PARENTS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
