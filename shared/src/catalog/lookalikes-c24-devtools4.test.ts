// Traps beside the rows the twenty-fourth session's fourth devtools pass added (data/long-tail-c24-devtools4.ts): the
// ordinary developer sites next to each kind of AI tool it added (changelog, test-management and issue-tracker sites,
// Minecraft and WordPress sites, databases and database clients, SSH terminals, caches, CDNs and app backends), the
// parents of the three claimed subdomains, the shared-platform copies and left-out hosts the pass read, and sites whose
// names sit close to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC24Devtools4Tools } from './data/long-tail-c24-devtools4';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://keepachangelog.com/en/1.1.0/', // the changelog convention, beside the AI changelog writer
  'https://github.com/', // a code host, beside the AI changelog writer and its GitHub App
  'https://www.testrail.com/', // test management, beside the AI test-generation platform
  'https://www.atlassian.com/software/jira', // an issue tracker, beside the AI Jira prioritiser
  'https://marketplace.atlassian.com/', // the app marketplace, beside the AI Jira prioritiser
  'https://www.minecraft.net/', // the game, beside the AI plugin and mod generator
  'https://www.spigotmc.org/', // a server-plugin community, beside the AI plugin and mod generator
  'https://fabricmc.net/', // a mod loader, beside the AI plugin and mod generator
  'https://wordpress.org/', // the CMS, beside the AI app builders
  'https://supabase.com/', // an app backend, beside the AI app builders
  'https://stripe.com/', // payments used by the app builders, beside them
  'https://www.postgresql.org/', // a database, beside the AI SQL assistant
  'https://dbeaver.io/', // a database client, beside the AI SQL assistant
  'https://tableplus.com/', // a Mac database client, beside the AI SQL assistant
  'https://www.termius.com/', // an SSH client, beside the AI terminals
  'https://www.putty.org/', // an SSH client, beside the AI terminals
  'https://www.openssh.com/', // SSH itself, beside the AI terminals
  'https://kubernetes.io/', // an orchestrator, beside the AI infrastructure pilot
  'https://redis.io/', // a cache, beside the semantic-caching LLM proxy
  'https://www.cloudflare.com/', // a CDN, beside the AI gateways
];

const PARENTS = [
  'https://yorishiro.ai/', // the parent of app-generator's claimed subdomain, not read
  'https://www.yorishiro.ai/', // the parent of app-generator's claimed subdomain, not read
  'https://testllms.com/', // the parent of the app builder's claimed app host, not read
  'https://www.testllms.com/', // the parent of the app builder's claimed app host, not read
  'https://alexcampo.tech/', // the personal site under which TerminoAI runs
  'https://www.alexcampo.tech/', // the personal site under which TerminoAI runs
];

const SHARED_PLATFORMS = [
  'https://ai-reliability-copilot.vercel.app/investigate', // a page on a shared platform
  'https://codebuddy-docs.vercel.app/features/documentation-generator', // docs on a shared platform
  'https://sites.google.com/view/automateit/home', // an extension's policy on a shared platform
  'https://rockriver-site.pages.dev/rockterm/support/ai-privacy-and-data/', // a terminal's AI page on a shared platform
  'https://loganalytics-hud.pages.dev/privacy', // a policy on a shared platform
  'https://packwolf-marketing.pages.dev/capabilities/observability', // a page on a shared platform
  'https://studio--studio-3665836333-6a952.us-central1.hosted.app/dashboard/api-docs/cron-notation-helper', // a hosted app
  'https://mekanjuma.github.io/Apex-Studio-Privacy/privacy-policy', // a policy on a shared platform
  'https://daretechie.github.io/api-reliability-suite/adr/0003-ai-error-analysis', // a design note on a shared platform
];

