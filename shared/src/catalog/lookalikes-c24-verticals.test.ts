// Traps beside the rows the twenty-fourth session's verticals pass added (data/long-tail-c24-verticals.ts): the ordinary
// sites next to each kind of AI tool it added (dental, veterinary and med-spa bodies and practice software, salon and
// barbershop booking platforms, restaurant ordering and POS, field-service software for trades, roofing measurement,
// gym software, salvage auctions, Bible and church sites, pet-loss and funeral sites), the drafts, staging hosts,
// `?p=` pages, general products and agencies the pass read and left out, the shared-platform copies, and sites whose
// names sit close to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC24VerticalsTools } from './data/long-tail-c24-verticals';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.ada.org/', // the American Dental Association, beside the dental receptionists
  'https://www.opendental.com/', // dental practice software, beside the dental receptionists
  'https://www.dentrix.com/', // dental practice software, beside the dental receptionists
  'https://www.americanmedspa.org/', // the med-spa association, beside the med-spa receptionist
  'https://www.avma.org/', // the veterinary association, met in the searches
  'https://www.vagaro.com/', // salon booking software, beside the salon receptionists
  'https://www.fresha.com/', // salon booking software, beside the salon receptionists
  'https://www.glossgenius.com/', // salon booking software, beside the nail-salon receptionist
  'https://www.booksy.com/', // barbershop booking, beside the salon receptionists
  'https://www.toasttab.com/', // restaurant POS, beside the phone-order agent
  'https://www.opentable.com/', // restaurant reservations, beside the phone-order agent
  'https://www.servicetitan.com/', // field-service software, beside the AI dispatcher
  'https://www.housecallpro.com/', // field-service software, beside the trades tools
  'https://www.getjobber.com/', // field-service software, beside the trades tools
  'https://www.eagleview.com/', // roof measurement reports, beside the roof-grading tool
  'https://www.roofr.com/', // roof measurement and proposals, beside the roofing intake
  'https://www.mindbodyonline.com/', // gym and studio software, beside the gym agents
  'https://www.trainerize.com/', // personal-training software, beside the trainers' programming tool
  'https://www.copart.co.uk/', // a salvage auction, beside the salvage damage detector
  'https://www.biblegateway.com/', // Bible text, beside the church translation
  'https://www.planningcenter.com/', // church management software, beside the church translation
  'https://www.rainbowbridge.com/', // a pet-loss memorial site, beside the pet-memorial companion
  'https://www.legacy.com/', // obituaries, met in the searches
  'https://www.nfda.org/', // the funeral directors' association, met in the searches
];

const NAMESAKES = [
  'https://www.smiledesk.com/', // beside SmileDesk (smiledesk.ai)
  'https://www.dentiva.com/', // beside Dentiva (dentiva.ai)
  'https://dentalreception.app/', // left out by the twenty-third health pass, beside DentalReception (dentalreception.com.au)
  'https://www.orderbrain.com/', // beside OrderBrain (orderbrain.ai)
  'https://www.polishline.com/', // beside PolishLine (appointmentiq.shop)
  'https://www.appointmentiq.com/', // beside PolishLine's appointmentiq.shop
  'https://www.calltaker.com/', // beside The Call Taker (thecalltaker.com)
  'https://www.tradesly.com/', // beside Tradesly (tradesly.ai)
  'https://www.contractorai.com/', // beside Contractor AI (contractorai.work)
  'https://www.surfacegrade.net/', // beside SurfaceGrade (surfacegrade.com)
  'https://www.keepme.com/', // beside Keepme (keepme.ai)
  'https://www.carmargin.com/', // beside CarMargin (carmargin.co.uk)
  'https://www.voco.com/', // beside Voco (voco.church)
  'https://voco.app/', // beside Voco (voco.church)
  'https://www.tailecho.net/', // beside Tailecho (tailecho.com)
  'https://www.lhagent.com/', // beside LH Agent (lhagent.net)
  'https://www.healthreception.net/', // beside Health Reception (healthreception.com)
  'https://www.medspa.com/', // beside MedSpa AI Employee (medspa-aiemployee.com)
];

