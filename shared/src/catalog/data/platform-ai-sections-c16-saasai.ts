// Sixteenth session, saasai pass (2026-12-06, issue 15 "AI sections under general sites"): the AI sections of general
// SaaS and cloud products, written as URL prefixes on the vendor's own host or as the AI-only hosts and API hosts the
// vendor gives them, never the general site. Leads: the brief's list (ClickUp Brain, monday, Asana, Miro, Dropbox Dash,
// Box, Slack, Zoom, Zendesk, Freshworks, Shopify, Wix, Webflow, Squarespace, HubSpot, Salesforce, ServiceNow, Workday,
// SAP, Oracle, Atlassian, Figma, Adobe, Google Vids, Amazon Q, Bing, Yahoo, Brave, Opera, Quora, Grammarly) and about
// 580 more AI-section URLs, AI-only subdomains and AI API hosts of general products written down by hand for the pass
// (many of them guessed paths, kept only to measure). Sources: the vendors' own repositories, fetched and read at the
// commit in each URL (documentation repositories, SDKs, OpenAPI descriptions, Google's API definitions, the AWS SDK's
// endpoint table), and one vendor llms.txt kept verbatim by API Evangelist. Nothing is cited from a list.
// Measured with /work/helpers/classify-hosts.mts on the 617 lead hosts and URLs: 237 (38.4%) before, 265 (42.9%) after
// (these rows and the hosts added to existing entries). On the 37 URLs for the brief's own names: 25 before and after;
// the 12 misses are the left-outs below, three guessed paths (search.yahoo.com/ai, www.quora.com/poe,
// www.opera.com/features/aria) and ServiceNow's Now Assist page (third-party files only; ServiceNow's docs say Now
// Assist is giving way to "ServiceNow Otto", a panel inside customers' own instances).
// Hosts and prefixes added to existing entries (CHECKED_C16, each sourced in a comment on that row): box-ai
// (api.box.com/2.0/ai, /ai_agents; Box's OpenAPI), intercom-fin (api.intercom.io/fin and its EU and AU servers;
// Intercom's OpenAPI), salesforce-agentforce (api.salesforce.com/einstein/ai-agent; Salesforce's agents library),
// google-dialogflow, google-document-ai, google-cloud-vision, google-cloud-natural-language and
// google-cloud-video-intelligence (their *.googleapis.com API hosts; Google's API definitions).
// Left out, for want of a vendor's page or repository naming the host or path (only third-party pages and code):
// ClickUp's clickup.com/brain, monday's monday.com/w/ai (monday's own developer docs describe sidekick and agents but
// name no page), Workday's AI pages, Google Vids (vids.google.com, docs.google.com/videos: only third-party code, and
// docs.google.com/videos also carries ordinary shared videos), Amazon Q's q.aws.amazon.com, Bing Copilot Search
// (www.bing.com/copilotsearch), Figma Weave (weavy.ai), Meta AI Studio (aistudio.instagram.com), Smartsheet,
// Docusign Iris, Webex and Tableau AI pages, IONOS AI Model Hub (inference.de-txl.ionos.com), agentforce.com. Zoom: its
// developer changelog (update of 2026-07-02) says the AI Companion brand is retired and the features are folded into
// Zoom Workplace; no new name or host, so `zoom-ai-companion` stays as it is. Opera's Aria is now "Opera AI", built into
// the browser with no web host (Opera's llms.txt); Opera Neon is already `opera-neon`. Yahoo (Scout), Brave (Ask),
// Quora (Poe), Grammarly, Slack, Zendesk, Freshworks, Shopify, Wix, Webflow, Squarespace, HubSpot, SAP Joule, Oracle,
// Atlassian Rovo, Figma Make, Acrobat AI Assistant, Asana, Miro, Dropbox Dash and Box AI were already entries.
// Left out as infrastructure, as the fourteenth session judged AI gateways and Zoom's AI Services: Kong AI Gateway
// (konghq.com/products/kong-ai-gateway, cloud.konghq.com/ai-manager; Kong's own docs name both) and Twilio's
// Conversational Intelligence (intelligence.twilio.com). Left unclaimed for false-positive risk: translate.googleapis.com
// (the page-translation widget many sites load) and speech.googleapis.com. Deprecated: RingCentral's /ai API.
// Not taken (low value for a browser, or a pass of their own): the regional API hosts of AWS's classic ML services
// (polly, rekognition, transcribe, comprehend, textract, lex; their entries carry console and product prefixes only).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C16, defineTools } from './define';

