// Traps beside the hosts the fifteenth session's second-wave yc26b helper took from Y Combinator's Winter 2026 and 2025
// batches (data/long-tail-c15-yc26b.ts: Winter 2026 leads from the start of yc-oss/api's batch file, which has no
// licence, and 2025 misses in the licensed directory scrape `c13ayc`; every row cites the vendor's own page). Every new
// host must classify to its own entry; the lead, infrastructure and APIs for agents, AI-run services firms, hardware
// and records that are not AI products, a shared docs host and namesakes of the new entries must stay unclassified.
import { describe, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC15Yc26bTools } from './data/long-tail-c15-yc26b';

const DIRECTORY_AND_LEAD = [
  'https://www.ycombinator.com/companies/codewisp', // the directory page of a new entry
  'https://yc-oss.github.io/api/batches/winter-2026/stilta.json', // the unlicensed lead
];

const INFRASTRUCTURE_AND_APIS = [
  'https://www.agenticfabriq.com/', // a control plane for agents
  'https://runcaptain.com/', // file search for agents
  'https://cumuluslabs.io/', // an inference platform
  'https://compresr.ai/', // context compression API
  'https://overshoot.ai/', // vision inference for developers
  'https://www.zatanna.ai/', // APIs for agents
  'https://www.usesalus.ai/', // guardrails API
  'https://orthogonal.com/', // agentic payments for APIs
  'https://paysponge.com/', // money for agents
  'https://envariant.ai/', // an interpretability SDK
];

const SERVICES_FIRMS = [
  'https://vectorlegal.com/', // an AI-native law firm
  'http://moritzlegal.com/',
  'https://docurahealth.com/', // a med-legal firm
];

const NOT_AI_PRODUCTS = [
  'https://gru.space/', // a moon hotel
  'https://buttoncomputer.com/', // a wearable button
  'https://voltairlabs.com/', // drones
  'https://milliray.com/', // drone radars
  'https://www.robodock.tech/', // depot robots
  'https://www.beyondreachlabs.com/', // space solar arrays
  'https://www.returnsignals.com/', // an iMessage channel
  'https://catchbackcards.com/', // collectible packs
  'https://zerosettle.io/', // an in-app billing SDK
  'https://www.shortkit.dev/', // media infrastructure
  'https://www.crosslayerlabs.com/', // internet monitoring
  'https://palus.finance/', // a financial advisor
];

const SHARED_AND_GENERAL_SITES = [
  'https://bluejay.mintlify.app/glossary', // a vendor's docs on a shared docs host
  'https://www.answers.com/', // a general Q&A site beside AnswerThis
];

const NAMESAKES = [
  'https://www.ashrae.org/', // the HVAC engineering society, not Ashr Labs
  'https://www.kita.de/', // a German childcare portal, not Kita
];

describe('c15 yc26b rows: YC Winter 2026 and 2025 AI products', () => {
  it('classifies every new host as its own entry', () => {
    expectEachClassifiedAs(
      {
        ...ownUrls(longTailC15Yc26bTools),
        'https://studio.eigenpal.com/': 'eigenpal', // app and API hosts the rows' pages name
        'https://api.ashr.io/testing-platform-api': 'ashr-labs',
        'https://api.usekita.com/': 'usekita',
        'https://llms.parsewise.ai/technical/data-rooms-to-decisions/': 'parsewise',
      },
      { api: true },
    );
  });

  it('leaves the directory, the lead and left-out records unclassified', () => {
    expectNoneClassified([
      ...DIRECTORY_AND_LEAD,
      ...INFRASTRUCTURE_AND_APIS,
      ...SERVICES_FIRMS,
      ...NOT_AI_PRODUCTS,
    ]);
  });

  it('leaves shared platforms, general sites and namesakes unclassified', () => {
    expectNoneClassified([...SHARED_AND_GENERAL_SITES, ...NAMESAKES]);
  });
});
