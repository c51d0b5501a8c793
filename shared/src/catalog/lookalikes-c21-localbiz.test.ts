// Traps beside the rows the twenty-first session's localbiz pass added (data/long-tail-c21-localbiz.ts): the ordinary
// sites next to each kind of AI tool it added (reservation platforms and restaurant point-of-sale, Google Business
// Profile and review sites, host platforms, dealer and repair-shop software, field-service software for trades, salon,
// dental and veterinary booking software, the UK driving-test service), the parents of the claimed subdomain and path,
// the shared-platform copies and the left-out hosts the pass read, and sites whose names sit close to the new entries.
// None of them may classify; every new host must reach its own entry.
// At the twenty-sixth session's merge: TutorLucid (tutorlucid.com) is listed from its own blog, which calls it an AI
// tutor (data/long-tail-c26-mergefix.ts); its trap was dropped.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC21LocalbizTools } from './data/long-tail-c21-localbiz';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.opentable.com/', // a reservation platform, beside the AI reservation agents
  'https://resy.com/', // a reservation platform, beside the AI reservation agents
  'https://www.thefork.com/', // a reservation platform, beside the AI reservation agents
  'https://pos.toasttab.com/', // restaurant point-of-sale, beside the AI phone-ordering agents
  'https://squareup.com/us/en/restaurants', // restaurant point-of-sale, beside the AI menu writers
  'https://business.google.com/', // Google Business Profile, beside the AI review-reply and post writers
  'https://www.yelp.com/', // a review site, beside the AI review-reply tools
  'https://www.tripadvisor.com/', // a review site, beside the AI review-reply tools
  'https://www.airbnb.com/', // a host platform, beside the AI guest concierges
  'https://www.booking.com/', // a host platform, beside the AI guest concierges
  'https://www.cdkglobal.com/', // dealer management software, beside the AI dealer BDC and lead responders
  'https://www.tekmetric.com/', // auto repair shop software, beside the AI repair-shop receptionists
  'https://www.cccis.com/', // collision estimating software, beside the AI estimate reviewer
  'https://www.servicetitan.com/', // field-service software, beside the AI receptionists for trades
  'https://www.housecallpro.com/', // field-service software, beside the AI receptionists for trades
  'https://www.getjobber.com/', // field-service software, beside the AI receptionists for trades
  'https://www.mindbodyonline.com/', // salon and gym booking software, beside the AI salon receptionist and gym assistant
  'https://www.fresha.com/', // salon booking software, beside the AI salon receptionist
  'https://www.dentrix.com/', // dental practice software, beside the AI dental receptionists
  'https://petdesk.com/', // veterinary client app, beside the AI veterinary receptionists
  'https://www.gov.uk/book-driving-test', // the UK driving-test booking service, beside the AI driving tutor
  'https://riptideai.co/', // the parent of the Roof Estimator's claimed subdomain
  'https://www.riptideai.co/', // the parent of the Roof Estimator's claimed subdomain
  'https://roofing.riptideai.co/', // a sibling subdomain of the Roof Estimator (Riptide's roofing blog)
  'https://ofolabs.net/', // the developer site holding RestaurantAI's claimed path
  'https://ofolabs.net/restaurantaix', // not a whole-segment match of RestaurantAI's path
];

const SHARED_PLATFORMS = [
  'https://dealerautopilot.polsia.app/privacy', // a policy or page on a shared platform
  'https://ai-receptionist-app--ai-receptionist-cb48a.us-central1.hosted.app/privacy', // a policy or page on a shared platform
  'https://capacity-site.pages.dev/legal/privacy.html', // a policy or page on a shared platform
  'https://ghasi-docs-portal.pages.dev/ghasi-melmastoon/docs/frontend/ai/AI1-guest-concierge-chat-spec', // a page on a shared platform
  'https://mindverse-new.webflow.io/news/ki-in-der-gastronomie-digitale-hosts-veraendern-restaurantbesuch', // a page on a shared platform
  'https://dianepujj398067.imblogs.net/', // a page on a shared platform
  'https://rentry.co/x72qcmeg', // a page on a shared paste site
];

