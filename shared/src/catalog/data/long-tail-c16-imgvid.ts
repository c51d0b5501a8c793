// Sixteenth session, imgvid pass (2026-12-06, issue 15): image, video, audio, voice, music and 3D generation tools.
// Leads: the pinned licensed lists for these kinds, fetched again at their newest stored commits (stimQQ, yantoumu,
// ScreenKite, wildminder, ishandutta2007's music list, ZeroLu, ezremove, filipecalegario, steven2358, fengxiaolonger,
// csteinmetz1, stark-ydq, Timurtek, kwokwile, Hanzawa-1's services.yml, meetpateltech, kostja94, mahseema,
// autoventure-projects' CSV): every one is still at the commit pinned in define.ts, so no newer commit is cited. Their
// 2,575 distinct hosts were classified with /work/helpers/classify-hosts.mts; the misses are almost all general
// software (Canva, Adobe, Figma, CapCut, Clipchamp, Pixlr, Picsart's site, Meitu), image CDNs and converters, papers,
// news, directories, game engines and localization tools left out by earlier passes, so only one row comes from a
// list (ImgUpscaler.ai, from ezremove's CC BY list). Unlicensed leads (SaddexRnx's directory, two video-tool
// comparison repositories) added nothing. The rest came from lead lists of about 1,100 hosts assembled by hand from
// memory of image, video, voice, music and 3D products and their API hosts, and from generic searches of the `docs`
// corpus for media-generation APIs; each miss kept was sourced to the vendor's own docs page, its own npm package or
// its own GitHub repository at a commit.
// Measured on the hand-assembled lead lists (1,095 hosts and URLs): 925 classified before (84.5%), 942 after (86.0%);
// on the API-host list alone (136): 117 before (86.0%), 123 after.
// Hosts given to existing entries, each with its source in a comment on that row: aihorde.net (`stable-horde`,
// long-tail-image.ts; AI Horde's own repository), duix.com (`duix`) and hifly.cc with its API host hfw-api.hifly.cc
// (`flyworks`), both in long-tail-c8-lists-3.ts from the vendors' own repositories.
// Left out: general software with an AI feature (Canva, Picsart's and Freepik's sites, Animoto, Clipchamp, Flixier,
// Wave.video, HitPaw, Wondershare, Spline, Polycam, Rokoko), third-party look-alike sites for model names
// (nanobanana.ai, sunoai.io, fluxai.art, mmaudio.net, hunyuan3d.ai, comfyui.org, fooocus.ai), guessed hosts no page
// showed (invideo.ai for InVideo AI, playht.com, hour.one), products with no vendor page or repository in the corpora
// (Dubformer, Revoldiv, Vidwud, Hitem3D, BlipCut, Radical, Frosting AI, MusicHero, Lyric Studio, RetouchUp, ClipGoat,
// StreamLadder, Apiframe, GoAPI), Clipdrop's API host clipdrop-api.co (only third-party code and an API-directory
// probe name it), Odyssey's consumer host odyssey.world (only a third-party profile names it), Canopy Labs (model
// release notes only) and ACE-Step (no product host).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C16, defineTools, listed } from './define';

