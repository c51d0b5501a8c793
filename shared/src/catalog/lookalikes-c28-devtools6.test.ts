// Traps beside the rows the twenty-eighth session's sixth devtools pass added (data/long-tail-c28-devtools6.ts): the
// ordinary sites next to each kind of AI tool it added (datasets, crowd-work marketplaces and human annotation services
// beside the labelling platforms, API specs and proxies beside the gateways and test generators, standards pages
// beside the guardrail and evaluation tools, markdown and GitHub docs beside the documentation generators), the
// parent of the one claimed subdomain and the left-out pages the pass read. None of them may classify; every new host
// must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC28Devtools6Tools } from './data/long-tail-c28-devtools6';

const GENERAL_SITES = [
  'https://cocodataset.org/', // a public dataset, beside the labelling platforms
  'https://www.mturk.com/', // a crowd-work marketplace, beside the labelling platforms
  'https://pytorch.org/', // a training framework, beside Lightly and SentiSight.ai
  'https://www.openapis.org/', // the OpenAPI initiative, beside Shift Left AI
  'https://swagger.io/', // API design tooling, beside Shift Left AI
  'https://www.nginx.com/', // a web proxy, beside the LLM gateways
  'https://www.nist.gov/itl/ai-risk-management-framework', // a standards page, beside the guardrail and evaluation tools
  'https://docs.github.com/en/repositories', // GitHub's docs, beside the documentation generators
  'https://www.markdownguide.org/', // a markdown guide, beside GitMD
  'https://www.dpriver.com/blog/category/sql-security/', // a SQL-parser vendor's blog on text-to-SQL validation
];

const PARENTS = [
  'https://aiskillhub.info/', // parent of the claimed cartographer.aiskillhub.info
  'https://thetestingacademy.com/', // EvalDog's operator, a testing course site
];

const LEFT_OUT = [
  'https://www.aitaggers.com.au/terms-of-service', // a human annotation service
  'https://taskannotation.com/legal/privacy-policy', // a human annotation workforce platform
  'https://www.welabeldata.com/blog/data-labeling-pricing-guide', // a human annotation service's guide
  'https://www.gdsonline.tech/data-annotation-pricing', // a digital-services firm's annotation pricing guide
  'https://decompressed.io/terms', // vector storage whose terms make no AI claim
  'https://labelstud.io/', // the open-source Label Studio site, a trap of an earlier pass (HumanSignal's host is listed)
];

describe('twenty-eighth-session devtools6 pass: AI labelling, gateways, evaluation and doc generators', () => {
  it('adds 18 rows', () => {
    expect(longTailC28Devtools6Tools.map((t) => t.id)).toEqual([
      'encord',
      'kili-technology',
      'unitlab-annotate',
      'voxel51-fiftyone',
      'pictograph',
      'refuel',
      'label-studio-enterprise',
      'lightly',
      'sentisight-ai',
      'nyuro',
      'ingate-ai',
      'virtue-ai',
      'blockconvey',
      'evaldog',
      'raglink',
      'gitmd',
      'code-cartographer',
      'shift-left-ai',
    ]);
  });

  it('classifies each new host and each source page to its entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC28Devtools6Tools), { api: true });
    expectEachClassifiedAs(sourceUrls(longTailC28Devtools6Tools));
  });

  it('leaves general sites, parents and left-out pages unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...PARENTS, ...LEFT_OUT]);
  });
});