const LEFT_OUT = [
  'https://www.swingaroo.ca/blank', // a missed-call texter that says it uses no AI
  'https://admin.orderer.io/privacy', // a policy that does not say AI
  'https://roofera.ai/privacy-policy', // a policy that does not say AI
  'https://www.roofreportpro.ai/privacy', // a policy that does not say AI
  'https://greotech.com/privacy', // AI only in the product's name
  'https://toreta.in/terms/toreta-yoyakuban', // a call-centre reservation service that does not say AI
  'https://restaurant-board.com/doc/20220914.html', // reservation software that does not say AI
  'https://restomatik.fr/securite-rgpd', // reservation software that does not say AI
  'https://restaurant.maxdundee.com/privacy', // a no-show tool that does not say AI
  'https://bookline.io/it/informativa-sulla-privacy-mobilita/', // a policy that does not say AI in the part read
  'https://bdcautomation.com/text-policy', // a text policy that does not say AI
  'https://www.prolandscaping.ai/static/sms-policy.html', // an SMS policy that does not say AI
  'https://docs.namsec.es/whatsapp/overview', // a booking bot whose page does not say AI
  'https://www.vortile.com/legal/termos-de-uso', // a WhatsApp delivery bot whose terms do not say AI
  'https://meupedija.com.br/termos-de-uso.html', // a digital menu whose terms do not say AI
  'https://www.galaxbotai.it/termini', // AI only in the product's name
  'https://yohaco.store/terms', // salon LINE automation whose terms do not say AI
  'https://dashboard.guest-concierge.ai/privacy', // a staff-app policy that does not say AI
  'https://www.lessonbuddy.co.uk/privacy', // driving-lesson software that does not say AI
  'https://www.frontdeskglobal.com/ai-disclosure', // a disclosure marked for counsel review before deployment
  'https://autoshopcalls.com/sow', // a statement-of-work template with placeholders
  'https://www.tasteem.com/terms', // terms with a `[COMPANY NAME]` placeholder
  'https://ai-menu-landing.scalenow.dev/privacy', // a template policy on a development host
  'https://welo-dev.mundt-it.de/datenschutz', // a template policy on a development host
  'https://churchai.online/church-staff-ai-guidelines', // a draft preview of a generated policy
  'https://bizpilo.com/privacy', // a product still blocked from real customer data before a pilot
  'https://staging.evercrestai.com/trust', // a staging host
  'https://staging-hooks.evercrestai.com/trust', // a staging host
  'https://beta.drivzu.com/legal/ai-disclosure', // a beta host
  'https://bookingbee.ai/?p=491', // a bare `?p=` page
  'https://oncallhomes.com/?p=1237', // a bare `?p=` page
  'https://robotshelper.com/?p=3', // a bare `?p=` page
  'https://visionaryai.ca/?p=202', // a bare `?p=` page
  'https://respo.autoreserve.com/ja/terms', // a restaurant platform where AI call answering is one service
  'https://docs.joinzavo.com/dashboard/reservations', // reservation software with an AI phone add-on
  'https://www.reserver-app.com/en/integrations/openai/', // booking software with an AI integration
  'https://www.one2one.it/blog/sensai-cameriere-ai-menu-digitale', // a digital menu with an AI feature
  'https://www.synergyagent.ai/ai-policy', // detailing business software with AI features
  'https://pdrbusiness.pro/docs/estimates', // dent-repair business software, AI one feature
  'https://app.bizprofile.app/docs/how-ai-reply-drafts-work', // a Google Business Profile suite, AI one feature
  'https://docs.lodgestory.com/docs/ai-voice-agents', // a hospitality CRM, AI one feature
  'https://www.hosteeva.com/blog/ai-voice-assistant-for-guest-communication-capabilities-and-functionality-overview', // rental management, AI one feature
  'https://hjemstay.com/privacy', // a digital guidebook, AI one feature
  'https://www.bookinda.co.uk/help/articles/settings-persona', // salon software, AI one feature
  'https://actikidz.com/en/blog/ai-class-report-30-seconds', // class management software, AI one feature
  'https://xn--lumcrm-5ua.com/blog/ai-sms-agent-for-medspas', // a med-spa CRM's blog
  'https://roofingsalesacademy.ai/privacy.html', // a sales-training app, AI one feature
  'https://app.bitethemenu.com/docs/menu/category-prompts/', // a menu and POS app, AI one feature
  'https://garagegrowthlab.com/legal/terms/ai-chatbot', // an agency's chatbot retainer
  'https://www.roofingaisystems.online/terms.html', // a done-for-you AI build
  'https://www.goldenhorizons.io/capabilities/tenant-comms-pm/', // a done-for-you AI build
  'https://www.usmarttec.com/questions/can-ai-dispatch-technicians', // an agency's Q&A page
  'https://wiseaiagency.com/wiseaiagency/blog/missed-calls-are-missed-patients-vet-clinics', // an agency's blog
  'https://luupagency.com/blog/ai-voice-agent-for-dental-clinics-hipaa-aware', // an agency's blog
  'https://businessaissist.com/terms-conditions', // an implementation service
  'https://dynalord.com/blog/ai-compliance-med-spas/', // a managed-service blog
  'https://sudburyheat.ca/terms.php', // one business's own AI assistant
  'https://www.smartconstructionmn.com/privacy', // one business's own AI assistant
  'https://d4driving.co.uk/privacy.html', // one business's own AI assistant
  'https://coastwidedriving.com.au/Services/AI-Usage-Policy', // one business's own AI assistant
  'https://www.westhillchurch.ca/ai-usage/', // a church's own AI policy
  'https://smartouchcleaning.com/privacy.html', // one business's own booking chat
  'https://tradebot.alexturner-portfolio.com/privacy.html', // a portfolio demo
  'https://f.enterprize-ai.com/', // a knowledge-base text
  'https://mytutor.help/safety', // a student tutor, outside this pass's kind
  'https://www.driveredconsultants.com/policies.phtml', // a consultancy
  'https://readmenuai.com/terms', // AI terms that never say what the product does
  'https://www.doctrineguard.ai/ai-policy-for-churches', // a waitlist
  'https://getdoctrineguard.com/ai-policy-for-churches', // a waitlist
  'https://nerova.ai/use-cases/ai-receptionist-veterinary-clinics', // a use-case page that does not describe its product
  'https://instanexus.io/blog/ai-receptionist-veterinary-clinic/', // a general blog post
  'https://www.getaira.io/blog/ai-receptionist-for-veterinary', // a general blog post
  'https://kaufast.com/es-MX/blog/recepcionista-ia-clinicas-citas-pacientes-ausencias', // a general blog post
  'https://session.care/playbooks/ai-front-desk-for-salons', // a general playbook
  'https://www.maxmembers.ai/resource-library/ai-legal-considerations-', // a legal overview
  'https://nutripy.io/blog/ai-member-journey-automation-fitness', // a general blog post
  'https://www.localseo.ai/guides/enhancing-local-business-visibility-ai-driven-gbp-posts/', // a general guide
  'https://gmbmantra.ai/blogs/google-may-start-making-your-business-info-by-itself-in-2026', // a general blog post
  'https://getautorelay.com/blog/dealer-ai-compliance-where-the-real-risk-hides', // a general blog post
  'https://www.lethub.co/blog/handle-sms-text-message-rental-leads', // a general blog post
  'https://castellan.so/blog/ai-agents-explained-property-managers', // a general blog post
  'https://propelhq.io/blog/ai-property-management-after-rent-setting-bans', // a general blog post
  'https://flutch.ai/blog/ai-in-beauty-med-spas-2026-what-its-really-doing-for-growth-retention-and-operations', // a general blog post
  'https://treetopgrowthstrategy.com/fitness-operator-prospect-to-member-ai-playbook', // an article naming another product
  'https://ai.morsl.ai/restaurant-phone-order-ai', // a buyer's guide
  'https://www.vetz.de/en/ai-telephone-assistant-for-veterinary-practices/', // a buyer's guide
  'https://www.diegocoquillat.com/la-nueva-ley-de-ia-y-tu-restaurante-guia-practica-para-hosteleros', // trade press
  'https://gastgewerbe-magazin.de/ki-tools-im-rezensionsmanagement-wichtige-kriterien-fur-die-auswahl-der-ki-losung-im-gastgewerbe-50177', // trade press
  'https://hotelx.tech/?p=2248', // trade press
  'https://happycapyguide.com/blog/how-to-use-ai-for-med-spa-2026', // a general guide
  'https://faithaistack.com/guides/church-ai-policy/', // a general guide
];

