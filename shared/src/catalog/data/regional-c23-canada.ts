// Twenty-third session, regional pass for Canada (2026-12-07, helper `canada`): AI products made in Canada or built
// mainly for Canadian users, English and French, that no entry claimed yet. There is no Canada region in
// data/regions.ts, so the rows keep the default 'global' region, as the Canadian rows of earlier passes do (Always
// Booked, MD Voice AI, BidSnap, TeacherAI). Here: AI helpers for Canadian immigration (a newcomers' assistant on
// Anthropic's models, a refusal and PR-pathway analyser); Canadian legal,
// permit and health-legislation assistants (an Ontario document-analysis platform on OpenAI, a BC document-intelligence
// platform with an AI chat assistant, a Vancouver permit-compliance screener, a BC health-legislation information
// site); AI receptionists and phone answering for Canadian businesses (iHospitality of Ottawa, Mihron AI, AnswerHQ of
// an Ontario corporation, Vocatively with its database in Toronto); clinical AI (an AI SOAP-note tool for Canadian
// physiotherapists, an AI dermatology tool that integrates with OSCAR and PS Suite); education (an AI tutor whose
// inference runs in Canada, a localised AI platform for Canadian universities, Learning Leader AI on Anthropic);
// finance and work (AI expense categorisation for Canadian freelancers, a botless AI note-taker for Canadian financial
// advisors, an AI-powered recruitment platform, AI rental-applicant screening for Ontario agents); and Canadian
// sovereign-AI layers (Rideau AI's multi-model chat with data in Canada, AIOrouter's PII-scrubbing router in Montréal,
// Augure's sovereign AI platform, and tonia, a Québec Loi 25 gateway that redacts AI requests or runs models on site).
//
// Leads. 40 look-ups (39 in the stored `pages` corpus, 1 in `docs`), counted as they were made. Queries worded the way
// vendors word their own privacy policies and terms, anchored on Canadian company forms and laws ("Inc.", "Ltd.",
// "Ltée", numbered Ontario and B.C. companies, "incorporated under the laws of Ontario/British Columbia/Canada",
// PIPEDA, PHIPA, BC and Alberta PIPA, Québec Law 25 / Loi 25, CASL, "Privacy Officer", "person in charge of the
// protection of personal information") and on kinds (IRCC and Express Entry helpers, RCIC software, CRA and GST/HST
// bookkeeping, SR&ED narratives, AI scribes for provinces, physiotherapy notes, clinic fax inboxes, provincial
// curricula and AI tutors, REALTOR and RECO tools, RIBO insurance brokers, Ontario's AI-in-hiring disclosure, trades
// receptionists, sovereign and data-resident AI, bilingual meeting notes, Toronto/Montréal/Vancouver/Waterloo/Calgary
// startups). French queries (conditions d'utilisation, politique de confidentialité, scribe médical, Loi 25, rédaction
// en français) returned the CMQ, Santé Québec, news and law firms almost only, so the pass switched to English.
// Healthcare, insurance, HR and Alberta queries mostly returned regulators' guidance and consultancies' articles.
// Every row cites a page with a path on the product's own host (for iHospitality its editor. host under the claimed
// ai. subdomain) where the vendor says the product answers, drafts, screens, analyses, routes or tutors with AI,
// large language models or named model providers. Hosts were run through /work/helpers/classify-hosts.mts and names
// grepped in data/ first.
//
// Measured with /work/helpers/classify-hosts.mts on the 246 hosts the searches returned (vendors, news, regulators,
// law firms, consultancies, shared hosts alike, in /work/helpers/out/canada-hosts.txt): 12 classified before (4.9%),
// 36 after (14.6%).
//
// Already listed and left to their entries: TeacherAI (teacherai.ca), Scribing.io, FrontRx, Resumate (resumate.ca),
// GTB AI (globalteachingblock.com), Antidote (antidote.info, whose reformulation mode runs Druide's LLM in Québec),
// AI ChatterVox, Chicago AI, Unstructured and Hugging Face. hndl.app stays out as the c20 passes decided (a client CRM
// with an optional assistant); oncallhomes.com's and canopath.ca's `?p=` pages stay out as earlier passes decided.
//
// Two hosts are claimed below a parent that is not the product: ai.ihospitality.ca (iHospitality's AI receptionist;
// the page read is on editor.ai.ihospitality.ca, and ihospitality.ca itself was not read) and learning-leader.cayk.co
// (Learning Leader AI Inc.'s terms; cayk.co was not read). Van Permit Audit's privacy contact is on vanpermitaudit.com,
// which the searches did not return; only vanpermitaudit.ca is claimed.
//
// Same names: Continuum (oncontinuum.com), a note-taker for Canadian financial advisors, is named with a qualifier
// beside ContinuumAI (continuumai.llc, a different vendor); Praxis (praxischart.com) carries a qualifier because the
// word is common.
//
// Left out at the merge: the North Star Immigration Toolbox (nsit.ca), a law firm's document toolbox whose disclaimer
// says only that "some tools use artificial intelligence": AI is one feature there, not the product.
//
// Doubtful rows: Learning Leader AI's terms define "AI" and Anthropic as
// part of the service without describing the features further. Dermadex is read from its own blog post on
// integrating "an AI dermatology tool" with OSCAR EMR and Telus PS Suite, whose address names Dermadex. Augure is read
// from its own blog, which names "platforms like Augure" among Canadian sovereign AI vendors. EducAI's policy gives an
// incorporation date (June 5, 2026) later than its "last updated" date (May 20, 2026), but has no placeholder.
//
// Left out. Drafts and placeholders: noteseek.ca's PHIPA statement ("Draft for legal review"), dossiar.anyimmi.com
// ("1.0-draft, not lawyer-reviewed"), hausprice.ca's privacy policy (a note that it must be reviewed before being
// published), mongardy.com's Law 25 page ("to confirm" values, and a daycare app where AI is one feature), sylvia.clinic
// ("à remplacer") as before. A demo host: aida-demo.precipicecare.com (PrecipiceCare Inc.'s AIDA AI scheduling
// assistant on OpenAI's Realtime API, a lead for a pass that finds its production pages). Pages that do not say the
// product uses AI, or only in its name: immlex.com's terms (a "legal intelligence platform" for RCICs), canadagpt.ca,
// aibud.ca, permitsnapshot.ca, buildaid.ca, realtyopspro.ai, translational.ca, meetinggenius.ca's DPA,
// mycondo.space's AI Minutes policy, clickhomes.ai, voicemoneymanager.aicanadiansolutions.ca, advisorshield.ca (leads).
// General products where AI is one feature: migrawise.ca (immigration practice management with "AI-assisted case
// analysis"), usebookkeeper.com (bookkeeping with AI categorisation), teachersaide.ca (report-card comments with an
// optional Claude assist), myomesh.com, tudius.com, app.goliathos.com (field-service software), cpj.ai (a recruitment
// platform with an AI-interview service), findhelp.ca's chatbot (Ontario's 211 information service) and
// v3.bidcentral.ca (the BC Construction Association's assistant). Agencies, consultancies and law firms:
// ogsaisolutions.com, mindforgeai.pro, coulterdigital.com, systemescalibre.ca, synaptiqc.org, pvrpose.ai, codeleaf.ca,
// kaxo.io, remolda.com, fusioncomputing.ca, peakdemand.ca (its blog sells an AI receptionist for home care; a lead),
// canadianailab.ca (a lead), safenetcreations.com, truenorthagentics.com, aisolutionscanada.ca, aikdesigns.com,
// principalsolutionscanada.com, can.dgmgr.com, observantia.ca, nextiweb.ca, syneratech.ca, perrierjablonski.com.
// Vendors seen only in news or guides: Plume IA and CoeurWay (Québec AI scribes approved by Santé Québec), Phelix.ai
// and WaiveTheWait (Ontario AI fax-inbox agents), Curricumate.AI, Private AI (its cookbooks are on GitHub, not its
// own host) and DictIA (a Gitea repository on innova-ai.ca): leads. Not Canadian or not shown to be: ontarioai.ca (a
// UK GDPR controller), lexilia.net, dropandsort.com, sag-aibuildtech.com, ailabc.com, canadyrealty.com (Texas).
// Homepages without a path: researchcompensation.com (an AI over a Canadian compensation-tax
// treatise citing CRA interpretations: a lead). Other leads: mercvox.com (a blog on PIPEDA and AI receptionists whose
// own product page was not returned), joelnanz.com's AI receptionist terms (MapleReceptionist; the company site is
// broader than the product), simpleturn.ca (AI leasing agents, blog only), maxa.ai (Montréal; its policy mentions AI
// only for de-identification), getnorthpath.com. Shared platforms: answerbot.pages.dev (AnswerBot of Mississauga,
// whose answerbot.ca the searches did not return: a lead), aiagent4smbs.pages.dev, aloomii.pages.dev,
// myallotechca.pages.dev, advisoraxis-landing.pages.dev, treo-solutions-website.pages.dev,
// consumer-dividends.pages.dev, meeting-note-production.up.railway.app, sites.google.com and a medium.com post.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C23, defineTools } from './define';

