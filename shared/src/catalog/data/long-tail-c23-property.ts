// Twenty-third session, property pass (2026-12-07, helper `property`): AI tools for real estate, construction,
// architecture and interiors that the catalog still missed, beside the many such rows earlier passes wrote (virtual
// staging, room redesign, garden design, floor-plan and render generators, takeoff and estimating tools, leasing and
// tenant agents: data/long-tail-c18-design.ts, long-tail-c19-spaces.ts, long-tail-c20-industry.ts,
// long-tail-c22-industry2.ts and others), whose rows are not repeated. Here: an AI virtual-staging studio on a claimed
// subdomain and a Gemini sketch-to-render tool (AI Virtual Staging on roomai.fastaitop.com, Archilip); an AI
// decluttering and staging API (IACrea); AI room visualisers for furniture and home retailers (Foresee Commerce on
// OpenAI, wares.live); a room-decluttering planner on Gemini (Doompile); an EU concept-design service whose first
// draft comes from Claude before an engineer and a registered architect sign it (archi.sulerr); an AEC question-answering
// chatbot over building codes and project documents (AEC Assistant); AI zoning research (ZoneAI by Prophetic Software,
// Zonloty); construction bid and document tools that send bids and drawings to a model (Bid Level Pro on OpenAI,
// ConstructDash on Anthropic, ESTIMAIT, Eano, Estim.ai), an AI subcontractor-compliance checker (SubcontractorAudit)
// and an AI daily site-report writer (Harpa Pro); an AI property-damage scanner (Property Scan Pro); UK letting and
// estate-agency AI agents (Autoprop's AI letting agent, EstatAI's website widget, Esta AI); and an AI-driven
// property-management platform for landlords, tenants and maintenance providers (TenantIQ.ai).
//
// Leads. 44 look-ups in the stored `pages` corpus. Topic-worded queries (virtual staging, listing descriptions, lease
// abstraction, building codes and permits, floor plans, valuations, tenant chatbots, garden design, home inspection,
// renovation estimates, HOA assistants, RAMS, CMA reports, transaction coordination, Revit assistants, STR guest
// messaging) returned mostly vendors the catalog already lists, or guides, news, course sites and agency blogs; French
// and Spanish queries (annonces immobilières, home staging virtuel, inmobiliaria IA) and a German one (Exposé KI) returned
// news, law-firm notes and guides only. Queries naming a page type and a data flow ("privacy policy … bid documents
// … Anthropic", "… drawings sent to Claude or OpenAI", "… room photo … Gemini", "… UK letting agents … AI") found the
// rows below. Every row cites a page with a path on the product's own host (for AI Virtual Staging and archi.sulerr,
// the claimed subdomain; for Autoprop, its app. host; for Harpa Pro its docs. host; for IACrea its docs. host, all under
// the claimed domain) that says in the vendor's words that the product stages, renders, visualises, analyses, drafts,
// answers or extracts with AI, a language model or a named model provider. Four rows cite the vendor's own blog or
// resource page about its own product (ZoneAI, Eano, Estim.ai) or its help docs (Harpa Pro, IACrea's API reference).
// Hosts were run through /work/helpers/classify-hosts.mts and names grepped in data/ first.
//
// Measured with /work/helpers/classify-hosts.mts on the 269 hosts the searches returned (vendors, news, guides,
// agencies, portals and shared hosts alike, in /work/helpers/out/property-hosts.txt): 44 classified before (16.4%),
// 68 after (25.3%). The field is well covered already: about half of the vendors the searches returned were listed.
//
// Already listed and left to their entries: PropStage, Virtual Designer AI, AI Virtual Staging (aivirtualstaging.pro),
// Better Listing Media, AI Property Writer, ListingWizard, RealEstateAI (estatepro.house), ImmobiliareAI, Pilars,
// Construction Estimator, ArchiMind, AIDesignHouse, ArchOne AI, RentalRelay, AI Garden Design (both sites), Hadaa,
// Appraiser Guru (ergora.ai), Facade Studio's web preview, Architerior AI, AI Architecture Generator, Sketch2Space,
// Doc and Tell, InspectScribe, SelfInspect.ai, InspectorData, Haven (usehaven.ai), Acuity Leasing (unitiproperty.com),
// virtualstaging.art, ExAI, TrueLeveler, Maggi Homes, TakeoffQS, InspectMind AI, HostPal, AI Furniture's visualiser,
// FurnitureViz, ARCHITEChTURES, RealtorOS and fal.ai.
//
// Two subdomains are claimed alone: roomai.fastaitop.com (AI Virtual Staging), whose parent fastaitop.com was not read,
// and archi.sulerr.com, whose parent sulerr.com was not read. The c18 design pass left roomai.fastaitop.com out because
// only a guide had been read; this pass read the product's own AI-disclosure page. Esta AI's policy gives contact
// addresses at esta.ai and estaai.co.uk, which were not read and are not claimed.
//
// Doubtful rows. Esta AI and TenantIQ.ai are lettings and property-management platforms (tenant applications, rent,
// maintenance) that describe themselves as AI-powered or AI-driven, not suites with one AI button, but their policies
// do not say which parts are AI beyond "AI-powered features"; Harpa Pro's cited page is the guide to its AI site-report
// generator, the app's core output, without a policy naming the model; Estim.ai's resource page sets its specialised
// takeoff tool against generic AI such as ChatGPT rather than naming its own model; ESTIMAIT's policy names AI only as
// the algorithm it improves with anonymised project data; Property Scan Pro is a mobile app whose own site and admin
// host carry the policy; Doompile's and wares.live's pages name no company beyond the product.
//
// Left out. Pages with placeholders or templates (liveproperty.io's "[Insert Your Company Name and Address in Dublin,
// Ireland]", realtoursai.com's "{{PLACEHOLDER_LEGAL_NAME}}", bidreadyai.com's "[LEGAL ENTITY NAME]" DPA); staging or
// dev hosts (staging.precon.pro's AI disclosure, dev.uauditc.com's terms: leads for Precon and u-AUDIT-C); a page on a
// shared Cloud Run host (InspectAI by Steps Ventures, inspectai.app: a lead); `?p=` pages (designdrafter.com,
// oncallhomes.com, snappt.com, boringhost.ai's guide); shared platforms (vaultrent.pages.dev,
// glendale-building-codes.vercel.app, immo-ki-landing.pages.dev, shiyongshuomingexterior.pages.dev,
// construction-cnp.pages.dev, archgyan.pages.dev, interior-ai-legal.pages.dev, olympos-apps-5adc1.web.app,
// exo-locationtracker-ios.web.app, preserveiq.netlify.app, legalstack.polsia.app, sites.google.com app policies, the
// github.io pages of rayhe, gaik-project and sknauss7, a hstgr.cloud server); mobile apps whose only pages are app
// policies on a developer's site or a store host (SpaceM AI, as the c18 pass decided; Visuel on bakerapps.com, AI Home
// Design on blogspot, HomeHelperAI, HomeBaseAI); general products where AI is one feature (Go Maklerfrei's listing
// platform, as the c22 pass decided; Build Intel's DEXTER, HOA Operations' CID, HomeCanon's Pro assistant, Inspectr's AI
// Report Builder, Landlord Inspect on rentmouse.com, FixPoint's urgency suggestions, Nexus RMS's hazard suggestions,
// VerticalRent, Hospitable, AppFolio, Bramlett Partners' CMA builder, SimplyScapes' inpainting, RenderDraw's takeoff
// workflow, whose wider product was not read); pages that do not say the product uses AI, or only in its name
// (lbostack.com and preqonn.com as earlier passes found, estimateintel.com, estimate4u.io, constructai.la,
// archpermit.com, bidvet.foxtrove.ai, app.constructionbids.ai, thelistingsite.com, estateaigents.com's policy as read,
// listingbooster.ai's policy, which names only an "AI disclosure acknowledgment", lawlease.org's attorney templates);
// an unclear host (aipropertymanager.studyineurope.xyz, as the c20 pass decided); vendors seen only on general blog
// articles or guides that do not describe their own product (archigenai.com, archgee.com, archmaster.app and
// fotolabs.co as earlier passes found, bidflow.us, provision.com, build.inc, arivana.com, rentsolve.ai, monelo.ai,
// propwitai.com, lotwize.com, docandtell.com's guide, permipro.io, archiquill.com, archsynth.com's prompt page); agencies,
// consultancies and course sites (grow2.ai, omnionlinestrategies.com, aiqlabs.ai, eliteaiadvantage.com,
// theneuralbase.com, supamakers.com, theaiconsultingnetwork.com, fordelstudios.com, apexifylabs.com, horizonnord.com,
// adelaidesocials.com.au's TakeoffIQ post, academy.trainar.ai, findskill.ai, an ideas.barnyak.com validation page); a
// second host of a listed vendor that this file cannot add (visualadvantagestudio.com, whose AI disclosure is Better
// Listing Media LLC's); a permitting platform for cities whose AI chat is one product among its permitting tools
// (GovStream.ai's Know Before You Apply: a lead); a company page on AI code-compliance modules whose wider business
// was not read (Hoosh Tech LLC: a lead); and portals, news, papers and law-firm pages.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C23, defineTools } from './define';

