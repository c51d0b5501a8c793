// AI sections of general platforms found by the sixth long-tail pass (2026-12-05): a URL prefix on the vendor's own
// host, taken from the pinned list file that links that exact page. The rest of the vendor's site stays unclaimed
// (lookalikes.test.ts keeps a trap beside each prefix).
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed } from './define';

export const platformAiSectionTools3: Tool[] = defineTools('embedded-saas', [
  {
    id: 'sap-joule',
    name: 'SAP Joule',
    vendor: 'SAP',
    urlPrefixes: ['www.sap.com/products/artificial-intelligence/ai-assistant.html'],
    source: listed('zijianni'),
  },
  { id: 'unbounce-smart-copy', name: 'Unbounce Smart Copy', vendor: 'Unbounce', urlPrefixes: ['unbounce.com/product/smart-copy'], source: listed('meetpateltech') },
  { id: 'wizishop-ai', name: 'WiziShop AI', vendor: 'WiziShop', urlPrefixes: ['wizishop.com/ai'], source: listed('meetpateltech') },
  { id: 'httpie-ai', name: 'HTTPie AI', vendor: 'HTTPie', category: 'coding', urlPrefixes: ['httpie.io/ai'], source: listed('meetpateltech') },
  { id: 'reply-io-ai-email', name: 'Reply.io AI Sales Email Assistant', vendor: 'Reply.io', category: 'writing', urlPrefixes: ['reply.io/sales-email-assistant'], source: listed('meetpateltech') },
  { id: 'myheritage-ai-time-machine', name: 'MyHeritage AI Time Machine', vendor: 'MyHeritage', category: 'image', urlPrefixes: ['www.myheritage.com/ai-time-machine'], source: listed('meetpateltech') },
  { id: 'seovendor-seo-gpt', name: 'SEO GPT', vendor: 'SEO Vendor', category: 'writing', urlPrefixes: ['seovendor.co/seo-gpt'], source: listed('meetpateltech') },
], { checked: CHECKED_3 });
