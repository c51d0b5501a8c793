// Image, brand and video generators and AI site builders whose whole site is the AI product. Each row cites
// the vendor's own pricing page.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed, CHECKED_C12 } from './define';

export const catImageVideoTools: Tool[] = defineTools(
  'image',
  [
    { id: 'holara', name: 'Holara', vendor: 'Holara', domains: ['holara.ai'], source: listed('laylavish', 'noai_hosts.txt'), checked: CHECKED_3 }, // host only: the AI-site hosts list names holara.ai
    { id: 'insmind', name: 'insMind', vendor: 'insMind', domains: ['insmind.com'], source: listed('stimqq'), checked: CHECKED_3 },
    { id: 'piclumen', name: 'PicLumen', vendor: 'PicLumen', domains: ['piclumen.com'], source: listed('stimqq'), checked: CHECKED_3 },
    { id: 'tailor-brands', name: 'Tailor Brands', vendor: 'Tailor Brands', domains: ['tailorbrands.com'], source: listed('stimqq'), checked: CHECKED_3 },
    { id: 'zarla', name: 'Zarla', vendor: 'Zarla', domains: ['zarla.com'], source: 'https://zarla.com/terms-of-use', checked: CHECKED_C12 }, // Zarla's own terms (website and logo tools, some using AI)
    { id: 'landingsite-ai', name: 'Landingsite.ai', vendor: 'Landingsite.ai', domains: ['landingsite.ai'], source: 'https://landingsite.ai/terms-of-service', checked: CHECKED_3 }, // Landingsite's own terms of service, stored copy read: the Landingsite platform of Landingsite, LLC, on landingsite.ai (2026-12-05)
    { id: 'butternut-ai', name: 'Butternut AI', vendor: 'Butternut AI', domains: ['butternut.ai'], source: listed('whoisdsmith'), checked: CHECKED_C12 }, // Butternut AI at butternut.ai
  ],
  { checked: CHECKED_3 },
);