export const longTailC16ImgvidTools: Tool[] = defineTools(
  'image',
  [
    // From a pinned licensed list.
    { id: 'imgupscaler-ai', name: 'ImgUpscaler.ai', vendor: 'ImgUpscaler.ai', category: 'image', domains: ['imgupscaler.ai'], source: listed('ezremove') }, // the list's row 2: an online AI enhancer that upscales and restores videos (its Sora enhancer page is on this host); a separate host from the catalog's imgupscaler.com, with no page tying the two

    // Vendors' own docs pages, as stored in the `docs` and `pages` corpora on the day.
    { id: 'picsart-creative-apis', name: 'Picsart Creative APIs', vendor: 'Picsart', category: 'image', apiEndpoints: ['api.picsart.io', 'genai-api.picsart.io', 'video-api.picsart.io'], source: 'https://docs.picsart.io/docs/ai-model-provider-picsart' }, // Picsart's developer docs list its in-house models (background removal, upscaling, inpainting, outpainting, expansion, AI effects) and the endpoints on these three API hosts; picsart.com (the general editor) and picsart.io (its developer site) stay unclaimed
    { id: 'useapi-net', name: 'useapi.net', vendor: 'useapi.net', category: 'developer-platform', domains: ['useapi.net'], source: 'https://useapi.net/docs/articles/flowmusic-bash' }, // its own docs: REST APIs that drive a user's own accounts on AI generators (here Google's Flow Music with Lyria 3 Pro; also Midjourney, per its own npm client)
    { id: 'muapi', name: 'Muapi', vendor: 'Muapi', category: 'developer-platform', domains: ['muapi.ai'], source: 'https://muapi.ai/virtual-try-on-api' }, // its own model page: one REST API over image and video generation models (here an AI virtual try-on at a price per generation)
    { id: 'crazyrouter', name: 'Crazyrouter', vendor: 'Crazyrouter', category: 'developer-platform', domains: ['crazyrouter.com'], source: 'https://docs.crazyrouter.com/jp/images/midjourney/overview' }, // its own docs: an AI API proxy whose Midjourney endpoints (imagine, blend, describe, upscale) run as tasks under crazyrouter.com/mj

    // Vendors' own packages and repositories, read at the version or commit in the URL.
    { id: 'odyssey-world-model', name: 'Odyssey', vendor: 'Odyssey', category: 'video', domains: ['odyssey.ml'], apiEndpoints: ['api.odyssey.ml'], source: 'https://www.npmjs.com/package/@odysseyml/odyssey/v/1.3.1' }, // the vendor's own SDK: homepage odyssey.ml, streams from api.odyssey.ml, docs on documentation.api.odyssey.ml (Odyssey-2 Pro, an interactive video world model); not the catalog's `odyssey-app` (odysseyapp.io)
    { id: 'speechlab', name: 'SpeechLab', vendor: 'SpeechLab', category: 'audio', domains: ['speechlab.ai'], apiEndpoints: ['translate-api.speechlab.ai'], source: 'https://github.com/speechlabinc/speechlab-platform-skill/blob/d75eaff7ae0b384741999c1c9df1c02bab019674/speechlab-api/skills/speechlab-api/SKILL.md' }, // SpeechLab's own skill for its AI dubbing platform: sign-up on translate.speechlab.ai (line 23), production API on translate-api.speechlab.ai (line 71); the README links speechlab.ai
    { id: 'krita-ai-diffusion-interstice', name: 'Krita AI Diffusion (Interstice)', vendor: 'Interstice', category: 'image', domains: ['interstice.cloud'], apiEndpoints: ['api.interstice.cloud'], source: 'https://github.com/Acly/krita-ai-diffusion/blob/0217cd2197fcadbd70d7e63af25e29cc21cb7c8b/README.md' }, // the plugin's own README sends users to www.interstice.cloud and docs.interstice.cloud; its cloud client calls api.interstice.cloud (ai_diffusion/backend/cloud_client.py line 82) for hosted image generation
    { id: 'facefusion', name: 'FaceFusion', vendor: 'FaceFusion', category: 'video', domains: ['facefusion.io'], source: 'https://github.com/facefusion/facefusion/blob/33cc6b40a4a538023e12893a0439ce5062e56e36/README.md' }, // the face-swapping and face-manipulation tool's own README: docs on docs.facefusion.io, installers and subscriptions on facefusion.io subdomains
    { id: 'sand-ai-magi', name: 'MAGI (Sand AI)', vendor: 'Sand AI', category: 'video', domains: ['sand.ai'], source: 'https://github.com/SandAI-org/MAGI-1/blob/6ff822e74ded50611e81e1d0e115146b5c4dd2a5/README.md' }, // Sand AI's own model repository links sand.ai as its homepage and magi.sand.ai as the product where MAGI-1 video generation runs (lines 8, 9, 21)
    { id: 'boson-ai', name: 'Boson AI (Higgs Audio)', vendor: 'Boson AI', category: 'audio', domains: ['boson.ai'], source: 'https://github.com/boson-ai/higgs-audio/blob/f04f5df76a6a7b14674e0d6d715b436c422883c6/README.md' }, // Boson AI's own Higgs Audio v2 repository links its text-to-speech playground at boson.ai/demo/tts and its launch post on boson.ai (lines 4, 5)
  ],
  { checked: CHECKED_C16 },
);
