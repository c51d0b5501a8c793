// Traps beside the rows and hosts the sixteenth session's providers pass added (data/long-tail-c16-providers.ts, and
// the hosts it gave `crusoe-managed-inference`, `avian`, `saladcloud` and `infini-ai-genstudio`): the registries' own
// repositories on GitHub, the general API host of Charity Engine (left out), and sites that share a name with the new
// entries. Every trap must stay unclassified; every new host must classify to its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC16ProvidersTools } from './data/long-tail-c16-providers';

const GENERAL_SITES = [
  'https://api.charityengine.services/', // volunteer computing; its inference is only a path on this API host
  'https://www.charityengine.com/',
];

const SHARED_PLATFORMS = [
  'https://github.com/BerriAI/litellm', // the registries read, on GitHub
  'https://github.com/musistudio/claude-code-router',
  'https://github.com/pydantic/genai-prices',
  'https://github.com/eosphoros-ai/DB-GPT',
];

const NAMESAKES = [
  'https://unity.com/', // Unity, the game engine, beside Unity2.Ai
  'https://www.unity3d.com/',
  'https://www.bitdeer.com/', // Bitdeer's bitcoin-mining business, beside its AI cloud bitdeer.ai
  'https://www.avianca.com/', // the airline, beside Avian's avian.io
  'https://code.org/', // beside code0.ai
];

describe('sixteenth-session providers traps', () => {
  it('adds eleven provider rows, each with its own host', () => {
    expect(longTailC16ProvidersTools.length).toBe(11);
    expect(longTailC16ProvidersTools.every((t) => t.domains.length + t.apiEndpoints.length > 0)).toBe(true);
    expect(longTailC16ProvidersTools.every((t) => t.urlPrefixes.length === 0)).toBe(true);
  });

  it('classifies every new host to its own entry, as a page and as an API request', () => {
    expectEachClassifiedAs(ownUrls(longTailC16ProvidersTools), { api: true });
  });

  it('classifies the base URLs and pages the registries name, and the hosts added to existing entries', () => {
    expectEachClassifiedAs(
      {
        'https://api.stima.tech/v1/chat/completions': 'apertis-stima',
        'https://api.llamagate.dev/v1/chat/completions': 'llamagate',
        'https://api.chuizi.ai/v1/chat/completions': 'chuizi-ai',
        'https://app.chuizi.ai/login': 'chuizi-ai',
        'https://api.doubleword.ai/v1/chat/completions': 'doubleword',
        'https://gw.claudeapi.com/v1/messages': 'claudeapi-relay',
        'https://unity2.ai/v1/chat/completions': 'unity2-ai',
        'https://infistar.ai/v1/chat/completions': 'infistar-ai',
        'https://managed-inference-api-proxy.crusoecloud.com/v1/chat/completions': 'crusoe-managed-inference',
        'https://ai.salad.cloud/v1/chat/completions': 'saladcloud',
      },
      { api: true },
    );
    expectEachClassifiedAs({
      'https://www.bitdeer.ai/': 'bitdeer-ai',
      'https://cloudrift.ai/': 'cloudrift',
      'https://docs.doubleword.ai/inference-api/models': 'doubleword',
      'https://console.claudeapi.com/': 'claudeapi-relay',
      'https://avian.io/pricing/': 'avian',
      'https://cloud.infiniai.cn/models': 'infini-ai-genstudio',
    });
  });

  it('leaves general sites, shared platforms and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...NAMESAKES]);
  });
});
