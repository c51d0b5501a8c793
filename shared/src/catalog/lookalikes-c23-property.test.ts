// Traps beside the rows the twenty-third session's property pass added (data/long-tail-c23-property.ts): the ordinary
// sites next to each kind of AI tool it added (property portals, letting-agency and property-management software,
// construction and takeoff software, building-code and zoning publishers, furniture retailers, professional bodies),
// the parents of the two claimed subdomains, the shared-platform copies and the left-out hosts the pass read, and sites
// whose names sit close to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC23PropertyTools } from './data/long-tail-c23-property';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.zillow.com/', // a property portal, beside the staging and letting tools
  'https://www.realtor.com/', // a property portal
  'https://www.rightmove.co.uk/', // a UK property portal, beside the UK letting and estate-agency agents
  'https://www.zoopla.co.uk/', // a UK property portal
  'https://www.openrent.co.uk/', // a UK letting site, beside the AI letting agent
  'https://www.reapit.com/', // UK estate-agency software, beside the estate-agency widget
  'https://www.appfolio.com/', // property-management software, beside the AI property-management platform
  'https://www.buildium.com/', // property-management software
  'https://www.procore.com/', // construction management software, beside the bid and compliance tools
  'https://www.bluebeam.com/', // PDF markup and takeoff software, beside the AI takeoff tools
  'https://www.autodesk.com/', // design software, beside the concept-design and render tools
  'https://www.raken.com/', // daily-report software, beside the AI site-report writer
  'https://www.acord.org/', // the insurance-forms body, beside the COI compliance checker
  'https://www.iccsafe.org/', // the building-code publisher, beside the AEC chatbot
  'https://library.municode.com/', // municipal codes, beside the zoning research tools
  'https://www.architecture.com/', // RIBA, beside the concept-design service
  'https://www.ikea.com/', // a furniture retailer, beside the room visualisers
  'https://www.wayfair.com/', // a furniture retailer
  'https://www.houzz.com/', // a home-design marketplace, beside the decluttering and staging tools
  'https://www.fixflo.com/', // a UK repair-reporting platform, beside the property-damage scanner
  'https://fastaitop.com/', // the parent of AI Virtual Staging's claimed subdomain
  'https://www.fastaitop.com/', // the parent of AI Virtual Staging's claimed subdomain
  'https://sulerr.com/', // the parent of archi.sulerr's claimed subdomain
  'https://www.sulerr.com/', // the parent of archi.sulerr's claimed subdomain
];

const SHARED_PLATFORMS = [
  'https://vaultrent.pages.dev/legal/ai-disclosure', // a policy or page on a shared platform
  'https://glendale-building-codes.vercel.app/about', // a policy or page on a shared platform
  'https://immo-ki-landing.pages.dev/en/datenschutz', // a policy or page on a shared platform
  'https://shiyongshuomingexterior.pages.dev/', // a policy or page on a shared platform
  'https://construction-cnp.pages.dev/story/03-the-pivot', // a policy or page on a shared platform
  'https://archgyan.pages.dev/architechtures-ai-building-design-platform/', // a policy or page on a shared platform
  'https://interior-ai-legal.pages.dev/privacy/', // a policy or page on a shared platform
  'https://olympos-apps-5adc1.web.app/homeai/privacy.html', // a policy or page on a shared platform
  'https://exo-locationtracker-ios.web.app/houseai/privacy.html', // a policy or page on a shared platform
  'https://preserveiq.netlify.app/', // a policy or page on a shared platform
  'https://legalstack.polsia.app/generators/advanced/lease-agreement-generator', // a page on a shared platform
  'https://rayhe.github.io/aihomebuilding/articles/ai-permit-automation.html', // a page on a shared platform
  'https://gaik-project.github.io/gaik-toolkit/use-cases/construction-site-diary-creation/', // a shared platform
  'https://sknauss7.github.io/KynossStudiosSupport/homebaseai-privacy.html', // a policy on a shared platform
  'https://inspectai-523703907107.us-central1.run.app/privacy', // InspectAI's policy on a shared Cloud Run host
  'https://cais.srv1308213.hstgr.cloud/privacy', // a policy on a hosting provider's server name
];

