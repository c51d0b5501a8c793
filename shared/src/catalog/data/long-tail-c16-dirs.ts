// Sixteenth session, dirs pass (2026-12-06, issue 15): the categories of two unlicensed AI-tool directories that the
// supwrite pass did not read (it took only customer service, chat, writing, translation and detection). Both served
// as leads and as a measure only; nothing of them is cited. SaddexRnx/sdxrnx-AI-Tools-Directory (commit d8b5508; its
// LICENSE file reads only "MIT License..." with no terms, so it is treated as unlicensed): categories/*.md except
// Customer_Service_Chat and Writing_Content, the numbered placeholder rows ("AI Tool 103", "MachineLearning Tool 40",
// futuretools.link redirects) dropped. Jupitoverse/Jupitoverse (commit cf863c1):
// Indian_AI_Spectrum/Job_Hunt/frontend/js/ai-tools-*.js, every record whose category or subcategory is not writing,
// support, chatbot, translation or detection. Together 8,448 records and 3,789 distinct hosts (image, video, audio,
// coding, productivity, design, data, research, education, finance, HR, agents, e-commerce, agriculture, climate,
// sports, 3D and the rest).
// Measured with /work/helpers/classify-hosts.mts on those 3,789 hosts: 724 classified (19.1%) before, 743 (19.6%)
// after. Most misses are not AI tools at all (Jupitoverse lists analytics, auth, VPN, game engines, EV charging,
// fundraising and other general software under "AI" headings) or are hosts the lists made up from a product name
// (notionai.com, clickupai.com, murfai.com, stablediffusion.com, scikit-learn.com); the AI products among the misses
// were mostly already in the catalog under their real hosts (Trevor AI, Layla, Rizz, Virtual Staging AI, Emergent,
// Kiro, Orchids, Magic Patterns, Visily, KaneAI, Clado, Recast, Remy, Scholarcy, Weights & Biases, RunPod).
// Every row cites the vendor's own page with a path, found with one search of the stored `pages` or `docs` corpus per
// company (80 look-ups), or the vendor's own repository at a commit (Segments.ai): developer and coding tools (Codia,
// RightNow AI at rightnowai.co where the list gave rightnow.ai, Sherlocks.ai, phospho, Edge Impulse, Segments.ai),
// research, assistant and productivity tools (Gatsbi, i10x, Kronologic, Spotter Studio), design (Finch), and vertical
// AI the other passes of the session were not reading: retail and fashion (ViSenze, Lily AI, YesPlz, Heuritech), skin
// analysis (Haut.AI), manufacturing inspection (Elementary at elementaryml.com where the list gave elementary.ai),
// sports video (WSC Sports), agriculture (Agrio), conservation (Wildlife Insights) and waste (Greyparrot).
// Left out: leads whose only pages in the corpora are third-party (Remento, YourMove AI, Squirrel AI, Rebuff,
// Hyperscience, Zone7, ClimateAi, Conservation AI, BirdNET, Plantix, Sportlogiq, Instrumental, Augury), leads with no
// page at all (about 45, among them Figstack, Dreamlit, DebuguGPT, Den, PromptX, Klarops, aiPlato, Presenti, VoxDeck,
// Smallppt, Saidar, Photosolve, OmniGPT, ChatPlayground, MeetMinutes, Embra, TheLibrarian, Rosey, Stepper, Tripnotes,
// JobHire.AI, Intuo, Slides.ai, College Tools, TutorOcean, Quizify, VSDeco, Forecaster, Reztune, Stylumia), vendor
// pages that do not call the product AI (Liminary's blog, Crossing Minds' SDK README, whose team joined OpenAI,
// 3DLOOK's FitXpress API docs, Headliner's blog), general products with an AI feature (Luciq, formerly Instabug; Trade
// Ideas' Holly AI inside a stock scanner; Sight Machine's manufacturing analytics; Deepnote, Hex, Tana, Akiflow,
// Mailbutler and the like), desktop-only or hardware products (Tab AI's wearable, the Sparkle and SelectToSearch Mac
// apps), Chaos' Veras (only a blog post on chaos.com, a general rendering vendor) and the marketing, sales, image,
// video and agent leads left to the passes reading those categories.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C16, defineTools } from './define';

