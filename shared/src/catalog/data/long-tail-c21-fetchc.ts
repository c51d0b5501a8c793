// Twenty-first-session fetch pass, fetchc helper (2026-12-07): AI tools named in permissively licensed public GitHub
// lists that earlier sessions had not read. No `search` look-ups: 34 repositories were asked of `fetch` by name and the
// snapshots read with git. Sources read (rows cite the ones pinned in `LISTS`): sw-yx/ai-notes (all its notes; MIT;
// no row taken), aishwaryanr/awesome-generative-ai-guide (resources/our_favourite_ai_tools.md; MIT), Anil-matcha/Awesome-GPT-Store
// and taranjeet/awesome-gpts (README.md; MIT). Only facts (a product's name, host and what the list says it does) were
// taken; the rows are written here. Rows are products the list itself places among AI tools, on the product's own
// host, that no entry classified; the GPT lists name each GPT's maker, and only makers whose own site is the AI
// product were kept.
// Source rule: `listed('<key>', '<path>')`, the exact list file at its pinned commit, with its licence.
// Host figures: 951 hosts met in the eight licensed lists' files (Shubhamsaboo/awesome-llm-apps read for its README
// only); classify-hosts before 321/951 = 33.8%, after 325/951 = 34.2%.
// Already listed and left to their entries: Spline AI (`spline.design/ai`, spline-ai), Sprite Fusion's pixel-art
// generator (sprite-fusion-ai) and Tafi's text-to-3D page (tafi-ai), all three named in Yuan-ManX/ai-game-devtools,
// whose other product hosts were already classified too.
// Also read, with no row taken (licence checked): Yuan-ManX/ai-game-devtools (MIT; research demos and listed tools),
// yzfly/awesome-chatgpt-zh (MIT; tutorials, prompt sites, ChatGPT mirrors), jihoo-kim/awesome-production-llm (MIT;
// GitHub repositories), Shubhamsaboo/awesome-llm-apps (Apache-2.0; its README links GitHub code and sponsors).
// Skipped for their licence: e2b-dev/awesome-ai-agents (CC BY-NC-SA 4.0), zukixa/cool-ai-stuff (AGPL-3.0),
// ai-boost/awesome-gpts (GPL-3.0); and for want of any licence file or statement: kyrolabs/awesome-agents,
// jamesmurdza/awesome-ai-devtools, ikaijua/Awesome-AITools, humanloop/awesome-chatgpt, Jenqyang/Awesome-AI-Agents,
// cheahjs/free-llm-api-resources, re50urces/Awesome-AI, dariubs/awesome-ai, saharmor/awesome-chatgpt,
// openbestof/awesome-ai, 1c7/chinese-independent-developer, altryne/awesome-ai-art-image-synthesis,
// janhq/awesome-local-ai, e2b-dev/awesome-ai-sdks, Kamigami55/awesome-chatgpt. Not stored here:
// Axorax/awesome-free-ai, snakeying/awesome-ai-tools, ai-collection/collection, lencx/awesome-ai-tools,
// AIGCT/awesome-aigc, JushBJJ/awesome-ai-tools, gmh5225/awesome-llm-tools.
// Left out. synesthetic.ai (swyx files it among Stable Diffusion prompt galleries, not as a tool). GPT makers whose own site the lists do not describe as an AI product: seabiscuit.ai, wale.ai, staf.ai,
// lucidbeads.com (a jewellery shop), ljgonzalez.cl and kavirkaycee.com (personal sites); directories and prompt sites
// (thesamur.ai's GPT finder, futuretools.io, pagebrain.ai, aiprompt.io, aitextpromptgenerator.com, aigenprompt.com,
// aijiaolian.chat, publicprompts.art, the-ai-art.com, urania.ai, dallery.gallery, generrated.com, diffusiondb.com,
// jailbreakchat.com, learnprompting.org); research demos (phenaki.video, neox.labml.ai, opt.alpa.ai,
// digital-life-project.com, nuwa-infinity.microsoft.com); general software and platforms (comet.ml, zapier.com,
// craft.do, readyplayer.me, gameanalytics.com); ChatGPT mirror sites (newb.site, v.ourwechat.com); a shared-platform
// app (inpainter.vercel.app, nmkd.itch.io). Leads not followed (the lists give no word on what they are):
// aiyjs.com ("AI 研究所"), orchard.ink, scholarstream.ai, m.facehi.ai, getperspective.ai.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C21, defineTools, listed } from './define';

const guide = listed('c21fcaishwaryanr', 'resources/our_favourite_ai_tools.md');
const gptStore = listed('c21fcanilmatcha');
const gpts = listed('c21fctaranjeet');

export const longTailC21FetchcTools: Tool[] = defineTools(
  'other',
  [
    { id: 'oumi-ai', name: 'Oumi', vendor: 'Oumi', category: 'developer-platform', domains: ['oumi.ai'], source: guide }, // favourite-tools list: open platform for training, evaluating and deploying foundation models
    { id: 'ocr-chat', name: 'OCR (ocr.chat)', vendor: 'ocr.chat', category: 'other', domains: ['ocr.chat'], source: gptStore }, // GPT store list: GPT that extracts text from images and PDFs, by ocr.chat
    { id: 'gpt-auth', name: 'GPT Auth', vendor: 'GPT Auth', category: 'developer-platform', domains: ['gpt-auth.com'], source: gptStore }, // GPT store list: adds user authentication to custom GPTs
    { id: 'threatintel-bot', name: 'Threat Intel Bot', vendor: 'threatintel.bot', category: 'chat', domains: ['threatintel.bot'], source: gpts }, // GPTs list: a GPT answering on current APT threat intelligence
  ],
  { checked: CHECKED_C21 },
);