const NAMESAKES = [
  'https://www.astrorant.com/', // beside Astrorant (astrorant.it)
  'https://www.horecahub.nl/', // beside HorecaHub (horecahub.ai)
  'https://www.mymaestro.com/', // beside Maestro (mymaestro.app)
  'https://www.reserobo.jp/', // beside Reserobo (reserobo.com)
  'https://www.reservai.com/', // beside ReservAI (reservai.eu)
  'https://www.carteai.com/', // beside Carte AI (carte-ai.com)
  'https://www.restaurantai.com/', // beside RestaurantAI (restaurantai.me)
  'https://www.guestguy.ai/', // beside GuestGuy (guestguy.com)
  'https://www.heyconcierge.com/', // beside HeyConcierge (heyconcierge.io)
  'https://www.replyaide.ai/', // beside ReplyAide (replyaide.com)
  'https://www.reviewflo.com/', // beside ReviewFloAI (reviewflo.ai)
  'https://www.replykit.com/', // beside ReplyKit (usereplykit.com)
  'https://www.reviewmanager.com/', // beside Review Manager (reviewmanager.io)
  'https://www.restaurant-reputation-tools.com/', // beside Restaurant Reputation Tools (.fr)
  'https://www.gbppost.io/', // beside GBP Poster (gbppost.com)
  'https://www.autoshopvoice.ai/', // beside AutoShop Voice AI (autoshopvoice.com)
  'https://www.mechline.com/', // beside MechLine AI (mechlineai.com)
  'https://www.dealeroncall.ai/', // beside Dealer On Call (dealeroncall.com)
  'https://www.aileadrespond.ai/', // beside AI Lead Respond (aileadrespond.com)
  'https://www.dealerautopilot.com/', // beside DealerAutoPilot (dealerautopilotai.com)
  'https://www.aiprocapital.ai/', // beside AI Pro Capital (aiprocapital.com)
  'https://www.collisionrepairai.ai/', // beside Collision Repair AI (collisionrepairai.com)
  'https://www.askyourhvacpro.ai/', // beside Ask Your HVAC Pro (askyourhvacpro.com)
  'https://www.roofflow.com/', // beside RoofFlow AI (roof-flow.net)
  'https://www.roofrep.com/', // beside RoofRep AI (roofrep.ai)
  'https://www.diepen.de/', // beside diepen.ai
  'https://www.pestline.com/', // beside PestLine AI (pestlineai.com)
  'https://www.answerperfect.ai/', // beside AnswerPerfect (answerperfect.com)
  'https://www.gulfcoastreception.com/', // beside Gulf Coast Reception (gulfcoastreception.ai)
  'https://www.tradesreception.ai/', // beside Trades Reception (tradesreception.com)
  'https://www.embedai.com/', // beside CallCover (embedai.co.nz)
  'https://www.beautyai.com/', // beside AI Beauty Receptionist (beautyai.ink)
  'https://www.agentzap.com/', // beside AgentZap (agentzap.ai)
  'https://www.medspaos.com/', // beside MedSpaOS (medspaos.ai)
  'https://www.agentes24.com/', // beside Agentes24 (agentes24.net)
  'https://www.kaicalls.ai/', // beside KaiCalls (kaicalls.com)
  'https://www.triagefy.com/', // beside Triagefy (triagefy.io)
  'https://www.voicefleet.com/', // beside VoiceFleet (voicefleet.ai)
  'https://www.iando.com/', // beside I&O AI (iando.ai)
  'https://www.intusell.ai/', // beside intusell (intusell.com)
  'https://www.restsiz.com/', // beside AudioConcierge (restsiz.ai)
  'https://www.ernieaidriving.com/', // beside Ernie AI Driving Instructor (ernieaidriving.co.uk)
];