export const longTailC16DirsTools: Tool[] = defineTools(
  'other',
  [
    // Developer and coding tools.
    { id: 'codia-ai', name: 'Codia', vendor: 'Codia', category: 'coding', domains: ['codia.ai'], source: 'https://codia.ai/blog/ai-powered-design-philosophy', checked: CHECKED_C16 }, // Codia's blog: its AI reconstructs screenshots and designs as editable Figma layers and turns designs into front-end code
    { id: 'rightnow-ai', name: 'RightNow AI', vendor: 'RightNow AI', category: 'coding', domains: ['rightnowai.co'], source: 'https://www.rightnowai.co/docs/advanced-features', checked: CHECKED_C16 }, // the docs of the AI code editor for CUDA (chat, completions, agentic kernel optimisation); the list's rightnow.ai is not claimed
    { id: 'sherlocks-ai', name: 'Sherlocks.ai', vendor: 'Sherlocks.ai', category: 'agents', domains: ['sherlocks.ai'], source: 'https://www.sherlocks.ai/docs', checked: CHECKED_C16 }, // its docs: an AI-powered SRE platform that watches infrastructure and does root-cause analysis in Slack
    { id: 'phospho-ai', name: 'phospho', vendor: 'phospho', category: 'developer-platform', domains: ['phospho.ai'], source: 'https://docs.phospho.ai/integrations/python', checked: CHECKED_C16 }, // its docs: text analytics for LLM apps, logging tasks and evaluating them with LLM self-critique
    { id: 'edge-impulse', name: 'Edge Impulse', vendor: 'Edge Impulse', category: 'developer-platform', domains: ['edgeimpulse.com'], source: 'https://www.edgeimpulse.com/blog/so-many-ways-to-export-your-impulse/', checked: CHECKED_C16 }, // its blog: models trained in the Edge Impulse Studio (studio.edgeimpulse.com) and deployed as edge ML libraries
    { id: 'segments-ai', name: 'Segments.ai', vendor: 'Segments.ai', category: 'developer-platform', domains: ['segments.ai'], source: 'https://github.com/segments-ai/segments-ai/blob/570578b28a6c40252de58c520f6388035429f493/README.md', checked: CHECKED_C16 }, // the vendor's SDK README: a training-data and labelling platform for computer-vision model training, linking segments.ai
    // Research, assistant and productivity tools.
    { id: 'gatsbi', name: 'Gatsbi', vendor: 'Gatsbi', category: 'search', domains: ['gatsbi.com'], source: 'https://blog.gatsbi.com/deep-research-workflow', checked: CHECKED_C16 }, // its blog: Gatsbi Writer's deep-research agent drafts academic papers; its user guide (files.gatsbi.com) names a web version beside the desktop app
    { id: 'i10x', name: 'i10x', vendor: 'i10x.ai', category: 'chat', domains: ['i10x.ai'], source: 'https://knowledge.i10x.ai/pricing', checked: CHECKED_C16 }, // its knowledge base: one subscription for ChatGPT, Gemini, Claude, Grok and Perplexity models plus 500 specialist AI agents
    { id: 'kronologic', name: 'Kronologic', vendor: 'Kronologic', category: 'productivity', domains: ['kronologic.ai', 'kronologic.com'], source: 'https://academy.kronologic.ai/faqs', checked: CHECKED_C16 }, // its academy: the AI books sales meetings and reads prospects' replies; its setup guide is on kronologic.com/post/new-user-setup-guide
    { id: 'spotter-studio', name: 'Spotter Studio', vendor: 'Spotter', category: 'writing', domains: ['spotterstudio.com'], source: 'https://www.spotterstudio.com/blog/3-rules-for-better-youtube-videos', checked: CHECKED_C16 }, // its blog: Brainstorm generates and scores YouTube title, thumbnail and script ideas for creators
    // Design.
    { id: 'finch3d', name: 'Finch', vendor: 'Finch3D', category: 'presentation', domains: ['finch3d.com'], source: 'https://docs.finch3d.com/finch-101/finch-101-generating-unit-plans', checked: CHECKED_C16 }, // its docs: Finch's AI generates apartment floor plans from a plate and the studio's plan library
    // Vertical AI: retail and fashion, skin, manufacturing, sports, agriculture, conservation, waste.
    { id: 'visenze', name: 'ViSenze', vendor: 'ViSenze', domains: ['visenze.com'], source: 'https://developers.visenze.com/setup/', checked: CHECKED_C16 }, // its developer docs: AI-powered visual search and recommendations for e-commerce, run from the ViSenze Dashboard
    { id: 'lily-ai', name: 'Lily AI', vendor: 'Lily AI', domains: ['lily.ai'], source: 'https://www.lily.ai/resources/blog/understanding-products-and-customers-with-ai-a-qa-with-lily-ais-matthew-nokleby/', checked: CHECKED_C16 }, // its blog: computer vision and NLP that tag retail products for search and recommendations
    { id: 'yesplz-ai', name: 'YesPlz', vendor: 'YesPlz.AI', domains: ['yesplz.ai'], source: 'https://yesplz.ai/resource/what-is-fashion-visual-search', checked: CHECKED_C16 }, // its resource page: AI fashion visual search that turns images and text into attribute profiles
    { id: 'haut-ai', name: 'Haut.AI', vendor: 'Haut.AI', category: 'image', domains: ['haut.ai'], source: 'https://docs.saas.haut.ai/haut.ai/haut.ai-features/product-recommendation-system-2.0/user-tags', checked: CHECKED_C16 }, // its SaaS docs: AI skin analysis algorithms score a face photo and drive product recommendations
    { id: 'heuritech', name: 'Heuritech', vendor: 'Heuritech', domains: ['heuritech.com'], source: 'https://www.heuritech.com/articles/state-of-play-trend-forecasting-in-the-fashion-industry/', checked: CHECKED_C16 }, // its article on the trend forecasting it sells: image recognition of social-media photos with machine-learning forecasts
    { id: 'elementary-ml', name: 'Elementary', vendor: 'Elementary', domains: ['elementaryml.com'], source: 'https://www.elementaryml.com/blog/7-benefits-of-implementing-a-next-gen-ai-powered-visual-inspection-system', checked: CHECKED_C16 }, // its blog on its AI-powered visual inspection for manufacturing lines; the list's elementary.ai is not claimed
    { id: 'wsc-sports', name: 'WSC Sports', vendor: 'WSC Sports', category: 'video', domains: ['wsc-sports.com'], source: 'https://wsc-sports.com/blog/industry-insights/create-once-publish-everywhere-ai-powered-sports-content-at-the-scale-and-speed-fans-expect/', checked: CHECKED_C16 }, // its blog: AI that cuts live sports broadcasts into highlight clips for every platform
    { id: 'agrio', name: 'Agrio', vendor: 'Agrio', domains: ['agrio.app'], source: 'https://agrio.app/blog-9/', checked: CHECKED_C16 }, // its blog: AI plant diagnosis from photos and Harvie, a multimodal chatbot for growers
    { id: 'wildlife-insights', name: 'Wildlife Insights', vendor: 'Wildlife Insights', domains: ['wildlifeinsights.org'], source: 'https://www.wildlifeinsights.org/faq', checked: CHECKED_C16 }, // its FAQ: a cloud platform where uploaded camera-trap images are identified to species by AI models
    { id: 'greyparrot', name: 'Greyparrot', vendor: 'Greyparrot', domains: ['greyparrot.ai'], source: 'https://www.greyparrot.ai/blog/waste-data-recognition', checked: CHECKED_C16 }, // its blog: the waste-recognition AI that classifies objects on recycling conveyor belts and reports composition
  ],
  { checked: CHECKED_C16 },
);
