// Fifth pass (CHECKED_3): regional AI services outside China. Rows cite either a pinned, permissively licensed
// regional list (two Arabic AI lists, LISTS.omarsalah26 and LISTS.azizalzahrani) or the vendor's own page read in
// the stored `pages`/`docs` corpora on CHECKED_3 (an API reference, developer docs, or the product's privacy page
// that names the product, its operator and the country whose law it follows). Hosts were diffed against the
// catalog first; company or institute sites the lists also name (sdaia.gov.sa, tii.ae, g42.ai, stc.com.sa, careem.com)
// are general sites, not AI tools, and stay out.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed } from './define';

export const regionalC5WorldTools: Tool[] = defineTools('chat', [
  // Middle East: Arabic AI services
  { id: 'intella', name: 'Intella (Ziila)', vendor: 'Intella', category: 'audio', domains: ['intella.me'], source: listed('omarsalah26'), region: 'middle-east' },
  { id: 'hamsa-ai', name: 'Hamsa', vendor: 'Hamsa AI', category: 'audio', domains: ['tryhamsa.com'], source: listed('omarsalah26'), region: 'middle-east' },
  { id: 'silma-ai', name: 'SILMA', vendor: 'Silma AI', category: 'audio', domains: ['silma.ai'], source: listed('omarsalah26'), region: 'middle-east' },
  { id: 'mozn', name: 'Mozn', vendor: 'Mozn', category: 'other', domains: ['mozn.ai'], source: listed('azizalzahrani'), region: 'middle-east' },
  // Russia: the SpeechKit recognition API; its reference gives the service URL.
  { id: 'yandex-speechkit-api', name: 'Yandex SpeechKit API', vendor: 'Yandex Cloud', category: 'audio', apiEndpoints: ['stt.api.cloud.yandex.net'], source: 'https://yandex.cloud/en-ru/docs/speechkit/stt-v3/api-ref', region: 'russia' },
  // Japan: miibo, a no-code conversational-AI builder; its docs name the admin console on miibo.dev, and shared agents chat on miibo.jp.
  { id: 'miibo', name: 'miibo', vendor: 'miibo', category: 'agents', domains: ['miibo.jp', 'miibo.dev'], source: 'https://miibo.readme.io/docs/api経由で会話させる', region: 'japan' },
  // India: products whose privacy pages name an Indian operator or India's DPDP Act.
  { id: 'kruti-io', name: 'Kruti.io', vendor: 'Cinute Digital', category: 'writing', domains: ['kruti.io'], source: 'https://www.kruti.io/privacy', region: 'india' },
  { id: 'kitero', name: 'Kitero', vendor: 'Sakthi Robotics & Automations', domains: ['kitero.ai'], source: 'https://www.kitero.ai/privacy', region: 'india' },
  { id: 'krut-ai', name: 'Krut AI', vendor: 'Krut AI', category: 'coding', domains: ['krut.ai'], source: 'https://krut.ai/privacy', region: 'india' },
  // Africa: South African products (POPIA)
  { id: 'afribot', name: 'AfriBot', vendor: 'Lioneur', domains: ['afribot.co.za'], source: 'https://afribot.co.za/policies/privacy', region: 'africa' },
  { id: 'ai-chat-za', name: 'AI Chat', vendor: 'AI-CHAT (PTY) LTD', category: 'agents', domains: ['ai-chat.co.za'], source: 'https://ai-chat.co.za/privacy-policy', region: 'africa' },
], { checked: CHECKED_3 });
