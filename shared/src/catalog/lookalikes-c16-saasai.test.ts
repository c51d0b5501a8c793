// Traps beside the sixteenth session's saasai pass (data/platform-ai-sections-c16-saasai.ts, and the AI API prefixes it
// gave the existing `box-ai` and `intercom-fin` entries): the general site beside every AI prefix, the vendors' general
// API hosts and paths beside their AI hosts and paths, the vendors' repositories on GitHub, and namesakes. Every trap
// must stay unclassified; every new host, endpoint and prefix must classify to its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { platformAiSectionToolsC16Saasai } from './data/platform-ai-sections-c16-saasai';

/** Prefixes this pass added to entries that already existed. */
const ALIASES: Readonly<Record<string, string>> = {
  'https://api.box.com/2.0/ai/ask': 'box-ai',
  'https://api.box.com/2.0/ai/extract_structured': 'box-ai',
  'https://api.box.com/2.0/ai_agents': 'box-ai',
  'https://api.intercom.io/fin/start': 'intercom-fin',
  'https://api.eu.intercom.io/fin/reply': 'intercom-fin',
  'https://api.au.intercom.io/fin/csat': 'intercom-fin',
  'https://api.salesforce.com/einstein/ai-agent/v1/agents/0Xx000000000001/sessions': 'salesforce-agentforce',
  'https://dialogflow.googleapis.com/v3/projects/p/locations/global/agents/a/sessions/s:detectIntent':
    'google-dialogflow',
  'https://documentai.googleapis.com/v1/projects/p/locations/us/processors/x:process': 'google-document-ai',
  'https://vision.googleapis.com/v1/images:annotate': 'google-cloud-vision',
  'https://language.googleapis.com/v1/documents:analyzeSentiment': 'google-cloud-natural-language',
  'https://videointelligence.googleapis.com/v1/videos:annotate': 'google-cloud-video-intelligence',
};

/** Pages and API requests under the new prefixes and hosts, as the vendors' sources show them (API hosts match as requests). */
const UNDER_THE_NEW_ROWS: Readonly<Record<string, string>> = {
  'https://www.servicenow.com/products/vibe-coding.html#benefits': 'servicenow-build-agent',
  'https://affine.pro/ai': 'affine-ai',
  'https://t5i9puav.chat.qbusiness.us-west-2.on.aws/': 'amazon-q-business-web',
  'https://yv22xfsq.chat.qbusiness.eu-west-1.on.aws/': 'amazon-q-business-web',
  'https://qbusiness.us-east-1.api.aws/applications/a1/conversations': 'amazon-q-business-web',
  'https://discoveryengine.googleapis.com/v1/projects/p/locations/global/collections/default_collection/engines/e/servingConfigs/default_search:search':
    'google-discovery-engine-api',
  'https://geminidataanalytics.googleapis.com/v1/projects/p/locations/global:chat':
    'google-gemini-data-analytics-api',
  'https://ces.googleapis.com/v1/projects/p/locations/us/apps': 'google-gemini-enterprise-cx-api',
  'https://my-agent.agents.do-ai.run/api/v1/chat/completions': 'digitalocean-gradient-agents',
  'https://kbaas.do-ai.run/v1/kb-123/retrieve': 'digitalocean-gradient-agents',
  'https://api.digitalocean.com/v2/gen-ai/agents': 'digitalocean-gradient-agents',
  'https://api.ai.prod.eu-central-1.aws.ml.hana.ondemand.com/v2/lm/deployments': 'sap-ai-core',
  'https://api.ai.prod-us30.us-central1.gcp.ml.hana.ondemand.com/v2/inference/deployments/d1/v2/completion':
    'sap-ai-core',
  'https://api.salesforce.com/einstein/platform/v1/models/sfdc_ai__DefaultGPT4Omni/generations':
    'salesforce-models-api',
  'https://assistants.twilio.com/v1/Assistants': 'twilio-ai-assistants',
  'https://askai.algolia.com/chat': 'algolia-ask-ai',
  'https://dashboard.algolia.com/ask-ai': 'algolia-ask-ai',
  'https://www.sprinklr.com/products/platform/ai/': 'sprinklr-ai',
  'https://sprinklr.com/products/platform/sprinklr-copilot/': 'sprinklr-ai',
};

