// Traps beside the rows the twenty-seventh session's fifth customer-support pass added (data/long-tail-c27-support5.ts):
// the ordinary sites next to each kind of AI tool it added (self-storage marketplaces and software, studio booking
// software, childcare software and the federal childcare site, senior-living and older people's associations, church
// software, the funeral directors' association, MSP help-desk software, veterinary bodies and suppliers, the telephony
// providers the policies name), the shared-platform copies, demo, staging and draft hosts, and the left-out hosts the
// pass read, and sites whose names sit close to the new entries. None of them may classify; every new host must reach
// its own entry.
// c27 leads9 (2026-12-07): the topcalls.ai trap went: TopCalls, this pass's lead, is now listed (`topcalls-ai`, from its platform docs).
// c27 leads9 (2026-12-07): the getevaai.com glossary trap went: Eva AI is now listed (`eva-ai-receptionist`, from its terms).
// c27 leads9 (2026-12-07): the welco.ai blog trap went: Welco is now listed (`welco-ai`, from its AI-receptionist docs).
// c27 leads9 (2026-12-07): the enthu.ai trap went: Enthu.AI is now listed (`enthu-ai`, from its help centre on Enthu Magic's AI call evaluations).
// c27 leads9 (2026-12-07): the support.zofiq.ai trap went: zofiQ is now listed (`zofiq`, from its agents-platform guide).
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC27Support5Tools } from './data/long-tail-c27-support5';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.storable.com/', // self-storage management software, beside Lumio
  'https://www.sparefoot.com/', // a self-storage marketplace, beside Lumio
  'https://www.selfstorage.org/', // the self-storage association, beside Lumio
  'https://www.mindbodyonline.com/', // the studio booking software Studio Jovo connects to
  'https://www.brightwheel.com/', // childcare software, beside Hazel and Jonson
  'https://www.procaresoftware.com/', // childcare software, beside Hazel and Jonson
  'https://childcare.gov/', // the federal childcare site, beside Hazel and Jonson
  'https://www.argentum.org/', // the senior-living association, beside Jonson and Voipy
  'https://www.aarp.org/', // older people's association, beside the companion services
  'https://www.planningcenter.com/', // church management software, beside the church agents
  'https://www.pushpay.com/', // church giving software, beside the church agents
  'https://www.nfda.org/', // the funeral directors' association, beside Novacall AI
  'https://www.connectwise.com/', // the PSA Rallied writes tickets to
  'https://www.halopsa.com/', // the PSA Rallied writes tickets to
  'https://www.autotask.com/', // the PSA Rallied writes tickets to
  'https://www.avma.org/', // the veterinary association, beside PetsVet
  'https://www.covetrus.com/', // veterinary practice software, beside PetsVet
  'https://www.twilio.com/', // the telephony provider several policies name
  'https://www.ringcentral.com/', // the SMS provider Gabe the Guardian names
  'https://support.zendesk.com/hc/en-us/articles/5352026794010', // a help desk's pricing article met in the searches
  'https://www.zoho.com/desk/extensions/guide/', // the help desk's extension guide met in the searches
  'https://www.pga.org/articles/avoid-digital-double-bogeys', // the golf professionals' body, met in the searches
];

const SHARED_PLATFORMS = [
  'https://daily-dev-clone.vercel.app/3620221', // a copied post on a shared platform
  'https://contractoraihub-com.pages.dev/guides/ai-missed-call-handling-for-hvac-and-plumbing-companies.html', // a guide on a shared platform
  'https://dealerautopilot.polsia.app/privacy', // a listed product's copy on a shared platform
  'https://jiva-ten.vercel.app/privacy', // an Instagram bot's policy on a shared platform (as before)
  'https://lunivate.notion.site/Sentiment-Source-Routing-1de5ac02f07780c386d3d9bc9924a66a', // a notion.site page
  'https://sites.google.com/view/reviewops/home', // ReviewOps' policy on Google Sites
  'https://ultracart.atlassian.net/wiki/spaces/ucdoc/pages/4143710211/Configuring%2BZoho%2BDesk%2BAI%2BAgents%2Bfor%2BTicket%2BDrafting', // a store platform's wiki
  'https://ij-solutions.atlassian.net/wiki/spaces/BLOG/blog/2023/10/22/929103875/AI+Agent+Revolutionizing+Jira+Service+Management+with+AI+-+Our+Journey+in+Codegeist+Unleashed', // a hackathon post on a wiki
  'https://homepage-01d.pages.dev/terms.html', // GolfAssist.ai's terms on a shared platform
  'https://ai-receptionist-app--ai-receptionist-cb48a.us-central1.hosted.app/privacy', // an AI receptionist on hosted.app (as before)
  'https://dev.to/voicefleet/designing-ai-phone-answering-for-veterinary-clinics-emergency-triage-workflow-lessons-181p', // a listed vendor's post on dev.to
];

