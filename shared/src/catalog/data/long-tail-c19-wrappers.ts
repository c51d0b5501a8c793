// Nineteenth session, wrappers pass (2026-12-06, helper `wrappers`): sites built around one named model, the kind AI
// directories list by the hundred, that the catalog still missed after the sixteenth session's wrappers pass
// (data/long-tail-c16-wrappers.ts) and the seventeenth session's leads pass (data/long-tail-c17-leads.ts). Here: Veo,
// Seedance, Hailuo, Wan, Grok Imagine and Sora-named video generators; Nano Banana, Seedream, GPT Image, Flux, FLUX.2
// and Qwen Image sites; a DeepSeek-named coding assistant and two Kimi K2 chat fronts; a MiniMax M2 API reseller and a
// model API marketplace met on the way; and one Chinese AI content-generation product whose policy turned up in a
// Hailuo query.
//
// Leads. 52 look-ups in the stored `pages` corpus, worded the way these sites word their own terms, privacy and refund
// pages ("Nano Banana terms of service credits refund", "Veo 3 video generator privacy policy", "not affiliated with
// Google / OpenAI / Kuaishou / xAI", "powered by the Sora 2 API", "prompts sent to ByteDance", credits and refunds) for
// Nano Banana, Veo, Sora 2, Seedance, Seedream, Kling, Hailuo, Wan, Flux Kontext, FLUX.2, Qwen Image, GPT Image,
// Ghibli-style, Midjourney-style, Grok Imagine, DeepSeek, Kimi, Suno-style, Hunyuan 3D, Hunyuan Video, Hunyuan Image
// and Z-Image sites, and in Chinese, Spanish, Portuguese and Japanese (those returned news, articles and hosts already
// listed). Every row cites a page with a path on the product's own host that says the site generates with AI or names
// the model it runs. Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/ first.
// Already listed and left to their entries: nanobananafree.net, trynanobanana.io, nano-banana.ai, usenanobanana.com,
// nanobananas.ai, nanobananage.com, nanobananapro.online, nanobananaprofree.pro, nanobanana-pro.me, bananapro.ai,
// Aggiii's Nano Banana (aggiii.com/nanobanana), veo3free.ai, veo3app.com, www-veo.com and vowo.ai, veo4-video.org,
// veo4aivideo.com, veo3o1.com, veo-video.org, soar2ai.com, so-ra-2.com, sora-2.tools, sora-2.run, sora2.diy,
// sora2-api.com, sora2video.blog, sorasy.com, sora2-ai.video, sora2ai.info, seedancev2.ai, seedancestudio.org,
// seedance2.tech, seedance-2-ai.org, aiseedance2.pro, seedance2-video.com, see-dance-2.org, seedanceapi.dev,
// seedancefast.com, seedream40.site, seedream40.org, seedream4.top, seedream4-ai.com, seedream4.site, seedream-5.art,
// klingmotion.org, kling.art, klingo1.xyz, kling-5.com, kling-4.net, wan22.app, wanvideoai.org, wan22ai.io,
// wananimate.me, wananimate.io, flux-kontext.app, flux1kontext.io, fluxkontextai.pro, kontext-ai.com, fluxcontext.net,
// fluxkontextdev.pics, ghibli-art.io, grokimagineai.net, deepseek.chat, deepseekv4.space, gptimg.app,
// gptimage2.online, gpt-image2.co, qwenimageedit.top, imageqwen.com, zimageturbo.dev, zimageturbo.io, sunor.cc,
// songsmith.studio, suno-helper.com, carryai.ai, and the model hosts and API resellers (MiniMax, Replicate, Runware,
// 302.AI, Atlas Cloud, WaveSpeed, Novita, AI/ML API, Evolink, Vtrix, 3D AI Studio, API in One). No subdomain is
// claimed alone.
//
// Measured with /work/helpers/classify-hosts.mts on the 277 hosts the searches returned (vendors, articles, news,
// stores and shared hosts alike): 104 classified before (37.5%), 130 (46.9%) after.
//
// Left out. Pages that do not say the site uses AI or name a model (veo3.kr, whose policy a c17 test already keeps
// out; veo4.dev's Telugu terms; veo3ai.co's refund page); sites that sell access rather than generate
// (sorainvite.org's Sora invite codes, seedance20.space's Seedance account resale); operators that present themselves
// as the model maker (qwen3-next.org, whose terms name Alibaba, as the c16 pass found; kimik2.org, left as a lead);
// a copy of Kling's own API terms on docs.klingai2.org; mobile-only apps (Ghibli AI on ghibli.bitcoding.ai, AI
// Portrait Studio on hk.hkhdtp.com); a demo portal (portal.byteplus-demo.com); modelstream.ai's Hailuo docs, seen only
// at an address with a model query, left as a lead; flux-2.studio, seen only through its pages.dev copy; and articles,
// news, directories, wikis and shared platforms (pages.dev, vercel.app, mintlify.app, gitbook.io, github.io).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C19, defineTools } from './define';

