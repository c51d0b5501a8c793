// Twenty-sixth session, EU AI Act wording pass (2026-12-07, helper `aiact`): AI products found through the AI Act
// wording their vendors put on their own pages (Regulation (EU) 2024/1689, Article 50 transparency notices, "you are
// interacting with an AI system", machine-readable marking of generated content, provider/deployer roles, Annex III
// high-risk statements, AI-disclosure and AI-policy pages) that no entry claimed yet, each on its own host. Here: AI
// voice and phone agents that announce themselves as AI on every call (Callsy; Empfango, built for German-speaking
// callers on EU servers); a website AI concierge whose widget carries non-removable AI badges (Toran); an AI companion
// chat (Soriz); generated images and video labelled and marked with C2PA or IPTC metadata (Dreamshot's brand imagery,
// faktry's multi-model image and video studio, Keva.studio and fake.me headshots and portraits, charactr's talking AI
// characters); an AI SEO article writer (Writegarden); and AI-assisted grading for teachers (Eval, on LearnLoop's
// subdomain).
//
// Leads. 38 look-ups, all in the stored `pages` corpus, counted as they were made. Queries: Article 50 chatbot
// disclosure; "AI transparency statement" with 2024/1689, provider and deployer; KI-Verordnung Transparenzhinweis and
// KI-Telefonassistent (German); règlement sur l'IA and déclaration de transparence (French); Reglamento de IA and
// etiquetado (Spanish); AI-verordening (Dutch); Regolamento (UE) 2024/1689 (Italian); image generators with C2PA
// marking; Annex III hiring, education and credit; AI voice agents; AI tutors; legal AI and AI literacy; AI dubbing
// and voice cloning; AI mental-health companions; AI medical scribes and triage; "EU AI Act compliance statement" for
// apps; chatbot builders as providers; AI writing with marking; AI headshots; AI music; AI character companions; AI
// disclosure pages; AI bookkeeping; general-purpose AI model documentation. Most answers were compliance explainers,
// law-firm and consultancy articles, news and governance tools; the vendor pages came from English queries naming a
// product kind beside "AI disclosure", "compliance statement" or "deployer notes". Every row cites a page with a path on
// the product's own host where the vendor says its product generates, answers, calls or grades with AI, a named model
// provider, or an AI model. Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/ and the
// other helpers' c26 files first.
//
// Measured with /work/helpers/classify-hosts.mts on the 235 hosts the searches returned (vendors, news, law firms,
// consultancies, governance tools, blogs and shared hosts alike, in /work/helpers/out/aiact-hosts.txt): 22 classified
// before (9.4%), 33 after (14.0%).
//
// Already listed and left to their entries: Next-Gen Tutor (nextgentutor.naios.net, whose AI Act page names OpenAI,
// ElevenLabs and Simli), CallSphere, itellico (its blog was met on dev.itellico.ai), Dubly.AI (also met on
// dubly-ai.support.site and dubly-help-center.pages.dev), SpeechLab, Resemble AI, Tengai, Tandem Health, Scribing.io,
// CVSense, Legal AI (legal-ai.pl), empfang.online, Vokaro, Eduface, AI voor Impact, Soundverse, kahma.io, PhotoGuruAI,
// MikuAPI's image generator, AITIA's EU AI Act Compliance Evaluator and CNTS's EU AI Act Compliance Wizard (a path on
// cnts.bg, already claimed by its entry's prefix).
//
// Doubtful rows: Soriz is read from its own guide to AI-chatbot and companion-app rules, which explains how Soriz
// complies with AI disclosure, age gates and crisis routing; it does not list models. Dreamshot is read from a vendor
// blog post that names Dreamshot as the provider of the generative AI model behind brands' images. Eval is claimed on
// eval.learnloop.nl only: the page is about AI-assisted marking with the teacher deciding, and learnloop.nl itself was
// not read. Empfango takes the europe region from its German glossary paths and EU-server processing; Keva.studio
// keeps the global region though its AI Act page links a German version, and so do the rest, whose seat the pages do
// not give.
//
// Left out. Compliance and governance tools, including those built on an LLM (a judgement: they serve other
// companies' AI): euaudit.app, getactready.com, disclo.eu, disclosekit.dev, complianthq.ai, launchtrust.co,
// sevinhub.com's ActHub, eucomplyhub.com (an Annex III classifier on Claude), aiattest.io, complior.ai, trustflo.ai, blog.complizo.com, tidalcontrol.com, eab-compliance.eu, docs.modulos.ai, confir.eu,
// aiactblog.nl, fontvera.eu, klarvo (on pages.dev), ercel.ai (an Article 50 chatbot blog whose product is not shown:
// a lead), glacis.io, deepinspect.ai. Consultancies, agencies and law firms: embedai.nl, aiprocessautomation.eu,
// impetora.com, 6weekai.com, visual-ai-labs.com, wcr.legal, haerting.de, it-recht-kanzlei.de, agn-avocats.fr,
// areadigitalabogados.es and others in the hosts file. Vendor pages that do not make the product an AI tool: ainora.lt
// (a blog on AI callers, left out before by the c24 verticals pass), iautomator.net (its AI Act page speaks of "our AI
// agents" on OpenAI, Anthropic and Google models, but the site may be an agency: a lead), musicops.co (a label-operations
// platform whose AI-disclosure page lists Gemini, Whisper and Claude features: a lead), withvr.app (VR exposure therapy
// with optional OpenAI features), alugha.com (a video platform with AI dubbing), arve.whait.ee (bookkeeping with AI
// features), fitek-learning.fitek.com (an invoice company's AI feature), knowledge.zapliance.com (audit analytics),
// support.cgm.com (a health-IT company's phone assistant help), employsolutionshelp.employinc.com (an ATS company's
// interview companion), domaintechnik.at (a web host's site-builder AI terms), lunigi.com, palantrix.com,
// usegreenroom.app, omniteam.ai, kirezeptionist.de, vitae.build and taxiteasy.org (pages that do not say what their own
// product does with AI: leads). Shared platforms and dev or staging hosts: maker-label-studio.vercel.app,
// flowcaptain-web-web.vercel.app (an AI phone-assistant blog: a lead once its own host is seen), babechat.vercel.app,
// anteroom-blond.vercel.app, abdelstark.github.io, theneuralbase.pages.dev, ooligo.pages.dev,
// zol-documentation.pages.dev, vma-backend-api.azurewebsites.net (Project Line's clinic AI disclosure: a lead),
// raw.githubusercontent.com, dev.kanzlei.online and websitestaging.easy-eu.eu.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C26, defineTools } from './define';