const SHARED_PLATFORMS = [
  'https://dealerautopilot.polsia.app/privacy', // a listed product's copy on a shared host
  'https://restaurant-revolution-docs-dev.pages.dev/customer/ordering/phone-ordering', // docs on a shared platform
  'https://legacy-code.pages.dev/measure-twice/session-2-the-estimate', // a course on a shared platform
  'https://nextunit-pro.pages.dev/privacy/lead-sources', // a policy on a shared platform
  'https://mcc-docs.pages.dev/ai-quoting-guide/', // docs on a shared platform
  'https://autoreviewlab.pages.dev/privacy.html', // a policy on a shared platform
  'https://heyeduardo.pages.dev/blog/cpa-daily-ai-workflows-2026', // a blog on a shared platform
  'https://axiomsovereign.pages.dev/cpa-firms-ai-governance-client-tax-data.html', // a guide on a shared platform
  'https://navicade.pages.dev/resources/ai-in-insurance-agencies', // a consultancy on a shared platform
  'https://hi-agent.vercel.app/glossary/ai-dispatcher', // a glossary on a shared platform
  'https://apify.com/ntriqpro/vehicle-damage-assessment', // a marketplace actor
];

const LEFT_OUT = [
  'https://dental.angelspok.com/terms', // a placeholder legal entity
  'https://www.dentraxai.com/terms-and-conditions', // an "[ADDRESS]" placeholder
  'https://frontwell.app/privacy', // a first draft with placeholders
  'https://bookchairside.com/privacy', // "[TODO: legal entity name]"
  'https://menugaze.com/zh/privacy', // "[Company Name]"
  'https://www.tasteem.com/terms', // "[COMPANY NAME]"
  'https://www.mirinteractive.net/just-for-you-twilio-reservd', // a template policy
  'https://forge-ai.store/en/privacy', // an effective date still to be decided
  'https://aireviewresponder.dev/privacy', // a placeholder contact address
  'https://www.frontdeskglobal.com/ai-disclosure', // to be reviewed by counsel before deployment
  'https://autoshopcalls.com/sow', // a statement-of-work template
  'https://staging.evercrestai.com/trust', // a staging host
  'https://staging-hooks.evercrestai.com/trust', // a staging host
  'https://staging.kitchen/privacy', // a staging host
  'https://contractorwebdev.com/terms/', // a demonstration site
  'https://vehicle-sales.ivin-dev.com/terms', // a dev host
  'https://ai-menu-landing.scalenow.dev/privacy', // a dev host
  'https://bookingbee.ai/?p=491', // a `?p=` page
  'https://visionaryai.ca/?p=202', // a `?p=` page
  'https://oracoreai.com/?p=1805', // a `?p=` page; its other pages are blogs
  'https://oracoreai.com/dental-ai-privacy-consent-ambient-scribe', // a blog, left out by earlier passes
  'https://www.getdentalai.com/terms', // "scheduling intelligence", no AI said
  'https://bdcautomation.com/privacy', // a policy that does not say AI
  'https://www.roof-gauge.com/legal/terms', // "automated" assessment, no AI said
  'https://datacar.co.il/en/damage-detection-from-images', // no AI said
  'https://bindpilot.ai/docs/agents/renewal-agent', // agent docs that do not say AI
  'https://www.voxsagents.com/case-studies/automotive-service-scheduling', // no AI said
  'https://repondia.com/pages/the-rise-of-computer-vision-transforming-industries-with-ai', // terms without AI
  'https://www.pet-chart.com/ai-clinical-scribe-for-vets', // veterinary practice software, AI one feature
  'https://flow.vet/help/en/ai-summaries', // veterinary practice software, AI one feature
  'https://api.vetincloud.com/legal/ai_policy/en', // a veterinary management system's AI chat
  'https://repair-receipts.com/terms-of-service/product', // shop invoicing, AI one feature
  'https://www.synergyagent.ai/ai-policy', // detailing software, AI one feature
  'https://menuiq.ai/legal/privacy-policy', // a digital menu, AI one feature
  'https://www.restaurantplatforms.com/ai-policy', // restaurant operations suite
  'https://www.funeralhq.com/blog/ai-obituary-writers-human-review', // funeral software, AI one feature
  'https://www.getsquire.com/business-edge/ai-receptionist-for-barbershops', // barbershop software
  'https://www.booker-ai.net/privacy', // a booking app with an AI chat
  'https://www.appilyfit.com/privacy', // gym software, AI one feature
  'https://www.roofforge.app/ai-disclaimer.html', // a roofing app, AI one feature
  'https://www.lotbarrier.com/legal/ai-disclaimer', // dealer tools, left out before
  'https://www.dealeressential.com/terms-of-service', // a dealer suite, left out before
  'https://www.autoat.org/terms', // a repair marketplace
  'https://www.roofingaisystems.online/terms.html', // done-for-you builds
  'https://garagegrowthlab.com/legal/terms/ai-chatbot', // an agency retainer
  'https://aiclientbuilder.com/calls/how-it-works', // a done-for-you AI receptionist
  'https://capefearagents.com/trust-safe-ai-intake-contractors', // an agency
  'https://omni.studio/blogs/managed-ai-ops/ai-dispatcher-for-home-services', // managed AI operations
  'https://www.usmarttec.com/questions/can-ai-dispatch-technicians', // an agency
  'https://inferensys.com/integration/dental-practice-management-platforms/ai-integration-for-dental-insurance-verification-ai', // integrators
  'https://www.pointzeroai.com/ai-voice-agent', // a guide by an AI services firm
  'https://treetopgrowthstrategy.com/fitness-operator-prospect-to-member-ai-playbook', // a consultancy's playbook
  'https://ainora.lt/blog/ai-receptionist-for-german-dental-clinics-zahnarztpraxis', // a blog
  'https://www.thethinkingrobot.com/blog-posts/hipaa-and-medspas-ai-phone-agents', // a blog
  'https://btrwrkai.com/blog/med-spa-hipaa-phone-ai-receptionist/', // a blog
  'https://www.calldispatcher.com/blog/what-is-ai-dispatcher-guide.html', // a blog
  'https://www.higrovi.com/glossary/ai-dispatcher', // a glossary
  'https://roofing.riptideai.co/blog/ai-vs-human-roofing-estimator/', // a blog
  'https://www.roofmanager.ca/blog/ai-roof-measurement-accuracy-explained', // a blog
  'https://aireceptionisthomeservices.com/blog/how-ai-handles-home-service-calls', // a blog
  'https://mybonnie.ai/blog/can-ai-do-bookkeeping-small-business', // a blog
  'https://www.insurai.net/en/blog/ai-agents-from-quote-to-policy', // a blog, left out before
  'https://groath.ai/en/blog/ai-for-insurance-agents', // a blog
  'https://www.useflai.com/blog/how-to-automate-service-appointment-scheduling-at-your-dealership', // a blog
  'https://www.useclearline.com/blog/dealership-ai-rollout-checklist', // a blog, left out before
  'https://www.qoreai.com/glossary/ai-agent', // a glossary
  'https://www.addenda.ai/post/how-ai-is-driving-a-six-step-process-to-transform-vehicle-damage-assessment', // a blog
  'https://getmedivox.com/blog/en/veterinary-ai-phone-assistant/', // a blog
  'https://churchai.online/church-staff-ai-guidelines', // a policy generator that does not say AI drafts it
  'https://exegete.church/covenant', // a course
  'https://www.keycityvet.com/automated-notetaking-consent/', // a clinic's consent notice
  'https://www.westhillchurch.ca/ai-usage/', // a church's own AI notice
];

describe('twenty-fourth-session verticals traps', () => {
  it('adds 18 rows, each with one domain and no prefix', () => {
    expect(longTailC24VerticalsTools.length).toBe(18);
    expect(longTailC24VerticalsTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(
      longTailC24VerticalsTools.filter((t) => catalogRegion(t.id) === 'europe').map((t) => t.id),
    ).toEqual(['smiledesk', 'orderbrain', 'carmargin']);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC24VerticalsTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC24VerticalsTools));
    expectEachClassifiedAs({
      'https://app.surfacegrade.com/terms': 'surfacegrade',
      'https://www.dentalreception.com.au/': 'dentalreception-au',
      'https://voco.church/': 'voco-church',
    });
  });

  it('leaves general sites, namesakes, shared platforms and left-out hosts unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...NAMESAKES, ...SHARED_PLATFORMS, ...LEFT_OUT]);
  });
});
