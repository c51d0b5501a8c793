// Twenty-fifth session, long-tail pass `apis` (2026-12-07, helper `apis`): AI API and model-hosting providers and
// their consoles that no entry claimed yet, beside the earlier provider passes (data/long-tail-c6-gateways.ts,
// data/regional-c6-apis.ts, data/long-tail-c16-providers.ts, data/long-tail-c16-providers2.ts,
// data/long-tail-c19-llmops.ts, data/long-tail-c20-inference.ts), whose rows are not repeated here. Here: LLM routers
// and OpenAI- or Anthropic-compatible gateways (GoesAI, Naga, ARouter, GigaRouter, MindProxy, AI.CC, Outgap,
// NeuraSea's multi-model token platform, CloudSigma's TaaS service, WP Engine's AI API and Cloudsway's MaaS API, the
// last three claimed as a subdomain, a URL prefix and API hosts because their parents are general clouds and hosts or
// were not read); media-generation API aggregators (Unifically, ElkAPI, AI Backend, JourneyAPI, aimarcusimage.eu,
// ModelsLab's Stable Diffusion API); a browser-distributed inference network (Woolball); speech APIs (Tontaube's AI
// text-to-speech, Supernal TTS); document AI (Lazarus' forms models); translation APIs (auto18n, VoxNexus); a
// face-swap API (AIPhotoCraft); an AI image-moderation API (PixelAPI); a deepfake-detection API; and an AI
// image-prompt generator met on the way. Where a row's page names an API host, it is an `apiEndpoints` entry (the
// classifier matches requests pages make to it).
//
// Leads. 37 look-ups, all with the `search` tool (6 in `docs`, 31 in `pages`), counted as they were made. Queries
// worded the way provider docs and terms are: "OpenAI-compatible endpoint base_url", "POST /v1/chat/completions our
// models", "pricing per 1M tokens", "rate limits per API key", "text-to-speech API voice_id", voice cloning, image,
// video, music, lip-sync, face-swap, rerank, embeddings, OCR and document parsing, AI-content and deepfake detection,
// content moderation, translation, EU-hosted inference, Claude relays ("ANTHROPIC_BASE_URL /v1/messages"), AI API
// aggregators' privacy policies, and acceptable-use and terms pages of model APIs and GPU clouds. The `docs` corpus
// returned mostly big providers already listed (Venice, SambaNova, Mistral, xAI, Fireworks, RunPod, Speechify,
// Upstage) and SDK references; the `pages` corpus returned the small vendors below, mostly from their docs hosts,
// terms and privacy pages. Every row cites a page with a path on the product's own host where the vendor says the
// product runs, routes or serves AI models, names a model or model provider, or generates or detects with AI. Hosts
// were run through /work/helpers/classify-hosts.mts, names grepped in data/ and the other helpers' c25 files checked
// first.
//
// Measured with /work/helpers/classify-hosts.mts on the 215 hosts the searches returned (vendors, docs hosts, news,
// blogs, directories, mirrors and shared hosts alike, in /work/helpers/out/apis-hosts.txt): 83 classified before
// (38.6%), 110 after (51.2%).
//
// Already listed and left to their entries: OpenRouter, Crazyrouter, AkashML, Bytez, qdiv0, SambaNova, Venice, Cohere,
// GeekAI, Fish Audio, ModelsLab, Reka, AudioPod, AudioStack, TensorOne, VoiceProxy, Geoff AI, SpikeLabs, getimg,
// Enhancenix, LobbyBot, Writer, Hastewire, Winston AI, Sapling, Phrasly, LLMRoute, LemonData, LLM Cloud
// (llmcloud.studio), Chatzy, LLM Council, hiway2llm, SLNG, Atlas Cloud, Fireworks, RunPod, DeepInfra, Upstage,
// BlackRoute, ModelMax, AnyAPI, Apiframe, PicWish, Claid, Tensorlake, MusicGPT, TTAPI, MusicMint, Genesis Cloud,
// Inworld, Resemble, AI/ML API, Realtime Avatar, RelayPlane, Chuizi.AI, SpendLil, MaiAgent, Sarvam, Lingvanex,
// Prediction Guard, Lilt, Ace Data Cloud, nannabanana, Pulze, Eden AI, MiniMax, ElevenLabs, Lyceum and llmai.dev.
//
// Doubtful rows: GoesAI was left for a developer-platform pass by long-tail-c19-chat2.ts; here its service terms name
// Claude, GPT and Gemini. The deepfake-detection API's reference scores images, video and audio for deepfake
// manipulation but does not use the word AI; it is kept as an AI-detection API (its heatmap example sits on
// deepfakedetectionapi.com, not claimed). VoxNexus' translate reference names translation model ids only. Lazarus'
// invoice reference sends files "to the model" on lazarusforms.com, the docs host of Lazarus AI, whose own site was
// not met. Supernal TTS is claimed by its docs subdomain alone (tts-docs.supernal.ai): its terms describe a
// text-to-speech API over OpenAI, Azure and Cartesia voices, and the parent supernal.ai was not read. Outgap's docs
// sit on cdn.outgap.ai and describe Claude routes billed in USDC. Cloudsway is claimed only by its MaaS docs prefix
// and its genaiapi API host. AI Image Prompt Generator is a consumer tool, not an API, met in a privacy query and kept
// because its page says requests go to third-party AI providers.
//
// Left out. Two vendors whose pages say AI but that lookalikes-c19-llmops.test.ts keeps as traps, so a row would break
// that file (leads for a pass that revisits those traps): ModKie (its acceptable-use policy at
// modkie.com/en/acceptable-use calls it a unified AI API platform for chat, images, audio and video; the c19 pass read
// only its terms) and Iteration Layer (its blog post on its own document-to-markdown API names a layout-aware OCR
// model, a vision model and api.iterationlayer.com; the c19 pass counted it as seen only on its blog). Pages that do
// not say the product uses AI, or only by a model id or generation wording: docs.ope.ai's image endpoint (operator not
// shown: a lead), docs.kuaibaike.com's task-status page (a lead), docs.puretalk.ai's TTS socket, docs.changeface.io's
// face-swap API (api.changeface.io), api18.dev's privacy policy, kubeez.com's how-it-works (a lead), www.easellm.com's
// GPU-cloud terms, developers.qoest.com's PDF text extraction, pdfmage.app's OCR endpoint (Google Document AI named as
// the engine of one endpoint of a PDF tool), docs.contentmod.io's queue reference, www.orateapp.com (a BYOK
// text-to-speech reader). Judged and left out by earlier passes, and left so: uboosts.com, docs.caesar.xyz,
// ai-docs.fptcloud.com (FPT Cloud's AI Factory), wdllm.com, docs.yutoai.net, newapi.ai and docs.newapi.pro
// (open-source gateway software), docs.foxapi.cc and lipsync.studio, texttospeechskills.com, generateaudio.net,
// tokonomix.ai. Drafts, placeholders and templates: eu-east.go.ro ("PLACEHOLDER" policy), d-crewshop.online (an "AI
// API Aggregator" whose examples call api.example.com), lumi-tutor.vercel.app. Old or thin docs: wiki.ai-now.space (a
// 2024 wiki whose keys are got by email: a lead). A 404 page: docs.electronhub.ai/models/overview (Electron Hub's API:
// a lead once a page of its own is read). Seen only off their own hosts: FastAIToken (a GitHub wiki) and Qubrid AI
// (apis.io); Inferless (an API-evangelist file) is listed already. General companies and clouds where AI is one
// feature: Voximplant's AI tools policy, Telnyx's voice-clone API, NVIDIA's Brev docs, IBM Watson, Juhe API's
// catalogue, Corebanq's invoice OCR, goenumerate.com's AI terms, civio.ai (a template policy, as the c25 disclose pass
// found), edi2xml.com, OVHcloud, AWS Textract. Vendor blogs about the field rather than their own product:
// hypereal.cloud's moderation guide, forasoft.com, toolcolumn.com, techrevati.com, gardenresearch.eu, ozymind.com,
// benchmarks.datachi.ai. Shared platforms and mirrors: uni-docs-staging.pages.dev (ai&'s docs), images-api.pages.dev,
// realtime-avatar-docs.pages.dev, ai-api-relay-guide.pages.dev, pxnw-…pages.dev (PixLab's docs copy),
// speaksynth.vercel.app, ai-voiceover-three.vercel.app, elto-1.mintlify.app, lemondata.mintlify.app,
// siliconflow-….mintlify.app, vr5pkrbbgs.apidog.io, phrasly-api.readme.io, app.theneo.io, hugingapi.com, workers.dev
// proxies, apify.com. Traps beside the rows the twenty-fifth session's apis pass added: the general clouds, hosts and
// companies behind the subdomain and prefix rows (CloudSigma and WP Engine), other clouds, CPaaS companies and API
// tools, the shared, draft and left-out hosts above, and names close to the new entries (Supernal's air-mobility
// namesake among them), in lookalikes-c25-apis.test.ts.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C25, defineTools } from './define';

