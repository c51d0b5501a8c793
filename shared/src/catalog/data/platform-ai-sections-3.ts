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
], { checked: CHECKED_3 });
