// Twenty-fourth session, refund-wording pass B (2026-12-07, helper `refundsb`): AI products for voice, music, podcasts,
// avatars, face swap, photo enhancement, 3D, logos, interiors and architecture, slides and sites that no entry claimed
// yet, found through their own refund, cancellation and credit policies, the wording an earlier pass of this session
// found to reach unlisted vendors far better than privacy wording. Here: AI voice and text-to-speech (AI Voice Global,
// Vozapy), AI cover songs (Vocalize.fm) and an AI song generator (Sureelo); AI podcast tools (PodExtra, Monocasts); AI
// avatar and avatar video (GoodAvatar, ArtifyAvatar); face swap (Probface, and Face-swap.com, an adult one); AI photo
// generators, editors and upscalers (freeaiheadshot.xyz, Photoo.AI, PhotoHeirloom, Upshot, OpenDream Upscale) and
// image-and-video generators (ArtiverseHub AI, AIFacefy, videoweb.ai, AI Video Maker on aivideomaker.ai, Helle AI);
// text- and image-to-3D (AI 3D on ai3d.cc, OneClick3D); AI logos and mockups (NanoLogos, Logom.ai, LogoSmith, Clayd's
// pottery mockups); AI interior and architectural renders (HomeDesignAI on homedesignai.shop, Cadbull's AI renderer,
// ArchScene, Volexi, Pelicad); an AI slide generator (SlideGMM); and an AI site and app builder on credits (SiteFast).
//
// Leads. 33 look-ups, all in the stored `pages` corpus, counted as they were made. Queries worded the way vendors word
// their refund, billing and terms pages ("credits are non-refundable once generated", "GPU processing time", "render
// credits", "AI computation costs", "the model provider has already been billed"), one kind at a time (voice cloning,
// text to speech, voice changers and AI covers, song generators, sound effects, mastering and stem splitting, podcast
// generators and dubbing, avatars trained on selfies, talking photos, face swap, photo enhancers and upscalers,
// cartoon avatars, text- and image-to-3D, logo makers, interior redesign, architectural sketch-to-render, slide makers,
// website and landing-page builders, game sprites and tilesets), and in Spanish, French (twice) and Portuguese. Repeats
// grew fast: after about 20 look-ups most results were pages already read, vendors earlier passes had listed, or
// vendors they had judged. Every row cites a page with a path on the product's own host (for Cadbull's renderer its
// claimed ai. subdomain, for OpenDream Upscale its claimed upscale. subdomain) where the vendor says the product
// generates, renders, swaps, enhances or speaks with AI, artificial intelligence, AI models or named model providers;
// two rows (Volexi, Pelicad) cite the vendor's own blog where that page describes the vendor's own product. Hosts were
// run through /work/helpers/classify-hosts.mts and names grepped in data/ and in the other helpers' c24 files first;
// refundsa's file leaves aifacefy.com, artiversehub.ai, photoheirloom.com, helle.ai, photoo.ai and videoweb.ai to other
// passes, and none of these hosts is in another twenty-fourth-session file.
//
// Measured with /work/helpers/classify-hosts.mts on the 196 hosts the searches returned (vendors, blogs, news, guides
// and shared hosts alike, in /work/helpers/out/refundsb-hosts.txt): 63 classified before (32.1%), 96 after (49.0%).
//
// Already listed and left to their entries: Typecast, ACE Studio, Voicemaker, TTSMaker, NaturalReader, ElevenLabs,
// AnySpeech, Robot Articles, Solos Music, AISongGen, Songria, MuseGen, Songly, MusicMake.ai, SoundMint AI (amscai.com),
// AI SFX Lab, Music FX, Loudly, VocalRemover.one, Podwise, Podcasts To Text, Rask, VMEG, ai-roundabout.com, AI Photo
// Talk, LipDub AI, Magic Wand AI, DrHeadshot, BetterPic, Fotoria, Luemee, AI Face Swap (aifaceswaps.app), Swapface,
// Photo Restoration (photo-restoration.org), qaimagic.website, Virtual Staging Art, AI Kitchen Preview, Rendair,
// Create3D.io, 3DWebGen, ModelMyImage, STL2Image, 3dly, MakerForge 3D Studio, LogoGenGenius, Tattoo AI Design,
// PPT.AI, SlideMake, x2slides, SlidesPilot, Websiteguy.ai, Generous (genyourweb.com), iSites.biz, WebsiteGPT
// (widgetora.com), GenSprite, Sprite-AI, SpriteCook, Spritesheets.AI, SEELE, ZSky AI, chdaoai.com, inanobanana.net and
// the Sora watermark remover.
//
// Left out as earlier passes decided (their pages are traps or left-out notes there): ogvoice.app (a refund policy that
// does not say AI), bwildex.com (a page that does not show what it generates), aiphotoenhancer.ai (AI only in the
// brand), cdn.tadkastudios.com, pptmaker.ai and karaf.ai (Slides AI), websiteinc.ai, airygen.com (Seriauth Limited, a
// lead of earlier passes), createacaricatureofme.com, mosaicremoval.com, studionewera.com, wayline.io and
// content.ma (Voiceoover.com's policy on another host). Pages that do not say the product uses AI, or only in its name:
// clonevoiceapp.site, texttospeechvideomaker.com, faceswap.tech, ultrafaceswap.com, face-swapping.com (wefaceswap.com),
// face-swaps.com, interiordesigncenter.ai ("Interior AI" by 44 Pixels), interiorgpt.ai, ai3dgen.com, image-to-cartoons.cc,
// makeimageclearer.com, soulmate3d.com, we0.ai, picmorph.ai, describeimage.ai, reeyee.ai and the refund page of
// designfreelogoonline.com. Pages that say AI but not what the product does (leads): vividoc.ai, lemono.ai,
// modulrift.com, sitesezy.in and logotee.top (AI-generated t-shirt design files). Placeholders, drafts and beta pages:
// imagetostl.pro (support@your-domain.com), learnwithpodcast.com ({{DATE}}), wonderfulfantasy.com ([Your Site Name]),
// webbuilder.d3e.studio ("product-policy drafts"), buttonai.co and ai-prompt-master.com (pre-launch notes). General
// products, services and agencies where AI is one feature or none: carveco.com (CNC software with an AI relief
// generator), support.subbly.co (a subscription-commerce platform's AI website builder add-on), loopple.com (a
// dashboard builder with AI credits), dsaistudio.com (restaurant website templates), aibuildrs.com and webshake.ai (web
// agencies), podcastcolor.com (podcast design and editing services), echoforte.com (mastering and mixing services),
// sonarisaudio-services.com, rackfx.com, alibimusic.com, tpillars.co (T-Pillars Studios' site; its "Interior AI" app
// has no page of its own in the corpus), atlantidacore.com's face-swap disclaimer (a developer's site), pixel-masters.com
// (a render farm), docs.isquaredmarketing.com, zora2.com, web.fanxinnet.cn (a policy that names another host) and
// help.flexclip.com. A copy of HomeDesignsAI's refund page on an unrelated adult domain was not followed. News, blogs
// and guides: iarevolucion.com, almvoixoff.com, onigc.fr, dubwise.io's blog, lebigdata.fr, sonygamers.com,
// chusmeando.com, kippel01.com, metro.pr, guyanaguardian.com, property-glow.com's blog, reasonthread.com, mdzol.com,
// diariotecnologia.es and go.digitalclub.biz's ViralPop page. Shared platforms: text-to-song.pages.dev,
// newweb-bwt.pages.dev (87sonicace.com's AI song policy, whose own host the searches did not return: a lead),
// ai-image-to-video-generator.pages.dev, aivideotranslator.pages.dev, avatarify.vercel.app, parrotai.crisp.help,
// remini.zendesk.com and two sites.google.com face-swap app terms. Seen only on third-party pages: STL-AI
// (help.stlflix.com, the help centre of STLFLIX's model marketplace) and upscaleimg.ai (a wp-json copy of its page).
//
// Two hosts are claimed below a parent that is not the product: ai.cadbull.com (Cadbull's AI renderer; cadbull.com is a
// CAD-drawing library) and upscale.opendreamnet.com (OpenDream Upscale; opendreamnet.com itself was not read and is left
// unclaimed). HomeDesignAI's policy names a support address at aihomedesigner.com, which was not read and is not
// claimed.
//
// Same names: HomeDesignAI (homedesignai.shop) carries its host beside AI HomeDesign (aihomedesign.com) and HomeDesigns
// AI; AI 3D (ai3d.cc) and AI Video Maker (aivideomaker.ai) carry their hosts because the names are generic; Vocalize.fm is
// not Revocalize AI.
//
// Doubtful rows: PhotoHeirloom is read from a Spanish refund page that sells "AI credit packs" and excludes consumed AI
// credits, which says the product runs on AI but not what it does to photos; Helle AI's page says only that it provides
// AI creation services whose generations are random; AIFacefy, ArtiverseHub AI and videoweb.ai share one refund template
// ("the high computational costs of AI processing", videos or images generated with AI); Logom.ai's page offers English
// and Turkish and keeps the global region, since nothing shows it is made for Turkey alone; Sureelo bills through
// Razorpay in India and keeps the global region for the same reason. Face-swap.com is an adult site; its terms call the
// service an artificial-intelligence application that creates images and videos of people.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C24, defineTools } from './define';

