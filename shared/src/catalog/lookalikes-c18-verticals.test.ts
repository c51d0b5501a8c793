// Traps beside the rows the eighteenth session's verticals pass added (data/long-tail-c18-verticals.ts): the ordinary
// sites of each industry (listing portals, load boards, customs and tax agencies, hotel and restaurant booking, farm
// agencies), the shared-platform copies and the left-out hosts the pass read, and sites whose names sit close to the
// new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC18VerticalsTools } from './data/long-tail-c18-verticals';

const GENERAL_SITES = [
  'https://www.realtor.com/', // home listings, beside the AI leasing agents
  'https://www.apartments.com/', // rental listings, beside the AI rental agents
  'https://www.publicstorage.com/', // self-storage, beside Landlord's AI sales employee
  'https://www.ashi.org/', // the home inspectors' society, beside the AI inspection report writers
  'https://www.dat.com/', // a freight load board, beside the AI freight tools
  'https://www.cbp.gov/', // US customs, beside the AI tariff classifier
  'https://www.usda.gov/', // the farm agency, beside the AI agronomy advice
  'https://www.marriott.com/', // hotels, beside the AI concierge
  'https://www.irs.gov/', // the tax agency, beside the AI bookkeeping tools
  'https://www.energysage.com/', // a solar quote marketplace, beside the AI solar bid tools
];

const SHARED_PLATFORMS = [
  'https://consumer-dividends.pages.dev/legal/listingpro-terms.html', // a listing-copy tool's terms on pages.dev
  'https://grant-ai-indol.vercel.app/privacy.html', // a grant writer on vercel.app
  'https://qb-categorizer-privacy.topbot.workers.dev/', // a QuickBooks extension's policy on workers.dev
  'https://restaurant-revolution-docs-dev.pages.dev/customer/ordering/phone-ordering', // restaurant docs on pages.dev
  'https://aibusinessos.pages.dev/auto-dealerships/ai-for-auto-dealerships-a-glossary-of-key-terms-and-concepts', // a glossary on pages.dev
  'https://inskill.readme.io/docs/what-is-an-ai-copilot', // a maintenance copilot's docs on readme.io
];

const LEFT_OUT = [
  'https://hello.showmojo.com/ai-leasing-agent-additional-terms-and-conditions/', // an add-on to a showing scheduler
  'https://www.rentora.ai/terms', // a property-management suite with AI features
  'https://lbostack.com/privacy', // a policy that never says AI
  'https://gcestimator.app/privacy', // a policy that never says AI
  'https://usovdigital.com/privacy/ai-bookkeeping/', // a studio's app policy
  'https://synalux.ai/docs/pos/ai-ordering', // a POS with an AI ordering channel
  'https://theloadbroker.com/privacy', // a TMS
  'https://www.lotbarrier.com/legal/ai-disclaimer', // dealer tools with AI features
  'https://www.dealeressential.com/terms-of-service', // a dealer platform with AI features
  'https://www.restaurant-startup.app/generative-ai-terms', // a restaurant app's generative-AI add-on
  'https://baikyaku-madoguchi.com/room/terms', // a real-estate firm's AI staging page
  'https://app.bitethemenu.com/docs/menu/how-the-ai-thinks-about-your-menu/', // a menu and POS app
  'https://www.neatsleeps.com/chatai-privacy-policy', // a holiday home's ChatGPT action
  'https://hotelai.io/en/privacy', // a policy that never says AI
  'https://visualadvantagestudio.com/policy/ai-disclosure', // a studio's copy of another vendor's disclosure
  'https://www.ai2coe.com/aup', // a consultancy portal
];

const NAMESAKES = [
  'https://www.landlord.com/', // beside Landlord (uselandlord.com)
  'https://www.smartserve.ca/', // Ontario's alcohol-server training, beside SmartServe AI
  'https://www.bitebot.com/', // beside BiteBot
  'https://www.clearquote.com/', // beside ClearQuote
  'https://www.freightflow.com/', // beside FreightFlow360
  'https://www.solarscope.com/', // beside SolarScope
];

describe('eighteenth-session verticals traps', () => {
  it('adds 24 rows, each with one domain and no prefix', () => {
    expect(longTailC18VerticalsTools.length).toBe(24);
    expect(longTailC18VerticalsTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC18VerticalsTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://www.uselandlord.com/terms': 'landlord-ai-sales-employee',
      'https://pmfriend.com/docs/inspection-report-writer/': 'pm-friend',
      'https://guspora.ai/legal/ai': 'guspora',
      'https://dutydesk.app/features/classify': 'dutydesk',
      'https://www.preciagro.com/legal/data-policy': 'preciagro',
      'https://help.aiiaudit.com/modules/fieldwork/ai-writing-assistant': 'aiia-audit',
      'https://solarscope.io/documentation/table%20of%20content/02.03-ai-analysis': 'solarscope',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