const LEFT_OUT = [
  'https://docs.promptmetrics.dev/prompt_engineering/playground', // self-hosted open-source prompt tool (c17 decision)
  'https://www.aiappsapi.com/articles/customaiapps/howaibuilds', // kept out as the c22 audio2 pass judged its articles
  'https://textochip.com/privacy', // a policy marked "Draft"
  'https://vanta-shell.com/ai-safe-local', // a terminal where the assistant is one feature
  'https://docs.devpilot.io/docs/servers/terminal-ai', // server management with an AI feature
  'https://www.querydeck.app/docs/ai/privacy', // a database client with an AI assistant
  'https://queryden.openidle.com/docs/ai/byo-key', // a database client whose AI is a helper and a stub
  'https://depot.dev/docs/review-agents/quickstart', // a CI platform's review agents, one feature
  'https://appwrite.io/docs/products/reviews/quick-start', // a backend platform's reviews, one feature
  'https://nocodb.com/docs/agents/repositories', // a database tool's coding agents, one feature
  'https://developer.harness.io/code-repository/use-harness-code/pull-requests/ai-agents', // a DevOps platform's PR agents
  'https://docs.gravwell.io/search/ai/ai.html', // a log platform's assistant, one feature
  'https://www.testassure.com/ai-policy', // a test-automation service with one AI feature
  'https://docs.resplendentdata.com/reference/ask-ai-in-docs/', // a docs site's Ask AI, one feature
  'https://ttsql.com/privacy', // a policy that says "generate SQL" only
  'https://terminallm.app/privacy', // AI only in the name
  'https://www.safecommit.app/privacy', // scans for AI risks, no AI of its own said
  'https://creador.io/terms', // terms that do not say AI
  'https://wp.budcoder.com/knowledge-base/docs/generate', // docs that do not say AI
  'https://godspeed.systems/docs/saarthi/workflows/ui-generation', // a workflow page that does not say AI
  'https://hivemindai.dev/docs/observability/agent-replay', // agent replay docs without AI said
  'https://ai-terminal.org/privacy.html', // a remote control for AI coding agents, running none itself
  'https://techconcepts.org/ai-classifier/privacy.html', // a company site with several Jira apps
  'https://sivect.com/privacy', // a company-wide policy
  'https://www.contenta-software.com/aidiffreview/privacy.html', // a company site with a plugin under a path
  'https://www.devsonline.engineer/privacy', // a gateway page on a site not otherwise read
  'https://analytics.cloudiq.ca/docs/promptr-studio', // a platform's prompt docs
  'https://afterthoughtai.com/subprocessors', // a subprocessor page only
  'https://langsight.dev/blog/self-hosting-ai-observability', // a blog post only
  'https://www.circuitsage.dev/blog/ai-code-generation-embedded', // a blog post only
  'https://syntetica.ai/blog/blog_article/ai-internal-application-generator', // a blog post only
  'https://promptly.cloud/how-to-build-a-prompt-playground-for-your-team', // a blog post only
  'https://builderdocs.scolemax.com/', // a personal builder's docs
  'https://setup.getpaperclip.ai/', // a custom-GPT setup guide
  'https://zyfolks.com/blog/local-llm-kubernetes-cluster-agent/', // a blog post
  'https://dailyaiworld.com/workflow/internal-tool-generator', // a content site
  'https://mydba.dev/', // seen only in a DEV post
];

const NAMESAKES = [
  'https://changelog.com/', // the podcast network, beside AutoChangelog
  'https://www.trulia.com/', // a property portal, beside Trulit
  'https://stacknest.com/', // beside StackNest (stacknests.com)
  'https://danoh.net/', // beside danoh (danoh.com)
  'https://termai.com/', // beside TermAI (termai.sh)
  'https://tableai.com/', // beside TableAI (tableai.org)
  'https://www.tableau.com/', // an analytics product, beside TableAI
  'https://proxyllm.com/', // beside ProxyLLM (proxyllm.dev)
  'https://cachegateway.net/', // beside CacheGateway (cachegateway.com)
];

describe('twenty-fourth-session devtools (devtools4) traps', () => {
  it('adds 13 rows, each with one domain and no prefix, in the global region', () => {
    expect(longTailC24Devtools4Tools.length).toBe(13);
    expect(longTailC24Devtools4Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(longTailC24Devtools4Tools.every((t) => catalogRegion(t.id) === 'global')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC24Devtools4Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC24Devtools4Tools));
    expectEachClassifiedAs({
      'https://autochangelog.com/': 'autochangelog',
      'https://docs.autoprioritizer.app/': 'autoprioritizer-ai',
      'https://app-generator.yorishiro.ai/': 'yorishiro-app-generator',
      'https://app.testllms.com/': 'testllms',
      'https://syspilot.alexcampo.tech/': 'terminoai',
      'https://www.stacknests.com/docs': 'stacknest',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...PARENTS, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
