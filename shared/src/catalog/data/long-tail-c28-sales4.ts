// Twenty-eighth session, fourth sales pass (2026-12-08, helper `sales4`): AI products for sales and revenue teams that
// no entry claimed yet, beside the nineteenth and twenty-second sessions' sales passes (data/long-tail-c19-sales.ts,
// data/long-tail-c22-sales2.ts), the sixteenth session's marketing-and-sales pass (data/long-tail-c16-mktsales.ts) and
// the lead passes (long-tail-c*-leads*.ts), whose rows are not repeated here. Here: AI role-play and practice trainers
// for sales reps (Optifia Sales Roleplay, FirstPass, ConvoSparr, CloseCall for the trades); AI call scoring and
// conversation analysis (OnePerfectSlice, Moklo's compliance monitoring for insurance sales); AI sales workspaces and
// revenue platforms (ROSS by Acceleration Sales, DealMotion, ept AI's deal rooms); AI proposal and sales-document
// writers (bidraft, SalesDocx from HubSpot deals, Suprmind's SOW/proposal documents); AI lead and account research and
// scoring (AI2L, Emanate's LLM fit score, LeadScan's lead-capture chatbot, LeadFuel's trade-show badge and card
// capture); AI text follow-up for real-estate agents (NestWise AI); AI meeting briefs (MeetBrief); AI contract data for
// forecasts (Legitt AI); and AI churn and account-health scoring for customer-success teams (Customerscore.io,
// Churnrate).
//
// Leads. 33 look-ups, all `search` in the stored `pages` corpus, counted as they were made, worded the way vendors
// word their own policies, terms, AI notices, help centres and docs: RFP "AI-generated answers"; "sales role-play" AI
// terms; CRM "AI assistant" Salesforce sub-processors; account-research agent terms; proposal generators naming
// OpenAI; AI assistants for real-estate agents; call coaching with Deepgram/OpenAI; CPQ "AI-generated quotes"; AI for
// insurance agents; AI forecasting and deal risk; car-dealership AI assistants; solar sales proposals; Legitt AI's
// own pages; objection-handling practice with voice personas; HubSpot apps sending CRM records to an LLM; AI lead
// scoring and enrichment; mortgage loan-officer assistants; Gmail follow-up extensions; trade-show lead capture and
// card scanning; SOW generators; win-loss analysis; bid and proposal drafting (skydraft); One Perfect Slice's
// product; FirstPass's policy; RFQ quoting for distributors; AI meeting prep from calendars; AI ISA follow-up for
// realtors; digital sales rooms; sales-enablement answers in Slack; Medicare agents' AI; AI enrichment agents in
// spreadsheets; customer-success churn AI; AI account plans. Every row cites a page with a path on the product's own
// host or a docs or api subdomain of it (ConvoSparr's api., OnePerfectSlice's, ept AI's and Emanate's docs. hosts),
// where the vendor says the product simulates, scores, drafts, researches, enriches, answers or predicts with AI, an
// LLM or a named provider (OpenAI, Anthropic). Hosts were run through
// /work/helpers/classify-hosts.mts and names grepped in data/ and in the other c28 worktrees first.
//
// Measured with /work/helpers/classify-hosts.mts on the 212 hosts the searches returned (vendors, articles, law and
// compliance blogs, regulators, directories and shared hosts alike, in /work/helpers/out/sales4-hosts.txt): 46
// classified before (21.7%), 68 after (32.1%).
//
// Already listed and left to their entries (met on the way): RFP.ai, SalesAura, Sales Automation (app.athium.ai),
// ProposalFirewall, Vertiqa, Sprouts.ai, Cleanlist, Evergrowth, ProposAI (getproposai.com), ProposalPilot,
// AI Property Writer, Upwork Proposal AI (upwork-helper.innovage.io), One Click Coaching, Call Coach IQ, intusell,
// insurnest, SalesCoach AI (recall.kalyxi.ai), Sales Coach AI (coach.legacyconnect.ai), AI Lead Respond,
// DealerAutoPilot (dealerautopilotai.com), DealSmart AI, AI Pro Capital, Dealer On Call, Gong, legal-monk.com,
// Legal AI (legal-ai.pl), LegatiAI, Hubalot, Clositic, ConvoAI (convoai.pl), EnterLeads, Lead Prospecting AI,
// AI Email Chain, EmailResponder, Mail Assist, DocGPT, GoSourced, Jootle, Clay, DarcyIQ, Raycaster, Extruct AI and
// Evergrowth's account plans.
//
// Doubtful rows: Optifia's terms describe a free "conversational AI tool" for sales tasks offered to gather feedback,
// under the name Optifia Sales Roleplay. ROSS (accelerationsales.com) is a revenue platform with a CRM and pipeline
// beside its AI agents; the terms open with "AI sales and revenue tooling", so it is counted as an AI product.
// Customerscore.io and Churnrate are customer-success tools whose health and churn scores are the AI (Customerscore.io's
// AI-features terms name Anthropic and OpenAI; Churnrate's policy trains its "AI risk-scoring models"). Legitt AI is read
// from its own blog post on turning contract data into forecasts, which says its examples are Legitt AI's; the product
// is a wider AI contract platform. Suprmind's page is its docs for generating SOW/proposal documents from a
// conversation with "the AIs"; the product is a multi-model chat, listed as chat. MeetBrief's operator is an independent
// developer in India; the product is not India-only, so no region is set. NestWise AI is read from its SMS policy,
// which says the platform sends AI-generated texts to agents' leads (operator AAAA Holdings).
//
// Left out. Templates, drafts and placeholders: www.proposalai.ai ("Replace the bracketed sections"), myloaniq.ai's
// AI/ML disclaimer ("Draft — pending counsel review", "[DATE]"), test.app.spoterix.ch (a test host with
// "[PRIVACY_CONTACT_EMAIL]"), solarinstallersnear.me's draft policy. User-key tools, as earlier passes decided:
// handlemyobjection.com (the user's Anthropic key), dina.jp's Salesforce Agentic Bot (a user-provided OpenAI key on a
// developer's host), emailchain.app as before. Internal tools: peruhopai.com (a travel company's HubSpot assistant),
// leads.globaloring.com (an O-ring company's own lead scoring). Apps on developers' general hosts: karookeen.com's
// LeadSnap, leadlens.neural-forge.io (Neural Forge's host carries several apps; its vision provider is the user's
// choice), bidsmith.slayerblade.site. Pages that do not say the product uses AI, or only in a name:
// freematrix.govdraft.com (as c24 found for govdraft.com), app.traincalling.com's policy, churnguardai.com and
// churn.relaywork.co ("ChurnGuard AI" only in the name), www.leadarray.ai, first-class.ai (an AI-receptionist operator
// that may be an agency), www.dealmanagerai.com (prompts and embeddings, never the word AI for the product). General
// products where AI is one feature: intigra.app's ERP inbox, www.microdealroom.com (an influencer CRM with OpenAI
// tools), sales-copilot.nebulalabs.com (as c22 decided), help.resonatehq.com's AIssistify (the agents6 pass's lead),
// docs.salesos.org (as c27 found), www.bxnode.com's RFQ system. Vendor blogs that do not describe the vendor's own AI
// product, left as leads: followupace.com, www.insurai.net, skydraft.net, www.arivana.com (as c23 found),
// sellabl.app, oppy.pro, aioscoach.pro, revolv.cx (an AI fronter for Medicare BPOs), hublerx.ai, www.getcargo.ai
// (Cargo's blog; the catalog lists Cargo on getcargo.io), docs.restai.vn (RestAI's AI Sales Service, whose maker c16
// could not place and whose parent restai.vn was not read). Shared platforms: proposalkit.pages.dev,
// app-05-proposal-generator.vercel.app, dealerautopilot.polsia.app, crmphone-site.pages.dev, churnsafe-marketing.pages.dev,
// legaldraft-site.pages.dev, tech-savvy-insurance.pages.dev, carlosdabreu-bullet.pages.dev, oneperfectslice.mintlify.app
// and raycaster.mintlify.app (docs copies of listed or added products), ogadepoju.github.io (a student's DraftMate),
// capstone-projects-2026-spring.github.io, worldit.azurewebsites.net. Articles, regulators, law and compliance blogs,
// consultancies, skill libraries and courses (greeks.live, conductatlas.com, 4aiworld.com, bulletins.ncrec.gov,
// nationalmortgagenews.com, stratridge.com, kaptify.com, circulos.co, growthengineer.ai, sk.ills.info, skills.sh,
// openzulu.com, eduailast.com, and the rest of the hosts file).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C28, defineTools } from './define';

