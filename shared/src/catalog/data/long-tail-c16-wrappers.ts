// Sixteenth session, wrappers pass (2026-12-06, issue 15): AI generation and chat sites named after a model or a
// brand they do not own (Nano Banana, Gemini, Sora 2, Veo 3, Seedance, Seedream, Kling, Flux Kontext, Wan, Qwen,
// GPT Image, Z-Image, Grok, DeepSeek, InfiniteTalk, Ghibli), run by independent operators who sell credits or
// subscriptions for generations made through the model maker's API, plus the small model-API resellers they sit on.
// Employees reach them from search results and directories; earlier passes left most of them out (the imgvid pass
// named nanobanana.ai, geminiphoto.ai and infinitetalkai.org as leads).
// Leads: the pinned lists for these kinds, fetched again (ZeroLu/awesome-sora2, ezremove, stimQQ, yantoumu,
// LiLittleCat/awesome-free-chatgpt): each one's newest stored commit is the commit already pinned in define.ts, and
// their 438 distinct hosts classified 333 (76.0%) before and 334 after; their misses are general software, image CDNs
// and converters, shared platforms and paths of general sites, so only one row comes from a list. Then 44 searches of
// the stored `pages` corpus for the terms, privacy, refund, credits and FAQ pages such sites keep, one to four per
// model family. Measured with /work/helpers/classify-hosts.mts: the 159 distinct hosts those searches met went from
// 23 (14.5%) classified before to 137 (86.2%) after; 67 hosts assembled from memory (guessed model-named hosts, most
// with no page in the corpora) from 6 (9.0%) to 10 (14.9%); all 653 lead hosts together from 357 (54.7%) to 472
// (72.3%). The memory list's misses (nanobanana.ai, sora2.ai, veo3ai.io, fluxai.art, deepseek.ai, chatgpt.org, ...)
// are left for want of a page of their own in the corpora.
// Every row cites a page on the site's own host that shows the site itself running the generation or the chat
// (credits spent per generation, refunds for failed generations, the model it calls), or is a model-API reseller whose
// own docs sell these models (12 developer-platform rows); the makers' own hosts
// (gemini.google.com, openai.com, sora.chatgpt.com, klingai.com, hailuoai.video, chat.deepseek.com, grok.com,
// chat.qwen.ai, bfl.ai, wan.video, seedance.ai) keep their own entries, as lookalikes-c16-wrappers.test.ts checks.
// Left out: sites that only sell invitation codes (sorainvite.org), reference, paper-visualisation and educational
// sites (qwen.co.com, deepseekmodel1.org, wananimate.app, z-image.info, stabledifffusion.com's FAQ, deep-seek.chat's
// blog, deepseek-chat-app.com's summary of DeepSeek's terms), a crypto token named after Grok (x-grok.net), a page that
// copies Kling's own API terms (docs.klingai2.org: the operator could not be told apart from a mirror), a site whose
// own terms name Alibaba as its operator (qwen3-next.org), a preview whose credits are not live (gptimage-2.run),
// pages on shared platforms (pages.dev, vercel.app, zeabur.app: flux-2.studio's terms, playsora, sora2api, veo3-ai.io,
// therouter, zimage2), a university domain hosting a ChatGPT page (drgbec.edu.et), mobile-app publishers' pages
// (bgnetmobile.com, coremoose.com), pages that do not show what the site generates (bwildex.com, aigeneratedimagess.com,
// chatgpd.ai, veo3ai.io's blog, ghibliartgenerator.pro's article, imaginepro.ai's blog), and hosts of products the
// catalog may already hold under another host, left for aliases: aivideoapi.ai (beside `ai-video-api`'s
// aivideoapi.com), promptboom.com without www (LiLittleCat's mirror is claimed as www.promptboom.com).
// Carat (carat.im), found here too, is kept once, in the langs pass (regional-c16-langs.ts, `carat-ai`).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C16, defineTools, listed } from './define';