const LEFT_OUT = [
  'https://liveproperty.io/terms-of-service', // terms with an "[Insert Your Company Name …]" placeholder
  'https://www.realtoursai.com/terms', // terms full of "{{PLACEHOLDER_…}}" fields
  'https://bidreadyai.com/dpa.html', // a DPA with a "[LEGAL ENTITY NAME]" placeholder
  'https://staging.precon.pro/legal/risk-disclosure', // a staging host
  'https://dev.uauditc.com/terms.php', // a dev host
  'https://designdrafter.com/?p=588', // a bare `?p=` page
  'https://oncallhomes.com/?p=1237', // a bare `?p=` page
  'https://boringhost.ai/?p=3229', // a bare `?p=` page
  'https://bakerapps.com/android/visuel/privacy.html', // an app policy on its developer's site
  'https://homehelperai.app/privacy', // a mobile app's policy
  'https://gomaklerfrei.de/en/ki-transparenz', // a listing platform, AI one feature
  'https://bid.buildintel.com/privacy', // a bid platform whose AI assistant is one feature
  'https://www.hoaoperations.com/ai-policy', // HOA software whose AI assistant is one feature
  'https://www.homecanon.com/blog/2026-05-22-what-we-ask-homecanon-every-week', // a home app's Pro assistant
  'https://www.homeinspectr.com/privacy', // an inspection app's AI Report Builder, one plan feature
  'https://www.rentmouse.com/apps/propertycheck-pro/privacy', // an inspection app on a landlord site
  'https://fixpoint.believelabs.com/privacy', // repair reporting with AI urgency suggestions
  'https://nexusrms.io/kb/rams-and-cdm/rams-document-builder', // RAMS software with AI hazard suggestions
  'https://www.verticalrent.com/blog/ai-lease-generation-landlords', // property-management software
  'https://labs.simplyscapes.com/ideas/generative-ai-chat-interface', // landscape software's research notes
  'https://renderdraw.com/workflows/takeoffs/ai-vision.html', // a takeoff workflow of a wider product not read
  'https://lbostack.com/privacy', // a policy that does not say the product uses AI
  'https://www.preqonn.com/legal/privacy', // a policy that does not say the product uses AI
  'https://estimateintel.com/security', // a security page that does not say AI
  'https://estimate4u.io/privacy', // a policy that does not say AI
  'https://constructai.la/terms-conditions', // terms that do not say AI
  'https://archpermit.com/terms', // terms that do not say AI
  'https://bidvet.foxtrove.ai/privacy-policy', // a policy that does not say AI
  'https://app.constructionbids.ai/privacy', // a bid aggregator whose policy does not say AI
  'https://www.thelistingsite.com/privacy', // a listing-site generator whose policy does not say AI
  'https://estateaigents.com/legal/privacy-gb', // AI only in the brand name, as read
  'https://listingbooster.ai/privacy', // a policy naming only an "AI disclosure acknowledgment"
  'https://lawlease.org/terms', // attorney-drafted lease templates
  'https://aipropertymanager.studyineurope.xyz/privacy-policy', // an unclear host, as the c20 pass decided
  'https://archigenai.com/cloud-ai-rendering-client-confidentiality-architects-2026.html', // a general article
  'https://archgee.com/blog/ai-sketch-to-render', // a general blog article
  'https://archmaster.app/blog/ai-design/ai-generative-design-architecture', // a general blog article
  'https://fotolabs.co/blog/ai-object-removal-real-estate', // a general blog article
  'https://bidflow.us/blog/blog-the-accuracy-problem-can-you-trust-ai-to-read-your-construction-specs', // a blog
  'https://provision.com/blog/contract-risk-analysis-what-generic-ai-misses-construction', // a blog
  'https://build.inc/insights/zoning-entitlement-research-ai-timeline', // a general article
  'https://www.arivana.com/blog/ai-contract-deadline-tracking-real-estate', // a general guide
  'https://rentsolve.ai/blog/how-ai-writes-lease-agreements', // a general guide
  'https://monelo.ai/guides/is-my-lease-ai-generated', // a general guide
  'https://propwitai.com/the-ai-clause-how-llms-are-sneaking-unenforceable-terms-into-leases', // a general article
  'https://lotwize.com/blog/hoa-ai-assistant-homeowner-questions', // a general article
  'https://www.permipro.io/blog/ai-zoning-compliance-checklist-for-modern-municipal-permitting', // a blog
  'https://archiquill.com/blog/ai-landscape-design-outdoor-spaces', // a general article
  'https://www.archsynth.com/posts/63191-create-a-photorealistic--of-a-house-based-on-the-provided-sketch-accurately-following-the-prop', // a prompt page
  'https://grow2.ai/en/automations/operations/lease-abstraction', // an automation agency
  'https://omnionlinestrategies.com/ai-agent-cre-lease-abstraction', // an agency
  'https://aiqlabs.ai/blog/ai-for-zoning-compliance-how-adu-builders-can-stay-ahead-of-regulatory-changes', // agency
  'https://www.theaiconsultingnetwork.com/blog/ai-zoning-land-use-analysis-cre-investors', // a consultancy
  'https://fordelstudios.com/agents/property-valuation-engine', // an agency
  'https://apexifylabs.com/blog/daily-reports-gc-jobs-forms-to-ai-summaries', // an agency
  'https://horizonnord.com/en/blog/construction-blueprints-ai-2026.html', // an agency
  'https://www.adelaidesocials.com.au/blog/takeoffiq-ai-construction-takeoffs', // an agency's post on its own build
  'https://academy.trainar.ai/build-an-ai-site-diary-from-photos-and-voice-notes-compliant-records-without-the-paperwork', // a course
  'https://ai-voice-to-construction-daily-report.ideas.barnyak.com/blog/why-your-foreman-shouldnt-be-typing-reports-at-7pm', // an idea page
  'https://visualadvantagestudio.com/policy/ai-disclosure', // Better Listing Media's disclosure on another host
  'https://visualadvantagemedia.com/ai-processing-disclosure', // a photo-editing marketplace
  'https://support.govstream.ai/en/articles/3150465-the-ai-assistant-chat-in-know-before-you-apply', // a lead
  'https://hooshtechllc.com/legal.html', // a company page on AI modules, a lead
];

