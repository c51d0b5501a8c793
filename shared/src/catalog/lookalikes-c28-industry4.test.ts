// Traps beside the rows the twenty-eighth session's fourth industry pass added (data/long-tail-c28-industry4.ts): the
// ordinary sites next to each kind of AI tool it added (hotel and restaurant trade sites, aviation regulators and
// trade press, contractors' software and trade bodies, churches and freight brokers met in the searches), the
// shared-platform copies, drafts, staging hosts and general products the pass read, and names that sit close to the
// new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC28Industry4Tools } from './data/long-tail-c28-industry4';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.hotelexecutive.com/', // hotel trade press, beside MAIIA Concierge
  'https://www.ahla.com/', // the hotel association, beside MAIIA Concierge
  'https://www.restaurant.org/', // the restaurant association, beside Karu
  'https://www.faa.gov/', // the aviation regulator whose ACS VectoredOps maps
  'https://www.aviationpros.com/', // aviation-maintenance trade press met in the searches
  'https://www.airbooks.ca/signup/action/help', // an aircraft logbook service, no AI
  'https://www.nfpa.org/', // the NEC's publisher, beside Electrician's Calculator
  'https://www.nyeia.com/be-cautious-when-using-the-internet-or-ai-for-electrical-code-research', // an inspectors' association article
  'https://www.acca.org/', // the HVAC contractors' body, beside the answering services
  'https://www.phccweb.org/', // the plumbing contractors' body, beside the answering services
  'https://www.twilio.com/', // the telephony provider Phone4.ai names
  'https://www.westhillchurch.ca/ai-usage/', // a church's own AI-use statement
  'https://www.openbible.info/', // a Bible reference site whose blog announced a sermon-outline experiment
  'https://www.ushiplogistics.com/terms-shippers', // a freight broker's shipper terms
  'https://talkfreight.mx/broker-motor-carrier-agreement', // a freight broker's carrier agreement
  'https://www.sealtrans.com/broker-carrier-agreement-terms-and-conditions', // a broker-carrier agreement
  'https://herdhub.app/terms', // herd-management software, AI not said
  'https://bovisync.farm/eula/', // dairy herd software, AI not said
  'https://www.cattlesystem.com/terms', // a cattle app's placeholder terms, AI not said
  'https://www.brennemanfuneralhome.ca/about-3-1', // a funeral home's article on AI obituaries
];

const SHARED_PLATFORMS = [
  'https://glendale-building-codes.vercel.app/about', // a building-code chat on a shared platform
  'https://main.d2hs1096j0jlmu.amplifyapp.com/about', // a copy of it on a shared platform
  'https://galetech-rag.vercel.app/flow_diagram.html', // a turbine-fault RAG demo on a shared platform
  'https://astro-landing-dev.pages.dev/blog/ai-dispatch-software-access-risk', // a dispatch blog on a shared platform
  'https://landingpage-poc.pages.dev/privacy.html', // Landscaper Agent's policy on a shared platform
  'https://nextunit-pro.pages.dev/privacy/lead-sources', // a lead-source notice on a shared platform
  'https://theflash1002.github.io/Light-Bible-Study-Privacy-Policy/', // Light Bible Study's policy on a shared platform
  'https://iz0fv0up-web.staging.holyshift.ai/terms.html', // ConstructScan AI's terms on a staging host
  'https://web2025dev.guesty.com/ai-use-policy/', // a dev host of a rental-management suite
  'https://sites.google.com/view/autopri/ana-sayfa', // AutoFix AI's policy on a shared platform
];

const LEFT_OUT = [
  'https://constructiontakeoff.us/?p=389', // a takeoff service's `?p=` page
  'https://haccplan.com/privacy', // food-safety records with an optional scan feature
  'https://www.restaurantplatforms.com/ai-policy', // a restaurant suite where AI is one feature (as before)
  'https://www.dispatchtrack.com/generative-ia-policy', // a logistics suite where AI is one feature (as before)
  'https://www.urbanform.us/ai-policy', // zoning tools where AI is one part of the work
  'https://www.encodeplus.com/2026/02/why-generic-ai-isnt-built-for-planning/', // code publishing, AI one feature
  'https://cattlemate.app/terms-en.html', // herd management with AI ration suggestions as one feature
  'https://perfectcaterer.com/privacy-policy/', // a caterer-matching network, AI not said
  'https://www.yourproportal.com/privacy', // field-service draft notice, AI not said
  'https://portal.ctrvenue.com/privacy', // a venue-portal notice template
  'https://www.quotifycnc.com/documentation', // CNC quoting software, AI not said
  'https://oncallhomes.com/?p=1237', // a contractor-matching service's `?p=` page
  'https://www.vireosentinel.com/use-case-mining-services.html', // AI-use monitoring, not an AI product
];

const NAMESAKES = [
  'https://www.maiia.com/', // a medical-appointment platform, not MAIIA Concierge
  'https://www.calculator.net/', // a general calculator site, beside Electrician's Calculator
];

describe('twenty-eighth-session fourth industry traps', () => {
  it('adds 9 rows, each with one domain and no prefix, Phone Phoebe in the europe region', () => {
    expect(longTailC28Industry4Tools.map((t) => t.id)).toEqual([
      'maiia-concierge',
      'karu-restaurant-costing',
      'vectoredops',
      'oncrew-ai',
      'callcrew',
      'phone-phoebe',
      'electricians-calculator',
      'bubblyphone-agents',
      'phone4-ai',
    ]);
    expect(longTailC28Industry4Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(catalogRegion('phone-phoebe')).toBe('europe');
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC28Industry4Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts', () => {
    expectEachClassifiedAs(sourceUrls(longTailC28Industry4Tools));
    expectEachClassifiedAs({
      'https://www.maiiaconcierge.ai/': 'maiia-concierge',
      'https://karuapp.com/': 'karu-restaurant-costing',
      'https://www.oncrew.ai/': 'oncrew-ai',
      'https://agents.bubblyphone.com/industry/hvac': 'bubblyphone-agents',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
