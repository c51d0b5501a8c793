// Fourteenth-session list pass, helper listsmk (2026-12-06, issue 15): AI products for the catalog's weakest
// categories (marketing and sales, SEO and content, customer support, writing, image, video, design, audio), from
// ai-collection/ai-collection, "The Generative AI Landscape" (README.md at the pinned commit of 2024-02-23, the last
// one whose tables link each product's own site before the list moved to redirect links through its directory site;
// CC0 1.0 licence file at that commit, MIT later). Read: all 42 category tables, 894 rows naming 886 hosts. The catalog
// classified 746 of those 894 URLs (83.4%) before these rows: the list has been a source for lists pinned earlier, so
// its misses are few. Only facts were taken: the product's name and the host or page its row links to.
// Rows: the misses that are AI products a person uses in a browser, one domain each where the whole site is the
// product and the host is named after it; a URL prefix where the row links the AI page of a vendor's general site
// (beehiiv's AI page, HitPaw's online enhancers, Session Loops' DrumNet). The category says what the product does
// (agents for support and sales assistants, presentation for slide makers, other for gifts, travel and teaching).
// Left out: general software that the list files under AI (GetResponse, Unbounce, Tally, Notion, Figma, Icons8,
// Everypixel, Lightricks, CLIP STUDIO PAINT, Wizishop, SocialBu, Picsart Quicktools, Tability, Bookmark, Kyligence,
// Springworks, Wonsulting, Quattr, CastPush), sites on shared hosts (studio.site, netlify.app, streamlit.app, repl.co,
// web.app, softr.app, gumroad.com, itch.io, uwu.ai), affiliate redirects and link shorteners (grsm.io, pxf.io, sjv.io,
// tinyurl.com), app-store and Telegram links, mobile-only keyboards and apps (Rizz, HotConvo, Instascribe, Piggy),
// plugins for desktop software (Flying Dog for Photoshop, Autoname for Figma, CodeAssist for JetBrains), records whose
// name and host disagree (Not A Person on neuralactors.com, Blend Studio on delete.bg, Broker One AI Engine), records
// with no description to go on (the "Other" table's AIArt, ARTSIO, Beb AI, Athena, Orchard, Prettysmart, Recommendme,
// Scribe, yep.so), galleries and generative art that is not a tool (OddVibe, Zazow, Rayst Gradients), CommandBar's
// HelpHub (renamed), personal pages, developer and data tools (Hiphops, Swimm, Decile, BI.P.EYE, Rome AI, LLM App),
// Google, Adobe and Figma experiments, and the rest of the "Other" table's non-AI sites.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C14, defineTools, listed } from './define';

const aic = listed('c14listsmkaic');