export const longTailC26AiactTools: Tool[] = defineTools(
  'other',
  [
    // --- voice and phone agents, chat ---
    { id: 'callsy', name: 'Callsy', vendor: 'Callsy', category: 'agents', domains: ['callsy.ai'], source: 'https://www.callsy.ai/glossary/article-50' }, // glossary on Article 50: an AI voice agent that opens each call by saying it is an AI; Callsy discloses on every call by default
    { id: 'empfango', name: 'Empfango', vendor: 'Empfango', category: 'agents', domains: ['empfango.com'], source: 'https://empfango.com/en/glossar/eu-ai-act', region: 'europe' }, // glossary: an AI phone assistant whose every call starts with a fixed AI and recording announcement, speech processed on EU servers
    { id: 'toran-ai-concierge', name: 'Toran', vendor: 'Toran', category: 'agents', domains: ['toranhq.com'], source: 'https://toranhq.com/legal/deployer-notes' }, // deployer notes: an embeddable "AI Concierge" chat widget giving AI-powered instant answers, with AI badges and a first-bubble AI disclosure Toran controls
    { id: 'soriz', name: 'Soriz', vendor: 'Soriz', category: 'chat', domains: ['soriz.com'], source: 'https://soriz.com/guides/ai-companion-regulation-guide.html' }, // guide to AI chatbot and companion-app rules explaining how the Soriz app complies (AI disclosure, age gates, crisis routing, data rights)
    // --- generated images and video, labelled ---
    { id: 'dreamshot', name: 'Dreamshot', vendor: 'Dreamshot', category: 'image', domains: ['dreamshot.io'], source: 'https://www.dreamshot.io/blog/eu-ai-act-image-labeling-guide' }, // vendor blog: Dreamshot as the provider that develops the generative AI model behind brands' images and signs each image as AI
    { id: 'faktry', name: 'faktry', vendor: 'faktry', category: 'image', domains: ['faktry.ai'], source: 'https://faktry.ai/legal/euaiact' }, // EU AI Act statement: text-to-image (DALL-E 3, Flux, Ideogram, Midjourney) and text- and image-to-video (Runway, Kling, Luma) generation
    { id: 'keva-studio', name: 'Keva.studio', vendor: 'Keva.studio', category: 'image', domains: ['keva.studio'], source: 'https://keva.studio/help/ai-act-c2pa-disclosure' }, // help: delivered headshots are AI-generated, marked in the results UI, EXIF and IPTC "trainedAlgorithmicMedia" metadata
    { id: 'fake-me', name: 'fake.me', vendor: 'fake.me', category: 'image', domains: ['fakesme.com'], source: 'https://fakesme.com/en/ai-disclosure' }, // AI disclosure: every delivered image is synthetic content from an AI model, with C2PA and EXIF tags; reference photos deleted after 30 days
    { id: 'charactr', name: 'charactr', vendor: 'charactr', category: 'video', domains: ['charactr.com'], source: 'https://charactr.com/ai-policy.html' }, // AI policy: an AI film studio for talking AI characters, routing video, voice, speech and image generation to third-party GPAI models
    // --- writing and education ---
    { id: 'writegarden', name: 'Writegarden', vendor: 'Writegarden', category: 'writing', domains: ['writegarden.com'], source: 'https://writegarden.com/ai-disclosure' }, // AI disclosure: SEO blog articles generated with GPT-4 and Claude, research with Perplexity and illustrations with Gemini, via OpenRouter
    { id: 'learnloop-eval', name: 'Eval (LearnLoop)', vendor: 'LearnLoop', category: 'productivity', domains: ['eval.learnloop.nl'], source: 'https://eval.learnloop.nl/resources/eu-ai-act', region: 'europe' }, // resource: Eval does AI-assisted grading and marking with the teacher as the decision-maker
  ],
  { checked: CHECKED_C26, region: 'global' },
);
