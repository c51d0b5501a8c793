// Fifteenth session, new-lists pass (2026-12-06, issue 15): AI products named by permissively licensed lists that the
// catalog had not pinned before. Lists found through the code corpus and repository names (awesome lists of AI
// marketing, sales, video, writing, vibe-coding, browser and legal tools; AI ecosystem maps and startup directories),
// fetched and their licences read. Three are pinned in LISTS and cited here:
// - WalksWithASwagger/bc-ai-directory-public (`c15newlistsbcai`, commit e4110de4, CC BY 4.0 licence file; credit the
//   BC + AI Ecosystem Association, bc-ai.ca): the open dataset behind the BC + AI Ecosystem directory, 963 verified
//   British Columbia organizations with a summary, tags and website each (data/organizations.csv). Measured with
//   /work/helpers/classify-hosts.mts on its 846 distinct website URLs: 14 classified (1.7%) before these rows, 55
//   (6.5%) after. Nearly all of the rest are not AI products a person opens in a browser: universities, meetups and
//   associations, consultancies and agencies, hardware, robotics, clean-tech, biotech, drug discovery, medical devices,
//   games studios, general SaaS with an AI feature (POS, CRM, invoicing, hotel software, project management) and
//   global firms with a Vancouver office. Taken: the AI-first products whose summary describes an assistant, agent,
//   generator, AI search or AI review tool used on the web.
// - 0xWelt/Awesome-Vibe-Coding (`c15newlistswelt`, commit 343d2c89, CC BY 4.0 in the README's License section; no
//   licence file): one Markdown file per tool under contents/. 49 of its 105 distinct hosts classified (46.7%) before,
//   51 (48.6%) after: the Vibes DIY row here and heyboss.xyz added to the existing `heyboss` entry
//   (long-tail-c5-vibe-coding.ts). The other misses are cloud CLIs, hosting platforms, protocols, courses and guides.
// - MadryLab/AIaaS_Supply_Chains (`c15newlistsmadry`, commit d7127ae7, MIT licence file): 2,321 AI companies compiled
//   in 2023 from FirstMark's MAD landscapes, Scale Venture Partners' generative AI index, Stanford's ecosystem graphs
//   and conversational-AI maps (AIDeploymentSupplyChain.csv). 397 of its 2,247 distinct URLs classified (17.7%)
//   before, 411 (18.3%) after. Most misses are infrastructure, MLOps, data and analytics vendors, models, datasets and
//   papers (URLs into crfm.stanford.edu, arXiv and GitHub), consumer apps that use ML (travel, loans, transit) and
//   general customer-service suites (Intercom, Zendesk, Twilio, Genesys). Taken: AI-first products still on the listed
//   host. Left out: products the catalog knows on a newer host (Twain on twain.ai, Simon Says on simonsaysai.com,
//   Amelia on amelia.ai, Yellow.ai, DeepBrain AI, PolyAI, Metaphor now Exa), products that closed or were absorbed
//   (Tenyx, Codiga, Mantium, Operand, Spacemaker, Heyday) and records whose product could not be told from the row.
// Measured again, nothing taken: fengxiaolonger/awesome-ai-video-tools (pinned since the thirteenth session as
// `c13bfengvideo`; 80 of 99 hosts, 80.8%; its misses are general video editors and screen recorders, a shared docs
// platform and ComfyUI guides).
// Read and left as leads only, with no licence file or a non-permissive one: formatho/awesome-ai-tools (MIT badge
// linking a LICENSE file that is not in the repository), ikaijua/Awesome-AITools, Ditto190/awesome-ai-tools-catalogue,
// Vaquill-AI/awesome-legaltech and spyrae/ai-ecosystem-map (Business Source License). diaodiaozhuye/awesome-ai-startups
// (MIT) links Product Hunt redirects rather than product hosts, so it gives nothing to measure.
// Left out of the BC directory on purpose: durable.ai (the catalog's Durable entry is on durable.co and an earlier pass
// judged durable.ai a borrowed record), aicamp.ai (the AICamp community and events site; AICamp's AI workspace is the
// existing `aicamp` entry on aicamp.so), consultancies that build agents for clients (Produvia, Softmax Data, MyZone AI,
// Sitka Labs, Overdrive), and general software whose AI is one feature (Hootsuite, Visier, Klue, Comm100, Invoicer.ai,
// Vorsto AI, Fennec AI, Frontly).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C15, defineTools, listed } from './define';

