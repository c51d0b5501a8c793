// Traps beside the rows the sixteenth session's codedata pass added (data/long-tail-c16-codedata.ts): the parent
// hosts beside the subdomains it claims, the hosts users publish their Vibely apps on, general developer and data
// software beside the AI tools, the vendors' pages on shared platforms, leads it left out, and sites that share a
// name with the new entries. Every trap must stay unclassified; every new host must classify to its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC16CodedataTools } from './data/long-tail-c16-codedata';

const GENERAL_SITES = [
  'https://www.forinit.com/', // only codepeel.forinit.com is claimed
  'https://raegent.com/', // only agent.raegent.com (Burg AI) is claimed
  'https://myapp.vibelyagent.com/', // apps users publish with Vibely, not Vibely itself
  'https://www.codacy.com/', // code quality, beside the AI reviewers
  'https://dbeaver.com/', // SQL client with an AI assistant, beside the AI data analysts
  'https://dorik.com/', // website builder with AI features, beside the AI site builders
  'https://www.unstoppabledomains.com/', // domains, with an AI site builder inside
  'https://www.devpilot.io/', // server management with a terminal assistant
  'https://www.testplanit.com/', // test management with AI generation as one feature
  'https://www.vansah.com/',
  'https://jupyter.org/', // notebooks, beside MLJAR's AI data analyst
  'https://mistflow.ai/', // left out: its app planning runs without a model
  'https://www.browserstack.com/', // testing clouds with AI agents as features, beside the AI QA tools
  'https://testingbot.com/',
  'https://sentry.io/', // error monitoring, whose errors Aion turns into fixes
  'https://www.holistics.io/', // BI with AI features, beside the AI data analysts
];

const SHARED_PLATFORMS = [
  'https://github.com/mljar/mljar-supervised', // a vendor's repository on GitHub
  'https://dev.to/critiquedotsh', // Critique's posts on DEV
  'https://www.leemerlabs.com/critique', // the maker's group site, not the product
  'https://critiq.pages.dev/blog/', // a different review CLI, on a shared host
];

const NAMESAKES = [
  'https://www.sequelpro.com/', // a MySQL client, beside Sequel
  'https://www.sketch.com/', // the design app, beside Sketchflow.ai
  'https://www.figma.com/', // the design tool FireJet converts from
  'https://www.42.fr/', // the school, beside 42cells
  'https://datahubproject.io/', // the metadata catalog, beside DataHub Pro
  'https://buildly.io/', // Buildly Labs, beside buildlyq.com
  'https://www.alchemy.com/', // the web3 developer platform, beside Alchemify
  'https://frontapp.com/', // the shared inbox, beside Frona
];

describe('sixteenth-session codedata traps', () => {
  it('adds 46 rows with one domain each', () => {
    expect(longTailC16CodedataTools.length).toBe(46);
    expect(longTailC16CodedataTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC16CodedataTools), { api: true });
  });

  it('classifies the pages the vendors name', () => {
    expectEachClassifiedAs({
      'https://www.critique.sh/introduction': 'critique-sh',
      'https://codepeel.forinit.com/docs/auto-test': 'codepeel',
      'https://docs.alchemify.ai/user-guide/builder': 'alchemify',
      'https://apidocs.overtenai.com/guides/analyze': 'overten-ai',
      'https://api.llmroute.xyz/v1/chat/completions': 'llmroute',
      'https://docs.42cells.com/conversations': '42cells',
      'https://docs.vibely.sh/docs/workspace/project-settings': 'vibely',
      'https://resell.api.airforce/en/app/docs': 'api-airforce',
      'https://docs.axtl.dev/guides/create-a-backend': 'axtl',
    });
  });

  it('leaves general sites, shared platforms and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...NAMESAKES]);
  });
});
