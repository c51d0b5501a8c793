// Twenty-sixth session, public-sector and nonprofit pass (2026-12-07, helper `govnp`): AI products sold to or used by
// governments, police, courts' users, charities, churches and campaigns that no entry claimed yet, after the grant,
// proposal and sermon rows of earlier passes (data/long-tail-c20-industry.ts, data/long-tail-c20-grc.ts,
// data/long-tail-c23-slides2.ts, data/long-tail-c24-verticals.ts, data/long-tail-c25-outputs.ts and others), which are
// not repeated here. Here: AI police-report drafting (Narrative AI on OpenAI's GPT-4o, Truleo's body-camera review
// and automated report writing); a vendor-run AI resident chatbot and voice agent for cities (Citibot) and AI council
// minutes (TrueNorth Civic AI for British Columbia, ClerkMinutes for municipal clerks, Atter AI's minutes guide); AI
// for charities and fundraisers (Charity AI Solutions' reporting workspace, Gratefully's donor-CRM AI, an AI
// fundraising coach for missionaries on Anthropic's Claude, Findraiser.ai's AI queries over political donor data,
// 4granted's grant matching and drafting on Gemini and OpenAI); AI case notes for social services (Notewell); an AI
// pastoral chatbot for churches (ChurchWiseAI); an AI defence-preparation tool for pro se criminal defendants (Be My
// Own Attorney); AI political intelligence and rapid-response drafting (AI WarRoom Politicos); and AI bid drafting for
// Bangladesh's e-GP tenders on Claude (TenderPulse).
//
// Leads. 39 look-ups, all in the stored `pages` corpus, counted as they were made. Queries by kind of public-sector
// work, worded as vendors word their policies and product pages: grant writing and grant discovery for nonprofits and
// for cities; donor research, appeals and fundraising platforms; charities' impact reports; permit and plan review;
// 311 and resident chatbots (and Citibot by name); council and board minutes (and ClerkMinutes by name, twice); FOIA
// and public-records redaction (twice); police report writing from body-camera audio (three wordings, and Truleo by
// name); court self-help and pro se tools (twice, and Be My Own Attorney by name); library reference chatbots; public
// health surveillance; sermons and church bulletins, and church website chatbots; canvassing, voter texting, campaign
// fundraising emails (and Quiller by name) and candidates' content; GovCon capture and proposal platforms (and
// Projectory by name); public tenders; social-services case notes (and Notewell by name); funders' grant review; and
// nonprofit staff assistants. Most results were news, government pages, consultancies' playbooks, course sites and
// vendors' general articles. Every row cites a page with a path on the product's own host (or, for two, the
// claimed subdomain) where the vendor says the product drafts, answers, analyses, matches or summarises with AI, a
// language model or a named provider. Hosts were run through /work/helpers/classify-hosts.mts, names grepped in data/
// and in the other helpers' c26 files first.
//
// Measured with /work/helpers/classify-hosts.mts on the 231 hosts the searches returned (vendors, news, government
// sites, consultancies, course sites, blogs and shared hosts alike, in /work/helpers/out/govnp-hosts.txt): 7
// classified before (3.0%), 25 after (10.8%).
//
// Already listed and left to their entries: Grants & Equity, GrantPilot, AI Grants (aigrants.co), BoardBreeze,
// Helonic, TenderAI (tenderai.ai), AI Lawyer (ailawyer.pro), Magic Notes by Beam (a lead of the c25 health pass, named
// here by East Sussex's notice as "Beam Notes"), and SermonWise AI (ChurchWiseAI LTD's sermon product, a c25 lead).
//
// Doubtful rows. ClerkMinutes is read from its own guide on drafting municipal minutes with Gemini and why clerks
// move to ClerkMinutes: the page sets the product against a general AI tool for the same job, but the excerpt read
// never says in one sentence that ClerkMinutes' own drafts come from AI (two look-ups for more found nothing else).
// Gratefully's page is a donor-privacy reference that says how Gratefully redacts donor data before any index,
// embedding or prompt and logs every AI interaction: its product is an AI layer over nonprofit CRMs, which the c25
// outputs pass left as a lead. Notewell is read from its blog on AI in social work, which speaks of Notewell's own work
// on safe AI for case managers without naming a model. 4granted says its AI features are optional beside grant
// tracking, calendars and receipts; it is kept because matching, summaries, an assistant and drafting all run on
// Gemini and OpenAI. Be My Own Attorney takes a waitlist; its pages say its defence-preparation tool is configured AI
// with verified case-law databases. Atter AI's transcription guide sits on transcription.atter-ai.com, which alone is
// claimed (atter-ai.com was not read); likewise politicos.aiwarroom.ai (mediaXtreme LLC; aiwarroom.ai not read) and
// sam.tailored.fund (Sam, a pilot coach whose parent tailored.fund, a coaching organisation, is a trap).
// Charity AI Solutions (.co.uk, UK/EU hosting) takes the 'europe' region and TenderPulse (Bangladesh) the 'india'
// region, as earlier passes gave South Asian rows; TrueNorth Civic AI (Canada) stays global.
//
// Left out. Drafts and placeholders: donorpilot.ai (an AI donor CRM on Anthropic's Claude whose policy calls itself
// a draft for counsel: a lead once final), powergrant-marketing.pages.dev (PowerGrant's "[ENTITY NAME, TBD]" draft
// on a shared host; powergrant.ai not read), grant-ai-indol.vercel.app ("[COMPANY LEGAL NAME]"), myquillai.com
// ("PLACEHOLDER"), privacy.zws.ink's tender-service template. Shared platforms: docs-portal-chi.vercel.app (a copy of
// ChurchWiseAI's docs), tender-ai-pi.vercel.app, donorconnect-three.vercel.app, faithful-learn.pages.dev,
// new-bearings.pages.dev, recalldocs.pages.dev, aieducation-one.vercel.app, mguhlin.github.io, a Google Sites wiki.
// `?p=` pages: fundin.ai (Fundin's Discover plan with AI grant matching and MCP access: a lead once a clean path is
// seen), onlinecandidateresources.com (a suite of AI-enhanced campaign writing tools: a lead), blackbaud.co.uk,
// chmeetings.com, ecicnetwork.org, fas.org, aitoolsbakery.com, palospublishing.com, suttonsmart.com,
// aiforcrecollective.com. Pages that do not say the product uses AI: charitygrantwriter.com (as two earlier passes
// decided), boardraise.com, schnorrer.builtbymoshe.co.uk (a developer's host), smartreview.biz (AI only in a report's
// name), vetrproposal.com's compliance-matrix help, pursuitagent.com's release note, pepys.co's minutes guide,
// opengrants.io (human grant writers). General products where AI is one feature: Axon's Draft One (axon.com, not
// read), Polco's Grace grant assistant (blog.polco.us), GoodParty.org's AI Campaign Manager, PoliticalWin's AI
// assistant inside a campaign-website builder, Benevity's AI grant summaries, Blackbaud's guided fundraising,
// CivicPlus's agenda software, Springshare's LibAnswers, kelpcare.ai's and mdlogix's case-note summaries, Guardify,
// Sopact (as before), GrantFounders (as before), Projectory Gov's contract lifecycle (projectory.ai's blog on AI for
// proposals is a lead), lenslock.com's body cameras, SoniClear's recorders, digitalevidence.ai's evidence management (its
// blog on AI report writing is a lead). Concept-stage: artificialpublichealthintelligence.com (no deployment claimed).
// Vendors seen only in articles, blogs or guides, left as leads: Quiller (AI fundraising emails for Democrats),
// Tech for Campaigns' Learning Engine, Axon Draft One and Policy Chat, Prosei and Cetient (pro se AI), Pro-Se Pilot,
// tahaiportal.com's ProSe, politicalcomms.com (AI replies to voter texts), campaign-brain.com, automatedteams.com,
// citizenportal.ai (local-meeting articles), instilai.com, joinsanctuary.com and aichurchassistant.com (church AI
// blogs), grants.club and nonprofits.club (knowledge bases), govconproposalengine.com, gridex.dev (a proposal service),
// cabrilloclub.com (as before), transcribebee.com and brasstranscripts.com (transcription blogs), betaquick.com (a
// clerk's-office call guide), clerkand.com (AI attendance notes for UK lawyers), quillgm.com (an AI game-master
// companion, off this theme), realmindsai.com.au (case-note patterns), aiwarroom.ai and atter-ai.com (parents of
// the claimed subdomains). Government sites and official chatbots (cops.usdoj.gov, selahwa.gov, eastsussex.gov.uk,
// procurementjourney.scot, grants.gov) are traps, not rows.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C26, defineTools } from './define';

