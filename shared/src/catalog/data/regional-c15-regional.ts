// Fifteenth-session regional pass (issue 15, 2026-12-06): assistants and AI services made outside the US that no
// entry claimed, each read on the maker's own page (stored pages and docs corpora) or in a permissively licensed
// repository pinned in LISTS. About 630 regional hosts and pages the pass knew of were classified first: the named
// families (Yandex, Sber, Naver, Kakao, Baidu, Alibaba, Kuaishou, ByteDance, Tencent, Zhipu, Moonshot, MiniMax,
// StepFun, iFlytek, 360, SenseTime) matched 135 of 171, their renamed and second hosts 24 of 46 and Chinese
// products 46 of 59 and 18 of 36; the rest of the world 49 of 100 and 56 of 131; the long Chinese list (lihongzhai)
// 217 of 268, its misses being general suites, benchmarks and repositories. Most misses were guessed hosts that no
// page showed to exist. The first five rows are the national assistants and big vendors' AI products a page or a
// pinned file could back: Qatar's Fanar (QCRI's own OpenAPI description of the Fanar API, kept in an Apache-2.0 Java
// SDK), Iran's GapGPT, Bulgaria's BgGPT, Sber's GigaCode (documented on GitVerse, Sber's code-hosting site) and Yandex's
// SpeechSense; Latam-GPT, named by the consortium's own Hugging Face organisation page, is the last row. The rest came from searching the stored pages in the regions' languages (Russian, Portuguese, Spanish,
// Indonesian, Turkish, Arabic, Persian, Thai, Polish, Czech, Korean, Japanese, Malay, Ukrainian, Chinese, Vietnamese, and
// Indian and African languages) for AI platforms' own API, help and pricing pages.
// Recall on the pass's own lists: 350 of 628 known regional hosts and pages before these rows, 364 after (55.7% to
// 58.0%; the rest are guessed hosts or general sites); 8 of 78 hosts on the pages the language searches returned
// before, 51 after; 565 of 1,003 on everything classified, 622 after.
// Given to existing entries instead: two more documentation paths of Yandex AI Studio (platform-ai-sections.ts,
// yandex-ai-studio) and Neosantara AI's own site neosantara.xyz (long-tail-c7-blocklists.ts, neosantara-ai).
// Left out, for want of a maker's page or a permissive file naming the host: Yandex's Neuro search (ya.ru/neuro, now
// part of Alice AI; named only in third-party code), Kakao's kanana.ai, Kuaishou's CodeFlicker (codeflicker.ai, named
// only in third-party notes), Kakao's Kanana-o API (omni.kanana.ai, api-omni.kanana.ai) and Sahabat-AI's chat
// (chat.sahabat-ai.com), both named only in third-party code and notes, ALLaM, KazLLM, T3AI, Kumru, PLLuM's chat, MISA AVA and Mistral's
// le.chat (news pages only); general sites with an AI module (a WhatsApp bot builder, a Thai college's chatbot, a
// one-page API reseller); and fanar.gov.qa, the Qatari Islamic cultural centre of the same name, a namesake that stays
// unclaimed.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C15, defineTools, listed } from './define';

