// Twelfth-session second regional pass (issue 15, 2026-12-06): regional AI services outside Europe, each read on the
// maker's own page in the stored pages and docs corpora (the page cited in the row). Candidates found on vendors' pages
// were classified first; already matched: Yandex's Alice AI page (yandex.ru/alice, linked from Yandex's own navigation),
// Viettel AI (viettelgroup.ai), Fusion Brain (fusionbrain.ai), and the Japanese, Vietnamese and Brazilian AI chatbots
// Kaica AI, Zobite AI, banhang.ai, InteligênciaBot, WhatsBot GPT and Atendus; and, from Russian, Indonesian and
// Turkish terms pages, Genpic.ai, AIChat (ai-chat.pw), MimirAI, AI Media Service, NeuroCenter, RATU AI, Jetschool AI,
// Cekat.AI, bayarin.id and Turkish.AI. Added: NEC's cotomi, SB Intuitions, Singapore's Pair, Yandex's Neurosupport,
// Onzzy AI and Satria's AI chatbot. Looked for and not found on a page or permissive file that could be cited (left out,
// never guessed): Yandex's Neuro search (ya.ru/neuro, named only in files of unknown licence), Rakuten AI, NTT's tsuzumi,
// MTS AI, Ola's Kruti, BharatGen, Sahabat-AI, Magalu's Lu (a WhatsApp assistant with no web host), Latam-GPT, ALLaM,
// Arabic.AI, Kumru, Dicta and Awarri (news pages only), and QCRI's Fanar (fanar.qa and api.fanar.qa appear only in a
// third-party API catalogue with no licence and in an MCP server's listing). LovinBot (lovinbot.ai, a Vietnamese
// white-label AI platform) was read only on a page addressed as its homepage with a query (`/?p=8273`), which the
// catalog counts as homepage-only, so it was left out too; so was Jota (jota.ai), a Brazilian payments account run
// through a WhatsApp assistant, whose own page read does not present it as an AI product.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C12, defineTools } from './define';

export const regionalC12bWorldTools: Tool[] = defineTools(
  'chat',
  [
    // NEC's cotomi LLM API reference lives on docs.cotomi.nec-cloud.com, and the same API's "Generative AI Cloud (SaaS)"
    // reference on docs.genai-api.nec-cloud.com (https://docs.genai-api.nec-cloud.com/user-guide/development/api/genai-api.html).
    // Both subdomains are cotomi's own; nec-cloud.com, NEC's cloud, stays unclaimed.
    {
      id: 'nec-cotomi',
      name: 'cotomi (NEC generative AI)',
      vendor: 'NEC',
      category: 'developer-platform',
      domains: ['cotomi.nec-cloud.com', 'genai-api.nec-cloud.com'],
      source: 'https://docs.cotomi.nec-cloud.com/cotomi-api.html',
      region: 'japan',
    },
    // SB Intuitions (SoftBank's LLM company, the Sarashina models): its model card links www.sbintuitions.co.jp. The copy
    // read was the card's README in a stored Hugging Face mirror (hf.qhduan.com/sbintuitions/sarashina2-8x70b).
    {
      id: 'sb-intuitions',
      name: 'SB Intuitions (Sarashina)',
      vendor: 'SB Intuitions (SoftBank)',
      category: 'developer-platform',
      domains: ['sbintuitions.co.jp'],
      source: 'https://huggingface.co/sbintuitions/sarashina2-8x70b',
      region: 'japan',
    },
    // Pair, the Singapore Government's AI assistant suite for public officers (Pair Chat, Pair Staffer): its user guide
    // names support@pair.gov.sg and the staffer@work.pair.gov.sg address. guides.gov.sg and gov.sg stay unclaimed.
    {
      id: 'pair-gov-sg',
      name: 'Pair (Singapore public service AI)',
      vendor: 'GovTech Singapore',
      domains: ['pair.gov.sg'],
      source: 'https://pair.guides.gov.sg/pair-staffer/pair-staffer-user-guide',
      region: 'southeast-asia',
    },
    // Yandex's Нейросаппорт (generative answers for support teams): its access guide gives the API and Swagger host
    // supportgpt.yandex.ru; its documentation is a path of Yandex's help site, never yandex.ru itself.
    {
      id: 'yandex-neurosupport',
      name: 'Yandex Нейросаппорт (Neurosupport)',
      vendor: 'Yandex',
      category: 'agents',
      domains: ['supportgpt.yandex.ru'],
      urlPrefixes: ['yandex.ru/support/neurosupport'],
      source: 'https://yandex.ru/support/neurosupport/ru/access.md',
      region: 'russia',
    },
    // Onzzy AI's terms: an AI assistant reached over WhatsApp (Onzzy Tech LTDA), with free and paid plans.
    {
      id: 'onzzy-ai',
      name: 'Onzzy AI',
      vendor: 'Onzzy Tech',
      domains: ['onzzyai.com.br'],
      source: 'https://www.onzzyai.com.br/c%C3%B3pia-pol%C3%ADtica-de-privacidade',
      region: 'latam',
    },
    // Satria Technology's terms of service: an AI chatbot service for WhatsApp Business (Indonesia), on the product's own
    // subdomain; satria.technology, the company's site, stays unclaimed.
    {
      id: 'satria-ai-chatbot',
      name: 'Satria AI Chatbot',
      vendor: 'Satria Technology',
      category: 'agents',
      domains: ['chatbot.satria.technology'],
      source: 'https://chatbot.satria.technology/terms.html',
      region: 'southeast-asia',
    },
  ],
  { checked: CHECKED_C12 },
);