const gh = (repo: string, commit: string, path: string) => `https://github.com/${repo}/blob/${commit}/${path}`;

/** SAP AI Core's production API hosts, one per region, as its OpenAPI server enum lists them. */
const SAP_AI_CORE_REGIONS = [
  'prod.eu-central-1.aws',
  'prodeuonly.eu-central-1.aws',
  'prod.us-east-1.aws',
  'prod.ap-northeast-1.aws',
  'prod-ap11.ap-southeast-1.aws',
  'prod-ap20.australiaeast.azure',
  'prod.ap-southeast-2.aws',
  'prod-eu20.westeurope.azure',
  'prod-ap30.australia-southeast1.gcp',
  'prod-in30.asia-south1.gcp',
  'prod-sa30.me-central2.gcp',
  'prod-us21.eastus.azure',
  'prod-eu30.europe-west3.gcp',
  'prod-us30.us-central1.gcp',
  'prod-br10.sa-east-1.aws',
];

export const platformAiSectionToolsC16Saasai: Tool[] = defineTools(
  'embedded-saas',
  [
    // ServiceNow's own documentation repository (australia branch): Build Agent, the AI agent that generates whole
    // ServiceNow applications from a description ("vibe coding"), is installed from the page
    // www.servicenow.com/products/vibe-coding.html. The rest of servicenow.com and customers' *.service-now.com
    // instances (where Now Assist / ServiceNow Otto run as a panel) stay unclaimed.
    {
      id: 'servicenow-build-agent',
      name: 'ServiceNow Build Agent (vibe coding)',
      vendor: 'ServiceNow',
      category: 'coding',
      urlPrefixes: ['www.servicenow.com/products/vibe-coding.html'],
      source: gh(
        'ServiceNow/ServiceNowDocs',
        'cb48b5c3e046f240aa0b7b9656c8505d6cbb98b7',
        'markdown/application-development/build-agent-plugins.md',
      ),
    },
    // AFFiNE's own README (its maker, Toeverything): "AFFiNE AI", the multimodal AI partner in its docs-and-whiteboard
    // workspace, links affine.pro/ai. The rest of affine.pro and app.affine.pro (the general workspace) stay unclaimed.
    {
      id: 'affine-ai',
      name: 'AFFiNE AI',
      vendor: 'Toeverything (AFFiNE)',
      category: 'productivity',
      urlPrefixes: ['affine.pro/ai'],
      source: gh('toeverything/AFFiNE', '10963da706358355a1ec3e6ffbf8e0ee8b4800e3', 'README.md'),
    },
    // AWS's own Scale-Out Computing on AWS (awslabs, Apache-2.0): its web interface config asks for "your Amazon Q for
    // Business URL (ex: https://t5i9puav.chat.qbusiness.us-west-2.on.aws/)". Each Amazon Q Business web experience (the
    // hosted AI chat assistant an organisation deploys) is a subdomain of chat.qbusiness.<region>.on.aws, which hosts
    // nothing else; AWS's API reference calls these URLs "unique and fully hosted by AWS". Written for the regions
    // where deployed URLs of that shape were seen (us-west-2 here; us-east-1 and eu-west-1 in public code). The Q
    // Business API (Chat, ChatSync, conversations) is qbusiness.<region>.api.aws in the AWS SDK's own endpoint table
    // (https://github.com/boto/botocore/blob/0e6e2404b85dc336dd2889814e089bde7d1a4c55/botocore/data/endpoints.json,
    // Apache-2.0), written for the same three regions.
    {
      id: 'amazon-q-business-web',
      name: 'Amazon Q Business (web experience)',
      vendor: 'Amazon Web Services',
      category: 'chat',
      domains: [
        'chat.qbusiness.us-east-1.on.aws',
        'chat.qbusiness.us-west-2.on.aws',
        'chat.qbusiness.eu-west-1.on.aws',
      ],
      apiEndpoints: ['qbusiness.us-east-1.api.aws', 'qbusiness.us-west-2.api.aws', 'qbusiness.eu-west-1.api.aws'],
      source: gh(
        'awslabs/scale-out-computing-on-aws',
        '1c3779456b28eb3c807c81528503b097a221bb8f',
        'source/soca/cluster_manager/web_interface/config.py',
      ),
    },
    // DigitalOcean's own Gradient SDK (Apache-2.0): deployed agents answer at <name>.agents.do-ai.run, knowledge-base
    // retrieval at kbaas.do-ai.run, and agents, knowledge bases and model keys are managed under /v2/gen-ai of its API.
    // Serverless inference (inference.do-ai.run) is already the `digitalocean-serverless-inference` entry; the rest of
    // api.digitalocean.com (droplets, volumes, ...) stays unclaimed.
    {
      id: 'digitalocean-gradient-agents',
      name: 'DigitalOcean Gradient AI (agents and knowledge bases)',
      vendor: 'DigitalOcean',
      category: 'developer-platform',
      apiPrefixes: ['api.digitalocean.com/v2/gen-ai'],
      apiEndpoints: ['agents.do-ai.run', 'kbaas.do-ai.run'],
      source: gh('digitalocean/gradient-python', '1da4a91eed3269d6f8c75dfeea6be77d634f80c6', 'README.md'),
    },
    // SAP's own AI SDK for JavaScript (Apache-2.0): the SAP AI Core API (the generative AI hub's deployments,
    // orchestration and model access) is served from api.ai.<region>.ml.hana.ondemand.com, with the regions listed in
    // the OpenAPI servers enum. SAP Joule is its own entry; other hana.ondemand.com hosts stay unclaimed.
    {
      id: 'sap-ai-core',
      name: 'SAP AI Core (generative AI hub)',
      vendor: 'SAP',
      category: 'developer-platform',
      apiEndpoints: SAP_AI_CORE_REGIONS.map((region) => `api.ai.${region}.ml.hana.ondemand.com`),
      source: gh('SAP/ai-sdk-js', '42429d19c7ab56484d7fa07aa261d1fcf82f66d6', 'packages/ai-api/src/spec/AI_CORE_API.yaml'),
    },
    // Google's own API definitions (googleapis, Apache-2.0): discoveryengine.googleapis.com is the Discovery Engine API,
    // the service behind Vertex AI Search and Gemini Enterprise (its services include AssistantService and
    // ConversationalSearchService; its documentation URI is cloud.google.com/generative-ai-app-builder/docs). Gemini
    // Enterprise's web app is the `gemini-enterprise` entry; other googleapis.com hosts stay unclaimed.
    {
      id: 'google-discovery-engine-api',
      name: 'Discovery Engine API (Vertex AI Search, Gemini Enterprise)',
      vendor: 'Google',
      category: 'developer-platform',
      apiEndpoints: ['discoveryengine.googleapis.com'],
      source: gh(
        'googleapis/googleapis',
        'f8291d2b89f0017ab078a4c7378069bae5686f6f',
        'google/cloud/discoveryengine/v1/discoveryengine_v1.yaml',
      ),
    },
    // The same repository: geminidataanalytics.googleapis.com is the "Data Analytics API with Gemini" (the Conversational
    // Analytics API: AI chat over structured data), and ces.googleapis.com the "Gemini Enterprise for Customer Experience
    // API" (conversational agents for customer engagement, documented under customer-engagement-ai/conversational-agents).
    {
      id: 'google-gemini-data-analytics-api',
      name: 'Gemini Data Analytics API (Conversational Analytics)',
      vendor: 'Google',
      category: 'developer-platform',
      apiEndpoints: ['geminidataanalytics.googleapis.com'],
      source: gh(
        'googleapis/googleapis',
        'f8291d2b89f0017ab078a4c7378069bae5686f6f',
        'google/cloud/geminidataanalytics/v1/geminidataanalytics_v1.yaml',
      ),
    },
    {
      id: 'google-gemini-enterprise-cx-api',
      name: 'Gemini Enterprise for Customer Experience API',
      vendor: 'Google',
      category: 'agents',
      apiEndpoints: ['ces.googleapis.com'],
      source: gh('googleapis/googleapis', 'f8291d2b89f0017ab078a4c7378069bae5686f6f', 'google/cloud/ces/v1/ces_v1.yaml'),
    },
    // Salesforce's own Data Cloud custom-code SDK (forcedotcom, Apache-2.0): its Einstein platform client sends LLM
    // generation requests to https://api.salesforce.com/einstein/platform/v1/models (the Salesforce Models API). The rest
    // of api.salesforce.com stays unclaimed; Agentforce's pages are the `salesforce-agentforce` entry.
    {
      id: 'salesforce-models-api',
      name: 'Salesforce Models API (Einstein platform)',
      vendor: 'Salesforce',
      category: 'developer-platform',
      apiPrefixes: ['api.salesforce.com/einstein/platform'],
      source: gh(
        'forcedotcom/datacloud-customcode-python-sdk',
        '59c70a3636fbb491aca6249fde4403e6ee59e0cb',
        'src/datacustomcode/einstein_platform_client.py',
      ),
    },
    // Twilio's own OpenAPI specifications (MIT): "Twilio - Assistants" (AI Assistants: LLM agents with knowledge and
    // tools) is served from assistants.twilio.com. The rest of Twilio's API hosts (api.twilio.com, messaging, voice)
    // stay unclaimed, and so does intelligence.twilio.com (Conversational Intelligence: transcription and analysis
    // APIs, infrastructure like the Zoom AI Services the fourteenth session left out).
    {
      id: 'twilio-ai-assistants',
      name: 'Twilio AI Assistants',
      vendor: 'Twilio',
      category: 'agents',
      apiEndpoints: ['assistants.twilio.com'],
      source: gh('twilio/twilio-oai', 'd50069b44ea8cd23141385bdb6db48f16ff75bb5', 'spec/json/twilio_assistants_v1.json'),
    },
    // Algolia's own DocSearch repository (MIT): the Ask AI assistant's HTTP API is https://askai.algolia.com (being moved
    // to Agent Studio, whose completions run on each customer's own <app>.algolia.net), and the dashboard's Ask AI page is
    // dashboard.algolia.com/ask-ai. Algolia's search hosts, docsearch.algolia.com and the rest of the dashboard stay
    // unclaimed.
    {
      id: 'algolia-ask-ai',
      name: 'Algolia Ask AI',
      vendor: 'Algolia',
      category: 'search',
      urlPrefixes: ['dashboard.algolia.com/ask-ai'],
      apiEndpoints: ['askai.algolia.com'],
      source: gh(
        'algolia/docsearch',
        '4ac53c423aeb5031835ed1d7d3b260646fa7bd81',
        'packages/website/docs/agent-studio/migrate-to-agent-studio.mdx',
      ),
    },
    // Sprinklr's own llms.txt (https://www.sprinklr.com/llms.txt, read in the copy at
    // api-evangelist/sprinklr@471c70c87d8932b7703c409419d7af4fe1389b20 llms/sprinklr-llms.txt; the copy's apis.yml
    // records the vendor file answering 200), section "Sprinklr AI": Sprinklr AI, AI Agents, Copilot and AI+ Studio,
    // each under /products/platform/. The rest of sprinklr.com (social, service, insights, marketing suites) stays
    // unclaimed.
    {
      id: 'sprinklr-ai',
      name: 'Sprinklr AI (AI Agents, Copilot, AI+ Studio)',
      vendor: 'Sprinklr',
      category: 'agents',
      urlPrefixes: [
        'www.sprinklr.com/products/platform/ai',
        'www.sprinklr.com/products/platform/ai-agents',
        'www.sprinklr.com/products/platform/sprinklr-copilot',
        'www.sprinklr.com/products/platform/ai-plus-studio',
      ],
      source: 'https://www.sprinklr.com/llms.txt',
    },
  ],
  { checked: CHECKED_C16 },
);
