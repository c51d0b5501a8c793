// The fifteenth-session re-check (issue 15). Six reported problems settled from the vendors' own pages and YC's records
// (akshaybhalotia/yc_company_scraper, MIT, pinned as `c13ayc`):
// - `opal` and `google-opal` were both Google Labs' Opal: `opal` removed, opal.google and opal.google.com moved to
//   `google-opal` (v2fly's google-deepmind file lists them under "Opal").
// - `clibrain` removed: Maisa's own SDK repository was Clibrain's (its changelog links github.com/clibrain/python-sdk), so
//   clibrain.com moved to `maisa`.
// - `apriora` removed: YC company 29263 is Apriora (apriora.ai) in W24.json and Alex (alex.com, formerly Apriora) in
//   Winter 2024.json, so apriora.ai moved to `alex-com`.
// - `cekura`: YC company 30068, "Cekura" on cekura.io in F24.json, is now Stewdio (stewdio.ai), so cekura.io moved to
//   `stewdio-ai`; `cekura` now stands for YC company 30046, Cekura (formerly Vocera), on cekura.ai, from its own docs.
// - `morph-llm` gained api.morphllm.com as an API endpoint (the vendor's own quickstart); `oversteer-dev` keeps its
//   domain, as no API host of its own is documented; `bible-chat-ai` (thecrosstalk.com) is unchanged and unsettled.
// Rows re-sourced to a stored copy of the vendor's own page: Jus IA (ia.jusbrasil.com.br/sobre, was unopened),
// Attention (docs.attention.com, which also adds attention.com), Laxis (its blog), iGenius (docs.igenius.ai), Petal
// (docs.petal.org, which adds its API host cite.petal.org) and Boosted.ai (its Alfa docs), all homepage-only before.
// The removed ids must stay gone; the pages read, the parents and the namesakes beside these rows stay unclassified.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified } from '../../testing/lookalikes';
import { catalog } from './index';

const SETTLED: Record<string, string> = {
  // Opal, one entry
  'https://opal.google/': 'google-opal',
  'https://opal.google.com/': 'google-opal',
  'https://opal.withgoogle.com/': 'google-opal',
  'https://developers.google.com/opal/Agent_Mode.md.txt': 'google-opal',
  // Clibrain is Maisa
  'https://clibrain.com/': 'maisa',
  'https://www.clibrain.com/en/products': 'maisa',
  'https://maisa.ai/': 'maisa',
  'https://api.maisa.ai/v1': 'maisa',
  // Apriora is Alex
  'https://apriora.ai/': 'alex-com',
  'https://www.apriora.ai/': 'alex-com',
  'https://alex.com/': 'alex-com',
  'https://www.alex.com/': 'alex-com',
  // the two Cekuras
  'https://cekura.io/': 'stewdio-ai',
  'https://www.cekura.io/': 'stewdio-ai',
  'https://www.stewdio.ai/': 'stewdio-ai',
  'https://www.cekura.ai/': 'cekura',
  'https://docs.cekura.ai/documentation/integrations/chat-testing': 'cekura',
  'https://dashboard.cekura.ai/': 'cekura',
  'https://api.cekura.ai/observability/v1/observe/': 'cekura',
  // APIs
  'https://morphllm.com/': 'morph-llm',
  'https://api.morphllm.com/v1/chat/completions': 'morph-llm',
  'https://morph.so/': 'morph-cloud',
  'https://oversteer.dev/': 'oversteer-dev',
  'https://thecrosstalk.com/': 'bible-chat-ai',
  // re-sourced
  'https://ia.jusbrasil.com.br/sobre': 'jus-ia',
  'https://attention.tech/': 'attention',
  'https://www.attention.com/': 'attention',
  'https://docs.attention.com/builder-101/triggers/attention-triggers': 'attention',
  'https://www.laxis.com/zh/blog/ai-meeting-summary-fatigue-2026/': 'laxis',
  'https://docs.igenius.ai/fundamentals/crystal': 'igenius',
  'https://docs.petal.org/usecases/ai_chat': 'petal',
  'https://cite.petal.org/api/ai/session/create': 'petal',
  'https://docs.agent-dev.boosted.ai/alfa/guides/legacy-workflows/create-manage-agents/creating-your-first-agent':
    'boosted-ai',
  'https://alfa.boosted.ai/client/agent/create-agent': 'boosted-ai',
};

const UNCLASSIFIED = [
  // pages read and parents
  'https://github.com/clibrain/python-sdk',
  'https://github.com/maisaai/python-sdk',
  'https://github.com/morphllm/morph-quickstarts',
  'https://www.ycombinator.com/companies/alex-com',
  'https://www.ycombinator.com/companies/cekura-ai',
  'https://www.ycombinator.com/companies/stewdio',
  'https://developers.google.com/',
  'https://www.google.com/',
  'https://www.jusbrasil.com.br/',
  'https://suporte.jusbrasil.com.br/hc/pt-br/articles/35776006089876',
  'https://help.statisfy.com/integrations/attention_integration',
  // namesakes and siblings beside the settled rows
  'https://www.clibrain.es/',
  'https://opal.com/',
  'https://www.vocera.com/',
  'https://cekura.com/',
  'https://www.stewdio.com/',
  'https://apriora.com/',
  'https://www.alex.ai/',
  'https://morph.com/',
  'https://oversteer.com/',
  'https://thebiblechat.com/',
  'https://www.attention.org/',
  'https://www.petal.com/',
  'https://www.boosted.com/',
];

describe('fifteenth-session re-check', () => {
  it('the settled and re-sourced hosts classify to the entries that keep them', () => {
    expectEachClassifiedAs(SETTLED, { api: true });
  });

  it('the duplicate and renamed entries are gone', () => {
    const ids = new Set(catalog.map((t) => t.id));
    expect(['opal', 'clibrain', 'apriora'].filter((id) => ids.has(id))).toEqual([]);
  });

  it('the pages read, the parents and the namesakes beside them stay unclassified', () => {
    expectNoneClassified(UNCLASSIFIED);
  });
});