const NAMESAKES = [
  'https://esta.cbp.dhs.gov/', // ESTA, the US travel authorisation, beside Esta AI (esta-ai.com)
  'https://www.harpa.is/', // Harpa, the Reykjavik concert hall, beside Harpa Pro (harpapro.com)
  'https://www.foresee.com/', // beside Foresee Commerce (foreseecommerce.com)
  'https://www.wares.com/', // beside wares.live
  'https://www.tenantiq.com/', // beside TenantIQ.ai (tenantiq.ai)
  'https://www.autoprop.com/', // beside Autoprop (autoprop.ai)
  'https://www.estimait.com/', // beside ESTIMAIT (estimait.io)
  'https://www.eano.com/', // beside Eano (eano.ai)
  'https://www.estim.com/', // beside Estim.ai (estim.ai)
  'https://www.prophetic.com/', // beside ZoneAI (propheticsoftware.ai)
  'https://www.iacrea.fr/', // beside IACrea (iacrea.com)
];

describe('twenty-third-session property traps', () => {
  it('adds 22 rows, each with one domain and no prefix, four of them in the europe region', () => {
    expect(longTailC23PropertyTools.length).toBe(22);
    expect(longTailC23PropertyTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(longTailC23PropertyTools.filter((t) => catalogRegion(t.id) === 'europe').length).toBe(4);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC23PropertyTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC23PropertyTools));
    expectEachClassifiedAs({
      'https://admin.propertyscanpro.co.uk/privacy-policy': 'property-scan-pro',
      'https://bid.estimait.io/': 'estimait',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