describe('twenty-first-session localbiz traps', () => {
  it('adds 43 rows, each with one domain and no prefix except RestaurantAI, in the regions the rows name', () => {
    expect(longTailC21LocalbizTools.length).toBe(43);
    expect(longTailC21LocalbizTools.every((t) => t.domains.length === 1)).toBe(true);
    expect(longTailC21LocalbizTools.filter((t) => t.urlPrefixes.length > 0).map((t) => t.id)).toEqual([
      'restaurantai-me',
    ]);
    const regional: Record<string, string> = {
      astrorant: 'europe',
      horecahub: 'europe',
      'maestro-reservations': 'europe',
      reserobo: 'japan',
      'reservai-eu': 'europe',
      'restaurantai-me': 'europe',
      heyconcierge: 'europe',
      'restaurant-reputation-tools': 'europe',
      'diepen-ai': 'europe',
      agentes24: 'latam',
      triagefy: 'latam',
      intusell: 'middle-east',
      'audioconcierge-restsiz': 'europe',
      'ernie-ai-driving': 'europe',
    };
    expect(longTailC21LocalbizTools.every((t) => catalogRegion(t.id) === (regional[t.id] ?? 'global'))).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC21LocalbizTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://app.mechlineai.com/privacy': 'mechline-ai',
      'https://dashboard.agentes24.net/docs/configurar-agente': 'agentes24',
      'https://estimate.riptideai.co/privacy': 'riptide-roof-estimator',
      'https://ofolabs.net/restaurantai/privacypolicy': 'restaurantai-me',
      'https://restaurantai.me/legal/privacy': 'restaurantai-me',
      'https://www.heyconcierge.io/legal/guest-privacy': 'heyconcierge',
      'https://www.guestguy.com/legal/ai-usage': 'guestguy',
      'https://usereplykit.com/google-data-usage': 'replykit',
      'https://www.reviewflo.ai/data-usage.html': 'reviewflo-ai',
      'https://dealerautopilotai.com/privacy': 'dealerautopilot',
      'https://roof-flow.net/privacy': 'roofflow-ai',
      'https://www.embedai.co.nz/blog/ai-triage-veterinary-clinics': 'callcover-embedai',
      'https://intusell.com/blog/spor-salonu-intusell-kullanimi?lang=en': 'intusell',
      'https://www.kaicalls.com/solutions/packs/dental': 'kaicalls',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