export const longTailC24RefundsbTools: Tool[] = defineTools(
  'image',
  [
    // --- Voice, songs and podcasts ---
    { id: 'ai-voice-global', name: 'AI Voice Global', vendor: 'AI Voice Global', category: 'audio', domains: ['aivoiceglobal.com'], source: 'https://aivoiceglobal.com/refund_policy' }, // refund policy: points are spent on a text-to-voice generator; outages of third-party services such as the ChatGPT API are not refunded
    { id: 'vozapy', name: 'Vozapy', vendor: 'Vozapy', category: 'audio', domains: ['vozapy.com'], source: 'https://vozapy.com/refund-policy' }, // refund policy: on-demand AI processing for text to speech, voice cloning and audio separation; generated AI audio is not refunded
    { id: 'vocalize-fm', name: 'Vocalize.fm', vendor: 'Vocalize', category: 'audio', domains: ['vocalize.fm'], source: 'https://www.vocalize.fm/refund-policy' }, // refund policy: no refund once credits are used or AI cover music has been created
    { id: 'sureelo', name: 'Sureelo', vendor: 'Sureelo', category: 'audio', domains: ['sureelo.com'], source: 'https://www.sureelo.com/refund' }, // refund policy: songs come from a generative-AI pipeline (model errors, WaveSpeed timeouts refunded); disliked songs are not
    { id: 'podextra', name: 'PodExtra', vendor: 'PodExtra AI Team', category: 'productivity', domains: ['podextra.ai'], source: 'https://www.podextra.ai/refund-policy.html' }, // refund policy: refunds depend on how often the AI-processing quota for podcasts was used and on viewing of AI-processed content
    { id: 'monocasts', name: 'Monocasts', vendor: 'Monocasts', category: 'audio', domains: ['monocasts.com'], source: 'https://monocasts.com/refunds' }, // refunds page: episodes are created with AI-powered text-to-speech models; broken generations get character credits back
    // --- Avatars and face swap ---
    { id: 'goodavatar', name: 'GoodAvatar', vendor: 'GoodAvatar', category: 'video', domains: ['goodavatar.dev'], source: 'https://goodavatar.dev/refund-policy' }, // refund policy: credits for avatar video generation, which uses third-party AI and media services
    { id: 'artifyavatar', name: 'ArtifyAvatar', vendor: 'ArtifyAvatar', domains: ['artifyavatar.com'], source: 'https://artifyavatar.com/refunds.php' }, // refunds policy: credits are a digital good giving access to AI generation features; consumed credits are not refunded
    { id: 'probface', name: 'Probface', vendor: 'Probface', category: 'video', domains: ['probface.com'], source: 'https://www.probface.com/es/legal/payments-refund' }, // payment and refund policy: an AI video face-swapping ("face changing") subscription service
    { id: 'face-swap-com', name: 'Face-swap.com', vendor: 'Face-swap.com', category: 'video', domains: ['face-swap.com'], source: 'https://face-swap.com/terms-and-conditions/' }, // terms: an adult artificial-intelligence application that creates images and videos of people from uploaded photos
    // --- Photos, images and video ---
    { id: 'freeaiheadshot-xyz', name: 'Free AI Headshot (freeaiheadshot.xyz)', vendor: 'freeaiheadshot.xyz', domains: ['freeaiheadshot.xyz'], source: 'https://freeaiheadshot.xyz/refund.html' }, // refund policy for an AI-based image generation service (headshots); no refunds for dissatisfaction with generated images
    { id: 'photoo-ai', name: 'Photoo.AI', vendor: 'Photoo.AI', domains: ['photoo.ai'], source: 'https://photoo.ai/fr/refund' }, // refund policy (French): credits spent on image generation and dissatisfaction with AI-generated results are not refunded
    { id: 'photoheirloom', name: 'PhotoHeirloom', vendor: 'PhotoHeirloom', domains: ['photoheirloom.com'], source: 'https://photoheirloom.com/es/refund' }, // refund policy (Spanish): sells AI credit packs; consumed AI credits are not refunded
    { id: 'upshot-it', name: 'Upshot', vendor: 'Upshot', domains: ['upshot-it.com'], source: 'https://upshot-it.com/refund' }, // refund policy: credits buy image edits from an AI editing service, each with three AI revisions
    { id: 'opendream-upscale', name: 'OpenDream Upscale', vendor: 'OpenDreamNet', domains: ['upscale.opendreamnet.com'], source: 'https://upscale.opendreamnet.com/refund-policy' }, // refund policy: credits upscale and denoise images with integrated artificial-intelligence tools (subdomain only)
    { id: 'aifacefy', name: 'AIFacefy', vendor: 'aifacefy.com', domains: ['aifacefy.com'], source: 'https://aifacefy.com/es/refund-policy/' }, // refund policy (Spanish): the high computing costs of AI processing; no refund once videos or images were generated with AI
    { id: 'artiversehub-ai', name: 'ArtiverseHub AI', vendor: 'ArtiverseHub AI', domains: ['artiversehub.ai'], source: 'https://artiversehub.ai/es/refund-policy/' }, // refund policy (Spanish): AI-intensive image and video generations limit refunds to three days
    { id: 'videoweb-ai', name: 'videoweb.ai', vendor: 'videoweb.ai', category: 'video', domains: ['videoweb.ai'], source: 'https://videoweb.ai/pt/refund-policy' }, // refund policy (Portuguese): high computing costs of AI processing; no refund once videos or images were generated with AI
    { id: 'aivideomaker-ai', name: 'AI Video Maker (aivideomaker.ai)', vendor: 'aivideomaker.ai', category: 'video', domains: ['aivideomaker.ai'], source: 'https://aivideomaker.ai/fr/contact' }, // contact FAQ (French): plan credits pay for AI Video Upscaler, AI Talking Photo, avatars and other generation tools
    { id: 'helle-ai', name: 'Helle AI', vendor: 'Helle AI', category: 'other', domains: ['helle.ai'], source: 'https://helle.ai/fr/refund-policy' }, // refund policy (French): AI creation services whose AI generation is random, so disliked results are not refunded
    // --- 3D, logos and mockups ---
    { id: 'ai3d-cc', name: 'AI 3D (ai3d.cc)', vendor: 'AI 3D', domains: ['ai3d.cc'], source: 'https://ai3d.cc/pt/refund-policy' }, // refund policy: AI-powered 3D model generation; credits buy AI computation and are generally non-refundable
    { id: 'oneclick3d', name: 'OneClick3D', vendor: 'OneClick3D', domains: ['oneclick3d.io'], source: 'https://www.oneclick3d.io/refund-policy' }, // refund policy: image-to-3D model generation; credits return automatically after AI processing errors
    { id: 'nanologos', name: 'NanoLogos', vendor: 'NanoLogos', domains: ['nanologos.com'], source: 'https://www.nanologos.com/refund' }, // refund policy: AI-generated logos and designs; each generation consumes AI processing power
    { id: 'logom-ai', name: 'Logom.ai', vendor: 'Logom.ai', domains: ['logom.ai'], source: 'https://logom.ai/en/pages/refund-terms' }, // delivery and refund terms: an AI-powered logo and design generation platform whose outputs come from AI systems
    { id: 'logosmith-pro', name: 'LogoSmith', vendor: 'LogoSmith', domains: ['logosmith.pro'], source: 'https://www.logosmith.pro/refund-policy' }, // refund policy: AI-powered logo design, AI logo generation refunded only if it failed or did not start
    { id: 'clayd', name: 'Clayd', vendor: 'Clayd', domains: ['clayd.art'], source: 'https://www.clayd.art/refund-policy' }, // refund policy: pottery mockups generated with artificial intelligence, bought with credits
    // --- Interiors and architecture ---
    { id: 'homedesignai-shop', name: 'HomeDesignAI (homedesignai.shop)', vendor: 'HomeDesignAI', domains: ['homedesignai.shop'], source: 'https://homedesignai.shop/Home/RefundPolicy' }, // refund policy: an AI home design service paid in tokens; dissatisfaction with AI-generated results is not refunded
    { id: 'cadbull-ai-render', name: 'Cadbull AI Render', vendor: 'Cadbull', domains: ['ai.cadbull.com'], source: 'https://ai.cadbull.com/render-policy' }, // render policy: photoreal AI renders of interiors, exteriors, sketches and plans on credits; AI rendering is probabilistic (subdomain only)
    { id: 'archscene', name: 'ArchScene', vendor: 'ArchScene', domains: ['archscene.com'], source: 'https://archscene.com/politica-de-reembolso' }, // refund policy: credits consumed by an AI action are refunded when the render fails technically
    { id: 'volexi', name: 'Volexi', vendor: 'Volexi', domains: ['volexi.com'], source: 'https://www.volexi.com/blog/what-is-ai-render' }, // vendor blog: Volexi runs diffusion-model AI renders of architectural sketches in the cloud (a Flux-based Blueprint mode)
    { id: 'pelicad', name: 'Pelicad', vendor: 'Pelicad', domains: ['pelicad.com'], source: 'https://www.pelicad.com/en/blog/pelicad-credit-system/' }, // vendor blog: Pelicad's credits pay for AI compute of architectural visualisations, one credit per generated image
    // --- Slides and sites ---
    { id: 'slidegmm', name: 'SlideGMM', vendor: 'SlideGMM', category: 'presentation', domains: ['slidegmm.ai'], source: 'https://www.slidegmm.ai/zh-CN/refund' }, // refund policy: SlideGMM's AI-generated content is not refunded for quality, AI outputs being probabilistic
    { id: 'sitefast-ai', name: 'SiteFast', vendor: 'SiteFast', category: 'coding', domains: ['sitefast.ai'], source: 'https://sitefast.ai/refund-policy' }, // refund policy: a credit-based builder whose credits power AI generations and SiteFast Cloud build compute and hosting
  ],
  { checked: CHECKED_C24 },
);
