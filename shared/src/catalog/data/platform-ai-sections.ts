// AI sections of general platforms, as URL prefixes on the platform's own host (never the whole platform). Each row
// cites the vendor's developer or help page describing the AI product, read on CHECKED_3 from its stored copy.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools } from './define';

export const platformAiSectionTools: Tool[] = defineTools('agents', [
  {
    id: 'salesforce-agentforce',
    name: 'Agentforce',
    vendor: 'Salesforce',
    // www.salesforce.com/artificial-intelligence (Einstein): listed('bsaisuryacharan'); www.salesforce.com/einsteincopilot
    // (Einstein Copilot, Agentforce's earlier name): listed('rvelamen', 'data.json'), CHECKED_3
    // api.salesforce.com/einstein/ai-agent (2026-12-06, CHECKED_C16, saasai), the Agentforce Agent API (sessions and
    // messages with deployed agents): Salesforce's own agents library (Apache-2.0),
    // https://github.com/forcedotcom/agents/blob/25e8f90c91a949f0c0950dc50d1863cdceb58927/src/agents/productionAgent.ts line 58
    urlPrefixes: ['www.salesforce.com/agentforce', 'www.salesforce.com/products/einstein', 'www.salesforce.com/artificial-intelligence', 'www.salesforce.com/einsteincopilot'],
    apiPrefixes: ['api.salesforce.com/einstein/ai-agent'],
    source: 'https://developer.salesforce.com/docs/ai/agentforce/guide/get-started-agents.html',
  },
  {
    id: 'atlassian-rovo',
    name: 'Rovo',
    vendor: 'Atlassian',
    // rovo.atlassian.com (2026-12-06), Rovo's own subdomain: listed('amansk5aiguard', 'registry/registry.yaml') (entry
    // atlassian-rovo, "Atlassian Rovo"), CHECKED_C12; the registry's api.atlassian.com is Atlassian's general API, not claimed
    domains: ['rovo.atlassian.com'],
    urlPrefixes: ['www.atlassian.com/software/rovo'],
    source: 'https://developer.atlassian.com/cloud/rovo-a2a/',
  },
  {
    id: 'hubspot-breeze',
    name: 'Breeze',
    vendor: 'HubSpot',
    urlPrefixes: ['www.hubspot.com/products/artificial-intelligence'],
    source: 'https://developers.hubspot.com/ai-tools',
  },
  {
    id: 'shopify-magic',
    name: 'Shopify Magic and Sidekick',
    vendor: 'Shopify',
    category: 'writing',
    // www.shopify.com/sidekick: listed('stevoisiakai', 'GenAI-Blocklist.txt') (line 3598 hides Shopify's link to it), CHECKED_3
    urlPrefixes: ['www.shopify.com/magic', 'www.shopify.com/sidekick'],
    source: 'https://shopify.dev/docs/apps/build/sidekick',
  },
  {
    id: 'zoom-ai-companion',
    name: 'Zoom AI Companion',
    vendor: 'Zoom',
    category: 'meeting',
    urlPrefixes: ['www.zoom.com/en/products/ai-assistant'],
    source: 'https://library.zoom.com/zoom-workplace/ai-companion/custom-ai-companion-explainer/features-and-architecture',
  },
  {
    id: 'yandex-ai-studio',
    name: 'YandexGPT (Yandex Cloud AI Studio)',
    vendor: 'Yandex Cloud',
    category: 'developer-platform',
    urlPrefixes: [
      'yandex.cloud/en/services/yandexgpt',
      'yandex.cloud/ru/services/yandexgpt',
      'yandex.cloud/en/services/ai-studio',
      'yandex.cloud/ru/services/ai-studio',
      // The service's documentation, read on CHECKED_C12 in its Russian, English and en-ru editions
      // (https://yandex.cloud/ru/docs/foundation-models/concepts/yandexgpt/models,
      // https://yandex.cloud/en-ru/docs/foundation-models/concepts/yandexgpt, https://yandex.cloud/en/docs/ai-studio/qa/ai-assistant);
      // the ru-kz edition is the regional pass's hand-over.
      'yandex.cloud/ru/docs/foundation-models',
      'yandex.cloud/en/docs/foundation-models',
      'yandex.cloud/en-ru/docs/foundation-models',
      'yandex.cloud/en/docs/ai-studio',
      'yandex.cloud/ru-kz/docs/ai-studio',
      // The Russian AI Studio edition and the unlocalised path, read on CHECKED_C13 by the thirteenth regional pass
      // (https://yandex.cloud/ru/docs/ai-studio/concepts/api,
      // https://yandex.cloud/docs/foundation-models/text-generation/api-ref/TextGeneration/completion).
      'yandex.cloud/ru/docs/ai-studio',
      'yandex.cloud/docs/foundation-models',
      // The unlocalised AI Studio path and the Kazakh Foundation Models edition, read on CHECKED_C15 by the fifteenth
      // regional pass (https://yandex.cloud/docs/ai-studio/operations/generation/yandexart-request,
      // https://yandex.cloud/ru-kz/docs/foundation-models/concepts/yandexart).
      'yandex.cloud/docs/ai-studio',
      'yandex.cloud/ru-kz/docs/foundation-models',
      // The older Russian YandexGPT API documentation path, read on CHECKED_C16 by the sixteenth regional pass
      // (https://yandex.cloud/ru/docs/yandexgpt/quickstart).
      'yandex.cloud/ru/docs/yandexgpt',
    ],
    // aistudio.yandex.ru, AI Studio's own host: https://aistudio.yandex.ru/docs/en/ai-studio/quickstart/ read on CHECKED_3.
    domains: ['aistudio.yandex.ru'],
    source: 'https://yandex.cloud/en/docs/yandexgpt/concepts/api',
    region: 'russia',
  },
], { checked: CHECKED_3 });
