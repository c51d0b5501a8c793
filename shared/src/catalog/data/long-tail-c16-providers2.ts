// Sixteenth-session providers2 pass (2026-12-06, issue 15), continuing the providers pass: model-API providers and
// AI API hosts named by the provider registries of agent frameworks, gateways and chat clients not read before, each
// pinned in LISTS (c16providers2*) and cited by the one file that names the host. A default base URL is claimed as an
// API endpoint, the provider's own site as a domain where the same file (or the plugin's README beside it) links it.
// Sources: Agno's model classes (Apache-2.0); Pipecat's AI services (BSD-2-Clause), LiveKit Agents' provider plugins
// (Apache-2.0) and VideoSDK's agent plugins (Apache-2.0), voice-agent frameworks whose speech, realtime-voice and
// avatar providers were the main gap; ZeroClaw's provider registry (MIT / Apache-2.0); VoltAgent's provider registry
// (MIT, generated from models.dev); Bolna's voice-agent transcribers (MIT); One Hub's provider channels (Apache-2.0).
// Read and adding nothing the catalog lacked: Aider's model settings, smolagents, mem0, Letta (its last commit before
// the repository was archived), Google's ADK, AutoGen, the OpenAI Agents SDK (its sandbox providers are all claimed),
// TensorZero, browser-use, Strands Agents, chatgpt-on-wechat, chatGPTBox, vocode, picoclaw, bolt.diy, Void,
// CodeCompanion.nvim, AgentScope, Langchain-Chatchat, Kiln, BAML, Plandex, mods, UI-TARS-desktop, jambonz,
// Qwen-Agent, Higress's AI proxy, Vision Agents, RealtimeTTS and Laisky's one-api fork. vercel/ai, Roo Code, Cline,
// Continue, AnythingLLM, aichat, any-llm, Pydantic AI, LangBot and Page Assist have no stored commit newer than the
// ones pinned (their provider files were re-read at those pins; any-llm gave inceptionlabs.ai); goose, promptfoo,
// Helicone and Hermes Agent were too large to fetch; Kilo Code is not stored.
// Measured with /work/helpers/classify-hosts.mts on each lead list (hosts of the base URLs and provider sites in the
// registries' provider files; placeholders, local hosts, messaging and telephony APIs and general docs dropped), before
// (main) and after: Agno, mem0, Letta, smolagents and the OpenAI Agents SDK 43 of 45 (95.6%) before, 45 of 45 after;
// Pipecat, LiveKit Agents, TensorZero, browser-use, Strands and chatgpt-on-wechat 140 of 172 (81.4%) before, 171 of
// 172 (99.4%) after (the one left is Deepgram's short link dpgr.am); One Hub, Bolna, ZeroClaw, VoltAgent and eighteen
// other repositories 274 of 303 (90.4%) before, 283 of 303 (93.4%) after; VideoSDK, Higress, Vision Agents,
// RealtimeTTS and Laisky's one-api 138 of 154 (89.6%) before, 142 of 154 (92.2%) after. What stays unclassified is
// listed under Left out.
// Existing entries that gained a host, each with its source in a comment on that row: `speechify` (speechify.ai,
// api.speechify.ai) in audio.ts; `inception-labs` (inceptionlabs.ai) in long-tail-c5-lists.ts; `gnani`
// (api.vachana.ai) in regional-2.ts; `simplismart` (api.simplismart.live) in long-tail-developer.ts; `lepton`
// (llama3-1-405b.lepton.run) in developer.ts; `hunyuan` (hunyuan.cloud.tencent.com) and `alibaba-model-studio`
// (dashscope.console.aliyun.com) in regional-china.ts.
// Left out: livekit.io and its playground and meet hosts (real-time media infrastructure, not an AI tool itself);
// Telnyx, Twilio, Vobiz and jambonz (telephony); WeChat's iLink bot host and other messaging APIs; LangDB's and Tuning
// Engines' sites, Papla's site and Beyond Presence's beyondpresence.ai (no source read links them, so only the hosts
// read are claimed); Simli's simli.ai beyond its API host; Cascadia (on-premises inference software); io.net (a GPU
// network whose AI API host is already claimed); SubModel (docs only on gitbook.io, a shared platform); Pydantic's
// staging gateway host; the hosted chat front-ends and demos One Hub and Laisky's one-api link (chat.oneapi.pro,
// vercel.ddaiai.com, oneapi.laisky.com); one-api's "Ails" channel (api.caipacity.com: the product is not described);
// VideoSDK's Azure Voice Live default (api.voicelive.com, not shown to be Microsoft's); 360's enterprise console
// aiplus.360.cn and NVIDIA's cloud-functions API (api.nvcf.nvidia.com, general); Vision Agents' site (an SDK);
// ai.cloudflare.com and ai.meta.com (AI sections of general companies, left for a pass on those); and the general
// clouds' consoles and docs (Volcengine, BytePlus, Baidu, Tencent, Alibaba, OVHcloud, Scaleway outside their claimed
// AI paths).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C16, defineTools, listed } from './define';