const LEFT_OUT = [
  'https://voicedemo.callrecoveryhvac.com/terms', // a demo host
  'https://staging.evercrestai.com/trust', // a staging host
  'https://welo-dev.mundt-it.de/agb', // a dev host with "[FIRMA]"
  'https://www.frontdeskglobal.com/ai-disclosure', // a draft awaiting counsel
  'http://help.getredo.com/en/articles/11673216-ai-resolution-pricing', // returns platform, AI one feature
  'https://help.notiondesk.so/en/articles/understanding-ai-chatbot-resolutions-and-billing', // help desk, AI one feature
  'https://www.bureau24.fr/conditions-commerciales-générales-traitement-des-chats', // virtual-secretary service
  'https://deviniti.com/support/addon/cloud/ai-ticket-assistant/latest/configuration/', // an Atlassian app vendor
  'https://deview-studios.com/documentation-issue-ai-analytics-for-jira/', // an Atlassian app vendor
  'https://www.lotrush.com/blog/ai-rv-park-management', // RV-park software, AI one feature
  'https://www.operating.church/privacy', // church operations software, AI one feature
  'https://www.clubpilot.com/terms', // golf-club messaging
  'https://www.golfpilot.com/blog/hundred-million-dollar-wakeup-call-for-golf-clubs', // golf-club messaging blog
  'https://www.odpal.com/blog/ai-transforming-optometry-communication', // optometry platform, AI one feature
  'https://emitrr.com/?p=73979', // a `?p=` page of a messaging suite
  'https://www.homecallvets.com/privacy', // a mobile vet service that uses an AI receptionist
  'https://aiclientbuilder.com/calls/how-it-works', // an agency's offer
  'https://businessaissist.com/terms-conditions', // an implementation partnership
  'https://ilmiobot.it/termini-e-condizioni', // an installation service
  'https://www.lessmanual.ai/pl/legal/regulamin', // an automation agency
  'https://wiseaiagency.com/blog/when-a-family-calls-at-2am-funeral-after-hours-answering', // an agency blog
  'https://openclawconsult.com/lab/openclaw-self-storage-facilities', // a consultancy
  'https://inferensys.com/integration/campground-management-platforms/ai-driven-reservation-workflow-automation', // a consultancy
  'https://readlaboratories.com/guides/ai-mistakes/daycare-centers', // a consultancy guide
  'https://www.bbehmermedia.com/blog/ai-patient-communication-for-optometry-practices', // an agency blog
  'https://michaelheredia.com/blog/ai-intake-for-law-firms/', // a consultant's blog
  'https://adhirajhangal.com/blog/ai-automation-med-spa', // a consultant's blog
  'https://steelenash.com/insights/gym-that-runs-itself-ai-multi-location-fitness', // a consultancy
  'https://www.useclearline.com/blog/how-ai-answers-phone-calls', // a general guide: a lead
  'https://lyfework.io/blog/ai-agent-for-law-firms-intake/', // a general guide: a lead
  'https://eaxy.ai/blog/ai-agent-law-firms-client-intake-2026', // a general guide: a lead
  'https://www.tradesforce.site/blog/csr-call-scoring-with-ai', // a general guide: a lead
  'https://spaid.com/guides/improve-csr-booking-rate-home-services', // a general guide
  'https://www.slipperai.com/glossary', // a glossary: a lead
  'https://automeit.ai/blog/missed-call-text-back-med-spas/', // a general guide: a lead
  'https://www.callflowlabs.com/blog/funeral-home-ai-receptionist-24-7', // a general guide: a lead
  'https://callin.io/funeral-answering-service', // a general guide
  'https://castellan.so/blog/ai-agents-explained-property-managers', // a general guide
  'https://www.simbo.ai/blog/challenges-and-ethical-considerations-in-implementing-ai-chatbots-in-pharmacies-data-accuracy-privacy-compliance-and-bias-mitigation-3119550/', // a general article
  'https://convergedhub.ai/blog/automated-qa-scorecards-contact-centers/', // a general guide
  'https://resolvemark.com/blog/multi-channel-support-playbook', // a general guide
  'https://smartqbot.com/slack-first-ai-support-bots-integration-patterns-that-actual', // a general guide
  'https://ochrehq.com/help/ochre/slack-connect', // a help desk's Slack page
  'https://supp.support/blog/support-quality-assurance-ai', // a general guide (as before)
  'https://www.thethinkingrobot.com/blog-posts/hipaa-and-medspas-ai-phone-agents', // a general guide (as before)
  'https://btrwrkai.com/blog/med-spa-hipaa-phone-ai-receptionist/', // a general guide (as before)
  'https://widget-chat.com/blog/apartment-complex-leasing-chatbot-guide', // a general guide (as before)
  'https://www.kirezeptionist.de/blog/auftragsverarbeitung-richtig-gestalten-rechtssichere-ki-telefonloesungen', // a general guide
  'https://son-ia.online/cumplimiento-legal-ia-llamadas', // a general guide
  'https://clevervoice.de/dsgvo/', // a general guide (as before)
  'https://bots4you.de/post/dsgvo-check-wie-wahle-ich-einen-dsgvo-sicheren-ki-telefonassistenten', // (as before)
  'https://telefonie-strategie.de/ratgeber/ki-telefonie-dsgvo', // a guide site
  'https://pomoc.ai/pomocai-automatyczna-obsluga', // a Polish SEO site
  'https://pracownicy.ai/ai-w-obsludze-klienta', // a Polish SEO site
  'https://wsparcie.ai/ai-vs-konsultanci', // a Polish SEO site
  'https://postacie.ai/ai-w-interaktywnej-obsludze-klienta', // a Polish SEO site
  'https://smartdmai.online/privacy-policy', // a policy that does not say AI (as before)
  'https://dmautomate.onemonk.in/privacy-policy', // a policy that does not say AI
  'https://docs.autotee.io/docs/legal/sms-consent', // a tee-time bot, not said to be AI
  'https://adaptlive.app/playbooks/towing_emergency_dispatch', // a playbook that does not say AI
  'https://syntheticedge.co/docs/widget-deployment-guide.html', // a widget guide that does not say AI
  'https://sendoracloud.com/changelog/support-slack-connect', // a changelog that does not say AI
  'https://www.jacksolutionsllc.com/data-policy.html', // GymBot on the maker's company host: a lead
  'https://vps.insightsmsp.com/user-guide/data-flow-within-insights', // Insights for ConnectWise: a lead
  'https://docs.bookline.io/hotels-camping-and-hostels/reservation-system/reservation-registration', // (as before)
  'https://www.antwoordservice.nl/algemene-voorwaarden', // a human answering service
  'https://www.antwoordservice-telefoonservice.nl/algemene-voorwaarden/', // a human answering service
  'https://www.minute-call.com/en/articles/recepcionista-virtual-humano-vs-recepcionista-ia-diferencias-ventajas-para-pymes', // human answering
  'https://www.automatedstoragecallcenter.com/welcome-here', // a human call centre
  'https://www.itamil.it/regolamento-servizio', // a single business's service rules
  'https://www.rfjfurnishedhome.com/concierge', // a single business's concierge
  'https://aspenspringsstorage.com/?p=19924', // a `?p=` page with "[COMPANY]"
];