export const longTailC23PropertyTools: Tool[] = defineTools(
  'productivity',
  [
    // --- Staging, rendering, decluttering and room visualisers ---
    { id: 'ai-virtual-staging-fastaitop', name: 'AI Virtual Staging (roomai.fastaitop.com)', vendor: 'AI Virtual Staging', category: 'image', domains: ['roomai.fastaitop.com'], source: 'https://roomai.fastaitop.com/ai-disclosure' }, // AI disclosure: every staged image is generated or meaningfully modified by AI; each generation's prompt and model id are logged
    { id: 'archilip', name: 'Archilip', vendor: 'Archilip', category: 'image', domains: ['archilip.com'], source: 'https://archilip.com/en/privacy' }, // privacy: uploaded architectural sketches are processed by Google's Gemini API to generate renders
    { id: 'iacrea', name: 'IACrea', vendor: 'IACrea', category: 'image', domains: ['iacrea.com'], source: 'https://docs.iacrea.com/en/api-reference/endpoint/declutter' }, // API reference: a decluttering service for real-estate interior photos in which the AI detects the objects to remove
    { id: 'foresee-commerce', name: 'Foresee Commerce', vendor: 'Foresee Commerce', category: 'image', domains: ['foreseecommerce.com'], source: 'https://foreseecommerce.com/data-processing' }, // data processing: product and room photos sent to OpenAI (gpt-4o, gpt-image-1) to generate in-room visualisations
    { id: 'wares-live', name: 'wares.live', vendor: 'wares.live', category: 'image', domains: ['wares.live'], source: 'https://wares.live/privacy' }, // privacy: room photos and catalogue items sent to OpenAI for the AI image-generation step of each visualisation
    { id: 'doompile', name: 'Doompile', vendor: 'Doompile', domains: ['doompile.app'], source: 'https://doompile.app/data' }, // data page: room photos sent to Google's Gemini API, which identifies items and generates a decluttering action plan
    // --- Architecture, codes and zoning ---
    { id: 'archi-sulerr', name: 'archi.sulerr', vendor: 'archi.sulerr', category: 'presentation', domains: ['archi.sulerr.com'], region: 'europe', source: 'https://archi.sulerr.com/en/trust' }, // trust page: an AI working draft (Claude Opus 4.6) of a building concept with a local-code preview, then engineer review and registered-architect sign-off
    { id: 'aec-assistant', name: 'AEC Assistant', vendor: 'AEC Assistant', category: 'chat', domains: ['aecassistant.com.au'], source: 'https://www.aecassistant.com.au/usage-policy' }, // usage policy: an AI-powered RAG chatbot for architecture, engineering and construction, answering on building codes and project documents
    { id: 'zoneai-prophetic', name: 'ZoneAI', vendor: 'Prophetic Software', category: 'search', domains: ['propheticsoftware.ai'], source: 'https://www.propheticsoftware.ai/blog-posts/can-you-actually-trust-ai-for-zoning-here-is-what-we-have-learned-from-20-000-municipalities' }, // vendor blog on its own product: ZoneAI gives AI zoning answers with code citations from pre-parsed municipal codes
    { id: 'zonloty', name: 'Zonloty', vendor: 'Zonloty', category: 'search', domains: ['zonloty.com'], source: 'https://www.zonloty.com/methodology' }, // methodology: zoning reports built by an AI analysis of retrieved municipal sources, with the limits of machine-generated research
    // --- Construction bids, estimating, compliance and site reports ---
    { id: 'bid-level-pro', name: 'Bid Level Pro', vendor: 'Bid Level Pro', domains: ['bidlevelpro.com'], source: 'https://bidlevelpro.com/privacy' }, // privacy: uploaded drawings and bid documents analysed with third-party AI (currently OpenAI) to compare bids and scope
    { id: 'constructdash', name: 'ConstructDash', vendor: 'ConstructDash', domains: ['constructdash.com'], source: 'https://www.constructdash.com/privacy' }, // privacy: uploaded construction bid documents are transmitted to the Anthropic API for AI analysis
    { id: 'estimait', name: 'ESTIMAIT', vendor: 'DOTBRAND LLC', domains: ['estimait.io'], source: 'https://www.estimait.io/privacy' }, // privacy: a construction estimating SaaS on drawings and specifications whose AI algorithm is improved with anonymised project data
    { id: 'eano-ai', name: 'Eano', vendor: 'Eano', domains: ['eano.ai'], source: 'https://www.eano.ai/blogs/how-ai-takeoff-software-reads-a-blueprint-a-step-by-step-breakdown' }, // vendor blog: how its AI takeoff software reads blueprints and detects walls, doors and areas; Eano's AI estimating tools
    { id: 'estim-ai', name: 'Estim.ai', vendor: 'Estim.ai', domains: ['estim.ai'], source: 'https://www.estim.ai/en/ressources/chatgpt-peut-il-faire-un-takeoff-de-construction-ce-que-lia-gnrique-fait-et-ce-quelle-ne-peut-pas-faire' }, // vendor resource: its specialised takeoff tool that detects symbols and measures plans, set against generic AI
    { id: 'subcontractoraudit', name: 'SubcontractorAudit', vendor: 'SubcontractorAudit', domains: ['subcontractoraudit.com'], source: 'https://subcontractoraudit.com/privacy' }, // privacy: an AI-powered subcontractor compliance platform reviewing COIs, pay applications and lien waivers
    { id: 'harpa-pro', name: 'Harpa Pro', vendor: 'Harpa Pro', category: 'writing', domains: ['harpapro.com'], source: 'https://docs.harpapro.com/guides/generate-ai-report' }, // docs: the AI report generator writes a daily site report from the day's notes, photos and transcribed voice memos
    { id: 'property-scan-pro', name: 'Property Scan Pro', vendor: 'Property Scan Pro', domains: ['propertyscanpro.co.uk'], source: 'https://propertyscanpro.co.uk/privacy-policy.html' }, // privacy: photos of property damage analysed by AI to suggest repairs, materials and cost estimates
    // --- Letting, estate agency and property management ---
    { id: 'autoprop-ai', name: 'Autoprop', vendor: 'Autoprop AI Ltd', category: 'agents', domains: ['autoprop.ai'], region: 'europe', source: 'https://app.autoprop.ai/privacy' }, // privacy: an AI letting agent for UK letting agencies progressing enquiries, viewings and repairs
    { id: 'estatai', name: 'EstatAI', vendor: 'EstatAI', category: 'agents', domains: ['estatai.co.uk'], region: 'europe', source: 'https://estatai.co.uk/privacy' }, // privacy: AI-powered lead generation and property consultation widgets for UK estate agencies
    { id: 'esta-ai', name: 'Esta AI', vendor: 'Esta AI Ltd', category: 'agents', domains: ['esta-ai.com'], region: 'europe', source: 'https://www.esta-ai.com/privacy' }, // privacy (England and Wales): a letting-agency platform with AI-powered features for listings, applicants and maintenance
    { id: 'tenantiq-ai', name: 'TenantIQ.ai', vendor: 'TenantIQ.ai', category: 'agents', domains: ['tenantiq.ai'], source: 'https://tenantiq.ai/privacy-policy' }, // privacy: AI-driven property management for tenants, landlords and maintenance providers
  ],
  { checked: CHECKED_C23 },
);
