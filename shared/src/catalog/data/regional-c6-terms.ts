// Sixth regional pass (CHECKED_3): small regional AI services that no entry matched, each read on its own terms of
// service, user agreement or privacy page (stored pages), which names the service, what its AI does and the host it runs
// on: Japanese and Korean chatbot and writing services, Russian AI chat aggregators and image, video and app generators,
// and an Indic-language chat (read on its maker's Hugging Face post, which names the site). Only each service's own domain is claimed; platforms they sit on (Telegram, Tilda, Vercel)
// stay out, and a service that only uses AI inside a wider product (a diary app, a site builder) is left out.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools } from './define';

export const regionalC6TermsTools: Tool[] = defineTools('chat', [
  // Japan
  { id: 'navichat', name: 'NaviChat (ナビチャット)', vendor: 'Sohatsu', category: 'agents', domains: ['navichat.jp'], source: 'https://navichat.jp/terms', region: 'japan' },
  { id: 'kaica-ai', name: 'Kaica AI', vendor: 'K-Art Factory', domains: ['kaica-ai.jp'], source: 'https://kaica-ai.jp/terms.php', region: 'japan' },
  // Korea
  { id: 'inriple-ibot', name: 'i-Bot (아이봇) AI chat consultation', vendor: 'Inriple', category: 'agents', domains: ['ibot.camp'], source: 'https://iapps.ibot.camp/detailIntPrivacy', region: 'korea' },
  { id: 'aiscarlet', name: 'Scarlet (스칼렛) AI chat', vendor: 'Scarlet', domains: ['aiscarlet.com'], source: 'https://aiscarlet.com/docs', region: 'korea' },
  { id: 'defines-lab', name: 'DEFINES AI question generator', vendor: 'DEFINES', category: 'writing', domains: ['defines-lab.com'], source: 'https://defines-lab.com/terms', region: 'korea' },
  // Russia
  { id: 'genpic-ai', name: 'Genpic.ai', vendor: 'Genpic.ai', category: 'image', domains: ['genpic.ai'], source: 'https://www.genpic.ai/terms', region: 'russia' },
  { id: 'mimirai', name: 'MimirAI', vendor: 'MimirAI', domains: ['mimirai.ru'], source: 'https://preview.mimirai.ru/user-agreement', region: 'russia' },
  { id: 'ai-media-service', name: 'AI Media Service', vendor: 'AI Media Service', category: 'video', domains: ['aimediaservice.ru'], source: 'https://aimediaservice.ru/terms', region: 'russia' },
  { id: 'neurocenter-vsenejroseti', name: 'NeuroCenter (vsenejroseti.ru)', vendor: 'NeuroCenter', domains: ['vsenejroseti.ru'], source: 'https://doc.vsenejroseti.ru/agree', region: 'russia' },
  { id: 'aichat-pw', name: 'AIChat (ai-chat.pw)', vendor: 'AIChat', domains: ['ai-chat.pw'], source: 'https://www.ai-chat.pw/terms', region: 'russia' },
  { id: 'wbsharks-ai', name: 'WB Sharks AI', vendor: 'WB Sharks', category: 'image', domains: ['wbsharksai.ru'], source: 'https://wbsharksai.ru/privacy', region: 'russia' },
  { id: 'creator-app-ru', name: 'Ty-sozdatel (Creator App)', vendor: 'Creator App', category: 'coding', domains: ['creator-app.ru'], source: 'https://www.creator-app.ru/terms', region: 'russia' },
  // India
  { id: 'indic-chat', name: 'Indic Chat', vendor: 'Bhabha AI', domains: ['indic.chat'], source: 'https://www.huggingface.co/satpalsr', region: 'india' },
], { checked: CHECKED_3 });
