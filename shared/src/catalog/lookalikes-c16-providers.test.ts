// Traps beside the rows and hosts the sixteenth session's providers pass added (data/long-tail-c16-providers.ts, and
// the hosts it gave nine existing entries, listed in that file's header): the registries' own repositories on GitHub,
// general hosts beside the claimed ones (Charity Engine's API host, the parent of PackyCode's endpoint hosts, the
// clouds whose AI APIs are claimed by subdomain or path), and sites that share a name with the new entries. Every trap must stay unclassified; every new host must classify to its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC16ProvidersTools } from './data/long-tail-c16-providers';

const GENERAL_SITES = [
  'https://api.charityengine.services/', // volunteer computing; its inference is only a path on this API host
  'https://www.charityengine.com/',
  'https://api.fan/', // only PackyCode's cf. and slb-v1. endpoint hosts are claimed
  'https://www.ucloud.cn/', // UCloud's cloud; only its Astraflow site and ModelVerse API hosts are claimed
  'https://cloud.tencent.com/', // only the TokenHub product page is claimed
  'https://developer.amd.com.cn/radeon/', // AMD's Radeon developer cloud, left out
];

const SHARED_PLATFORMS = [
  'https://github.com/BerriAI/litellm', // the registries read, on GitHub
  'https://github.com/musistudio/claude-code-router',
  'https://github.com/pydantic/genai-prices',
  'https://github.com/eosphoros-ai/DB-GPT',
  'https://github.com/farion1231/cc-switch',
  'https://github.com/ThinkInAIXYZ/deepchat',
  'https://github.com/camel-ai/camel',
  'https://github.com/HKUDS/nanobot',
  'https://github.com/enricoros/big-AGI',
];

const NAMESAKES = [
  'https://unity.com/', // Unity, the game engine, beside Unity2.Ai
  'https://www.unity3d.com/',
  'https://www.bitdeer.com/', // Bitdeer's bitcoin-mining business, beside its AI cloud bitdeer.ai
  'https://www.avianca.com/', // the airline, beside Avian's avian.io
  'https://code.org/', // beside code0.ai
  'https://www.zeta.tech/', // banking software, beside ZetaAPI
  'https://pipe.com/', // revenue financing, beside PIPELLM
];

describe('sixteenth-session providers traps', () => {
  it('adds forty-five provider rows, each with its own host', () => {
    expect(longTailC16ProvidersTools.length).toBe(45);
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
        'https://gw.apito.ai/v1/messages': 'claudeapi-relay',
        'https://slb-v1.api.fan/v1/messages': 'packycode',
        'https://api.aicodemirror.ai/api/claudecode/v1/messages': 'aicodemirror',
        'https://node-hk.sssaiapi.com/api/v1/messages': 'sssaicode',
        'https://open.cherryin.net/v1/messages': 'cherryin',
        'https://cc-api.pipellm.ai/v1/messages': 'pipellm',
        'https://tokenflux.ai/v1/chat/completions': 'tokenflux',
        'https://bridge.crynux.ai/v1/llm/chat/completions': 'crynux',
        'https://api.apifree.ai/agent/v1/chat/completions': 'skywork-apifree',
        'https://api.llmapi.ai/v1/chat/completions': 'llmapi-ai',
        'https://tokenhub.tencentmaas.cn/v1/chat/completions': 'tencent-tokenhub',
        'https://cp.compshare.cn/v1/messages': 'astraflow',
        'https://router.shengsuanyun.com/api/v1/messages': 'shengsuanyun',
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
      'https://www.packyapi.ai/register': 'packycode',
      'https://www.rightapi.ai/register': 'rightcode',
      'https://sudocode.chat/sign-up': 'sudocode-chat',
      'https://sudocode.ai/': 'sudocode', // the coding-agent entry keeps its own host
      'https://dashboard.therouter.ai/': 'therouter-ai',
      'https://www.shengsuanyun.com/': 'shengsuanyun',
      'https://astraflow.ucloud.cn/modelverse/api-keys': 'astraflow',
      'https://greenpt.com/': 'greenpt',
      'https://302ai.cn/pricing/': '302-ai',
    });
  });

  it('leaves general sites, shared platforms and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...NAMESAKES]);
  });
});