const GENERAL_SITES = [
  'https://www.servicenow.com/', // ServiceNow's general site and its other product pages
  'https://www.servicenow.com/products/itsm.html',
  'https://www.servicenow.com/products/vibe-coding-guide.html', // a prefix matches whole path segments only
  'https://www.servicenow.com/docs/r/application-development/exploring-vibe-coding.html',
  'https://acme.service-now.com/now/nav/ui/home', // a customer's instance (Now Assist runs there as a panel)
  'https://affine.pro/', // AFFiNE's general workspace
  'https://affine.pro/blog/best-canvas-ai',
  'https://app.affine.pro/',
  'https://docs.aws.amazon.com/amazonq/latest/qbusiness-ug/web-experience-api.html',
  'https://example.on.aws/', // other AWS-hosted on.aws endpoints
  'https://abc123.lambda-url.us-east-1.on.aws/',
  'https://www.digitalocean.com/', // DigitalOcean's general site, control panel and API
  'https://cloud.digitalocean.com/droplets',
  'https://api.digitalocean.com/v2/droplets',
  'https://api.digitalocean.com/v2/gen-aix', // whole segments only
  'https://www.sap.com/', // SAP's general site and other SAP BTP hosts
  'https://help.sap.com/docs/AI_CORE',
  'https://example.cfapps.eu10.hana.ondemand.com/',
  'https://storage.googleapis.com/bucket/object', // Google's other API hosts
  'https://www.googleapis.com/drive/v3/files',
  'https://translate.googleapis.com/translate_a/element.js', // the page-translation widget many sites load: left unclaimed
  'https://speech.googleapis.com/v1/speech:recognize', // left unclaimed (no entry, and browsers' speech input may use it)
  'https://s3.us-east-1.api.aws/', // other AWS dual-stack API hosts
  'https://api.salesforce.com/platform/mcp', // other Salesforce API paths
  'https://api.salesforce.com/einstein/mcp',
  'https://www.salesforce.com/',
  'https://developer.salesforce.com/docs/ai/agentforce/guide/models-api.html',
  'https://api.twilio.com/2010-04-01/Accounts', // Twilio's general API hosts
  'https://messaging.twilio.com/v1/Services',
  'https://intelligence.twilio.com/v2/Transcripts', // transcription and analysis APIs, infrastructure (left out)
  'https://www.twilio.com/',
  'https://www.algolia.com/', // Algolia's search, docs and dashboard
  'https://docsearch.algolia.com/',
  'https://dashboard.algolia.com/apps',
  'https://latency-dsn.algolia.net/1/indexes/docs/query',
  'https://konghq.com/products/kong-ai-gateway', // an AI gateway: infrastructure, left out as in the fourteenth session
  'https://cloud.konghq.com/ai-manager',
  'https://www.sprinklr.com/', // Sprinklr's general site and suites
  'https://www.sprinklr.com/products/',
  'https://www.sprinklr.com/products/platform/',
  'https://www.sprinklr.com/products/consumer-intelligence/',
  'https://www.box.com/', // Box's general API and Intercom's
  'https://api.box.com/2.0/files/123',
  'https://api.box.com/2.0/folders/0',
  'https://api.intercom.io/conversations',
  'https://api.intercom.io/ai/content_import_sources', // Fin's knowledge sources: not the agent itself
  'https://www.intercom.com/',
];

const SHARED_PLATFORMS = [
  'https://github.com/ServiceNow/ServiceNowDocs', // the vendors' repositories, on GitHub
  'https://github.com/toeverything/AFFiNE',
  'https://github.com/awslabs/scale-out-computing-on-aws',
  'https://github.com/digitalocean/gradient-python',
  'https://github.com/SAP/ai-sdk-js',
  'https://github.com/googleapis/googleapis',
  'https://github.com/boto/botocore',
  'https://github.com/forcedotcom/datacloud-customcode-python-sdk',
  'https://github.com/twilio/twilio-oai',
  'https://github.com/algolia/docsearch',
  'https://github.com/box/box-openapi',
  'https://github.com/intercom/Intercom-OpenAPI',
];

const NAMESAKES = [
  'https://www.affinity.co/', // a CRM, beside AFFiNE
  'https://www.affine.com/',
  'https://www.sprinkler.com/', // beside Sprinklr
  'https://www.q.com/', // beside Amazon Q
];

describe('sixteenth-session saasai pass', () => {
  it('adds its rows: prefixes on the vendors own hosts, AI-only hosts and AI API hosts', () => {
    expect(platformAiSectionToolsC16Saasai.length).toBe(12);
    // no row claims a whole general site: every domain is an AI-only host
    const domains = platformAiSectionToolsC16Saasai.flatMap((t) => t.domains);
    expect(domains.every((d) => d.startsWith('chat.qbusiness.'))).toBe(true);
  });

  it('classifies every new host, endpoint and prefix as its own entry', () => {
    expectEachClassifiedAs(ownUrls(platformAiSectionToolsC16Saasai), { api: true });
  });

  it('classifies the pages and requests under the new rows, and the prefixes added to existing entries', () => {
    expectEachClassifiedAs({ ...UNDER_THE_NEW_ROWS, ...ALIASES }, { api: true });
  });

  it('leaves general sites, sibling paths, shared platforms and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...NAMESAKES]);
  });
});