export const regionalC23CanadaTools: Tool[] = defineTools(
  'productivity',
  [
    // --- Immigration (IRCC, Express Entry, study and work permits) ---
    { id: 'permanent-residents-guide', name: 'The Permanent Residents Guide to the Galaxy', vendor: 'The Permanent Residents Guide Ltd', category: 'chat', domains: ['permanentresidentsguide.com'], source: 'https://www.permanentresidentsguide.com/terms' }, // terms: AI-generated content and tools for the Canadian immigration system; the assistant "Gustave" runs on Anthropic's large language models
    { id: 'canpr', name: 'CanPR', vendor: 'CanPR', domains: ['prcan.ca'], source: 'https://prcan.ca/en/legal/privacy' }, // privacy: AI-powered analysis of CRS profiles, refusal letters and IRCC correspondence (Refusal Rescue, PR Pathway), data on Canada-based servers
    // --- Legal, permits and health legislation ---
    { id: 'legal-answers-ai', name: 'Legal Answers', vendor: '1000666267 Ontario Inc. (Legal Answers)', category: 'search', domains: ['legalanswers.ai'], source: 'https://legalanswers.ai/terms-and-conditions' }, // terms (Ontario corporation): documents are analysed by the platform through large language models, defined as OpenAI's APIs
    { id: 'bc-legal-tech', name: 'BC Legal Tech', vendor: 'Vector Doc', category: 'search', domains: ['bclegaltech.ca'], source: 'https://bclegaltech.ca/terms.html' }, // terms: a document-intelligence platform for legal work with an AI chat assistant for document analysis and Q&A
    { id: 'van-permit-audit', name: 'Van Permit Audit', vendor: 'Van Permit Audit Inc.', domains: ['vanpermitaudit.ca'], source: 'https://vanpermitaudit.ca/privacy' }, // privacy (PIPEDA, BC PIPA): an AI-assisted permit-compliance screening service for Vancouver projects that writes AI-generated compliance reports
    { id: 'canadian-healthcare-ai', name: 'Canadian Healthcare AI', vendor: 'Sympathetic Technology', category: 'search', domains: ['canadianhealthcare.ai'], source: 'https://www.canadianhealthcare.ai/privacy' }, // privacy: AI-assisted information tools on BC and Canadian healthcare legislation (an HPOA comparison tool), run by a Vancouver AI studio
    // --- AI receptionists and phone answering ---
    { id: 'ihospitality-ai-receptionist', name: 'iHospitality AI Receptionist', vendor: 'iHospitality Inc.', category: 'audio', domains: ['ai.ihospitality.ca'], source: 'https://editor.ai.ihospitality.ca/privacy' }, // privacy (PIPEDA, Ottawa): an AI receptionist that answers calls, books appointments and writes call summaries for Canadian businesses
    { id: 'mihron-ai', name: 'Mihron AI', vendor: 'Mihron AI', category: 'audio', domains: ['mihronai.ca'], source: 'https://mihronai.ca/pipeda-ai-receptionist.html' }, // vendor guide: a Canadian AI receptionist, an AI phone agent for dental offices, law firms and home services under PIPEDA and PHIPA
    { id: 'answerhq', name: 'AnswerHQ', vendor: '2317959 Ontario Inc.', category: 'audio', domains: ['answerhq.org'], source: 'https://answerhq.org/terms' }, // terms: an AI-powered phone answering service that answers calls, takes messages and books appointments, billed per AI-answered call
    { id: 'vocatively', name: 'Vocatively', vendor: 'Vocatively', category: 'audio', domains: ['vocatively.app'], source: 'https://vocatively.app/trust' }, // trust page (PIPEDA): an AI answering service with AI voice processing and response generation, its database in Toronto
    // --- Clinical documentation ---
    { id: 'praxis-physio-notes', name: 'Praxis (physiotherapy notes)', vendor: 'Praxis', category: 'meeting', domains: ['praxischart.com'], source: 'https://www.praxischart.com/phipa-compliant-ai-soap-notes' }, // vendor page: AI SOAP-note software built for Canadian physiotherapists, on Canadian servers under PHIPA
    { id: 'dermadex', name: 'Dermadex', vendor: 'Dermadex', category: 'other', domains: ['dermadex.ca'], source: 'https://www.dermadex.ca/blog/integrating-dermadex-with-oscar-emr-and-telus-ps-suite' }, // vendor blog: integrating an AI dermatology tool with OSCAR EMR and Telus PS Suite for Canadian clinics
    // --- Education ---
    { id: 'customailab', name: 'CustomAILab', vendor: 'CustomAILab Learning Systems Inc.', category: 'chat', domains: ['customailab.ca'], source: 'https://customailab.ca/privacy' }, // privacy (PIPEDA): AI tutor interactions for students; student data stored and all inferencing done in Canada
    { id: 'educai-canada', name: 'EducAI', vendor: 'EducAI Inc.', category: 'chat', domains: ['educai.info'], source: 'https://educai.info/privacy' }, // privacy (PIPEDA): a localised artificial-intelligence platform for Canadian higher education (study aids, teaching-assistant features)
    { id: 'learning-leader-ai', name: 'Learning Leader AI', vendor: 'Learning Leader AI Inc.', domains: ['learning-leader.cayk.co'], source: 'https://learning-leader.cayk.co/terms-of-service' }, // terms (Canada Business Corporations Act): the service's AI and Anthropic are defined terms of the agreement (subdomain only)
    // --- Finance, work and real estate ---
    { id: 'gigbooks', name: 'GigBooks', vendor: 'GigBooks', domains: ['gigbooks.ca'], source: 'https://gigbooks.ca/privacy' }, // privacy (PIPEDA): privacy-first, AI-assisted expense categorisation for Canadian freelancers and gig workers
    { id: 'continuum-advisor-notes', name: 'Continuum (advisor meeting notes)', vendor: 'Continuum', category: 'meeting', domains: ['oncontinuum.com'], source: 'https://oncontinuum.com/insights/botless-transcription-compliance-pipeda' }, // vendor article: a botless AI note-taker for Canadian financial advisors that logs client consent and never stores audio
    { id: 'clarix-ai', name: 'ClarixAI', vendor: 'ClarixAI Inc.', domains: ['clarix-ai.com'], source: 'https://clarix-ai.com/privacy-policy' }, // privacy (PIPEDA, French version): an AI-powered recruitment platform matching job seekers and employers, with AI and automated decision-making
    { id: 'realtorhub-ai', name: 'Realtorhub AI', vendor: 'Realtorhub AI', domains: ['realtorhub.ai'], source: 'https://realtorhub.ai/privacy' }, // privacy (PIPEDA, Ontario): AI-assisted screening reports on rental applicants for RECO-registered Canadian agents
    // --- Canadian chat and sovereign-AI layers ---
    { id: 'rideau-ai', name: 'Rideau AI', vendor: 'Level47 Ventures Inc.', category: 'chat', domains: ['rideau.ai'], source: 'https://rideau.ai/legal/privacy' }, // privacy (PIPEDA, Law 25, Ottawa): chat with AI models whose providers process messages; conversations encrypted and stored in Canada
    { id: 'aiorouter', name: 'AIOrouter', vendor: 'AIOrouter', category: 'developer-platform', domains: ['aiorouter.ca'], source: 'https://www.aiorouter.ca/trust' }, // trust page (PIPEDA): a Montréal-resident router that pseudonymises PII before prompts go to AI providers and restores it in responses
    { id: 'augure-ai', name: 'Augure', vendor: 'Augure', category: 'chat', domains: ['augureai.ca'], source: 'https://augureai.ca/blog/five-questions-to-ask-any-canadian-ai-vendor' }, // vendor blog: Augure as a Canadian sovereign AI platform under PIPEDA and Law 25
    { id: 'tonia-ca', name: 'tonia', vendor: 'tonia', category: 'developer-platform', domains: ['tonia.ca'], source: 'https://tonia.ca/en/industries/financial-advisory' }, // vendor page (Loi 25): on-site AI for portfolio synthesis and routing of research to a frontier-model provider, with a signed audit log
  ],
  { checked: CHECKED_C23 },
);