export const longTailC26GovnpTools: Tool[] = defineTools(
  'productivity',
  [
    // --- police ---
    { id: 'narrative-ai-police', name: 'Narrative AI (police reports)', vendor: 'FirstLine Intelligence Systems, LLC', category: 'writing', domains: ['narrative-ai.org'], source: 'https://www.narrative-ai.org/ai-usage-policy' }, // AI usage policy: officers' incident narratives drafted by large language models (OpenAI's GPT-4o series), with an AI risk engine that flags gaps in draft reports
    { id: 'truleo', name: 'Truleo', vendor: 'Truleo', domains: ['truleo.co'], source: 'https://truleo.co/blog/ai-in-policing-addressing-fears-and-building-trust-with-ai-assisted-bwc-review' }, // vendor blog: AI-assisted body-camera review, generative AI summaries of transcripts and automated report writing for officers
    // --- local government ---
    { id: 'citibot', name: 'Citibot', vendor: 'Citibot', category: 'chat', domains: ['citibot.io'], source: 'https://www.citibot.io/whats-new-at-citibot-and-what-it-means-for-your-residents-in-2026' }, // vendor guide: conversational AI chat, text and AI Voice that answer residents' questions for cities and counties, run by the vendor
    { id: 'truenorth-civic-ai', name: 'TrueNorth Civic AI', vendor: 'TrueNorth Civic AI', category: 'meeting', domains: ['truenorthcivicai.ca'], source: 'https://truenorthcivicai.ca/resources/council-minutes-bc' }, // resource page: AI speech-to-text and models tuned to council procedure that draft minutes for British Columbia municipalities
    { id: 'clerkminutes', name: 'ClerkMinutes', vendor: 'ClerkMinutes', category: 'meeting', domains: ['clerkminutes.com'], source: 'https://clerkminutes.com/meeting-minutes-with-gemini' }, // vendor guide: drafting municipal meeting minutes with AI, set against Gemini, for clerks
    { id: 'atter-ai-transcription', name: 'Atter AI Transcription', vendor: 'Atter AI', category: 'meeting', domains: ['transcription.atter-ai.com'], source: 'https://transcription.atter-ai.com/en/guides/how-to-generate-meeting-minutes-automatically/' }, // vendor guide: board and nonprofit minutes drafted from an AI transcript with a structured minutes prompt
    // --- charities, fundraising and grants ---
    { id: 'charity-ai-solutions', name: 'Charity AI Solutions', vendor: 'Charity AI Solutions', domains: ['charityaisolutions.co.uk'], source: 'https://charityaisolutions.co.uk/trust', region: 'europe' }, // trust page: charities' spreadsheets parsed into dashboards with AI summaries, AI-powered reporting and a Copilot chat in a private workspace
    { id: 'gratefully-io', name: 'Gratefully', vendor: 'Gratefully', domains: ['gratefully.io'], source: 'https://gratefully.io/security-and-pii-redaction-for-nonprofit-ai' }, // vendor reference: how Gratefully redacts donor data before any AI index, embedding or prompt over a nonprofit CRM and audits every AI interaction
    { id: 'sam-tailored-fund', name: 'Sam (missionary fundraising coach)', vendor: 'Tailored Fund', category: 'chat', domains: ['sam.tailored.fund'], source: 'https://sam.tailored.fund/privacy' }, // privacy (pilot): an AI fundraising coach for missionaries powered by Anthropic's Claude API, reading the user's donor tracker
    { id: 'findraiser-ai', name: 'Findraiser.ai', vendor: 'Findraiser.ai', category: 'search', domains: ['findraiser.ai'], source: 'https://www.findraiser.ai/privacy-policy' }, // privacy: an AI-powered platform over FEC and NGP VAN donor data that generates database queries with AI
    { id: '4granted-app', name: '4granted', vendor: '4granted', category: 'writing', domains: ['4granted.app'], source: 'https://4granted.app/ai-disclosure' }, // AI disclosure: grant matching, guideline summaries, receipt reading, an assistant and draft applications on Google Gemini and OpenAI GPT
    // --- social services, courts and churches ---
    { id: 'notewell-ai', name: 'Notewell', vendor: 'Notewell', category: 'writing', domains: ['notewell.ai'], source: 'https://notewell.ai/post/how-is-ai-changing-social-work' }, // vendor blog: Notewell's work on safe, ethical AI note-taking and case management for social workers and case managers
    { id: 'be-my-own-attorney', name: 'Be My Own Attorney', vendor: 'Be My Own Attorney', category: 'search', domains: ['bemyownattorney.com'], source: 'https://bemyownattorney.com/blog/can-you-use-ai-in-criminal-court' }, // vendor blog: an AI tool configured for pro se criminal defendants' research, document reading and motion preparation
    { id: 'churchwiseai', name: 'ChurchWiseAI', vendor: 'ChurchWiseAI', category: 'chat', domains: ['churchwiseai.com'], source: 'https://docs.churchwiseai.com/products/chatbot/ux-model' }, // product docs: a church chatbot run by a language model under a pastoral system prompt, answering visitors and taking prayer requests
    // --- campaigns and tenders ---
    { id: 'ai-warroom-politicos', name: 'AI WarRoom Politicos', vendor: 'mediaXtreme LLC', category: 'search', domains: ['politicos.aiwarroom.ai'], source: 'https://politicos.aiwarroom.ai/ethics.html' }, // AI ethics page: NLP voter-sentiment maps, AI opposition monitoring and large-language-model drafts of rapid responses for campaigns
    { id: 'tenderpulse-bd', name: 'TenderPulse', vendor: 'TenderPulse', category: 'writing', domains: ['tenderpulse.com.bd'], source: 'https://tenderpulse.com.bd/en/trust/ai-policy', region: 'india' }, // responsible AI policy: Anthropic's Claude extracts tender data, drafts bid responses and answers procurement questions for e-GP bidders
  ],
  { checked: CHECKED_C26 },
);
