// Twenty-seventh session, sixth image-and-video pass (2026-12-07, helper `imgvid6`): AI image and video tools that no
// entry claimed yet, after the image and video passes before it (image-video.ts, cat-image-video*.ts,
// lists-c3-image.ts, long-tail-image.ts, long-tail-video.ts, long-tail-c5-image-tools.ts, long-tail-c16-imgvid.ts,
// long-tail-c16-wrappers.ts, long-tail-c18-image.ts, long-tail-c18-video.ts, long-tail-c19-wrappers.ts,
// long-tail-c21-photo.ts, long-tail-c22-video3.ts, long-tail-c23-photo2.ts, long-tail-c24-image4.ts,
// long-tail-c24-video4.ts, long-tail-c26-imgvid5.ts), whose queries, rows and left-out hosts are not repeated. Here:
// AI image generators and photo editors run by small vendors in France (IA-IMAGE.ONLINE), Italy (Artifisio's AI
// illustration in a consistent style), Poland (Visioforge), Germany (ProfiPortrait's AI portraits,
// PictureLab AI's AI photos) and Argentina (Replicape), and PhotoPrompt AI's token-billed generator (met in the Italian
// query, its operator not named); independent image sites that name their processors (Flux
// Kontext on fal.ai at flux-kontext.club; ImageAI on Stability AI and Gemini at aiimage.wsy400.com; GenImage.org's
// generator and photo editor); a site named after Alibaba's Wan 2.6 video model (hushgen.com) and one named after Wan
// 2.2 (wan2-2.com), named with their host as the wrappers passes named theirs; a GPT Image 2 prompt library whose
// playground renders through fal.ai; and an AI highlight finder for Twitch streams (ViddyFlow).
//
// Leads. 40 look-ups, all in the stored `pages` corpus, counted as they were made (38 themed queries and 2 follow-ups
// for Vidio and GénieImage, whose first pages did not say AI). Queries worded as small vendors word their own pages:
// credits per second of video and refunds for failed generations; privacy policies naming fal.ai, Replicate and
// Stability AI as processors; image-to-video terms naming Kling, Runway and Veo; AI logo terms and trademark
// disclaimers; photo restoration and colourisation refunds; dubbing and lip-sync sub-processors; virtual try-on
// credits; AI subtitles on Whisper; pixel-art and game sprites; video upscaling and frame interpolation; children's
// drawings animated; Seedance 2.0, Kling 3.0, Wan 2.6, Seedream 4.5, Hailuo and Qwen Image Edit sites; talking photos
// billed per minute; AI job-application portraits; virtual home staging; Twitch VOD clippers; manga translators; and
// terms, CGV and privacy pages in French, German, Spanish, Portuguese, Italian, Polish, Dutch, Japanese and Korean. As
// the brief expected, most vendor pages the searches returned were listed already: every Seedream, Qwen Image Edit and
// Kling wrapper met (seedream4.top, seedream4-ai.com, seedream40.org, seedreamimage.com, qwenimageedit.top,
// imageqwen.com, image-layered.app, kling.art, klingmotion.org, klingo1.xyz, seedence2.com, seedancev2.ai,
// seedance2-video.com), the try-on sites (trybeforewear.com, aiclotheschangers.app, changeoutfit.app, dressesup.org),
// the restoration sites (photo-restoration.org, colorsfix.com, memory-revive.com, colorizethis.io), the dubbing tools
// (lipdubber.com, dubbstudio.com, t1dub.tech, sync.so), the logo makers (logogengenius.com, logofactory.ai), the
// Korean and Japanese services (ai-photo.pro, aikino.film862.com, vmai.site, jium.ai, ai-crafts.com,
// app.sai-beauty.jp) and many more. The Japanese, Dutch and German portrait queries returned law notes, news and
// listed services only.
//
// Measured with /work/helpers/classify-hosts.mts on the 247 hosts the searches returned (vendors, blogs, news, law
// firms, docs hosts and shared hosts alike, in /work/helpers/out/imgvid6-hosts.txt): 113 classified before (45.7%),
// 127 after (51.4%).
//
// Doubtful rows. ViddyFlow is read from its own blog, which describes its own highlight detection (chat-replay
// analysis, transcription and language processing of the whole stream); the seventeenth session's social pass left
// viddyflow.com out as "blogs only" before later passes counted a vendor's own article about its own product, so it
// is the row to drop first if the stricter reading is preferred. GPT Image 2 Prompts (gptimage2prompts.com) is a
// community prompt library whose playground, edit and image-to-image tools call fal.ai from the browser with the
// visitor's own key: an AI image tool, though its main page is the library. wan2-2.com's refund page speaks of "our AI
// services" and credits without naming the model; the host and the page's credit limits are those of the Wan 2.2
// video sites earlier passes listed. hushgen.com's refund page names the service "Wan 2.6" and refunds credits when a
// video generation fails. aiimage.wsy400.com is claimed alone: nothing read ties wsy400.com itself to the product.
// Replicape's policy says uploaded images are processed by third-party AI services and kept in a gallery, without
// naming the kinds of edit; its controller is in Chubut, Argentina (region latam).
//
// Already listed and left to their entries (met on the way): help.hooc.ai, lookscraft.com, sorawithoutwatermark.com,
// ladinda.io, nannabanana.ai, studioshootai.com, profilebakery.com, modkie.com, image-to-video.app, clipstudios.ai,
// bythen.ai, aivideogenerator.se, heritagepixel.com, image-to-image-ai.org, kontext-ai.com, illustro.app,
// bananapro.ai, grokvideogenerator.com, scenestreet.xyz, reelvideogenerator.com, myai.art, geburtstagsname.de,
// iatelier-poster.com, imgc.vip, aiimagepromptgenerator.org, aisnapedit.com, makefilm.ai, tattooai.design,
// pixexact.com, pixelforge.vip, videoweb.ai, bestimage.ai, createvision.ai, all-images.ai, ambienta.meltinbit.com,
// pixie.haus, spritecook.ai, clipbot.gg, comic-translate.com, comixsuite.com, studio247.design,
// mejorarcalidaddeimagen.app, optiwai.com, pawsnapai.com, polzj.com, aipost.pl, mannequinia.com, nanobananafree.net, and the
// model vendors and API hosts (minimax.io, segmind.com, useapi.net, docs.myrouter.ai, lumenfall.ai, 302.ai,
// eachlabs.ai, docs.magichour.ai, help.heygen.com, docs.aiclonevoicefree.com, support.visla.us).
//
// Left out. Placeholders and drafts: eu-east.go.ro ("PLACEHOLDER — replace with reviewed legal text", an operator's
// deployment), speedsgpt.com ("a standard product template … before public launch"), stylepromptstudio.com ("an MVP
// placeholder", as the c18 design pass decided), reframe-ai.de (`[Dein Name / Firma]`, as before), the
// ai-tools.modeltheme.com logo-generator theme (`[Your Brand Name]`). Pages that say AI only in a name or not at all:
// wan-ai.org's refund page ("Wan AI" and credits), vidio.ai's refund FAQ (rendering errors and clips, no AI named; a
// lead, and vidio.com is an unrelated streaming service), genieimage.com's CGV (`?page=cgv`, credits without AI; a
// lead), trysora2.org's generic French policy. Terms on one host naming another: banana-ai.me, whose Italian terms are
// for "Nano Banana Pro Flash" at nanobananaproflash.org (neither read as its own page: a lead). Mobile apps and
// developers' pages: DrawAnimator (animatemydrawing.com), DrawTales (drawtales.com, an iOS app), Draw & Animate
// (drawandanimate.com, as before), Falin (computer.falin.today, an app's policy), techdevprime.com (a developer's
// page with a hairstyle app's face-data notes), and the Replicate-backed headshot and avatar policies on
// cloudfront.net, vercel.app and pages.dev. Personal or hobby deployments: art.openworldregister.com (a Gemini image
// generator whose contact is "via GitHub": a lead), webscenen8n.xyz (an individual developer's clip republisher, as
// the c17 social pass decided). Product hosts not read: PeakClips (peakclips.tv; its policy read again only on
// pages.dev), seedance2.ai (seen only through a pages.dev blog about its policy). General products where AI is one
// feature: Giraffe360's virtual staging (docs.giraffe360.com, a real-estate camera and tour platform), Photomatic AI
// (photomaticai.com, terms that are FlowHunt's: a lead for FlowHunt's entry), Mewpot (stock media, as before). Guides, blogs and news about AI in
// general: homezia.fr and deptho.ai (home-staging and photo-ethics articles that do not describe their own products:
// leads), framerevive.com and savevhs.com (restoration and digitising services), bewerbungsfoto-ai.de (as the c18 image
// pass decided), upuply.com's and blog.picassoia.com's explainers (listed hosts), winenfood.com, visualfoodie.com,
// eatsip365.com, aimoneymatters.com, withwhiz.net, llm-writing.com, marketing-ki.de, kitmul.com, thedownloader.co.uk,
// toolforte.com, conductatlas.com, clipjury.pages.dev, and the Dutch, Austrian and French law and news pages.
// Adult and undressing services, as before: nudify.it, desnuda.app.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C27, defineTools } from './define';