const NAMESAKES = [
  'https://www.lumio.com/', // beside Lumio (lumiostorage.com)
  'https://lumio.io/', // beside Lumio (lumiostorage.com)
  'https://www.jovo.tech/', // beside Studio Jovo (studiojovo.app)
  'https://www.hazel.co/', // beside Hazel (hazelhere.com)
  'https://www.jonson.com/', // beside Jonson (jonson.ai)
  'https://www.churchagent.com/', // beside ChurchAgent (churchagent.ai)
  'https://www.easychurch.com/', // beside Easychurch (easychur.ch)
  'https://www.novacall.com/', // beside Novacall AI (novacallai.com)
  'https://www.rallied.com/', // beside Rallied (rallied.ai)
  'https://www.petsvet.com/', // beside PetsVet (petsvet.cloud)
  'https://www.docimal.com/', // beside Docimal (docimal.site)
  'https://www.carefriend.com/', // beside CareFriend (carefriend.ai)
  'https://www.generousapp.com/', // Elder Voicecare's parent host, not read
  'https://www.voipy.com/', // beside Voipy (voipy.app)
  'https://www.dispatch.com/', // beside Dispatch AI (dispatch-leads.com)
];

describe('twenty-seventh-session fifth customer-support traps', () => {
  it('adds 19 rows, each with one domain and no prefix, all global', () => {
    expect(longTailC27Support5Tools.length).toBe(19);
    expect(longTailC27Support5Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(longTailC27Support5Tools.every((t) => catalogRegion(t.id) === 'global')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC27Support5Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC27Support5Tools));
    expectEachClassifiedAs({
      'http://elder.generousapp.com/privacy-policy?lng=zh-CN': 'elder-voicecare',
      'https://www.gabetheguardian.net/privacy.html': 'gabe-the-guardian',
      'https://jonson.ai/answers/how-do-daycares-handle-pickup-time-changes-by-phone': 'jonson-ai',
      'https://hazelhere.com/blog/we-analyzed-5000-daycare-calls': 'hazel-childcare-receptionist',
      'https://docs.rallied.ai/dashboard/voice-agent.md': 'rallied-ai',
      'https://churchagent.ai/': 'churchagent-ai',
      'https://www.hazelai.com/': 'hazelai-com',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