export const longTailC14ListsmkTools: Tool[] = defineTools(
  'writing',
  [
    // Art & Image Generator, Photo & Image Editing, Social Networks & Dating
    { id: 'coverdesignai', name: 'CoverDesignAI', vendor: 'CoverDesignAI', category: 'image', domains: ['coverdesignai.com'], source: aic },
    { id: 'customqrai', name: 'CustomQR AI', vendor: 'CustomQR AI', category: 'image', domains: ['customqrai.com'], source: aic },
    { id: 'happydiffusion', name: 'HappyDiffusion', vendor: 'HappyDiffusion', category: 'image', domains: ['happydiffusion.com'], source: aic },
    { id: 'digitalmuses-ai', name: 'DigitalMuses', vendor: 'DigitalMuses', category: 'image', domains: ['digitalmuses.ai'], source: aic },
    { id: 'finaltouch-photo', name: 'FinalTouch', vendor: 'FinalTouch', category: 'image', domains: ['final-tou.ch'], source: aic },
    { id: 'cloudinary-edit-at-scale', name: 'Edit @ Scale', vendor: 'Cloudinary', category: 'image', domains: ['edit-at-scale.cloudinary.com'], source: aic },
    { id: 'hitpaw-online-photo-enhancer', name: 'HitPaw Online AI Photo Enhancer', vendor: 'HitPaw', category: 'image', urlPrefixes: ['online.hitpaw.com/online-photo-enhancer.html'], source: aic },
    { id: 'tinderprofile-ai', name: 'TinderProfile.ai', vendor: 'TinderProfile.ai', category: 'image', domains: ['tinderprofile.ai'], source: aic },
    // Video, Idea Generation, Translation & Transcript
    { id: 'hitpaw-online-video-enhancer', name: 'HitPaw Online Video Enhancer', vendor: 'HitPaw', category: 'video', urlPrefixes: ['online.hitpaw.com/online-video-enhancer.html'], source: aic },
    { id: 'videodub-io', name: 'VideoDub', vendor: 'VideoDub', category: 'video', domains: ['videodub.io'], source: aic },
    { id: 'videomuse-app', name: 'Videomuse', vendor: 'Videomuse', domains: ['videomuse.app'], source: aic },
    { id: 'transcript-lol', name: 'TranscriptLOL', vendor: 'TranscriptLOL', category: 'audio', domains: ['transcript.lol'], source: aic },
    // Music & Audio Generation
    { id: 'songdonkey', name: 'SongDonkey', vendor: 'SongDonkey', category: 'audio', domains: ['songdonkey.ai'], source: aic },
    { id: 'sessionloops-drumnet', name: 'DrumNet', vendor: 'Session Loops', category: 'audio', urlPrefixes: ['sessionloops.com/drumnet'], source: aic },
    // Content Generation & Seo, Text, Writing Assistant, Sales & Marketing, Email, Human Resources & Resume, Gift Ideas
    { id: 'aitxt-ru', name: 'aitxt', vendor: 'aitxt', region: 'russia', domains: ['aitxt.ru'], source: aic },
    { id: 'beehiiv-ai', name: 'beehiiv AI', vendor: 'beehiiv', urlPrefixes: ['www.beehiiv.com/create/ai'], source: aic },
    { id: 'copygen-pro', name: 'CopyGen', vendor: 'CopyGen', domains: ['copygen.pro'], source: aic },
    { id: 'tweetstorm-ai', name: 'TweetStorm.ai', vendor: 'TweetStorm.ai', domains: ['tweetstorm.ai'], source: aic },
    { id: 'gizzmo-ai', name: 'Gizzmo AI', vendor: 'Gizzmo', domains: ['gizzmo.ai'], source: aic },
    { id: 'adinsights-ai', name: 'AdInsights', vendor: 'AdInsights', category: 'other', domains: ['adinsights.ai'], source: aic },
    { id: 'getctrl-co', name: 'Ctrl', vendor: 'Ctrl', category: 'agents', domains: ['getctrl.co'], source: aic },
    { id: 'namefinder-ai', name: 'namefinder.ai', vendor: 'Namefinder', domains: ['namefinder.ai'], source: aic },
    { id: 'flot-ai', name: 'Flot.ai', vendor: 'Flot.ai', domains: ['flot.ai'], source: aic },
    { id: 'rephrasee', name: 'Rephrasee.com', vendor: 'Rephrasee', domains: ['rephrasee.com'], source: aic },
    { id: 'firetexts', name: 'FireTexts', vendor: 'FireTexts', domains: ['firetexts.co'], source: aic },
    { id: 'aipoemgenerator-com', name: 'AI Poem Generator', vendor: 'AiPoemGenerator.com', domains: ['aipoemgenerator.com'], source: aic },
    { id: 'kindred-tales', name: 'Kindred Tales', vendor: 'Kindred Tales', domains: ['kindredtales.net'], source: aic },
    { id: 'oscar-stories', name: 'Oscar Stories', vendor: 'Oscar Stories', domains: ['oscarstories.com'], source: aic },
    { id: 'aicoverlettergenerator-me', name: 'AI Cover Letter Generator', vendor: 'aicoverlettergenerator.me', domains: ['aicoverlettergenerator.me'], source: aic },
    { id: 'resumator-ai', name: 'resumator', vendor: 'resumator.ai', domains: ['resumator.ai'], source: aic },
    { id: 'giftideasai-xyz', name: 'Gift Ideas AI', vendor: 'Gift Ideas AI', category: 'other', domains: ['giftideasai.xyz'], source: aic },
    // Slides & Presentations
    { id: 'glimmer-ai', name: 'Glimmer AI', vendor: 'Glimmer AI', category: 'presentation', domains: ['glimmerai.tech'], source: aic },
    { id: 'storyd-ai', name: 'STORYD', vendor: 'STORYD', category: 'presentation', domains: ['storyd.ai'], source: aic },
    // Customer Support, Chat Bot, Ecommerce, Accounting & Finance
    { id: 'onetone-ai', name: 'OneTone.ai', vendor: 'OneTone.ai', category: 'agents', domains: ['onetone.ai'], source: aic },
    { id: 'jinnee-co', name: 'Jinnee', vendor: 'Jinnee', category: 'agents', domains: ['jinnee.co'], source: aic },
    { id: 'chatpro-pro', name: 'ChatPro AI', vendor: 'ChatPro AI', category: 'agents', domains: ['chatpro.pro'], source: aic },
    { id: 'docubro', name: 'Docubro', vendor: 'Docubro', category: 'chat', domains: ['docubro.com'], source: aic },
    { id: 'getmanifest-ai', name: 'Manifest AI', vendor: 'Manifest AI', category: 'agents', domains: ['getmanifest.ai'], source: aic },
    // Education & Learning, Speech, Vacation & Trip Planner, Gaming, Organization & Automation, Productivity
    { id: 'teachology-ai', name: 'teachology.ai', vendor: 'Teachology', category: 'other', domains: ['teachology.ai'], source: aic },
    { id: 'smalltalk2-me', name: 'SmallTalk2.me', vendor: 'SmallTalk2.me', category: 'other', domains: ['smalltalk2.me'], source: aic },
    { id: 'orkoi', name: 'Orkoi', vendor: 'Orkoi', category: 'other', domains: ['orkoi.com'], source: aic },
    { id: 'plailabs', name: 'Plailabs', vendor: 'Plailabs', category: 'other', domains: ['plailabs.com'], source: aic },
    { id: 'timemaster-ai', name: 'timeMaster', vendor: 'timeMaster', category: 'productivity', domains: ['timemaster.ai'], source: aic },
    { id: 'umbrellabird', name: 'Umbrellabird', vendor: 'Umbrellabird', category: 'productivity', domains: ['umbrellabird.com'], source: aic },
    { id: 'pth-ai', name: 'Pth.AI', vendor: 'Pth.AI', category: 'agents', domains: ['pth.ai'], source: aic },
  ],
  { checked: CHECKED_C14 },
);
