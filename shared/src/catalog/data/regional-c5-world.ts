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
  { id: 'yandex-speechkit-api', name: 'Yandex SpeechKit API', vendor: 'Yandex Cloud', category: 'audio', apiEndpoints: ['stt.api.cloud.yandex.net', 'tts.api.cloud.yandex.net', 'transcribe.api.cloud.yandex.net'], source: 'https://yandex.cloud/en-ru/docs/speechkit/stt-v3/api-ref', region: 'russia' }, // tts.: https://yandex.cloud/en/docs/speechkit/tts/request; transcribe.: https://yandex.cloud/en/docs/speechkit/stt/api/transcribation-api
  // Japan: miibo, a no-code conversational-AI builder; its docs name the admin console on miibo.dev, and shared agents chat on miibo.jp.
  { id: 'miibo', name: 'miibo', vendor: 'miibo', category: 'agents', domains: ['miibo.jp', 'miibo.dev'], source: 'https://miibo.readme.io/docs/api%E7%B5%8C%E7%94%B1%E3%81%A7%E4%BC%9A%E8%A9%B1%E3%81%95%E3%81%9B%E3%82%8B', region: 'japan' },
  // India: products whose privacy pages name an Indian operator or India's DPDP Act.
  { id: 'kruti-io', name: 'Kruti.io', vendor: 'Cinute Digital', category: 'writing', domains: ['kruti.io'], source: 'https://www.kruti.io/privacy', region: 'india' },
  { id: 'kitero', name: 'Kitero', vendor: 'Sakthi Robotics & Automations', domains: ['kitero.ai'], source: 'https://www.kitero.ai/privacy', region: 'india' },
  { id: 'krut-ai', name: 'Krut AI', vendor: 'Krut AI', category: 'coding', domains: ['krut.ai'], source: 'https://krut.ai/privacy', region: 'india' },
  // Korea: products whose terms or privacy pages name a Korean operator and Korean law.
  { id: 'jium-ai', name: 'Jium AI (지음AI)', vendor: 'Harang Company', domains: ['jium.ai'], source: 'https://jium.ai/terms-of-service', region: 'korea' },
  { id: 'atlo-ai', name: 'Atlo', vendor: 'Atlo', domains: ['atlo.ai'], source: 'https://atlo.ai/privacy-policy', region: 'korea' },
  // Russia: products whose privacy pages follow 152-FZ.
  { id: 'ai-sreda', name: 'AI SREDA', vendor: 'AI SREDA', category: 'agents', domains: ['aisreda.com'], source: 'https://app.aisreda.com/privacy', region: 'russia' },
  { id: 'crazygpt', name: 'CrazyGPT', vendor: 'CrazyGPT', domains: ['crazygpt.ru'], source: 'https://crazygpt.ru/privacy', region: 'russia' },
  // South-East Asia: products whose privacy pages follow Thailand's PDPA or keep data in Vietnam.
  { id: 'nuaai', name: 'NuaAI', vendor: 'NuaAI Co., Ltd.', category: 'agents', domains: ['nuaai.org'], source: 'https://nuaai.org/privacy', region: 'southeast-asia' },
  { id: 'clienta-ai', name: 'Clienta.ai', vendor: 'Clienta.ai', category: 'agents', domains: ['clienta.ai'], source: 'https://clienta.ai/privacy', region: 'southeast-asia' },
  { id: 'thaibot', name: 'ThaiBot', vendor: 'ThaiBot', category: 'agents', domains: ['thaibot.ai'], source: 'https://www.thaibot.ai/privacy', region: 'southeast-asia' },
  { id: 'deai-sen', name: 'Chatbot DeAI (Sen)', vendor: 'DeAI', domains: ['sen.deaicorp.ai'], source: 'https://sen.deaicorp.ai/policies/privacy/', region: 'southeast-asia' },
  // Africa: a Nigerian product (NDPA 2023)
  { id: 'aidevelopia', name: 'AIDEVELOPIA', vendor: 'AIDEVELOPIA', category: 'agents', domains: ['aidevelopia.com'], source: 'https://aidevelopia.com/privacy', region: 'africa' },
  // Africa: South African products (POPIA)
  { id: 'afribot', name: 'AfriBot', vendor: 'Lioneur', domains: ['afribot.co.za'], source: 'https://afribot.co.za/policies/privacy', region: 'africa' },
  { id: 'ai-chat-za', name: 'AI Chat', vendor: 'AI-CHAT (PTY) LTD', category: 'agents', domains: ['ai-chat.co.za'], source: 'https://ai-chat.co.za/privacy-policy', region: 'africa' },
], { checked: CHECKED_3 });