export const longTailC16WrappersTools: Tool[] = defineTools(
  'image',
  [
    // From a pinned licensed list.
    { id: 'chatgpt4online-org', name: 'ChatGPT 4 Online (chatgpt4online.org)', vendor: 'chatgpt4online.org', category: 'chat', domains: ['chatgpt4online.org'], source: listed('lilittlecat') }, // the list's working section, row 27: a free ChatGPT chat page on this host, open without login

    // Nano Banana (Google's Gemini 2.5 Flash Image and its Pro and 2 successors): independent image sites.
    { id: 'nanobananafree-app', name: 'Nano Banana Free (nanobananafree.app)', vendor: 'nanobananafree.app', domains: ['nanobananafree.app'], source: 'https://nanobananafree.app/docs/credits' }, // its docs: credits spent per image generation, two free on signup, none charged for failed requests
    { id: 'nanobannana-org', name: 'nano bannana (nanobannana.org)', vendor: 'nanobannana.org', domains: ['nanobannana.org'], source: 'https://nanobannana.org/en/docs/credits-pricing' }, // its docs: an independent interface on the Nano Banana API, showing the credit cost of each generation before it runs
    { id: 'nanobananafree-net', name: 'Nano Banana (nanobananafree.net)', vendor: 'nanobananafree.net', domains: ['nanobananafree.net'], source: 'https://nanobananafree.net/terms' }, // its terms: image generation and image-to-image editing with Gemini 2.5 Flash Image, FLUX and DALL-E under subscription plans
    { id: 'nano-banana-ai-dashed', name: 'Nano Banana AI (nano-banana.ai)', vendor: 'nano-banana.ai', domains: ['nano-banana.ai'], source: 'https://www.nano-banana.ai/terms-of-service' }, // its terms: an independent image generation service on Google's Gemini 2.5 Flash Image API, not affiliated with Google
    { id: 'nanobananas-ai', name: 'NanoBanana (nanobananas.ai)', vendor: 'nanobananas.ai', domains: ['nanobananas.ai'], source: 'https://nanobananas.ai/terms-of-service' }, // its terms: image generation and editing by natural-language conversation with AI models
    { id: 'usenanobanana', name: 'Nano Banana (usenanobanana.com)', vendor: 'usenanobanana.com', domains: ['usenanobanana.com'], source: 'https://usenanobanana.com/ko/terms' }, // its terms: text-to-image, editing and multi-image fusion, one or two credits per generation
    { id: 'nanobanana3d-net', name: 'Nano Banana Prompt (nanobanana3d.net)', vendor: 'nanobanana3d.net', domains: ['nanobanana3d.net'], source: 'https://nanobanana3d.net/terms' }, // its terms: image generation from prompts with AI models, paid by subscription and credits, beside a prompt library
    { id: 'trynanobanana-io', name: 'Try Nano Banana', vendor: 'trynanobanana.io', domains: ['trynanobanana.io'], source: 'https://trynanobanana.io/zh-CN/terms-of-service' }, // its terms: text-to-image, editing and fusion through Gemini 2.5 Flash, one credit per generation
    { id: 'promptnanobanana-ai', name: 'PromptNanoBanana', vendor: 'PromptNanoBanana', domains: ['promptnanobanana.ai'], source: 'https://www.promptnanobanana.ai/terms-of-service' }, // its terms: an AI image generator (formerly branded Nano Banana) with paid plans and an API
    { id: 'inanobanana-net', name: 'Nano Banana (inanobanana.net)', vendor: 'inanobanana.net', domains: ['inanobanana.net'], source: 'https://www.inanobanana.net/refund-policy' }, // its refund policy: credits ("Gems") spent on AI image generation
    { id: 'nannabanana-ai', name: 'Nanna Banana (nannabanana.ai)', vendor: 'nannabanana.ai', domains: ['nannabanana.ai'], source: 'https://nannabanana.ai/privacy.html' }, // its privacy policy: prompts sent to Google Gemini for image generation, results shown in a public gallery
    { id: 'nanobananaprofree-pro', name: 'Nano Banana Pro (nanobananaprofree.pro)', vendor: 'nanobananaprofree.pro', domains: ['nanobananaprofree.pro'], source: 'https://nanobananaprofree.pro/refund-policy' }, // its refund policy: credit packs for a 2K/4K AI image generator, editor and animation tools
    { id: 'nanobanana-live', name: 'Nano-Banana (nanobanana.live)', vendor: 'nanobanana.live', domains: ['nanobanana.live'], source: 'https://nanobanana.live/refund-policy' }, // its refund policy: credit packages and subscriptions for AI image editing
    { id: 'nanobanana-global', name: 'NanoBanana Global', vendor: 'NanoBanana Global', domains: ['nanobanana-global.com'], source: 'https://nanobanana-global.com/refund' }, // its refund policy: credits for AI image creation and editing, paid to its model providers
    { id: 'nanobanana2ai-pro', name: 'Nano Banana 2 (nanobanana2ai.pro)', vendor: 'nanobanana2ai.pro', domains: ['nanobanana2ai.pro'], source: 'https://nanobanana2ai.pro/refund-policy' }, // its refund policy: credit packs for AI generation
    { id: 'nananobanana', name: 'Nano Banana AI (nananobanana.com)', vendor: 'nananobanana.com', domains: ['nananobanana.com'], source: 'https://www.nananobanana.com/ru/refund' }, // its refund policy: credit packs and subscriptions consumed by image generation
    { id: 'nanobananage', name: 'Nano Banana GE', vendor: 'Nano Banana GE', domains: ['nanobananage.com'], source: 'https://nanobananage.com/payment' }, // its payments policy: subscriptions and credit top-ups for the service on this host
    { id: 'nanobananapro-cloud', name: 'Nano Banana Pro (nanobananapro.cloud)', vendor: 'nanobananapro.cloud', domains: ['nanobananapro.cloud'], source: 'https://nanobananapro.cloud/refund-policy' }, // its refund policy: subscriptions and credit packages for the generator
    { id: 'geminiphoto-ai', name: 'Gemini Photo AI', vendor: 'geminiphoto.ai', domains: ['geminiphoto.ai'], source: 'https://geminiphoto.ai/docs/pricing-and-subscription/billing-faq' }, // its docs: weekly, monthly or yearly plans to generate images, a third-party site not Google's
    { id: 'geminiflashimage-blog', name: 'Gemini Image Studio (geminiflashimage.blog)', vendor: 'geminiflashimage.blog', domains: ['geminiflashimage.blog'], source: 'https://www.geminiflashimage.blog/terms' }, // its terms: AI image generation from prompts and uploaded images
    { id: 'gempix2-live', name: 'Gempix2 (gempix2.live)', vendor: 'gempix2.live', domains: ['gempix2.live'], source: 'https://gempix2.live/legal/terms-of-service' }, // its terms: an independent image generation and editing platform on Gemini 2.5 Flash Image, two credits per generation; not the catalog's gempix2.site
    { id: 'gempix2-cc', name: 'Gempix2 AI Image Editor (gempix2.cc)', vendor: 'gempix2.cc', domains: ['gempix2.cc'], source: 'https://gempix2.cc/terms-of-service' }, // its terms: AI image generation from prompts through Nano Banana 2; not the catalog's gempix2.site
    { id: 'contenttoimage', name: 'Content to Image', vendor: 'contenttoimage.com', domains: ['contenttoimage.com'], source: 'https://contenttoimage.com/refund' }, // its refund policy: credits for image and prompt generation with third-party AI models

    // GPT Image (OpenAI's image models): independent image sites.
    { id: 'gptimg-app', name: 'GPT Image2 (gptimg.app)', vendor: 'gptimg.app', domains: ['gptimg.app'], source: 'https://gptimg.app/id/privacy-policy' }, // its policy: a hosted workflow that generates and edits images, paid by subscription and credit packs
    { id: 'gptimage2-online', name: 'GPT Image 2 Generator (gptimage2.online)', vendor: 'gptimage2.online', domains: ['gptimage2.online'], source: 'https://gptimage2.online/en/terms' }, // its terms: text-to-image generation at 10 to 40 credits an image
    { id: 'gpt-image2-co', name: 'GPT Image2 (gpt-image2.co)', vendor: 'gpt-image2.co', domains: ['gpt-image2.co'], source: 'https://gpt-image2.co/terms-of-service' }, // its terms: an image generation platform built on OpenAI's gpt-image-2
    { id: 'gptimages2-ai', name: 'GPT Images 2', vendor: 'gptimages2.ai', domains: ['gptimages2.ai'], source: 'https://gptimages2.ai/acceptable-use' }, // its acceptable-use policy: an independent interface for the GPT Image 2 model, not affiliated with OpenAI
    { id: 'gptimage2-0', name: 'GPT-Image-2.0 Playground', vendor: 'gptimage2-0.com', domains: ['gptimage2-0.com'], source: 'https://gptimage2-0.com/terms-of-service' }, // its terms: an independent tool giving access to gpt-image-2 and other image models through a third-party API
    { id: 'createio-ai', name: 'CreateIO', vendor: 'CreateIO', domains: ['createio.ai'], source: 'https://www.createio.ai/blog/gpt-image-1-api-guide' }, // its blog: GPT Image 1 generations on CreateIO.ai at one credit an image

    // Seedream (ByteDance), Qwen-Image and Z-Image (Alibaba): independent image sites.
    { id: 'seedream4-top', name: 'Seedream 4.0 (seedream4.top)', vendor: 'seedream4.top', domains: ['seedream4.top'], source: 'https://www.seedream4.top/privacy' }, // its privacy policy: AI image generation and editing from prompts and reference images, with credits
    { id: 'seedream4-ai-com', name: 'Seedream4 (seedream4-ai.com)', vendor: 'seedream4-ai.com', domains: ['seedream4-ai.com'], source: 'https://seedream4-ai.com/zh/privacy-policy' }, // its privacy policy: an image generation service whose prompts go to third-party model providers
    { id: 'seedream40-org', name: 'Seedream 4.0 (seedream40.org)', vendor: 'seedream40.org', domains: ['seedream40.org'], source: 'https://seedream40.org/privacy.html' }, // its privacy policy: an AI image generation service processing prompts and reference images
    { id: 'seedream40-site', name: 'Seedream4.0 (seedream40.site)', vendor: 'seedream40.site', domains: ['seedream40.site'], source: 'https://seedream40.site/privacy-policy' }, // its privacy policy: an image creation and editing platform keeping prompts and generated images
    { id: 'seedream4-site', name: 'Seedream 4 (seedream4.site)', vendor: 'seedream4.site', domains: ['seedream4.site'], source: 'https://seedream4.site/privacy' }, // its privacy policy: a free image generation service run through Replicate
    { id: 'seedreamimage', name: 'SeedreamImage', vendor: 'SeedreamImage', domains: ['seedreamimage.com'], source: 'https://seedreamimage.com/es/privacy' }, // its privacy policy: an image generation platform over several model providers, with credits and subscriptions
    { id: 'qwenimageedit-top', name: 'Qwen Image Edit (qwenimageedit.top)', vendor: 'qwenimageedit.top', domains: ['qwenimageedit.top'], source: 'https://qwenimageedit.top/privacy-policy' }, // its privacy policy: AI editing of uploaded images, paid by editing credits
    { id: 'imageqwen', name: 'Qwen Image (imageqwen.com)', vendor: 'imageqwen.com', domains: ['imageqwen.com'], source: 'https://imageqwen.com/privacy-policy' }, // its privacy policy: AI image generation with multilingual text rendering, with payments
    { id: 'zimageturbo-io', name: 'Z-Image Turbo (zimageturbo.io)', vendor: 'zimageturbo.io', domains: ['zimageturbo.io'], source: 'https://zimageturbo.io/en/service-terms' }, // its service terms: a hosted playground and API proxy for Z-Image Turbo, run through Replicate, with daily free generations
    { id: 'zimageturbo-dev', name: 'Z-Image (zimageturbo.dev)', vendor: 'zimageturbo.dev', domains: ['zimageturbo.dev'], source: 'https://zimageturbo.dev/zh-tw/privacy-policy' }, // its privacy policy: an AI image generation service with text-to-image and image-to-image and a credit balance

    // Flux Kontext (Black Forest Labs): independent image sites.
    { id: 'fluxkontextdev-pics', name: 'Flux Kontext Dev (fluxkontextdev.pics)', vendor: 'fluxkontextdev.pics', domains: ['fluxkontextdev.pics'], source: 'https://fluxkontextdev.pics/tos' }, // its terms: AI image editing sold by credits and monthly plans
    { id: 'fluxkrea-pro', name: 'Flux Krea Pro', vendor: 'Flux Krea Pro', domains: ['fluxkrea.pro'], source: 'https://fluxkrea.pro/terms-of-service' }, // its terms: image generation with Flux Schnell and Flux Kontext Pro and Max
    { id: 'flux-kontext-app', name: 'Flux Kontext (flux-kontext.app)', vendor: 'flux-kontext.app', domains: ['flux-kontext.app'], source: 'https://flux-kontext.app/privacy-policy' }, // its privacy policy: image generation and context-aware editing with generation credits
    { id: 'kontext-ai', name: 'Flux Kontext AI (kontext-ai.com)', vendor: 'kontext-ai.com', domains: ['kontext-ai.com'], source: 'https://kontext-ai.com/es/legal/terms' }, // its terms: image generation and editing, 16 or 20 credits a generation

    // Ghibli-style and anime image sites.
    { id: 'ghibli-art-io', name: 'Ghibli Art AI (ghibli-art.io)', vendor: 'ghibli-art.io', domains: ['ghibli-art.io'], source: 'https://ghibli-art.io/ko/privacy' }, // its privacy policy: an AI image generation service with Google sign-in and paid plans
    { id: 'animeify-co', name: 'Photo to Anime AI (animeify.co)', vendor: 'animeify.co', domains: ['animeify.co'], source: 'https://animeify.co/en/privacy' }, // its privacy policy: uploads sent to a third-party AI service to generate anime-style images, with credits

    // Sora 2 (OpenAI): independent video sites and API resellers.
    { id: 'soar2ai', name: 'Soar2 AI', vendor: 'Soar2 AI', category: 'video', domains: ['soar2ai.com'], source: 'https://soar2ai.com/terms' }, // its terms: 20-second video generation through the OpenAI Sora 2 API, paid by credits
    { id: 'sora-2-tools', name: 'Sora 2 Tools AI Video', vendor: 'sora-2.tools', category: 'video', domains: ['sora-2.tools'], source: 'https://www.sora-2.tools/tw/terms-of-use' }, // its terms: AI video generation and editing with Sora 2, Seedance 2.0, Kling, Veo 3 and Wan
    { id: 'so-ra-2', name: 'Sora 2 (so-ra-2.com)', vendor: 'so-ra-2.com', category: 'video', domains: ['so-ra-2.com'], source: 'https://so-ra-2.com/tw/terms-of-service' }, // its terms: an online AI video generation and editing service from prompts and reference media
    { id: 'sora2video-blog', name: 'Sora 2 Video (sora2video.blog)', vendor: 'sora2video.blog', category: 'video', domains: ['sora2video.blog'], source: 'https://www.sora2video.blog/refund-policy' }, // its refund policy: video credits, 100 points a generated video
    { id: 'sora2-diy', name: 'Sora 2 (sora2.diy)', vendor: 'sora2.diy', category: 'video', domains: ['sora2.diy'], source: 'https://sora2.diy/refund-policy' }, // its refund policy: a service on AI model APIs whose usage costs are not refunded
    { id: 'sora2-api-com', name: 'Sora2 Api (sora2-api.com)', vendor: 'sora2-api.com', category: 'video', domains: ['sora2-api.com'], source: 'https://sora2-api.com/refund-policy' }, // its refund policy: subscriptions and credit packages spent on video generations
    { id: 'sora-2-run', name: 'Sora 2 (sora-2.run)', vendor: 'sora-2.run', category: 'video', domains: ['sora-2.run'], source: 'https://www.sora-2.run/refund' }, // its refund policy: subscriptions and one-time credits for the video service on this host
    { id: 'lipsyncai-net', name: 'LipSync AI (lipsyncai.net)', vendor: 'lipsyncai.net', category: 'video', domains: ['lipsyncai.net'], source: 'https://lipsyncai.net/sora-2' }, // its Sora 2 page: a generator form (aspect ratio, prompt, result) for Sora 2 videos beside its lip-sync tools

    // Veo 3 (Google): independent video sites and API resellers.
    { id: 'veo3gen-co', name: 'VEO3 (veo3gen.co)', vendor: 'veo3gen.co', category: 'video', domains: ['veo3gen.co'], source: 'https://www.veo3gen.co/docs/credits' }, // its docs: pay-per-use credits for Veo 3.0 and 3.1 video generations, refunded when a generation fails
    { id: 'photonmark-veo', name: 'PhotonMark Veo', vendor: 'PhotonMark', category: 'video', domains: ['veo.photonmark.com'], source: 'https://veo.photonmark.com/faq' }, // its FAQ: Veo 3.1 generation through Vertex, paid by credits; only this subdomain is claimed
    { id: 'veo-3-video-generator', name: 'VEO 3 Video Generator', vendor: 'VEO 3 Video Generator', category: 'video', domains: ['www-veo.com', 'vowo.ai'], source: 'https://www-veo.com/refund-policy' }, // its refund policy: credits for AI video generations with Veo 3 and Kling 1.6; the same policy on https://vowo.ai/refund-policy announces the move to vowo.ai with accounts and credits unchanged
    { id: 'veo3o1', name: 'Veo 3.1 AI (veo3o1.com)', vendor: 'veo3o1.com', category: 'video', domains: ['veo3o1.com'], source: 'https://veo3o1.com/refund-policy' }, // its refund policy: credits for text-to-video and image-to-video, refunded automatically when a generation fails
    { id: 'veo3app', name: 'Veo3 (veo3app.com)', vendor: 'veo3app.com', category: 'video', domains: ['veo3app.com'], source: 'https://www.veo3app.com/legal/privacy-policy' }, // its privacy policy: a video generation platform calling Google's Veo 3 by API, not affiliated with Google
    { id: 'cheaperveo', name: 'CheaperVeo', vendor: 'CheaperVeo', category: 'video', domains: ['cheaperveo.com'], source: 'https://cheaperveo.com/legal/content' }, // its content policy: an API layer over Google Veo 3.1 sold by credits
    { id: 'veo3-ai', name: 'Veo 3 (veo3.ai)', vendor: 'veo3.ai', category: 'video', domains: ['veo3.ai'], source: 'https://veo3.ai/tr/refund-policy' }, // its refund policy: subscriptions and credit purchases for the video generator on this host
    { id: 'veo4aivideo', name: 'Veo 4 AI Video Generator (veo4aivideo.com)', vendor: 'veo4aivideo.com', category: 'video', domains: ['veo4aivideo.com'], source: 'https://veo4aivideo.com/refund-policy' }, // its refund policy: subscription credits and credit packages for AI video

    // Seedance (ByteDance): independent video sites and API resellers.
    { id: 'kinovi-ai', name: 'Kinovi', vendor: 'Kinovi', category: 'video', domains: ['kinovi.ai'], source: 'https://kinovi.ai/docs/seedance2.0/text-to-video' }, // its docs: Seedance 2.0 text-to-video at 40 credits a second, with optional 4K upscaling
    { id: 'seedancev2-ai', name: 'Seedance 2.0 Video Generator (seedancev2.ai)', vendor: 'seedancev2.ai', category: 'video', domains: ['seedancev2.ai'], source: 'https://seedancev2.ai/it/refund-policy' }, // its refund policy: credits, subscriptions and AI generation provisioned on payment
    { id: 'seedance-2-ai-org', name: 'Seedance 2.0 AI (seedance-2-ai.org)', vendor: 'seedance-2-ai.org', category: 'video', domains: ['seedance-2-ai.org'], source: 'https://www.seedance-2-ai.org/refund-policy' }, // its refund policy: subscriptions and credit packs for generations
    { id: 'seedance2-tech', name: 'Seedance 2.0 (seedance2.tech)', vendor: 'seedance2.tech', category: 'video', domains: ['seedance2.tech'], source: 'https://seedance2.tech/zh/refund' }, // its refund policy: credits refunded when a video generation fails on a system error
    { id: 'seedancestudio', name: 'Seedance Studio (seedancestudio.org)', vendor: 'seedancestudio.org', category: 'video', domains: ['seedancestudio.org'], source: 'https://seedancestudio.org/ja/legal/refund' }, // its refund policy: credits spent on video and image generation, restored when ByteDance's model servers fail
    { id: 'aiseedance2-pro', name: 'Seedance 2.0 (aiseedance2.pro)', vendor: 'aiseedance2.pro', category: 'video', domains: ['aiseedance2.pro'], source: 'https://aiseedance2.pro/refund' }, // its refund policy: subscriptions and credit purchases for generation
    { id: 'seedance2-video', name: 'Seedance 2.0 (seedance2-video.com)', vendor: 'seedance2-video.com', category: 'video', domains: ['seedance2-video.com'], source: 'https://seedance2-video.com/es/refund-policy' }, // its refund policy: credit packs and plans, credits returned for failed generations
    { id: 'vicsee', name: 'VicSee', vendor: 'VicSee', category: 'video', domains: ['vicsee.com'], source: 'https://vicsee.com/docs/api/seedance-2-0' }, // its API docs: Seedance 2.0 video generation priced in credits, with a web generator

    // Kling (Kuaishou): independent video sites.
    { id: 'klingmotion', name: 'Kling Motion (klingmotion.org)', vendor: 'klingmotion.org', category: 'video', domains: ['klingmotion.org'], source: 'https://klingmotion.org/es/terms' }, // its terms: a generation platform sold by subscriptions and credit packs
    { id: 'kling-4-net', name: 'Kling 4.0 (kling-4.net)', vendor: 'kling-4.net', category: 'video', domains: ['kling-4.net'], source: 'https://www.kling-4.net/zh/refund-policy' }, // its refund policy: credits charged only for successful generations
    { id: 'klingo1', name: 'Kling O1 (klingo1.co)', vendor: 'klingo1.co', category: 'video', domains: ['klingo1.co'], source: 'https://klingo1.co/refund' }, // its refund policy: credits and subscriptions for the service on this host
    { id: 'kvid-ai', name: 'KVID AI', vendor: 'KVID AI', category: 'video', domains: ['kvid.ai'], source: 'https://kvid.ai/en/payment-policy' }, // its payment policy: monthly credits for AI video generation

    // Wan (Alibaba), Hailuo (MiniMax), Grok Imagine (xAI) and multi-model video sites.
    { id: 'wanvideogenerator', name: 'WAN Video Generator', vendor: 'wanvideogenerator.com', category: 'video', domains: ['wanvideogenerator.com'], source: 'https://wanvideogenerator.com/blog/lighting-up-creative-world-wan-22-deep-dive' }, // its blog on Wan 2.2, which it offers to try on its own platform
    { id: 'zsky-ai', name: 'ZSky AI', vendor: 'ZSky AI', category: 'video', domains: ['zsky.ai'], source: 'https://zsky.ai/blog/what-is-wan-video-model' }, // its blog: Wan 2.2 is the model behind ZSky AI's video generator
    { id: 'grokimagineai-net', name: 'Grok Imagine (grokimagineai.net)', vendor: 'grokimagineai.net', category: 'video', domains: ['grokimagineai.net'], source: 'https://www.grokimagineai.net/terms' }, // its terms: an AI image and video generation service billed per request
    { id: 'cliprise', name: 'Cliprise', vendor: 'Cliprise', category: 'video', domains: ['cliprise.app'], source: 'https://www.cliprise.app/learn/guides/model-guides/wan-animate-complete-guide' }, // its guides: Wan Animate and other video models run on Cliprise
    { id: 'aifilms-ai', name: 'AI Films Studio', vendor: 'AI Films', category: 'video', domains: ['aifilms.ai'], source: 'https://studio.aifilms.ai/blog/wan-2-2-animate' }, // its studio's blog (editor, nodes, pricing) on the Wan2.2-Animate model it offers
    { id: 'hellovideo', name: 'HelloVideo', vendor: 'Liu Songsong', category: 'video', domains: ['hellovideo.com'], source: 'https://hellovideo.com/refund' }, // its refund policy: credits for text-to-image, image-to-image, text-to-video and image-to-video generation
    { id: 'videoinu', name: 'Videoinu', vendor: 'Videoinu', category: 'video', domains: ['videoinu.com'], source: 'https://videoinu.com/hub/other/videoinu-user-guide' }, // its user guide: subscriptions and credits for AI-generated characters and animated videos
    { id: 'haio-fun', name: 'HAIO', vendor: 'HAIO', category: 'video', domains: ['haio.fun'], source: 'https://haio.fun/credits-refunds' }, // its credit policy: credits held while AI storyboards and video renders run on third-party generation providers
    { id: 'neobund', name: 'Neobund', vendor: 'Neobund', category: 'video', domains: ['neobund.com'], source: 'https://neobund.com/en/policy' }, // its policy: stores the videos, scripts and voice-overs users generate with its service
    { id: 'kinolabs-ai', name: 'KINO (kinolabs.ai)', vendor: 'KINO', category: 'video', domains: ['kinolabs.ai'], source: 'https://kinolabs.ai/refund' }, // its refund policy: credits consumed by video generation jobs; not the catalog's kino.ai
    { id: 'ziframe', name: 'Ziframe', vendor: 'Ziframe', domains: ['ziframe.com'], source: 'https://ziframe.com/models/google/nano-banana' }, // its model page: Nano Banana image generation at four credits an image, among other models

    // Talking-photo and avatar video (InfiniteTalk and others).
    { id: 'infinitetalkai-org', name: 'Infinite Talk AI', vendor: 'Infinitetalk ai', category: 'video', domains: ['infinitetalkai.org'], source: 'https://www.infinitetalkai.org/refund' }, // its refund policy: credits for the talking-video service on this host
    { id: 'aiphototalk', name: 'AI Photo Talk', vendor: 'aiphototalk.com', category: 'video', domains: ['aiphototalk.com'], source: 'https://aiphototalk.com/refund-policy' }, // its refund policy: subscriptions and one-time purchases for its AI video generation service
    { id: 'visionstory-ai', name: 'VisionStory', vendor: 'VisionStory', category: 'video', domains: ['visionstory.ai'], source: 'https://www.visionstory.ai/en/help-center/credits' }, // its help centre: credits per 15 seconds of generated video, with HD and green-screen options
    { id: 'ai-roundabout', name: 'AI Roundabout', vendor: 'ai-roundabout.com', category: 'video', domains: ['ai-roundabout.com'], source: 'https://ai-roundabout.com/refund-policy.html' }, // its refund policy: video generation credits on an AI avatar video platform for creators

    // Music (Suno).
    { id: 'songsmith-studio', name: 'SongSmith', vendor: 'SongSmith', category: 'audio', domains: ['songsmith.studio'], source: 'https://songsmith.studio/terms' }, // its terms: AI lyrics, concepts, album art and video renders, driving the user's own Suno account through its extension
    { id: 'sunoapi-com', name: 'SunoAPI (sunoapi.com)', vendor: 'sunoapi.com', category: 'audio', domains: ['sunoapi.com'], source: 'https://docs.sunoapi.com/ai-music-api-credits-usage-guide' }, // its docs: an AI music API for Suno, Riffusion and Nuro models, 10 credits a call

    // Chat front-ends named after DeepSeek, Qwen, Grok and GPT.
    { id: 'deepseek-chat-site', name: 'DeepSeek (deepseek.chat)', vendor: 'deepseek.chat', category: 'chat', domains: ['deepseek.chat'], source: 'https://deepseek.chat/privacy-policy' }, // its privacy policy: an AI chat service with accounts, subscriptions through Stripe and PayPal and hosting on AWS and Google Cloud; not DeepSeek's own chat.deepseek.com
    { id: 'chat-deep-ai', name: 'Deep AI Chat (chat-deep.ai)', vendor: 'chat-deep.ai', category: 'chat', domains: ['chat-deep.ai'], source: 'https://chat-deep.ai/security' }, // its security page: an independent site for chatting with DeepSeek's models, not affiliated with DeepSeek
    { id: 'deepseekagi-org', name: 'DeepSeek AGI (deepseekagi.org)', vendor: 'deepseekagi.org', category: 'chat', domains: ['deepseekagi.org'], source: 'https://deepseekagi.org/privacy-policy' }, // its privacy policy: AI tools, a chat interface and an API on this site
    { id: 'deepseekv4-space', name: 'D-Chat (deepseekv4.space)', vendor: 'deepseekv4.space', category: 'chat', domains: ['deepseekv4.space'], source: 'https://deepseekv4.space/acceptable-use-policy' }, // its acceptable-use policy: an independent wrapper with a chat interface for third-party models, not an official DeepSeek product
    { id: 'qwen-ai-chat', name: 'Qwen AI Chat (qwen-ai.chat)', vendor: 'qwen-ai.chat', category: 'chat', domains: ['qwen-ai.chat'], source: 'https://qwen-ai.chat/privacy-policy' }, // its privacy policy: an AI chat without sign-up run by an independent team, not affiliated with Alibaba
    { id: 'qwen35-com', name: 'Q-Chat (qwen35.com)', vendor: 'qwen35.com', category: 'chat', domains: ['qwen35.com'], source: 'https://qwen35.com/acceptable-use-policy' }, // its acceptable-use policy: chat and generation requests screened before they reach the models, with subscriptions and credits
    { id: 'grok4-app', name: 'Grok 4 (app.grok4.app)', vendor: 'grok4.app', category: 'chat', domains: ['app.grok4.app'], source: 'https://app.grok4.app/ar/privacy-policy' }, // its privacy policy: an independent web interface for AI chat with credits, not affiliated with xAI; only this subdomain is claimed
    { id: 'gptanon', name: 'GPTAnon', vendor: 'GPTAnon', category: 'chat', domains: ['gptanon.com'], source: 'https://gptanon.com/privacy' }, // its privacy policy: anonymous AI chat routed through OpenRouter to several model makers, three free chats a day
    { id: 'gptgroup-ai', name: 'GPT Group', vendor: 'Gptgroup', category: 'chat', domains: ['gptgroup.ai'], source: 'https://gptgroup.ai/privacy' }, // its privacy policy: shared AI group chats without login, messages sent to OpenAI

    // Model-API resellers named in these sites' docs (developer platforms).
    { id: 'apiin-one', name: 'API in One', vendor: 'API in One', category: 'developer-platform', domains: ['apiin.one'], source: 'https://apiin.one/es/model/kling-3' }, // its model page: Kling 3.0 video and other models behind one API key, billed in credits
    { id: 'vydra-ai', name: 'Vydra', vendor: 'Vydra', category: 'developer-platform', domains: ['vydra.ai'], source: 'https://www.vydra.ai/docs/models/grok-imagine' }, // its API docs: Grok Imagine image and video jobs and other models, charged in credits
    { id: 'midsync-dev', name: 'MidSync', vendor: 'MidSync', category: 'developer-platform', domains: ['midsync.dev'], source: 'https://midsync.dev/ja/developers/docs/model-kling-25' }, // its developer docs: a unified video API (Kling 2.5 Turbo and others) priced in points
    { id: 'mulerouter', name: 'MuleRouter', vendor: 'MuleRouter', category: 'developer-platform', domains: ['mulerouter.ai'], source: 'https://mulerouter.ai/docs/api-reference/endpoint/alibaba/qwen-image-edit-max/generation' }, // its API reference: image and video model endpoints such as Qwen Image Edit Max; not the catalog's MuleRun
    { id: 'skills-video', name: 'Skills.video', vendor: 'Skills.video', category: 'developer-platform', domains: ['skills.video'], source: 'https://docs.skills.video/api-reference/kling-v25-turbo' }, // its API reference: Kling 2.5 Turbo and other video generations with a credit breakdown per request
    { id: 'myrouter-ai', name: 'MyRouter', vendor: 'MyRouter', category: 'developer-platform', domains: ['myrouter.ai'], source: 'https://docs.myrouter.ai/docs/models/reference-minimax-hailuo-02' }, // its docs: a model API with Minimax Hailuo-02 video generation and other models
    { id: 'deepcreativelabs', name: 'Deep Creative Labs', vendor: 'Deep Creative Labs', category: 'developer-platform', domains: ['deepcreativelabs.com'], source: 'https://deepcreativelabs.com/docs/api/video-models/hailuo-02' }, // its API docs: Hailuo-02 and other video model predictions charged in credits
    { id: 'codegateway-dev', name: 'CodeGateway', vendor: 'CodeGateway', category: 'developer-platform', domains: ['codegateway.dev'], source: 'https://www.codegateway.dev/en/blog/imagen-4-api-quickstart' }, // its blog: an OpenAI-compatible gateway to Imagen 4, GPT-Image-2 and other models
    { id: 'reapi-ai', name: 'reAPI', vendor: 'reAPI', category: 'developer-platform', domains: ['reapi.ai'], source: 'https://reapi.ai/models/imagen-4-0' }, // its model page: Imagen 4 and other models on one image generation endpoint, priced in credits
    { id: 'laozhang-ai', name: 'laozhang.ai', vendor: 'laozhang.ai', category: 'developer-platform', domains: ['laozhang.ai'], source: 'https://blog.laozhang.ai/ru/posts/nano-banana-pro-api-guide' }, // its blog on the Nano Banana Pro API, naming its own per-image price as a provider gateway
    { id: 'burncloud', name: 'BurnCloud', vendor: 'BurnCloud', category: 'developer-platform', domains: ['burncloud.com'], source: 'https://www.burncloud.com/aiapi-detail/gpt-image-1.html' }, // its model page: GPT Image 1 generation and edits resold through its AI API, priced per image
    { id: 'listenhub', name: 'ListenHub', vendor: 'MarsWave', category: 'audio', domains: ['listenhub.ai'], apiEndpoints: ['api.marswave.ai'], source: 'https://listenhub.ai/docs/en/openapi/api-reference/ai-video/seedance' }, // its OpenAPI docs: Seedance video generation on its shared AI video endpoint at api.marswave.ai, billed in credits, beside its AI audio products
    { id: 'pixwith-ai', name: 'Pixwith', vendor: 'Pixwith', category: 'image', domains: ['pixwith.ai'], source: 'https://pixwith.ai/api/docs/video-models/seedance-1-0' }, // its API docs: Seedance and other image and video models as generation tasks
    { id: 'coinis-models', name: 'Coinis AI model API', vendor: 'Coinis', category: 'developer-platform', urlPrefixes: ['coinis.com/models'], source: 'https://coinis.com/models/openai/sora-2' }, // its model pages: one API key for Sora 2 and other generation models; the rest of coinis.com (advertising) stays unclaimed
  ],
  { checked: CHECKED_C16 },
);