const zeroclaw = listed('c16providers2zeroclaw', 'crates/zeroclaw-providers/src/factory.rs');
const agno = (provider: string, file = provider) => listed('c16providers2agno', `libs/agno/agno/models/${provider}/${file}.py`);
const pipecat = (file: string) => listed('c16providers2pipecat', `src/pipecat/services/${file}`);
const livekit = (plugin: string, file = 'README.md') => listed('c16providers2livekit', `livekit-plugins/livekit-plugins-${plugin}/${file}`);

export const longTailC16Providers2Tools: Tool[] = defineTools(
  'developer-platform',
  [
    // Agno's model classes (Apache-2.0).
    { id: 'langdb', name: 'LangDB', vendor: 'LangDB', apiEndpoints: ['api.us-east-1.langdb.ai'], source: agno('langdb') }, // models hosted on LangDB behind an OpenAI-compatible API; default base host api.us-east-1.langdb.ai (LANGDB_API_KEY, LANGDB_PROJECT_ID)
    { id: 'tuning-engines', name: 'Tuning Engines', vendor: 'Tuning Engines', apiEndpoints: ['api.tuningengines.com'], source: agno('tuning_engines') }, // an AI control plane with OpenAI-compatible model access and routing; base URL api.tuningengines.com/v1
    // ZeroClaw's model-provider registry (MIT / Apache-2.0).
    { id: 'deepmyst', name: 'DeepMyst', vendor: 'DeepMyst', apiEndpoints: ['api.deepmyst.com'], source: zeroclaw }, // the DeepMyst provider: OpenAI-compatible default URL api.deepmyst.com/v1
    { id: 'astrai', name: 'Astrai', vendor: 'Astrai', apiEndpoints: ['as-trai.com'], source: zeroclaw }, // the Astrai provider: OpenAI-compatible default URL as-trai.com/v1
    // VoltAgent's model-provider registry (MIT), generated from models.dev.
    { id: 'firmware-ai', name: 'Firmware', vendor: 'Firmware', domains: ['firmware.ai'], apiEndpoints: ['app.firmware.ai'], source: listed('c16providers2voltagent', 'packages/core/src/registries/model-provider-registry.generated.ts') }, // the `firmware` provider: OpenAI-compatible API app.firmware.ai/api/v1 (FIRMWARE_API_KEY), docs on firmware.ai
    // Pipecat's AI services (BSD-2-Clause) and LiveKit Agents' plugins (Apache-2.0): speech, voice and avatar APIs.
    { id: 'async-voice', name: 'Async', vendor: 'Async', category: 'audio', domains: ['async.com'], apiEndpoints: ['api.async.com'], source: livekit('asyncai') }, // text-to-speech with Async (async.com); API base api.async.com, WebSocket TTS at api.async.com/text_to_speech (pipecat asyncai/tts.py)
    { id: 'gradium', name: 'Gradium', vendor: 'Gradium', category: 'audio', domains: ['gradium.ai'], apiEndpoints: ['api.gradium.ai'], source: livekit('gradium') }, // Gradium-hosted speech models: ASR and TTS over WebSocket at api.gradium.ai/api/speech/
    { id: 'uplift-ai', name: 'Uplift AI', vendor: 'Uplift AI', category: 'audio', domains: ['upliftai.org'], apiEndpoints: ['api.upliftai.org'], source: livekit('upliftai') }, // voice synthesis for underserved languages; keys from upliftai.org, TTS base wss://api.upliftai.org (tts.py)
    { id: 'phonic', name: 'Phonic', vendor: 'Phonic', category: 'audio', domains: ['phonic.ai'], source: livekit('phonic') }, // realtime voice AI (speech-to-speech assistants) from phonic.ai, docs on docs.phonic.ai
    { id: 'slng', name: 'SLNG', vendor: 'SLNG', category: 'audio', domains: ['slng.ai'], source: livekit('slng') }, // a voice AI gateway: many STT and TTS providers behind one API; site slng.ai, docs docs.slng.ai
    { id: 'heypixa', name: 'Pixa (HeyPixa AI)', vendor: 'HeyPixa AI', category: 'audio', apiEndpoints: ['transcript.heypixa.ai'], source: listed('c16providers2bolna', 'bolna/transcriber/pixa_transcriber.py') }, // HeyPixa AI's speech-to-text (Hindi, model pixa-1), streamed over WebSocket at transcript.heypixa.ai/v1/listen
    { id: 'papla', name: 'Papla', vendor: 'Papla Media', category: 'audio', apiEndpoints: ['api.papla.media'], source: listed('c16providers2videosdk', 'videosdk-plugins/videosdk-plugins-papla/videosdk/plugins/papla/tts.py') }, // Papla's text-to-speech (model papla_p1), API base api.papla.media/v1
    { id: 'moonshine-ai', name: 'Moonshine', vendor: 'Moonshine AI', category: 'audio', domains: ['moonshine.ai'], source: pipecat('moonshine/stt.py') }, // Moonshine, a small fast speech-recognition model; its licence is published on www.moonshine.ai
    { id: 'keenable', name: 'Keenable', vendor: 'Keenable AI', category: 'search', domains: ['keenable.ai'], apiEndpoints: ['api.keenable.ai'], source: pipecat('keenable/search.py') }, // web search and page fetching for AI agents from a hosted MCP server at api.keenable.ai/mcp, by Keenable AI (keenable.ai)
    { id: 'beyond-presence', name: 'Beyond Presence', vendor: 'Beyond Presence', category: 'video', domains: ['bey.dev', 'bey.chat'], apiEndpoints: ['api.bey.dev'], source: livekit('bey') }, // virtual avatars: docs on docs.bey.dev, API keys from the creator dashboard app.bey.chat, API api.bey.dev (avatar.py)
    { id: 'avatartalk', name: 'AvatarTalk', vendor: 'AvatarTalk', category: 'video', domains: ['avatartalk.ai'], apiEndpoints: ['api.avatartalk.ai'], source: livekit('avatartalk') }, // virtual avatars from avatartalk.ai; API api.avatartalk.ai (api.py)
    { id: 'avatario', name: 'Avatario', vendor: 'Avatario', category: 'video', domains: ['avatario.ai'], apiEndpoints: ['avatario.ai'], source: livekit('avatario') }, // virtual avatars from avatario.ai; SDK API at avatario.ai/api/sdk (api.py)
    { id: 'keyframe-labs', name: 'Keyframe Labs', vendor: 'Keyframe Labs', category: 'video', domains: ['keyframelabs.com'], apiEndpoints: ['api.keyframelabs.com'], source: livekit('keyframe') }, // avatars from keyframelabs.com; API api.keyframelabs.com (api.py)
    { id: 'heygen-liveavatar', name: 'LiveAvatar', vendor: 'HeyGen', category: 'video', domains: ['liveavatar.com'], apiEndpoints: ['api.liveavatar.com'], source: livekit('liveavatar') }, // HeyGen's LiveAvatar real-time avatar, site www.liveavatar.com, sessions API api.liveavatar.com/v1 (also pipecat heygen/api_liveavatar.py); heygen.com is the `heygen` entry
    { id: 'simli', name: 'Simli', vendor: 'Simli', category: 'video', domains: ['simli.com'], apiEndpoints: ['api.simli.ai'], source: livekit('simli') }, // real-time virtual avatars from simli.com (docs.simli.com); API api.simli.ai (avatar.py, pipecat simli/video.py)
    { id: 'trugen-ai', name: 'TruGen.AI', vendor: 'TruGen.AI', category: 'video', domains: ['trugen.ai'], apiEndpoints: ['api.trugen.ai'], source: livekit('trugen') }, // realtime avatars: docs.trugen.ai, keys from the Developer Studio app.trugen.ai, API api.trugen.ai (avatar.py)
    { id: 'bithuman', name: 'bitHuman', vendor: 'bitHuman', category: 'video', domains: ['bithuman.ai'], apiEndpoints: ['auth.api.bithuman.ai'], source: livekit('bithuman') }, // avatars with bitHuman's runtime SDK (www.bithuman.ai); runtime tokens from auth.api.bithuman.ai (avatar.py)
    { id: 'spatius', name: 'Spatius', vendor: 'Spatius', category: 'video', domains: ['spatius.ai'], source: livekit('spatius') }, // avatars from www.spatius.ai, docs on docs.spatius.ai
  ],
  { checked: CHECKED_C16 },
);