export const longTailC19WrappersTools: Tool[] = defineTools(
  'image',
  [
    // --- Veo, Seedance, Hailuo, Wan and Grok Imagine video sites ---
    { id: 'veo-4-ai-net', name: 'Veo 4 AI (veo-4-ai.net)', vendor: 'veo-4-ai.net', category: 'video', domains: ['veo-4-ai.net'], source: 'https://veo-4-ai.net/privacy-policy' }, // privacy: AI video generation workflows; prompts and references go to AI model providers
    { id: 'veol-ai', name: 'Veol', vendor: 'Veol', category: 'video', domains: ['veol.ai'], source: 'https://www.veol.ai/privacy-policy' }, // privacy: an AI video and image generation service; generation inputs go to Google (Gemini, Veo)
    { id: 'veo31ai-video', name: 'Veo 3.1 AI (veo31ai.video)', vendor: 'Zphrise Tech', category: 'video', domains: ['veo31ai.video'], source: 'https://www.veo31ai.video/en/refund' }, // refund policy: Zphrise Tech's AI video generation services built on Veo 3.1
    { id: 'seedance-25-cc', name: 'Seedance 2.5 (seedance-25.cc)', vendor: 'seedance-25.cc', category: 'video', domains: ['seedance-25.cc'], source: 'https://www.seedance-25.cc/refund' }, // refund policy: credits for AI generation; no refunds for dissatisfaction with AI output
    { id: 'seedence2', name: 'Seedance 2.0 Gateway (seedence2.com)', vendor: 'seedence2.com', category: 'video', domains: ['seedence2.com'], source: 'https://seedence2.com/privacy-policy' }, // privacy: an independent hosted gateway that relays prompts to ByteDance's Seedance 2.0 API
    { id: 'seedance25-ai-net', name: 'Seedance 2.5 AI (seedance25-ai.net)', vendor: 'seedance25-ai.net', category: 'video', domains: ['seedance25-ai.net'], source: 'https://seedance25-ai.net/privacy-policy' }, // privacy: an AI video and image generation platform
    { id: 'minimaxm2-site', name: 'MiniMax Hailuo 2.3 Video Generator (minimaxm2.site)', vendor: 'minimaxm2.site', category: 'video', domains: ['minimaxm2.site'], source: 'https://minimaxm2.site/privacy-policy' }, // privacy: AI text-to-video and image-to-video generation on Hailuo 2.3
    { id: 'wan-video-ai-com', name: 'WAN 2.2 AI Video (wan-video-ai.com)', vendor: 'wan-video-ai.com', category: 'video', domains: ['wan-video-ai.com'], source: 'https://wan-video-ai.com/privacy' }, // privacy: the WAN 2.2 AI video generation platform; AI-generated video files
    { id: 'wanvideomaker', name: 'Wan 2.5 AI (wanvideomaker.org)', vendor: 'wanvideomaker.org', category: 'video', domains: ['wanvideomaker.org'], source: 'https://wanvideomaker.org/privacy-policy' }, // privacy: an AI-powered video generation platform, text-to-video and image-to-video
    { id: 'grokimagine-one', name: 'Grok Imagine AI Video Generator (grokimagine.one)', vendor: 'grokimagine.one', category: 'video', domains: ['grokimagine.one'], source: 'https://www.grokimagine.one/privacy-policy' }, // privacy: an AI-powered video generation service, image-to-video conversion

    // --- Nano Banana, Seedream, GPT Image, Flux and Qwen Image sites ---
    { id: 'yesnanobanana', name: 'YesNanobanana', vendor: 'yesnanobanana.com', domains: ['yesnanobanana.com'], source: 'https://yesnanobanana.com/zh/terms-of-service' }, // terms (Chinese): an AI image generation platform, text-to-image and image-to-image
    { id: 'nanobananapro-photo', name: 'Nano Banana Pro (nanobananapro.photo)', vendor: 'nanobananapro.photo', domains: ['nanobananapro.photo'], source: 'https://nanobananapro.photo/zh/refund' }, // refund policy (Chinese): an independent product giving access to AI models; AI outputs are probabilistic
    { id: 'seedream6-net', name: 'Seedream 6.0 (seedream6.net)', vendor: 'seedream6.net', domains: ['seedream6.net'], source: 'https://seedream6.net/terms' }, // terms: an AI image generation platform built with ByteDance's AI technology
    { id: 'gptimage15-org', name: 'GPT Image 1.5 (gptimage15.org)', vendor: 'gptimage15.org', domains: ['gptimage15.org'], source: 'https://gptimage15.org/refund' }, // refund policy: credits for generating images on GPT Image 1.5
    { id: 'gptimage1-5-pro', name: 'GPT Image 1.5 (gptimage1-5.pro)', vendor: 'gptimage1-5.pro', domains: ['gptimage1-5.pro'], source: 'https://gptimage1-5.pro/refund-policy' }, // refund policy: AI image and video generation paid in credits
    { id: 'gptimagesprompt', name: 'GPT Image Prompt', vendor: 'gptimagesprompt.com', domains: ['gptimagesprompt.com'], source: 'https://gptimagesprompt.com/tw/refund-policy' }, // refund policy: credits consumed by AI generation, editing and enhancement
    { id: 'flux3ai-net', name: 'Flux 3 AI (flux3ai.net)', vendor: 'flux3ai.net', domains: ['flux3ai.net'], source: 'https://flux3ai.net/privacy-policy' }, // privacy: text-to-image, image-to-image and reference-guided editing workflows
    { id: 'fluxproai-net', name: 'Flux.2 (fluxproai.net)', vendor: 'fluxproai.net', domains: ['fluxproai.net'], source: 'https://www.fluxproai.net/privacy' }, // privacy: Flux.2 multi-reference image generation and editing, paid in credits
    { id: 'qwen-imageedit-com', name: 'Qwen Image Edit (qwen-imageedit.com)', vendor: 'qwen-imageedit.com', domains: ['qwen-imageedit.com'], source: 'https://qwen-imageedit.com/privacy-policy' }, // privacy: an AI image editing platform on the Qwen-Image model
    { id: 'image-layered-app', name: 'Qwen Image Layered AI', vendor: 'image-layered.app', domains: ['image-layered.app'], source: 'https://www.image-layered.app/privacy-policy' }, // privacy: AI-powered layer decomposition, recolouring and object replacement

    // --- DeepSeek- and Kimi-named chat and coding sites ---
    { id: 'deepseek-v4-org', name: 'DeepSeek V4 (deepseek-v4.org)', vendor: 'deepseek-v4.org', category: 'coding', domains: ['deepseek-v4.org'], source: 'https://www.deepseek-v4.org/tos' }, // terms: an AI coding assistant platform for code generation, bug fixing and refactoring
    { id: 'kimi-k2-net', name: 'Kimi K2 (kimi-k2.net)', vendor: 'kimi-k2.net', category: 'chat', domains: ['kimi-k2.net'], source: 'https://kimi-k2.net/privacy-policy' }, // privacy: a web interface to Moonshot AI's large language model, with credits
    { id: 'kimi-k2-ai', name: 'Kimi K2 (kimi-k2.ai)', vendor: 'kimi-k2.ai', category: 'chat', domains: ['kimi-k2.ai'], source: 'https://kimi-k2.ai/terms-of-service' }, // terms: an AI chat assistant on a trillion-parameter MoE model, with an API

    // --- Model APIs and a content-generation product met on the way ---
    { id: 'minimaxm2-io', name: 'MiniMax M2 API (minimaxm2.io)', vendor: 'minimaxm2.io', category: 'developer-platform', domains: ['minimaxm2.io'], source: 'https://minimaxm2.io/privacy' }, // privacy: an API service for the MiniMax-M2 model with API keys and token billing
    { id: 'lumenfall-ai', name: 'Lumenfall', vendor: 'Lumenfall', category: 'developer-platform', domains: ['lumenfall.ai'], source: 'https://lumenfall.ai/models/alibaba/qwen-image-edit/api' }, // model page: an OpenAI-compatible API for AI image models such as Qwen Image Edit
    { id: 'magicboat-ai', name: 'Magicboat AI', vendor: 'Shanghai Jizhi Wujie Technology', category: 'other', region: 'china', domains: ['magicboat.net'], source: 'https://www.magicboat.net/home/agree/privacy.html' }, // privacy: AI content generation services on web, apps and mini-programs
  ],
  { checked: CHECKED_C19 },
);