export const regionalC15RegionalTools: Tool[] = defineTools(
  'chat',
  [
    // Qatar: Fanar, QCRI's Arabic-first assistant and model platform. The OpenAPI description gives the API host,
    // the site fanar.qa as contact and terms URL, and sample voices served from chat.fanar.qa, the chat app.
    {
      id: 'fanar',
      name: 'Fanar',
      vendor: 'Qatar Computing Research Institute (HBKU)',
      domains: ['fanar.qa'],
      source: listed('c15regionalfanar', 'api-spec/openapi.json'),
      region: 'middle-east',
    },
    // Iran: GapGPT, a Persian AI chat service with an OpenAI-compatible API; its own blog post on using its API.
    {
      id: 'gapgpt',
      name: 'GapGPT',
      vendor: 'GapGPT',
      domains: ['gapgpt.app'],
      source: 'https://gapgpt.app/blog/%DB%8C%D8%A7%D8%AF%DA%AF%DB%8C%D8%B1%DB%8C-API-%D8%A8%D8%A7-ChatGPT/1034',
      region: 'middle-east',
    },
    // Bulgaria: BgGPT, INSAIT's national assistant; the release post names its chat (chat.bggpt.ai) and the API
    // documentation (models.bggpt.ai/docs) gives the endpoint api.bggpt.ai.
    {
      id: 'bggpt',
      name: 'BgGPT',
      vendor: 'INSAIT',
      domains: ['bggpt.ai'],
      source: 'https://models.bggpt.ai/blog/bggpt-2-release-en',
      region: 'europe',
    },
    // Russia: GigaCode, Sber's AI coding assistant and CLI agent, documented under GitVerse's docs (GitVerse itself is a
    // general code-hosting site, so only the assistant's documentation paths are claimed).
    {
      id: 'sber-gigacode',
      name: 'GigaCode',
      vendor: 'Sber',
      category: 'coding',
      urlPrefixes: [
        'gitverse.ru/docs/ai/ai-assistant-gigacode',
        'gitverse.ru/docs/ai-assistant-gigacode',
        'gitverse.ru/docs/ai-copilots/gigacode',
      ],
      source: 'https://gitverse.ru/docs/ai/ai-assistant-gigacode/',
      region: 'russia',
    },
    // Russia: Yandex SpeechSense, speech analytics for contact centres on speech recognition and generative models; its
    // documentation in the Russian, English and Kazakh editions of Yandex Cloud's docs.
    {
      id: 'yandex-speechsense',
      name: 'Yandex SpeechSense',
      vendor: 'Yandex Cloud',
      category: 'audio',
      urlPrefixes: ['yandex.cloud/ru/docs/speechsense', 'yandex.cloud/en/docs/speechsense', 'yandex.cloud/ru-kz/docs/speechsense'],
      source: 'https://yandex.cloud/ru/docs/speechsense/api-ref',
      region: 'russia',
    },
    // Regional AI services found by searching the stored pages corpus in the regions' languages for AI platforms'
    // own documentation, API and pricing pages; each row cites the page read, on the product's own host.
    // Russia: ChatInfo, a Russian AI chat service with an API (its own API documentation: modes chat, shorten, names).
    { id: 'chatinfo-ru', name: 'ChatInfo', vendor: 'ChatInfo', domains: ['chatinfo.ru'], source: 'https://chatinfo.ru/api-docs', region: 'russia' },
    // Russia: TextBot (ТекстБот), a neural-network text generator; its own API documentation.
    { id: 'textbot-ru', name: 'TextBot (ТекстБот)', vendor: 'TextBot', category: 'writing', domains: ['textbot.ru'], source: 'https://textbot.ru/api-documentation', region: 'russia' },
    // Russia: MITUP AI, the AI subdomain of the MITUP service (text and image generation over one API); its API guide.
    { id: 'mitup-ai', name: 'MITUP AI', vendor: 'MITUP', category: 'developer-platform', domains: ['ai.mitup.ru'], source: 'https://ai.mitup.ru/instruction/api/gen-text', region: 'russia' },
    // Brazil: Concretu AI, an AI assistant for construction and architecture projects; its help centre's plan limits.
    { id: 'concretu-ai', name: 'Concretu AI', vendor: 'Concretu', category: 'productivity', domains: ['concretu.ai'], source: 'https://help.concretu.ai/pt-BR/articles/12684511-limites-de-uso-por-plano', region: 'latam' },
    // Brazil: AssistentIA, a knowledge-based company chatbot platform on the melhor.ia.br site; its white paper.
    { id: 'assistentia-br', name: 'AssistentIA', vendor: 'Melhor IA', category: 'agents', domains: ['assistentia.melhor.ia.br'], source: 'https://assistentia.melhor.ia.br/docs/whitepaper-assistent-ia', region: 'latam' },
    // Portugal: GPTuga, AI language APIs and chatbots for European Portuguese; its documentation page.
    { id: 'gptuga', name: 'GPTuga', vendor: 'GPTuga', category: 'developer-platform', domains: ['gptuga.pt'], source: 'https://gptuga.pt/documentacao.html', region: 'europe' },
    // AI SmartTalk, an AI chatbot and knowledge-base platform documented in many languages; its API integration page.
    { id: 'ai-smarttalk', name: 'AI SmartTalk', vendor: 'AI SmartTalk', category: 'agents', domains: ['aismarttalk.tech'], source: 'https://docs.aismarttalk.tech/pt/docs/integrations/api' },
    // Indonesia: Aksita, an AI agent builder; its API integration tutorial (API host api.aksita.ai).
    { id: 'aksita-ai', name: 'Aksita', vendor: 'Aksita', category: 'agents', domains: ['aksita.ai'], source: 'https://aksita.ai/tutorials/api-integration', region: 'southeast-asia' },
    // Indonesia: kakak.ai, an AI chat and studio whose platform API bills the same credits; its billing documentation.
    { id: 'kakak-ai', name: 'kakak.ai', vendor: 'kakak.ai', domains: ['kakak.ai'], source: 'https://mcp.platform.kakak.ai/docs/billing', region: 'southeast-asia' },
    // Orga AI, a multimodal (voice, video, text) conversational AI API; its own Spanish blog post on the API.
    { id: 'orga-ai', name: 'Orga AI', vendor: 'Orga AI', category: 'developer-platform', domains: ['orga-ai.com'], source: 'https://orga-ai.com/es/blog/api-de-ia-conversacional' },
    // AgentesIA (AgentVault API), Spanish-language AI agents with an OpenAI-compatible API; its developer page gives the
    // API base on agentesia.lomerezco.com (only that host is claimed, not its parent).
    {
      id: 'agentesia',
      name: 'AgentesIA (AgentVault)',
      vendor: 'AgentesIA',
      category: 'agents',
      domains: ['agentesia.club'],
      apiEndpoints: ['agentesia.lomerezco.com'],
      source: 'https://agentesia.club/developers',
      region: 'latam',
    },
    // Turkey: MyAIDepartments, AI "departments" for companies with a REST API; its Turkish documentation.
    { id: 'myaidepartments', name: 'MyAIDepartments', vendor: 'MyAIDepartments', category: 'agents', domains: ['myaidepartments.com'], source: 'https://myaidepartments.com/dokumantasyon/2-api-introduction', region: 'middle-east' },
    // Turkey: YapayZekaChatbot, an AI chatbot for businesses (chat, customers, appointments); its API documentation.
    { id: 'yapayzekachatbot', name: 'YapayZekaChatbot', vendor: 'YapayZekaChatbot', category: 'agents', domains: ['yapayzekachatbot.com'], source: 'https://yapayzekachatbot.com/api-dokumantasyonu', region: 'middle-east' },
    // Arabic: Mirage, an Arabic AI customer-service bot; its developer page on the bot's own subdomain.
    { id: 'mirage-marketing-ai-bot', name: 'Mirage AI bot', vendor: 'Mirage Marketing AI', category: 'agents', domains: ['bot.miragemarketingai.com'], source: 'https://bot.miragemarketingai.com/api-developers', region: 'middle-east' },
    // HolySheep AI, a model API relay priced in yuan and paid by WeChat or Alipay; one of its own articles on its API.
    {
      id: 'holysheep-ai',
      name: 'HolySheep AI',
      vendor: 'HolySheep AI',
      category: 'developer-platform',
      domains: ['holysheep.ai'],
      source: 'https://www.holysheep.ai/articles/vi-how-to-implement-ai-api-cost-optimization-with-sma-2026-05-11-0046.html',
      region: 'china',
    },
    // WriteTex, an AI LaTeX and math writing tool; its own guide to bringing an API key (Arabic edition).
    { id: 'writetex', name: 'WriteTex', vendor: 'WriteTex', category: 'writing', domains: ['writetex.com'], source: 'https://www.writetex.com/docs/ar/custom-api' },
    // i18n-agent, an AI translation API with cultural adaptation; its Indonesian API documentation.
    { id: 'i18n-agent', name: 'i18n-agent', vendor: 'i18n-agent', category: 'translation', domains: ['i18nagent.ai'], source: 'https://docs.i18nagent.ai/id' },
    // Korea: SoftlyAI, a document-grounded Q&A chat API for companies; its own documentation introduction.
    { id: 'softlyai', name: 'SoftlyAI', vendor: 'SoftlyAI', category: 'agents', domains: ['softly.ai'], source: 'https://docs.softly.ai/docs', region: 'korea' },
    // Korea: AI API Service, Korean AI APIs (chatbots and voice bots, document tools); its chatbot API documentation.
    { id: 'aiapiservice-kr', name: 'AI API Service', vendor: 'AI API Service', category: 'developer-platform', domains: ['aiapiservice.com'], source: 'https://aiapiservice.com/documentation/conversational-ai-chatbot', region: 'korea' },
    // Korea: Resonance Space, an AI chat API priced in won; its API documentation.
    { id: 'resonance-space', name: 'Resonance Space', vendor: 'Resonance Space', category: 'developer-platform', domains: ['resonance-space.net'], source: 'https://www.resonance-space.net/docs.html', region: 'korea' },
    // India: Hashtee Lab, speech-to-text (Kundoo) and text-to-speech (Shama) for Indian languages; its API reference.
    { id: 'hashtee-lab', name: 'Hashtee Lab (Kundoo, Shama)', vendor: 'Hashtee Lab', category: 'audio', domains: ['hashteelab.com'], source: 'https://platform.hashteelab.com/docs', region: 'india' },
    // India: Sanvika AI Service, text-to-speech and speech-to-text in Indian languages priced in rupees; its API
    // documentation on its own subdomain (the production company's main site stays unclaimed).
    { id: 'sanvika-ai', name: 'Sanvika AI Service', vendor: 'Sanvika Production', category: 'audio', domains: ['riya.sanvikaproduction.com'], source: 'https://riya.sanvikaproduction.com/docs', region: 'india' },
    // AmaniBOT, a chatbot answering in Arabic, Hindi and South Indian languages with cultural context; its API page.
    { id: 'amanibot', name: 'AmaniBOT', vendor: 'AmaniBOT', category: 'chat', domains: ['amanibot.com'], source: 'https://amanibot.com/api.html' },
    // Africa: Njoka AI, voice models (speech-to-text, text-to-speech, translation) for Central African languages and
    // Pidgin; its API documentation.
    { id: 'njoka-ai', name: 'Njoka AI', vendor: 'NjokaLab', category: 'audio', domains: ['njokalab.com'], source: 'https://njokalab.com/docs', region: 'africa' },
    // Africa: ajala, text-to-speech in African languages (Kiswahili, Hausa and more); its speech service documentation.
    { id: 'ajala-ai', name: 'ajala', vendor: 'ajala', category: 'audio', domains: ['ajala.ai'], source: 'https://api.ajala.ai/documentation', region: 'africa' },
    // Russia: F5AI, a platform of AI assistants over several model vendors; its assistants API documentation.
    { id: 'f5ai', name: 'F5AI', vendor: 'F5AI', category: 'agents', domains: ['f5ai.ru'], source: 'https://f5ai.ru/docs/v2/assistants', region: 'russia' },
    // Russia: UniAssistant, an AI helper for universities' applicants and students (Telegram bot and API); its API guide.
    { id: 'uniassistant', name: 'UniAssistant', vendor: 'UniAssistant', category: 'chat', domains: ['uniassistant.ru'], source: 'https://uniassistant.ru/_sources/development/api.md.txt', region: 'russia' },
    // Czechia: Český AI (cesky.ai), AI transcription of Czech and Slovak recordings; its API documentation.
    { id: 'cesky-ai', name: 'Český AI', vendor: 'cesky.ai', category: 'audio', domains: ['cesky.ai'], source: 'https://cesky.ai/api-docs', region: 'europe' },
    // Latin America: Latam-GPT, the open regional model coordinated by Chile's CENIA; its own Hugging Face organisation
    // page (the consortium's account, read on CHECKED_C15) gives its website, latamgpt.org, and lists its models.
    { id: 'latam-gpt', name: 'Latam-GPT', vendor: 'CENIA (Latam-GPT consortium)', domains: ['latamgpt.org'], source: 'https://huggingface.co/latam-gpt/models', region: 'latam' },
  ],
  { checked: CHECKED_C15 },
);
