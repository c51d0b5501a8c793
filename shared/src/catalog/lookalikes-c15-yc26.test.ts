// Traps beside the hosts the fifteenth session's yc26 helper took from Y Combinator's 2025 and 2026 batches
// (data/long-tail-c15-yc26.ts: Summer, Spring and Winter 2026 leads from yc-oss/api, which has no licence, each row
// sourced from the vendor's own page; 2025 and Winter 2026 rows from the licensed directory scrape pinned as `c13ayc`).
// Every new host must classify to its own entry; the directory and the lead repository, infrastructure and APIs for
// agents, AI-run services firms, voice agents, desktop and self-hosted tools, businesses that are not AI products, a
// shared hosting platform, general sites beside the rows' pages and namesakes of the new entries must stay unclassified.
import { describe, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC15Yc26Tools } from './data/long-tail-c15-yc26';

const DIRECTORY_AND_LEAD = [
  'https://www.ycombinator.com/companies/dock', // the directory page of a new entry
  'https://github.com/yc-oss/api', // the unlicensed lead
  'https://yc-oss.github.io/api/batches/winter-2026/mendral.json',
];

const INFRASTRUCTURE_AND_APIS = [
  'https://context.dev/', // web data API for agents
  'https://codag.ai/', // log compression for agents
  'https://executor.sh/', // MCP gateway
  'https://inkbox.ai/', // email and phone identities for agents
  'https://agentcard.sh/', // debit cards for agents
  'https://onecli.sh/', // credential gateway for agents
  'https://machine0.io/', // cloud VMs for agents
  'https://amulet.so/', // a file system for agents
  'https://clawvisor.com/', // authorisation layer for agents
  'https://reasonblocks.com/', // agent runtime layer
  'https://insforge.dev/', // backend infrastructure for coding agents
  'https://www.mireye.com/', // geospatial API for agents
  'https://hiloop.ai/', // agent training infrastructure
  'https://experientiallabs.ai/', // model endpoints
  'https://www.openrelay.inc/', // inference
  'https://tracerml.ai/', // a model-ensembling lab
  'https://polymathlabs.ai/', // training environments
  'https://www.dedaluslabs.ai/', // MCP hosting
  'https://www.cyberdesk.io/', // a computer-use API for developers
  'https://imprezia.ai/', // ads inside AI apps
  'https://thetokencompany.com/', // prompt compression middleware
  'https://trymaven.com/', // payments for voice agents
  'https://usegrade.com/', // payroll API
  'https://voygr.tech/', // a places API for agents
  'https://talkingcomputers.ai/', // agents tuning AI infrastructure
  'https://shofo.ai/', // video datasets for labs
];

const SERVICES_FIRMS = [
  'https://lastaccountingcompany.com/', // an AI-run accounting firm
  'https://getbalance.ai/',
  'https://tryminerva.ai/',
  'https://denki.ai/', // an AI audit firm
  'https://general.legal/', // an AI law firm
  'http://usederya.com/', // a logistics office
  'https://florin.inc/', // an insurance carrier
  'https://locke.inc/', // a government-affairs firm
  'https://flowscope.com/', // consulting
  'https://withpanacea.com/', // FDA regulatory services
  'https://manicule.dev/', // an agency
  'https://absurd.com/', // makes ads for clients
  'https://claybird.com/',
  'https://www.mochacare.com/', // a management service for care organisations
];

const VOICE_DESKTOP_AND_SELF_HOSTED = [
  'https://samora.ai/', // voice agents a business deploys
  'https://patientdesk.ai/',
  'https://www.trapezehealth.com/',
  'https://www.codyco.ai/en',
  'https://screenpipe.com/', // desktop apps
  'https://heyclicky.com/',
  'https://emdash.ai/',
  'https://www.conifer.build/docs/reference/glossary/', // a local model runtime and CLI
  'https://usealmanac.com/code', // a wiki kept in the repository by a CLI
  'https://codealmanac.com/',
  'https://www.tryastraea.com/what-is-clinical-trial-automation', // runs in the sponsor's own environment
  'https://docs.hyperprobe.co/how-it-works', // live code probes
];

const NOT_AI_PRODUCTS = [
  'https://www.stoaexchange.com/', // a GPU marketplace
  'https://getcomputable.com/',
  'https://lucaiq.com/', // a tax API
  'https://www.risklytics.ai/', // an insurance brokerage
  'https://caution.co/', // enclave hosting
  'https://www.klaimee.ai/', // insurance for agents
  'https://nautilus.co/', // car-wash software the record only tags AI
  'https://www.palace.so/',
  'https://zavopay.com/',
  'https://getstratus.ai/', // a record tagged hardware
  'https://sylvian.ai/', // a vague record
  'https://superpenguin.ai/', // AI spend tracking, not an AI product
];

const SHARED_AND_GENERAL_SITES = [
  'https://acme-crm.vendo.run/', // vendo.run hosts tenants' deployed apps
  'https://docs.vendo.run/docs/infrastructure',
  'https://calendly.com/ashish-selvaraj/approxima', // scheduling links on vendor pages
  'https://pulse.cal.com/jochen/intro',
  'https://try-wideframe.pages.dev/blog/how-to-build-a-rough-cut-in-minutes-with-ai', // a shared pages.dev host
];

const NAMESAKES = [
  'https://www.asendia.com/', // the international mail company, not Asendia AI
  'https://www.spaceflow.io/', // a tenant-experience app, not SpaceFlow Technologies
  'https://hyper.is/', // a terminal app, not Hyper
  'https://www.energy.gov/', // the U.S. Department of Energy, not Doe
  'https://www.casco.com/', // a generic-word host kept out by an earlier trap
  'https://contractorforeman.com/knowledge-base/basics-of-estimates/', // construction software, not YC's Foreman
];

describe('c15 yc26 rows: YC 2025 and 2026 AI products', () => {
  it('classifies every new host as its own entry', () => {
    expectEachClassifiedAs(
      {
        ...ownUrls(longTailC15Yc26Tools),
        'https://app.nex.ai/settings/developer': 'nex-ai', // web app and API hosts the rows' pages name
        'https://app.agnost.ai/': 'agnost-ai',
        'https://api.fabraix.com/v1/check': 'fabraix',
        'https://api.spaceflow.tech/v1/agents.invoke': 'spaceflow-tech',
        'https://hmm.heyhyper.ai/concepts/memory': 'heyhyper',
        'https://trydock.ai/acme/product-brief': 'trydock',
        'https://coasty.ai/v1/predict': 'coasty',
      },
      { api: true },
    );
  });

  it('leaves the directory, the lead and left-out records unclassified', () => {
    expectNoneClassified([
      ...DIRECTORY_AND_LEAD,
      ...INFRASTRUCTURE_AND_APIS,
      ...SERVICES_FIRMS,
      ...VOICE_DESKTOP_AND_SELF_HOSTED,
      ...NOT_AI_PRODUCTS,
    ]);
  });

  it('leaves shared platforms, general sites and namesakes unclassified', () => {
    expectNoneClassified([...SHARED_AND_GENERAL_SITES, ...NAMESAKES]);
  });
});
