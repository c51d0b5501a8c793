// The fourteenth session's lead pass (data/long-tail-c14-lead.ts): AI agent products that e2b-dev/awesome-ai-agents
// names, sourced from the vendors' own pages and repositories. Every new host must reach its own entry; the list's
// other links (frameworks' sites, benchmarks, shared app platforms, general software, consulting pages, a person's
// site) and hosts the rows leave unproven must stay unclassified.
import { describe, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC14LeadTools } from './data/long-tail-c14-lead';

const NOT_PRODUCTS_OR_UNPROVEN = [
  'https://hub.docker.com/r/example/agent',
  'https://marketplace.visualstudio.com/items?itemName=example.blinky',
  'https://hex.tech/', // data notebooks with an AI feature, not an AI product site
  'https://saga.so/', // a notes app
  'https://zapier.com/',
  'https://www.loom.com/share/abc',
  'https://gpt-migrate.com/', // a migration consulting page
  'https://www.agentforge.net/', // an agent framework's site
  'https://docs.sourcegraph.com/',
  'https://yoheinakajima.com/', // a person's site
  'https://demogpt.streamlit.app/', // a shared app platform
  'https://www.swebench.com/', // a benchmark
  'https://voyager.minedojo.org/', // a research project
  'https://docketai.net/', // the e2b list's host for Docket, unproven
  'https://www.evo.com/', // a sporting-goods shop
  'https://www.kuafu.com/',
  'https://mentat.codes/', // the e2b list's host for Mentat, unproven (the repository names mentat.ai)
];

describe('fourteenth-session lead pass', () => {
  it('classifies every host it added to its own entry', () => {
    const expected: Record<string, string> = ownUrls(longTailC14LeadTools);
    expected['https://help.docketai.com/en/articles/1'] = 'docket-ai';
    // second hosts from rootsongjc/ai-native-landscape
    expected['https://fastgpt.io/'] = 'fastgpt';
    expected['https://www.simstudio.ai/'] = 'sim-ai';
    expected['https://www.letsmagic.ai/'] = 'letsmagic';
    expectEachClassifiedAs(expected, { api: true });
  });

  it('leaves the list’s other links and unproven hosts unclassified', () => {
    expectNoneClassified(NOT_PRODUCTS_OR_UNPROVEN);
  });
});
