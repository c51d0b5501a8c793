// Traps beside the hosts the sixteenth session's ycrest helper took from Y Combinator's 2025 batches
// (data/long-tail-c16-ycrest.ts; leads from yc-oss/api, which has no licence, and from the MIT directory scrape pinned as
// `c13ayc`). Every new host, and the three renamed hosts given to existing entries (aside.com, knowlify.com,
// manufact.com), must classify to its own entry; the directory, the lead, the vendors' GitHub organisations, namesakes
// and the records left out (renamed hosts with no page of their own, pivots, infrastructure, services) must not.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC16YcrestTools } from './data/long-tail-c16-ycrest';

const DIRECTORY_AND_LEAD = [
  'https://www.ycombinator.com/companies/sennu-ai', // the directory page of a new entry
  'https://yc-oss.github.io/api/batches/fall-2025/aside.json', // the unlicensed lead
  'https://github.com/akshaybhalotia/yc_company_scraper', // the licensed scrape
];

const GITHUB_ORGS = [
  'https://github.com/magnitudedev/magnitude', // Magnitude's repository (the row cites a file in it)
  'https://github.com/mcp-use/mcp-use', // the mcp-use SDK (source of manufact.com)
  'https://github.com/datafruit-dev', // datafruit's organisation, which names no datafruit.ai
  'https://github.com/bitrig/bitrig', // the old OpenBSD fork, not the YC app builder
];

const NAMESAKES = [
  'https://www.magnitude.com/', // Magnitude Software, enterprise data software
  'https://www.egress.com/', // Egress, an email security company, beside Egress Health
  'https://rivet.gg/', // Rivet, game-server hosting, beside rivet.design
  'https://www.getweave.com/', // Weave, dental-office communications, beside workweave.dev
  'https://www.weave.works/', // Weaveworks, beside workweave.dev
  'https://www.roarkcapital.com/', // Roark Capital, beside roark.ai
  'https://www.caddieagent.ai/knowledge-base', // Caddie, a Slack assistant, beside Caddy
  'https://www.hirecaddie.ai/sales-assistant/privacy', // another Caddie
  'https://caddyserver.com/', // the Caddy web server
  'https://bitrig.org/', // the old OpenBSD fork's site
  'https://www.sage.com/', // the Sage Group, beside Sage (home care)
  'https://spark.apache.org/', // Apache Spark, beside Spark (energy projects)
  'https://www.pharos.com/', // beside Pharos (pharos.health)
];

const LEFT_OUT = [
  'https://janet.ai/', // Janet AI's new host; no page of its own found (the entry keeps tryjanet.ai)
  'https://vulcan.ai/', // Vulcan Technologies' new host; no page found
  'https://clickshealth.com/', // Clicks' new host; no page found
  'https://quotain.com/', // Eden renamed; no page found
  'https://caddy.app/', // Caddy; only a magazine write-up
  'https://trycaddy.ai/', // Caddy's older host
  'https://semiotic.com/', // Semiotic's newer host; no page found
  'https://clerked.ai/', // the brief's renamed hosts, none tied to a vendor page
  'https://pingo.ai/',
  'https://getlark.ai/',
  'https://datafruit.ai/',
  'https://bitrig.com/',
  'https://copperlane.ai/',
  'https://chasi.ai/',
  'https://perseus.computer/', // Mantle, pivoted to search infrastructure for coding agents
  'https://www.panoptive.com/', // AgentHub, pivoted to clinical-trial oversight
  'https://waffle.ai/', // an older host of Opine (the Spring 2025 yc-oss file predates the scrape)
  'https://kernel.sh/', // infrastructure for agents
  'https://absurd.com/', // an AI ad studio (services)
  'https://www.useflai.com/', // phone agents a dealership deploys
  'https://pickle.com/', // a vague record, mostly AR glasses
  'https://soniahealth.com/', // Sonia's AI therapy; not tied to the sonia-ai entry by any page
  'https://careforce.ai/', // phone agents a clinic deploys
  'https://repromptai.com/', // a location-data vendor
  'https://edgetrace.ai/', // camera intelligence for public safety
  'https://navier.ai/', // engineering simulation
  'https://storioai.com/', // HeartByte's record, whose name and host disagree
];

describe('c16 ycrest look-alikes', () => {
  it('has the rows the pass added, one domain each', () => {
    expect(longTailC16YcrestTools.length).toBe(34);
    expect(longTailC16YcrestTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host and renamed host to its own entry', () => {
    expectEachClassifiedAs(
      {
        ...ownUrls(longTailC16YcrestTools),
        'https://docs.magnitude.dev/': 'magnitude-dev',
        'https://aside.com/': 'asidehq-com',
        'https://docs.aside.com/help/tasks': 'asidehq-com',
        'https://knowlify.com/articles/how-does-an-ai-video-generator-work': 'knowlify',
        'https://manufact.com/': 'mcp-use',
        'https://inspector.manufact.com/': 'mcp-use',
        'https://sanctum.ai/': 'sanctum', // the local-AI app stays its own entry beside withsanctum.com
        'https://www.tryfuse.ai/': 'fuseai', // FuseAI, beside Fuse (patient intake)
        'https://parallel.ai/': 'parallel-ai', // Parallel Web Systems, beside Parallel (healthcare admin)
      },
      { api: true },
    );
  });

  it('leaves the directory and the leads unclassified', () => {
    expectNoneClassified(DIRECTORY_AND_LEAD);
  });

  it("leaves the vendors' GitHub organisations unclassified", () => {
    expectNoneClassified(GITHUB_ORGS);
  });

  it('leaves namesakes unclassified', () => {
    expectNoneClassified(NAMESAKES);
  });

  it('leaves the records left out unclassified', () => {
    expectNoneClassified(LEFT_OUT);
  });
});