export const longTailC27Imgvid6Tools: Tool[] = defineTools(
  'image',
  [
    // --- image generators and photo editors of small vendors ---
    { id: 'ia-image-online', name: 'IA-IMAGE.ONLINE', vendor: 'IA-IMAGE.ONLINE', domains: ['ia-image.online'], region: 'europe', source: 'https://ia-image.online/legal/privacy-policy' }, // privacy: a French sole proprietor's AI image generation, editing and sharing service, with content-safety filters, credits and subscriptions
    { id: 'artifisio', name: 'Artifisio', vendor: 'Delate Srl', domains: ['artifisio.com'], region: 'europe', source: 'https://artifisio.com/terms' }, // terms: AI-powered illustration generation that analyses and replicates an artist's style, paid in credits (Delate Srl, Rome)
    { id: 'photoprompt-ai', name: 'PhotoPrompt AI', vendor: 'PhotoPrompt AI', domains: ['photopromptaiapp.com'], source: 'https://photopromptaiapp.com/terms-en.html' }, // terms: a web app that generates images with artificial intelligence from text prompts, each generation consuming tokens
    { id: 'visioforge-me', name: 'Visioforge (visioforge.me)', vendor: 'Visioforge Sp. z o.o.', domains: ['visioforge.me'], region: 'europe', source: 'https://visioforge.me/pl/terms-and-conditions' }, // terms (Polish): AI image generation and editing services of a Warsaw company
    { id: 'profiportrait-ai', name: 'ProfiPortrait', vendor: 'ProfiPortrait', domains: ['profiportrait.ai'], region: 'europe', source: 'https://profiportrait.ai/en/terms' }, // terms (German): an AI-supported service that makes professional portraits from uploaded photos; the images are generated by artificial intelligence
    { id: 'picturelab-ai', name: 'PictureLab AI', vendor: 'PictureLab AI', domains: ['picturelab.ai'], region: 'europe', source: 'https://picturelab.ai/privacy' }, // privacy: uploaded images used only to create AI-generated photos, sent to external AI providers for image processing and model training
    { id: 'replicape', name: 'Replicape', vendor: 'Replicape', domains: ['replicape.com'], region: 'latam', source: 'https://replicape.com/legal/privacy' }, // privacy: uploaded images processed by third-party artificial intelligence services and kept in a personal gallery; payments through Mercado Pago
    { id: 'genimage-org', name: 'GenImage.org', vendor: 'GenImage.org', domains: ['genimage.org'], source: 'https://genimage.org/privacy-policy' }, // privacy: an AI image generator and photo editor (generation, editing, enhancement, backgrounds, upscaling) sold in credits
    // --- sites that name their model processors ---
    { id: 'flux-kontext-club', name: 'Flux Kontext (flux-kontext.club)', vendor: 'flux-kontext.club', domains: ['flux-kontext.club'], source: 'https://flux-kontext.club/privacy' }, // privacy: AI image generation requests processed by fal.ai as AI model service provider, with a credit system paid through Paddle
    { id: 'imageai-wsy400', name: 'ImageAI (aiimage.wsy400.com)', vendor: 'ImageAI', domains: ['aiimage.wsy400.com'], source: 'https://aiimage.wsy400.com/es/privacy' }, // privacy (Spanish): AI image processing through Stability AI (background removal, upscaling) and Google Gemini, with credits
    { id: 'gptimage2prompts', name: 'GPT Image 2 Prompts', vendor: 'gptimage2prompts.com', domains: ['gptimage2prompts.com'], source: 'https://gptimage2prompts.com/privacy' }, // privacy: a prompt library whose playground, edit, style-reference and image-to-image tools run image generation on fal.ai with the visitor's key
    // --- video ---
    { id: 'hushgen-com', name: 'Wan 2.6 (hushgen.com)', vendor: 'hushgen.com', category: 'video', domains: ['hushgen.com'], source: 'https://hushgen.com/refund-policy' }, // refund policy: Wan 2.6 credits automatically refunded when a video generation fails
    { id: 'wan2-2-com', name: 'Wan 2.2 (wan2-2.com)', vendor: 'wan2-2.com', category: 'video', domains: ['wan2-2.com'], source: 'https://wan2-2.com/en/refund' }, // refund policy: refunds for "our AI services" within 72 hours and under a credit limit
    { id: 'viddyflow', name: 'ViddyFlow', vendor: 'ViddyFlow', category: 'video', domains: ['viddyflow.com'], source: 'https://viddyflow.com/blog/how-to-use-ai-to-find-best-moments-in-streams' }, // vendor blog: its AI highlight detection parses Twitch chat replays, transcribes whole streams and scores moments with language processing
  ],
  { checked: CHECKED_C27 },
);