export const longTailC28Sales4Tools: Tool[] = defineTools(
  'agents',
  [
    // --- role-play, practice and call scoring ---
    { id: 'optifia-sales-roleplay', name: 'Optifia Sales Roleplay', vendor: 'Optifia LLC', category: 'productivity', domains: ['optifia.xyz'], source: 'https://optifia.xyz/terms' }, // terms: the Service is a conversational AI tool designed to assist businesses in sales-related tasks (sales role-play)
    { id: 'firstpass-sales-training', name: 'FirstPass', vendor: 'FirstPass Inc.', category: 'productivity', domains: ['myfirstpass.com'], source: 'https://www.myfirstpass.com/terms' }, // terms: an AI-powered sales training platform: AI-simulated calls with AI customer personas and AI-generated scoring
    { id: 'convosparr', name: 'ConvoSparr', vendor: 'Tarsonix Technologies', category: 'productivity', domains: ['convosparr.com'], source: 'https://api.convosparr.com/privacy' }, // privacy: an AI-powered sales conversation practice platform with AI-inferred roles, scores and AI-generated summaries
    { id: 'closecall-pro', name: 'CloseCall', vendor: 'CloseCall', category: 'productivity', domains: ['closecallpro.ai'], source: 'https://www.closecallpro.ai/privacy' }, // privacy: voice input in AI practice sessions is processed by AI models to run the conversation and generate scores and scorecards
    { id: 'oneperfectslice', name: 'OnePerfectSlice', vendor: 'OnePerfectSlice', category: 'productivity', domains: ['oneperfectslice.ai'], source: 'https://docs.oneperfectslice.ai/product/scorecards' }, // docs: AI evaluates each sales-call transcript element by element and writes scorecards with rationale and coaching
    { id: 'moklo', name: 'Moklo', vendor: 'Moklo', domains: ['getmoklo.com'], source: 'https://getmoklo.com/answers/how-does-ai-ensure-insurance-sales-compliance' }, // vendor answer page: Moklo's AI monitors insurance sales calls in real time for required compliance language and flags violations
    // --- sales workspaces and revenue platforms ---
    { id: 'ross-acceleration-sales', name: 'ROSS', vendor: 'Acceleration Sales', domains: ['accelerationsales.com'], source: 'https://accelerationsales.com/legal/terms' }, // terms: ROSS provides AI sales and revenue tooling: a CRM and pipeline, AI agents (voice, outreach, content, FinOps)
    { id: 'dealmotion', name: 'DealMotion', vendor: 'DealMotion B.V.', category: 'productivity', domains: ['dealmotion.ai'], region: 'europe', source: 'https://dealmotion.ai/privacy' }, // privacy: an AI-powered sales enablement platform (research, meeting preparation, follow-ups, AI Notetaker)
    { id: 'ept-ai', name: 'ept AI', vendor: 'ept AI', domains: ['ept.ai'], source: 'https://docs.ept.ai/docs/app-channels/deal-rooms' }, // docs: deal rooms where the AI pulls in company context and competitive intelligence for a sales opportunity
    // --- proposals and sales documents ---
    { id: 'bidraft', name: 'bidraft', vendor: 'bidraft', category: 'writing', domains: ['bidraft.app'], source: 'https://bidraft.app/privacy' }, // privacy: a proposal drafting platform; briefs are sent to OpenAI to generate drafts and AI-generated proposal sections
    { id: 'salesdocx', name: 'SalesDocx', vendor: 'SalesDocx', category: 'writing', domains: ['salesdocx.com'], source: 'https://www.salesdocx.com/privacy' }, // privacy: an AI-powered tool that turns HubSpot CRM data into content for sales documents and proposals
    { id: 'suprmind', name: 'Suprmind', vendor: 'Suprmind', category: 'chat', domains: ['suprmind.ai'], source: 'https://suprmind.ai/docs/master-documents/business-documents/sow-proposal' }, // docs: formalises a project scope discussed "with the AIs" into a generated SOW/proposal document
    // --- lead and account research, scoring and capture ---
    { id: 'ai2l', name: 'AI2L', vendor: 'Artificial Intelligence to Leads', category: 'search', domains: ['ai2l.app'], source: 'https://ai2l.app/privacy-policy' }, // privacy: an AI deep market research platform built on AI models, web browsing and reasoning across LLM providers
    { id: 'emanate-ai', name: 'Emanate', vendor: 'Emanate', category: 'productivity', domains: ['emanate.ai'], source: 'https://docs.emanate.ai/accounts/enrichment' }, // docs: account enrichment adds AI intelligence scoring; the Fit Score is produced by an LLM synthesis pass
    { id: 'leadscan', name: 'LeadScan', vendor: 'LeadScan', domains: ['leadscangen.com'], source: 'https://www.leadscangen.com/privacy-policy' }, // privacy: AI-powered chatbot and lead generation services, with transcripts and lead intelligence from conversation analysis
    { id: 'leadfuel', name: 'LeadFuel', vendor: 'LeadFuel', category: 'productivity', domains: ['lead-fuel.com'], source: 'https://lead-fuel.com/privacy' }, // privacy: trade-show badge and card images processed through AI-powered OCR, with an AI Processing section
    { id: 'nestwise-ai', name: 'NestWise AI', vendor: 'AAAA Holdings', domains: ['nestwiseai.com'], source: 'https://nestwiseai.com/sms-policy' }, // SMS policy: sends personalised AI-generated text messages to real-estate agents' leads on their behalf
    { id: 'meetbrief', name: 'MeetBrief', vendor: 'MeetBrief', category: 'meeting', domains: ['meetbrief.app'], source: 'https://www.meetbrief.app/privacy' }, // privacy: an AI-powered meeting assistant reading Google Calendar events, with AI-generated summaries and action items
    // --- contracts, forecasting and customer success ---
    { id: 'legitt-ai', name: 'Legitt AI', vendor: 'Legitt AI', category: 'productivity', domains: ['legittai.com'], source: 'https://legittai.com/blog/sales-forecasting-accuracy-with-ai-contract-data' }, // vendor blog: AI extracts forecast-ready signals from contracts and syncs them to forecasting; examples are Legitt AI's
    { id: 'customerscore-io', name: 'Customerscore.io', vendor: 'Customerscore.io s.r.o.', category: 'productivity', domains: ['customerscore.io'], region: 'europe', source: 'https://www.customerscore.io/ai-terms' }, // AI-features terms: churn prediction, health scoring and conversational AI, with Anthropic and OpenAI as sub-processors
    { id: 'churnrate-io', name: 'Churnrate', vendor: 'Churnrate', category: 'productivity', domains: ['churnrate.io'], source: 'https://www.churnrate.io/privacy' }, // privacy: churn prediction and intervention; it trains and improves its AI risk-scoring models on aggregated patterns
  ],
  { checked: CHECKED_C28 },
);