export const longTailC25ApisTools: Tool[] = defineTools(
  'developer-platform',
  [
    // --- LLM routers and OpenAI- or Anthropic-compatible gateways ---
    { id: 'goesai', name: 'GoesAI', vendor: 'GoesAI', domains: ['goesai.com'], source: 'https://goesai.com/docs/service-terms' }, // service terms: aggregated access to AI model providers (Claude, GPT, Gemini, image models, open-source models) through one API and console
    { id: 'naga-ac', name: 'Naga', vendor: 'Naga', domains: ['naga.ac'], source: 'https://docs.naga.ac/api-reference/images/generate-images' }, // API reference: inference endpoints with a Naga API key; creates images from a prompt with image-generation models such as gpt-image-1
    { id: 'arouter', name: 'ARouter', vendor: 'ARouter', domains: ['arouter.ai'], source: 'https://docs.arouter.ai/en/guides/privacy/provider-logging' }, // docs: routes requests to upstream model providers (OpenAI, Anthropic, Google, DeepSeek) by provider/model ids, with their data policies
    { id: 'gigarouter', name: 'GigaRouter', vendor: 'GigaRouter', domains: ['gigarouter.ai'], source: 'https://gigarouter.ai/terms' }, // terms: hosted, metered access to third-party open-source machine-learning models over an HTTP API, billed per call from prepaid credit
    { id: 'mindproxy', name: 'MindProxy', vendor: 'MindProxy', domains: ['mindproxy.ai'], apiEndpoints: ['gateway.mindproxy.ai'], source: 'https://doc.mindproxy.ai/en/api/anthropic' }, // API docs: Anthropic Messages-compatible Claude endpoint at gateway.mindproxy.ai, billed on token usage
    { id: 'ai-cc', name: 'AI.CC', vendor: 'AI.CC', domains: ['ai.cc'], source: 'https://docs.ai.cc/api-reference/endpoint/chat/claude' }, // API reference: Claude models served in the Anthropic Messages format with an sk- key
    { id: 'outgap', name: 'Outgap', vendor: 'Outgap', domains: ['outgap.ai'], source: 'https://cdn.outgap.ai/docs' }, // docs: Claude model routes (e.g. claude-sonnet) in the Anthropic Messages format, token classes metered and debited from a prepaid USDC balance
    { id: 'neurasea', name: 'NeuraSea', vendor: 'NeuraSea', domains: ['neurasea.com'], source: 'https://www.neurasea.com/en/terms' }, // terms: distributed LLM training, GPU servers for training and inference, and multi-model aggregation access with token distribution for enterprise AI
    { id: 'cloudsigma-taas', name: 'CloudSigma TaaS API', vendor: 'CloudSigma', domains: ['taas.cloudsigma.com'], source: 'https://taas.cloudsigma.com/legal/aup' }, // acceptable-use policy of the TaaS API service: API keys with token limits, generated content, model safety measures and training-data extraction rules (a general cloud's subdomain)
    { id: 'wp-engine-ai-api', name: 'WP Engine AI API', vendor: 'WP Engine', urlPrefixes: ['developers.wpengine.com/docs/ai'], apiEndpoints: ['api.ai.wpengine.com'], source: 'https://developers.wpengine.com/docs/ai/api/getting-started' }, // docs: a model catalogue with per-million-token prices and chat completions (e.g. Gemini models) at api.ai.wpengine.com; the AI section of a hosting company's docs
    { id: 'cloudsway-maas', name: 'Cloudsway MaaS API', vendor: 'Cloudsway', urlPrefixes: ['docs.cloudsway.net/maasapi'], apiEndpoints: ['genaiapi.cloudsway.net'], source: 'https://docs.cloudsway.net/maasapi/api-reference/asr/arealtime-asr' }, // MaaS API reference: speech recognition over genaiapi.cloudsway.net/v1/ai/{endpoint}, among its model-as-a-service endpoints
    // --- media-generation API aggregators ---
    { id: 'unifically', name: 'Unifically', vendor: 'Unifically', domains: ['unifically.com'], source: 'https://docs.unifically.com/api-reference/v1-tasks' }, // API reference: one tasks endpoint for AI video, image and audio generation models (Veo, Kling and others)
    { id: 'elkapi', name: 'ElkAPI', vendor: 'ElkAPI', domains: ['elkapi.com'], source: 'https://docs.elkapi.com/en/guides/task' }, // docs: async tasks for AI video, image and music generation with Kling, Luma, Runway, Veo, Flux and other models
    { id: 'aibackend', name: 'AI Backend', vendor: 'AI Backend', domains: ['aibackend.io'], source: 'https://docs.aibackend.io/suno/generate-lyrics' }, // API docs: creates song lyrics with AI models, with Suno music generation behind the same key
    { id: 'journeyapi', name: 'JourneyAPI', vendor: 'JourneyAPI', domains: ['journeyapi.co'], source: 'https://journeyapi.co/privacy' }, // privacy: an image-generation API whose prompts and parameters go to upstream AI model providers
    { id: 'aimarcusimage', name: 'aimarcusimage.eu', vendor: 'aimarcusimage.eu', domains: ['aimarcusimage.eu'], apiEndpoints: ['aimarcusimage.eu'], source: 'https://docs.aimarcusimage.eu/el/docs' }, // API docs: 288 models (Flux, Veo, Suno, GPT chat) behind one bearer key at aimarcusimage.eu/api/v1, kie.ai-compatible paths
    { id: 'stablediffusionapi', name: 'Stable Diffusion API (ModelsLab)', vendor: 'ModelsLab', domains: ['stablediffusionapi.com'], source: 'https://stablediffusionapi.com/p/privacy-policy' }, // privacy: the Stable Diffusion API run by ModelsLab, logging model and parameters and storing generated images for 30 days
    { id: 'woolball', name: 'Woolball', vendor: 'Woolball', domains: ['woolball.xyz'], source: 'https://docs.woolball.xyz/api-reference/endpoint/speech-to-text' }, // API reference: speech-to-text with a chosen recognition model (a Whisper large-v3 turbo build), among its inference endpoints
    // --- speech ---
    { id: 'tontaube', name: 'Tontaube', vendor: 'Cremer & Cremer Technologies UG', category: 'audio', domains: ['tontaube.ai'], source: 'https://tontaube.ai/terms', region: 'europe' }, // API terms (Berlin): an AI-based text-to-speech API that returns synthetic audio for prepaid credits
    { id: 'supernal-tts', name: 'Supernal TTS', vendor: 'Supernal', category: 'audio', domains: ['tts-docs.supernal.ai'], source: 'https://tts-docs.supernal.ai/docs/terms' }, // terms: a text-to-speech API and widget over several TTS providers (OpenAI, Azure, Cartesia)
    // --- documents and translation ---
    { id: 'lazarus-forms', name: 'Lazarus Forms API', vendor: 'Lazarus AI', domains: ['lazarusforms.com'], source: 'https://docs.lazarusforms.com/2025-06-26/models/Forms/invoices' }, // API reference: invoice data extraction by Lazarus' forms models, files passed on to the model and returned as JSON
    { id: 'auto18n', name: 'auto18n', vendor: 'auto18n', category: 'translation', domains: ['auto18n.com'], source: 'https://www.auto18n.com/fr/docs' }, // API docs: translation calls hit the model (test keys too), with input and output token usage and cost per request
    { id: 'voxnexus', name: 'VoxNexus', vendor: 'VoxNexus', category: 'translation', domains: ['voxnexus.ai'], source: 'https://docs.voxnexus.ai/api-reference/translate/translate-text' }, // API reference: text translation by translation model id (vn-translate-basic), source language auto-detected
    // --- images, moderation and detection ---
    { id: 'aiphotocraft', name: 'AIPhotoCraft', vendor: 'AIPhotoCraft', category: 'image', domains: ['aiphotocraft.com'], apiEndpoints: ['aiapi.aiphotocraft.com'], source: 'https://aiphotocraft.com/free-face-swap-api/docs' }, // FaceSwap API docs: face swaps at aiapi.aiphotocraft.com with optional GFPGAN enhancement of the result
    { id: 'pixelapi', name: 'PixelAPI', vendor: 'PixelAPI', domains: ['pixelapi.dev'], apiEndpoints: ['api.pixelapi.dev'], source: 'https://pixelapi.dev/moderation-api.html' }, // moderation API page: AI-powered NSFW image moderation on GPUs at api.pixelapi.dev, with model confidence scores
    { id: 'deepfake-detection-api', name: 'Deepfake Detection API', vendor: 'Deepfake Detection API', domains: ['deepfakedetectionapi.ai'], source: 'https://deepfakedetectionapi.ai/docs/endpoints' }, // endpoint reference: scores images, video and audio for deepfake manipulation (face swaps), with heatmaps and batch analysis
    { id: 'ai-image-prompt-generator', name: 'AI Image Prompt Generator', vendor: 'AI Image Prompt Generator', category: 'image', domains: ['aiimagepromptgenerator.org'], source: 'https://aiimagepromptgenerator.org/privacy-policy' }, // privacy: prompt generation and image-to-prompt, with requests sent to third-party AI providers
  ],
  { checked: CHECKED_C25, region: 'global' },
);
