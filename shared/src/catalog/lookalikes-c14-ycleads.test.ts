// Traps beside the hosts the fourteenth session's ycleads helper took from the newest Y Combinator batches
// (data/long-tail-c14-ycleads.ts; leads from yc-oss/api, which has no licence, each row sourced from the vendor's own
// page). Every new host must classify to its own entry; the directory, the lead repository, infrastructure and APIs,
// AI-run services firms, and other businesses that share a name with the new entries must stay unclassified.
import { describe, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC14YcleadsTools } from './data/long-tail-c14-ycleads';

const DIRECTORY_AND_LEAD = [
  'https://www.ycombinator.com/companies/tsenta', // the directory page of a new entry
  'https://github.com/yc-oss/api', // the unlicensed lead
  'https://yc-oss.github.io/api/batches/spring-2026/klarify.json',
];

const INFRASTRUCTURE_AND_APIS = [
  'https://humwork.ai/', // human experts behind an MCP server for agents
  'https://primitive.dev/', // communication infrastructure for agents
  'https://www.trychert.com/', // iMessage infrastructure
  'https://lim.run/', // simulators for cloud sandboxes
  'https://www.incandor.com/', // behavioural fraud API
  'https://hub.xyz/', // training data for labs
  'https://perfectbit.ai/', // training data
  'https://www.datoric.com/', // training data
  'https://www.sazabi.com/', // observability
  'https://superlog.sh/', // observability
  'https://www.archal.ai/', // agent testing
  'https://rindler.ai/', // websites as APIs for agents
  'https://agentphone.ai/', // phone numbers for agents
  'https://expanse.sh/', // GPU scheduling
  'https://tryardent.com/', // database sandboxes for agents
  'https://silmaril.dev/', // runtime security for AI
];

const SERVICES_FIRMS_AND_UNPROVEN = [
  'https://tryprism.com/', // an AI-native recruiting agency
  'https://www.hedgespecialty.com/', // an insurance company
  'https://andustry.com/', // a sourcing broker
  'https://www.atlia.com/', // a property management company
  'https://cova.care/', // a home care agency
  'https://withasync.com/', // agents sold as a service
  'https://tryalchemize.com/', // an AI-native customs brokerage
  'https://foaster.ai/', // AI-native consulting
  'https://trope.ai/', // an AI-native ERP integrator
  'https://www.elyrasystems.com/', // phone agents for restaurants
  'https://callab.ai/', // voice agents for call centres
  'https://openworklabs.com/', // a desktop app
  'https://pentagon.run/', // a native macOS app
  'https://www.rex.inc/', // an AI-run order-to-cash service
  'https://usetaiga.com/', // a partner billing API; the record's host is taigabilling.com
  'https://userlens.io/', // its own page calls it product analytics; left out
  'https://stagereview.app/', // no own page found
  'https://www.drafted.ai/', // no own page found
];

const NAMESAKES = [
  'https://juno-app.com/', // a journaling app, not the YC Juno
  'https://juno.coach/',
  'https://clara.care/', // a medical transcription app, not the YC Clara
  'https://memoir.sh/', // a CLI, not the YC Memoir
];

describe('fourteenth-session ycleads pass', () => {
  it('classifies every host it added to its own entry', () => {
    expectEachClassifiedAs(
      {
        ...ownUrls(longTailC14YcleadsTools),
        'https://dashboard.tsenta.com/': 'tsenta',
        'https://docs.trellistech.com/platform/tasks': 'trellis-tech',
      },
      { api: true },
    );
  });

  it('leaves the directory, infrastructure, services firms, unproven hosts and namesakes unclassified', () => {
    expectNoneClassified([
      ...DIRECTORY_AND_LEAD,
      ...INFRASTRUCTURE_AND_APIS,
      ...SERVICES_FIRMS_AND_UNPROVEN,
      ...NAMESAKES,
    ]);
  });
});