const BCAI = listed('c15newlistsbcai', 'data/organizations.csv');
const MADRY = listed('c15newlistsmadry', 'AIDeploymentSupplyChain.csv');

export const longTailC15NewlistsTools: Tool[] = defineTools(
  'agents',
  [
    // BC + AI Ecosystem directory (data/organizations.csv): one row per organization, website in websiteUrls.
    { id: 'aech-ai', name: 'Agent Aech', vendor: 'Aech AI', domains: ['aech.ai', 'agentaech.com'], source: BCAI }, // an AI teammate inside Microsoft 365 that takes work by message and returns results
    { id: 'agents-republic', name: 'Agents Republic', vendor: 'Agents Republic', domains: ['agentsrepublic.com'], source: BCAI }, // virtual agents and chatbots for customer service and contact centres
    { id: 'caseway-ai', name: 'Caseway', vendor: 'Caseway', category: 'search', domains: ['caseway.ai'], source: BCAI }, // AI legal research over Canadian court decisions, with drafting help
    { id: 'codemaker-ai', name: 'CodeMaker AI', vendor: 'CodeMaker AI', category: 'coding', domains: ['codemaker.ai'], source: BCAI }, // AI tools that write, test and document code; listed at beta.codemaker.ai
    { id: 'creativeflow-ai', name: 'CreativeFlow.ai', vendor: 'CreativeFlow.ai', category: 'video', domains: ['creativeflow.ai'], source: BCAI }, // AI motion design for product designers; the app at app.creativeflow.ai
    { id: 'ditto-ai-commerce', name: 'ditto', vendor: 'ditto', domains: ['ditto-ai.com'], source: BCAI }, // AI agents for small online shops: content marketing, sales and support on Shopify
    { id: 'dragonscale-ai', name: 'Dragonscale', vendor: 'Dragonscale Industries', domains: ['dragonscale.ai'], source: BCAI }, // agentic AI for enterprise workflows and decision support
    { id: 'ekai', name: 'Ekai', vendor: 'Ekai', domains: ['ekai.ai'], source: BCAI }, // agentic AI over a semantic model of a company's data
    { id: 'futuretwin-ai', name: 'FutureTwin AI', vendor: 'FutureTwin AI', category: 'productivity', domains: ['futuretwin.ai'], source: BCAI }, // AI digital twins that let students try out career and study paths
    { id: 'graphium-labs', name: 'Graphium Labs', vendor: 'Graphium Labs', category: 'search', domains: ['graphiumlabs.com'], source: BCAI }, // AI semantic search over large team datasets
    { id: 'hatrio-ai', name: 'Hatrio AI', vendor: 'Hatrio AI', category: 'writing', domains: ['hatrio.ai'], source: BCAI }, // GPT-4 marketing articles and copy in a client's own voice
    { id: 'lightfeed-ai', name: 'Lightfeed', vendor: 'Lightfeed', domains: ['lightfeed.ai'], source: BCAI }, // web data extraction and monitoring driven by plain-language instructions to an LLM
    { id: 'omnisearch-ai', name: 'Omnisearch', vendor: 'Stratosphere Technologies', category: 'search', domains: ['omnisearch.ai'], source: BCAI }, // multimodal AI search across audio, video, documents and slides
    { id: 'openrep-ai', name: 'OpenRep', vendor: 'OpenRep', category: 'writing', domains: ['openrep.ai'], source: BCAI }, // generative AI social posts and SEO articles, scheduled automatically
    { id: 'productshots-ai', name: 'ProductShots', vendor: 'ProductShots', category: 'image', domains: ['productshots.ai'], source: BCAI }, // generative AI catalogue and lifestyle product photos for online retailers
    { id: 'proto-cx', name: 'Proto', vendor: 'Proto', domains: ['proto.cx'], source: BCAI }, // multilingual AI contact-centre automation (HermesAI)
    { id: 'rentradar-ai', name: 'RentRadar', vendor: 'RentRadar', category: 'search', domains: ['rentradar.ai'], source: BCAI }, // AI agents that match renters to listings and help with the lease
    { id: 'shade-ai', name: 'SHADE.ai', vendor: 'SHADE.ai', domains: ['shadeai.ai'], source: BCAI }, // conversational generative-AI and voice agents for business interactions
    { id: 'silverberry-ai', name: 'silverberry.ai', vendor: 'silverberry.ai', domains: ['silverberry.ai'], source: BCAI }, // enterprise AI agent platform (Silverberry Precise AI)
    { id: 'simplyask-symphona', name: 'Symphona', vendor: 'SimplyAsk', domains: ['simplyask.ai'], source: BCAI }, // no-code platform of AI conversational agents and workflow automation
    { id: 'spacebeacon', name: 'SpaceBeacon', vendor: 'SpaceBeacon', category: 'search', domains: ['spacebeacon.com'], source: BCAI }, // travel search and booking by multilingual voice AI
    { id: 'thinkrr-ai', name: 'Thinkrr AI', vendor: 'Thinkrr AI', category: 'audio', domains: ['thinkrr.ai'], source: BCAI }, // AI voice agents for inbound and outbound business calls
    { id: 'viewpoint-ai', name: 'Viewpoint AI', vendor: 'Viewpoint AI', category: 'productivity', domains: ['viewpoint.ai'], source: BCAI }, // decision platform with AI diligence and an AI advisor
    { id: 'recital-contracts', name: 'Recital', vendor: 'Recital', category: 'productivity', domains: ['recitalapp.com'], source: BCAI }, // AI contract repository, redlining and drafting for in-house legal teams
    { id: 'ypilot-ai', name: 'yPilot', vendor: 'yPilot', category: 'productivity', domains: ['ypilot.ai'], source: BCAI }, // AI-first compliance and fraud prevention (ComplyPilot) for financial institutions
    { id: 'emtelligent', name: 'emtelliPro', vendor: 'Emtelligent', category: 'developer-platform', domains: ['emtelligent.com'], source: BCAI }, // medical NLP and LLM platform that reads clinical text
    { id: 'railtown-ai', name: 'Railtown AI', vendor: 'Railtown AI Technologies', category: 'coding', domains: ['railtown.ai'], source: BCAI }, // AI productivity and observability tools for software teams (Conductor)
    { id: 'sarafin-ai', name: 'Sarafin AI', vendor: 'Sarafin AI', category: 'video', domains: ['sarafin.io'], source: BCAI }, // AI digital humans for onboarding and training
    { id: 'dial-ai-grace', name: 'Dial AI', vendor: 'Dial AI', domains: ['dialai.ca'], source: BCAI }, // AI voice, chat and email agents (GraceIVR, GraceChat, GraceMail) for utilities
    { id: 'castofly', name: 'Castofly', vendor: 'Castofly', category: 'video', domains: ['castofly.com'], source: BCAI }, // AI how-to videos and guides from screen captures, with voice-over in many languages
    { id: 'minerva-next', name: 'Minerva Next', vendor: 'Minerva Next', category: 'productivity', domains: ['minervanext.com'], source: BCAI }, // AI study workspace that joins notes, slides and study apps
    { id: 'littlelit-ai', name: 'LittleLit AI', vendor: 'LittleLit AI', category: 'chat', domains: ['littlelit.ai'], source: BCAI }, // AI tutors and safe generative AI tools for children
    { id: 'make-progress-ai', name: 'Make Progress AI', vendor: 'Make Progress AI', category: 'writing', domains: ['makeprogressai.ca'], source: BCAI }, // AI report-card comments and student feedback for teachers
    { id: 'stratareports', name: 'StrataReports', vendor: 'StrataReports', category: 'productivity', domains: ['stratareports.ca'], source: BCAI }, // AI review of strata, condo and HOA documents for buyers and realtors
    { id: 'vrfy-vrb-ai', name: 'VRB AI', vendor: 'VRFY Inc.', category: 'meeting', domains: ['vrfyinc.com'], source: BCAI }, // AI secure transcription and communications analysis for public safety and justice
    { id: 'copilot-ai-sales', name: 'CoPilot AI', vendor: 'CoPilot AI', domains: ['copilotai.com'], source: BCAI }, // AI prospecting that finds buyers and starts personalised social conversations
    { id: 'autochart-ai', name: 'Autochart.ai', vendor: 'Autochart.ai', category: 'meeting', domains: ['autochart.ai'], source: BCAI }, // AI scribe that writes chart notes, referrals and patient letters from the visit
    { id: 'spheria-ai', name: 'Spheria', vendor: 'Spheria.ai', category: 'chat', domains: ['spheria.ai'], source: BCAI }, // a personal AI clone trained on one's own documents and links
    { id: 'sitecheck-ai', name: 'SiteCheck', vendor: 'SiteCheck', category: 'productivity', domains: ['sitecheck.ai'], source: BCAI }, // AI safety assistant for construction paperwork and compliance
    { id: 'fiscal-eye', name: 'Fiscal Eye', vendor: 'Fiscal Eye', category: 'productivity', domains: ['fiscaleye.ai'], source: BCAI }, // autonomous AI CFO for small and medium businesses
    // MadryLab's AI supply-chain dataset (AIDeploymentSupplyChain.csv): one row per company, its site in URL.
    { id: 'algomo', name: 'Algomo', vendor: 'Algomo', domains: ['algomo.com'], source: MADRY }, // multilingual AI customer-service chat
    { id: 'instoried', name: 'Instoried', vendor: 'Instoried', category: 'writing', domains: ['instoried.com'], source: MADRY }, // AI writing help that reads the tone and emotion of marketing copy
    { id: 'monterey-ai', name: 'Monterey AI', vendor: 'Monterey AI', category: 'productivity', domains: ['monterey.ai'], source: MADRY }, // AI copilot that turns customer feedback into product insight
    { id: 'sayso-accent', name: 'Sayso', vendor: 'Sayso', category: 'audio', domains: ['sayso.ai'], source: MADRY }, // AI accent modulation for calls
    { id: 'augmenta-design', name: 'Augmenta', vendor: 'Augmenta', category: 'other', domains: ['augmenta.ai'], source: MADRY }, // AI that designs building systems that are code-compliant and constructible
    { id: 'yurts-ai', name: 'Yurts', vendor: 'Yurts', category: 'chat', domains: ['yurts.ai'], source: MADRY }, // enterprise generative AI assistant over a company's own data
    { id: 'aide-app', name: 'Aide', vendor: 'Aide', category: 'productivity', domains: ['aide.app'], source: MADRY }, // AI that finds and explains common customer-support issues
    { id: 'ask-ai-com', name: 'Ask-AI', vendor: 'Ask-AI', category: 'search', domains: ['ask-ai.com'], source: MADRY }, // AI answers over company knowledge and customer conversations
    { id: 'unscrambl-qbo', name: 'Unscrambl', vendor: 'Unscrambl', category: 'search', domains: ['unscrambl.com'], source: MADRY }, // conversational access to business data and insights
    { id: 'machinet', name: 'Machinet', vendor: 'Machinet', category: 'coding', domains: ['machinet.net'], source: MADRY }, // AI coding assistant and unit-test generator
    { id: 'vaisual', name: 'vAIsual', vendor: 'vAIsual', category: 'image', domains: ['vaisual.com'], source: MADRY }, // generative AI stock photos of synthetic people
    { id: 'regard-health', name: 'Regard', vendor: 'Regard', category: 'productivity', domains: ['withregard.com', 'regard.com'], source: MADRY }, // AI that reads the chart and drafts diagnoses and notes for clinicians; regard.com (twentieth session, clinic pass): Regard's own privacy policy for its Scribe App, https://regard.com/privacy-policy-mobile/
    { id: 'emotibot', name: 'Emotibot', vendor: 'Emotibot', category: 'chat', domains: ['emotibot.com'], source: MADRY, region: 'china' }, // conversational AI and chatbots (竹间智能)
    { id: 'soul-machines', name: 'Soul Machines', vendor: 'Soul Machines', category: 'video', domains: ['soulmachines.com'], source: MADRY }, // AI digital people for customer experiences
    // Awesome Vibe Coding (one file per tool under contents/).
    { id: 'vibes-diy', name: 'Vibes DIY', vendor: 'Vibes DIY', category: 'coding', domains: ['vibes.diy'], source: listed('c15newlistswelt', 'contents/vibe-coding-community/vibes-diy.md') }, // AI app builder: describe an app and get a live web app at its own URL
  ],
  { checked: CHECKED_C15 },
);
