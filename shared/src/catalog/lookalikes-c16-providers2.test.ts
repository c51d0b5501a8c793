// Traps beside the rows and hosts the sixteenth session's providers2 pass added (data/long-tail-c16-providers2.ts, and
// the hosts it gave eight existing entries, listed in that file's header): the registries' own repositories on GitHub,
// general hosts beside the claimed ones (the real-time media platform the voice plugins run on, a telecom API, the
// Alibaba Cloud and Tencent Cloud sites around the claimed AI hosts, Lepton's parent domain), and sites that share a
// name with the new entries. Every trap must stay unclassified; every new host must classify to its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC16Providers2Tools } from './data/long-tail-c16-providers2';

const GENERAL_SITES = [
  'https://livekit.io/', // real-time media infrastructure the voice-agent plugins run on, left out
  'https://telnyx.com/', // a telecom API, left out
  'https://ilinkai.weixin.qq.com/', // WeChat's bot API host, left out
  'https://console.aliyun.com/', // Alibaba Cloud's console; only its DashScope and Bailian hosts are claimed
  'https://www.aliyun.com/',
  'https://cloud.tencent.com/', // Tencent Cloud; only Hunyuan's API hosts and pages are claimed
  'https://lepton.run/', // only the search app and one model host under it are claimed
];

const SHARED_PLATFORMS = [
  'https://github.com/agno-agi/agno', // the registries read, on GitHub
  'https://github.com/pipecat-ai/pipecat',
  'https://github.com/livekit/agents',
  'https://github.com/MartialBE/one-hub',
  'https://github.com/bolna-ai/bolna',
  'https://github.com/zeroclaw-labs/zeroclaw',
  'https://github.com/VoltAgent/voltagent',
  'https://github.com/videosdk-live/agents',
];

const NAMESAKES = [
  'https://www.asyncapi.com/', // the AsyncAPI specification, beside Async's async.com
  'https://www.bithumb.com/', // a crypto exchange, beside bitHuman
  'https://www.upliftdesk.com/', // standing desks, beside Uplift AI
];

describe('sixteenth-session providers2 traps', () => {
  it('adds twenty-three provider rows, each with its own host', () => {
    expect(longTailC16Providers2Tools.length).toBe(23);
    expect(longTailC16Providers2Tools.every((t) => t.domains.length + t.apiEndpoints.length > 0)).toBe(true);
    expect(longTailC16Providers2Tools.every((t) => t.urlPrefixes.length === 0)).toBe(true);
  });

  it('classifies every new host to its own entry, as a page and as an API request', () => {
    expectEachClassifiedAs(ownUrls(longTailC16Providers2Tools), { api: true });
  });

  it('classifies the base URLs the registries name, and the hosts added to existing entries', () => {
    expectEachClassifiedAs(
      {
        'https://api.us-east-1.langdb.ai/v1/chat/completions': 'langdb',
        'https://api.tuningengines.com/v1/chat/completions': 'tuning-engines',
        'https://api.deepmyst.com/v1/chat/completions': 'deepmyst',
        'https://as-trai.com/v1/chat/completions': 'astrai',
        'https://app.firmware.ai/api/v1/chat/completions': 'firmware-ai',
        'https://api.async.com/text_to_speech/websocket/ws': 'async-voice',
        'https://api.gradium.ai/api/speech/tts': 'gradium',
        'https://transcript.heypixa.ai/v1/listen': 'heypixa',
        'https://api.keenable.ai/mcp': 'keenable',
        'https://api.papla.media/v1/text-to-speech': 'papla',
        'https://avatario.ai/api/sdk': 'avatario',
        'https://api.liveavatar.com/v1/sessions': 'heygen-liveavatar',
        'https://api.simli.ai/startAudioToVideoSession': 'simli',
        'https://auth.api.bithuman.ai/v1/runtime-tokens/request': 'bithuman',
        'https://api.speechify.ai/v1/audio/speech': 'speechify',
        'https://api.vachana.ai/stt/v3/stream': 'gnani',
        'https://api.simplismart.live/tts': 'simplismart',
        'https://hunyuan.cloud.tencent.com/hyllm/v1/chat/completions': 'hunyuan',
        'https://llama3-1-405b.lepton.run/api/v1/chat/completions': 'lepton',
      },
      { api: true },
    );
    expectEachClassifiedAs({
      'https://www.speechify.ai/': 'speechify',
      'https://dashscope.console.aliyun.com/overview': 'alibaba-model-studio',
      'https://inceptionlabs.ai/': 'inception-labs',
      'https://app.bey.chat/': 'beyond-presence',
      'https://docs.bey.dev/': 'beyond-presence',
      'https://app.trugen.ai/': 'trugen-ai',
      'https://www.liveavatar.com/': 'heygen-liveavatar',
      'https://docs.slng.ai/': 'slng',
      'https://www.moonshine.ai/license': 'moonshine-ai',
      'https://www.heygen.com/': 'heygen', // HeyGen keeps its own entry
    });
  });

  it('leaves general sites, shared platforms and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...NAMESAKES]);
  });
});
