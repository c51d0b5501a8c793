// Sixth regional pass (CHECKED_3): small regional AI services that no entry matched, each read on its own terms of
// service, user agreement or privacy page (stored pages), which names the service, what its AI does and the host it
// runs on: Japanese and Korean chatbot, writing, meeting-notes, translation, image and video services; Russian AI chat
// aggregators and image, video, audio and app generators; Chinese writing, agent and role-play chat sites; Kuwaiti,
// Arabic-language, Israeli and Turkish AI apps; Brazilian, Mexican, Colombian and pan-Latin-American AI agents and
// chat; Indonesian, Vietnamese, Malaysian and Thai chatbot platforms and LINE assistants; European (German, French,
// Belgian, Spanish, Bulgarian, Polish, Italian, Dutch, Portuguese, Czech, Slovak, Ukrainian, Romanian, Moldovan, Greek,
// Swedish, Norwegian) AI chat platforms and assistants (those in regional-c6-terms-europe.ts); Indian and African AI
// agent and language tools; and an Indic-language chat, read on its maker's Hugging Face post naming the site. Only
// each service's own domain (or its AI subdomain) is claimed; platforms they sit on (Telegram, WhatsApp, LINE, Tilda,
// Vercel, Cloudflare Pages) stay out, and a product that only uses AI inside a wider offer (a language-learning diary,
// a site builder, a consultancy, a telecom API, a business directory) is left out. A terms page reachable only as a
// homepage query (`/?p=...`) does not count as a specific source, so that service (LovinBot) waits for a better page.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools } from './define';

export const regionalC6TermsTools: Tool[] = defineTools('chat', [
  // Japan
  { id: 'navichat', name: 'NaviChat (ナビチャット)', vendor: 'Sohatsu', category: 'agents', domains: ['navichat.jp'], source: 'https://navichat.jp/terms', region: 'japan' },
  { id: 'kaica-ai', name: 'Kaica AI', vendor: 'K-Art Factory', domains: ['kaica-ai.jp'], source: 'https://kaica-ai.jp/terms.php', region: 'japan' },
  { id: 'trimna', name: 'Trimna (AI task service)', vendor: 'Trimna', category: 'agents', domains: ['trimna.com'], source: 'https://trimna.com/terms', region: 'japan' },
  { id: 'talk-to-nobunaga', name: 'Talk to Nobunaga (AI chat)', vendor: 'Talk to Nobunaga', domains: ['talktonobunaga.site'], source: 'https://talktonobunaga.site/terms', region: 'japan' },
  { id: 'ai-crafts', name: 'AI Craft (AIクラフト)', vendor: 'Inter-Lab', category: 'image', domains: ['ai-crafts.com'], source: 'https://ai-crafts.com/generate-terms', region: 'japan' },
  { id: 'aiorio', name: 'aiorio', vendor: 'AI Native', category: 'agents', domains: ['aiorio.com'], source: 'https://aiorio.com/terms', region: 'japan' },
  { id: 'aiyu-ai', name: 'AIYU English (aiyu-ai.jp)', vendor: 'AIYU', category: 'other', domains: ['aiyu-ai.jp'], source: 'https://english.aiyu-ai.jp/terms', region: 'japan' },
  { id: 'sai-rakusha', name: 'Rakusha (ラク写) image generator', vendor: 'Sai', category: 'image', domains: ['app.sai-beauty.jp'], source: 'https://app.sai-beauty.jp/terms', region: 'japan' },
  { id: 'smart-shoki', name: 'Smart Shoki (スマート書記)', vendor: 'Epic Base', category: 'meeting', domains: ['smartshoki.jp', 'smartshoki.com'], source: 'https://smartshoki.jp/legal', region: 'japan' }, // smartshoki.com (CHECKED_C16): its help centre, help.smartshoki.com/ja/articles/6045879, the user guide to recording, transcribing and summarising minutes
  { id: 'telelogger', name: 'Telelogger', vendor: 'Hakuhodo i-studio', category: 'meeting', domains: ['telelogger.com'], source: 'https://telelogger.com/terms/', region: 'japan' },
  { id: 'memory-cloud', name: 'Memory Cloud (メモリークラウド)', vendor: 'Gendai Agency', category: 'meeting', domains: ['memorycloud.app'], source: 'https://memorycloud.app/terms', region: 'japan' },
  { id: 'lensai-1on1', name: 'LensAI 1on1 Assistant', vendor: 'Marvel Academy', category: 'meeting', domains: ['lensai.marvelacademy.jp'], source: 'https://lensai.marvelacademy.jp/privacy', region: 'japan' },
  // Korea
  { id: 'inriple-ibot', name: 'i-Bot (아이봇) AI chat consultation', vendor: 'Inriple', category: 'agents', domains: ['ibot.camp'], source: 'https://iapps.ibot.camp/detailIntPrivacy', region: 'korea' },
  { id: 'aiscarlet', name: 'Scarlet (스칼렛) AI chat', vendor: 'Scarlet', domains: ['aiscarlet.com'], source: 'https://aiscarlet.com/docs', region: 'korea' },
  { id: 'defines-lab', name: 'DEFINES AI question generator', vendor: 'DEFINES', category: 'writing', domains: ['defines-lab.com'], source: 'https://defines-lab.com/terms', region: 'korea' },
  { id: 'ai-photo-pro', name: 'AI-Photo Pro', vendor: 'Nomad Whale', category: 'image', domains: ['ai-photo.pro'], source: 'https://www.ai-photo.pro/terms', region: 'korea' },
  { id: 'aikino', name: 'AiKINO (에이키노)', vendor: 'F862', category: 'video', domains: ['aikino.film862.com'], source: 'https://aikino.film862.com/terms', region: 'korea' },
  { id: 'vmai', name: 'VMAI', vendor: 'MetaMind', category: 'video', domains: ['vmai.site'], source: 'https://vmai.site/ko/terms', region: 'korea' },
  { id: 'nanonside', name: 'NanoNside', vendor: 'NanoNside', category: 'image', domains: ['nanonside.aipostinglab.com'], source: 'https://nanonside.aipostinglab.com/pages/system/terms.php', region: 'korea' },
  { id: 'frony-ai', name: 'frony.ai (AI phone answering)', vendor: 'frony.ai', category: 'agents', domains: ['frony.ai'], source: 'https://www.frony.ai/terms', region: 'korea' },
  { id: 'archy-notes', name: 'Archy', vendor: 'Archy', category: 'meeting', domains: ['archynotes.com'], source: 'https://www.archynotes.com/privacy', region: 'korea' },
  { id: 'daehwa-ai', name: 'Daehwa AI', vendor: 'Daehwa AI', category: 'translation', domains: ['daehwa-ai.com'], source: 'https://daehwa-ai.com/en/privacy', region: 'korea' },
  { id: 'dobi-ai', name: 'DOBI AI', vendor: 'DOBI AI', category: 'agents', domains: ['dobi-ai.com'], source: 'https://www.dobi-ai.com/ko/privacy', region: 'korea' },
  // Russia
  { id: 'genpic-ai', name: 'Genpic.ai', vendor: 'Genpic.ai', category: 'image', domains: ['genpic.ai'], source: 'https://www.genpic.ai/terms', region: 'russia' },
  { id: 'mimirai', name: 'MimirAI', vendor: 'MimirAI', domains: ['mimirai.ru'], source: 'https://preview.mimirai.ru/user-agreement', region: 'russia' },
  { id: 'ai-media-service', name: 'AI Media Service', vendor: 'AI Media Service', category: 'video', domains: ['aimediaservice.ru'], source: 'https://aimediaservice.ru/terms', region: 'russia' },
  { id: 'neurocenter-vsenejroseti', name: 'NeuroCenter (vsenejroseti.ru)', vendor: 'NeuroCenter', domains: ['vsenejroseti.ru'], source: 'https://doc.vsenejroseti.ru/agree', region: 'russia' },
  { id: 'aichat-pw', name: 'AIChat (ai-chat.pw)', vendor: 'AIChat', domains: ['ai-chat.pw'], source: 'https://www.ai-chat.pw/terms', region: 'russia' },
  { id: 'wbsharks-ai', name: 'WB Sharks AI', vendor: 'WB Sharks', category: 'image', domains: ['wbsharksai.ru'], source: 'https://wbsharksai.ru/privacy', region: 'russia' },
  { id: 'creator-app-ru', name: 'Ty-sozdatel (Creator App)', vendor: 'Creator App', category: 'coding', domains: ['creator-app.ru'], source: 'https://www.creator-app.ru/terms', region: 'russia' },
  { id: 'domovoice', name: 'Domovoice (AI fairy tales)', vendor: 'Domovoice', category: 'writing', domains: ['domovoice.ai'], source: 'https://domovoice.ai/ru', region: 'russia' },
  { id: 'govorun-ahelperai', name: 'Govorun (AHelperAI)', vendor: 'AHelperAI', category: 'writing', domains: ['govorun.ahelperai.ru'], source: 'https://govorun.ahelperai.ru/oferta.html', region: 'russia' },
  { id: 'transkribator-top', name: 'Transkribator', vendor: 'Transkribator', category: 'audio', domains: ['transkribator-top.ru'], source: 'https://transkribator-top.ru/public-oferta', region: 'russia' },
  { id: 'neuroprint-art', name: 'Neuroprint', vendor: 'Neuroprint', category: 'image', domains: ['neuroprint.art'], source: 'https://neuroprint.art/oferta.php', region: 'russia' },
  { id: 'gptalk-ru', name: 'GPTalk', vendor: 'GPTalk', domains: ['gptalk.ru'], source: 'https://gptalk.ru/offer', region: 'russia' },
  { id: 'easy-gpt-ru', name: 'Easy GPT', vendor: 'Easy GPT', domains: ['easy-gpt.ru'], source: 'https://easy-gpt.ru/en-privacy-policy', region: 'russia' },
  { id: 'ai-helper-bot-ru', name: 'AI Google Disk Helper Bot', vendor: 'AI Helper Team', category: 'agents', domains: ['ai-helper-bot.ru'], source: 'https://ai-helper-bot.ru/privacy_ru.html', region: 'russia' },
  // China (Chinese-language services under PRC law or for Chinese users)
  { id: 'inkwell-ai', name: 'Inkwell AI (novel writing)', vendor: 'Inkwell AI', category: 'writing', domains: ['inkwellai.app'], source: 'https://www.inkwellai.app/terms', region: 'china' },
  { id: 'harryai', name: 'HarryAI', vendor: 'HarryAI', domains: ['harryai.top'], source: 'https://harryai.top/terms', region: 'china' },
  { id: 'aifengyue', name: 'AI Fengyue (AI风月) role-play chat', vendor: 'AI Fengyue', domains: ['aifengyue.net'], source: 'https://aifengyue.net/terms.html', region: 'china' },
  { id: '53ai-brain', name: '53AI-Brain', vendor: 'Guangzhou Qunyingyong Technology', category: 'agents', domains: ['53ai.com'], source: 'https://doc.53ai.com/%E5%85%A5%E9%97%A8/%E6%9C%8D%E5%8A%A1%E5%8D%8F%E8%AE%AE.html', region: 'china' },
  { id: 'aiccess-bailian', name: 'AI Bailian (AI百连)', vendor: 'Shanghai Kunfu Information Technology', domains: ['aiccess.net'], source: 'https://www.aiccess.net/service-word', region: 'china' },
  { id: 'me-bot', name: 'Me.bot', vendor: 'Hangzhou Mindverse', category: 'agents', domains: ['me.bot'], source: 'https://docs.me.bot/zh/more/compliance/yong-hu-fu-wu-xie-yi', region: 'china' },
  { id: '1212ai-design', name: 'AI Zhihui Design (AI智绘设计)', vendor: 'AI Zhihui Design', category: 'image', domains: ['1212ai.com'], source: 'https://www.1212ai.com/privacy-policy', region: 'china' },
  // Middle East: a Kuwaiti Arabic-language AI platform (only its AI subdomain).
  { id: 'gccfuture-ax-ai', name: 'AX AI (أكس آي)', vendor: 'AX AI', domains: ['ai.gccfuture.com'], source: 'https://ai.gccfuture.com/terms', region: 'middle-east' },
  { id: 'twsiat-ai', name: 'Twsiat AI', vendor: 'Twsiat AI', category: 'other', domains: ['twsiatai.com'], source: 'https://twsiatai.com/terms.html', region: 'middle-east' },
  // Israel
  { id: 'liberty-chatbot', name: 'Liberty Chatbot', vendor: 'liberty-chatbot', category: 'agents', domains: ['liberty-chatbot.space'], source: 'https://liberty-chatbot.space/iw/terms', region: 'middle-east' },
  { id: 'al-ai', name: 'al-ai', vendor: 'al-ai', category: 'productivity', domains: ['al-ai.net'], source: 'https://al-ai.net/disclaimer', region: 'middle-east' },
  { id: 'cloudchat-il', name: 'CloudChat (קלאודצ\'אט)', vendor: 'CloudChat', category: 'agents', domains: ['thecloud.chat'], source: 'https://thecloud.chat/terms', region: 'middle-east' },
  // Latin America (Brazil)
  { id: 'ia-first-brasil', name: 'IA First Brasil', vendor: 'IA First Brasil', category: 'agents', domains: ['iafirstbrasil.com'], source: 'https://iafirstbrasil.com/termos-e-condicoes', region: 'latam' },
  { id: 'mycontentgpt', name: 'MyContentGPT', vendor: 'MyContentGPT', category: 'agents', domains: ['mycontentgpt.com'], source: 'https://mycontentgpt.com/termos', region: 'latam' },
  { id: 'manda-pra-nutri', name: 'Manda pra Nutri', vendor: 'BruLabs', category: 'other', domains: ['mandapranutri.com.br'], source: 'https://mandapranutri.com.br/termos-de-uso.html', region: 'latam' },
  { id: 'livia-ai', name: 'Livia AI', vendor: 'Verbeux', category: 'agents', domains: ['livia.cc'], source: 'https://livia.cc/terms', region: 'latam' },
  { id: 'whatsbot-gpt', name: 'WhatsBot GPT', vendor: 'Thiago Santos Soluções Digitais', category: 'agents', domains: ['whatsbotgpt.store'], source: 'https://www.whatsbotgpt.store/termos-de-uso', region: 'latam' },
  { id: 'atendus', name: 'Atendus', vendor: 'Atendus', category: 'agents', domains: ['atendus.com.br'], source: 'https://atendus.com.br/termos-de-uso', region: 'latam' },
  { id: 'lotou-ai', name: 'Lotou AI', vendor: 'Lotou AI', category: 'agents', domains: ['agendaaiapp.com.br'], source: 'https://www.agendaaiapp.com.br/termos', region: 'latam' },
  { id: 'inteligenciabot', name: 'InteligênciaBot', vendor: 'InteligênciaBot', category: 'agents', domains: ['inteligenciabot.com'], source: 'https://inteligenciabot.com/termos-de-uso', region: 'latam' },
  { id: 'pakari-ai', name: 'Pakari AI', vendor: 'Pakari AI', category: 'agents', domains: ['pakari.ai'], source: 'https://pakari.ai/site/termos', region: 'latam' },
  // Latin America (Mexico, Colombia)
  { id: 'elina-ia', name: 'Elina IA', vendor: 'Brandcode', category: 'agents', domains: ['elinaia.com.mx'], source: 'https://www.elinaia.com.mx/terms', region: 'latam' },
  { id: 'charla-con-mija', name: 'Charla con Mija', vendor: 'Stripeless Zebra', domains: ['mija.com.co'], source: 'https://www.mija.com.co/terminos-y-condiciones/', region: 'latam' },
  { id: 'neuraan', name: 'Neuraan', vendor: 'Neuraan', category: 'agents', domains: ['neuraan.com'], source: 'https://www.neuraan.com/es/terms-of-service', region: 'latam' },
  { id: 'darwin-ai', name: 'Darwin AI', vendor: 'Darwin AI', category: 'agents', domains: ['getdarwin.ai'], source: 'https://blog.getdarwin.ai/es/content/regulaciones-de-ia-en-atenci%C3%B3n-al-cliente-lo-que-toda-empresa-de-latinoam%C3%A9rica-debe-saber', region: 'latam' },
  { id: 'iassistance', name: 'IAssistance', vendor: 'IAssistance', category: 'agents', domains: ['iassistance.app'], source: 'https://staging.iassistance.app/terms-of-service', region: 'latam' },
  { id: 'zynthabots', name: 'ZynthaBots', vendor: 'Zyntha Works', category: 'agents', domains: ['zynthaworks.com'], source: 'https://zynthaworks.com/terminos-y-condiciones', region: 'latam' },
  // South-East Asia (Indonesia, Vietnam)
  { id: 'ratu-ai', name: 'RATU AI', vendor: 'Damarlangit Bhakti Nuswantara', domains: ['ratu.ai'], source: 'https://ratu.ai/syarat-ketentuan/', region: 'southeast-asia' },
  { id: 'dewata-ai', name: 'Dewata AI', vendor: 'Dewata Artificial Intelligence', category: 'agents', domains: ['dewataai.com'], source: 'https://dewataai.com/en/terms', region: 'southeast-asia' },
  { id: 'cekat-ai', name: 'Cekat.AI', vendor: 'Teknologi Cekat Indonesia', category: 'agents', domains: ['cekat.ai'], source: 'https://www.cekat.ai/terms-and-conditions', region: 'southeast-asia' },
  { id: 'jetschool-ai', name: 'AI.Jetschool', vendor: 'Jetschool', category: 'other', domains: ['ai.jetschool.id'], source: 'https://ai.jetschool.id/syarat-ketentuan', region: 'southeast-asia' },
  { id: 'bayarin-id', name: 'bayarin.id', vendor: 'Cakrawala Kreatif Digital', category: 'agents', domains: ['bayarin.id'], source: 'https://bayarin.id/tos-en', region: 'southeast-asia' },
  { id: 'banhang-ai', name: 'banhang.ai (CosmicOcean.AI)', vendor: 'CosmicOcean.AI', category: 'agents', domains: ['banhang.ai'], source: 'https://banhang.ai/terms-of-service', region: 'southeast-asia' },
  { id: 'snapai-vn', name: 'SnapAI', vendor: 'SnapAI', category: 'other', domains: ['snapai.ai'], source: 'https://snapai.ai/terms-of-use', region: 'southeast-asia' },
  { id: 'zobite-ai', name: 'Zobite AI', vendor: 'Zobite Software', category: 'translation', domains: ['zobite.com'], source: 'https://zobite.com/terms', region: 'southeast-asia' },
  // Turkey (placed with the Middle East, as LLMTR in regional-c6-providers.ts)
  { id: 'turkish-ai', name: 'Turkish.AI', vendor: 'Telcomit', category: 'translation', domains: ['turkish.ai'], source: 'https://turkish.ai/signup', region: 'middle-east' },
  { id: 'assistly-dev', name: 'Assistly', vendor: 'TS Technology', category: 'agents', domains: ['assistly.dev'], source: 'https://www.assistly.dev/sales_contract', region: 'middle-east' },
  // Africa (Nigeria, South Africa, pan-African)
  { id: 'ai4africa', name: 'AI4Africa', vendor: 'AI4Africa', category: 'agents', domains: ['ai4africa.app'], source: 'https://www.ai4africa.app/privacy', region: 'africa' },
  { id: 'cdial-indigenius', name: 'Indigenius (CDIAL.AI)', vendor: 'CDIAL', category: 'translation', domains: ['cdial.co'], source: 'https://www.cdial.co/termsofuse', region: 'africa' },
  { id: 'chatbots-africa', name: 'Chatbots Africa', vendor: 'Chatbots Africa', category: 'agents', domains: ['chatbotsafrica.com'], source: 'https://chatbotsafrica.com/terms-of-serve', region: 'africa' },
  { id: 'ai4smallbusiness-za', name: 'AI4SmallBusiness (ZzzBot)', vendor: 'AI4SmallBusiness', category: 'agents', domains: ['ai4smallbusiness.co.za'], source: 'https://mail.ai4smallbusiness.co.za/terms.html', region: 'africa' },
  { id: 'ciphersense-ai', name: 'CipherSense AI', vendor: 'CipherSense AI Technologies', category: 'agents', domains: ['ciphersense.ai'], source: 'https://ciphersense.ai/service-terms/', region: 'africa' },
  // South-East Asia (Malaysia)
  { id: 'ai-service-agent', name: 'AI Service Agent (AISA)', vendor: 'Nasa Def', category: 'agents', domains: ['ai-serviceagent.com'], source: 'https://ai-serviceagent.com/terms', region: 'southeast-asia' },
  { id: 'balam-ai', name: 'BALAM AI', vendor: 'BALAM AI', category: 'agents', domains: ['ibalam.ai'], source: 'https://admin.ibalam.ai/terms', region: 'southeast-asia' },
  { id: 'ytl-ilmu', name: 'ILMU (YTL AI Labs)', vendor: 'YTL AI Labs', domains: ['ytlailabs.com', 'ilmu.ai'], source: 'https://www.ytlailabs.com/acceptable-use-policy', region: 'southeast-asia' },
  { id: 'teera-ai', name: 'TEERA.AI', vendor: 'TEERA.AI', category: 'agents', domains: ['teera.ai'], source: 'https://teera.ai/teera-terms', region: 'southeast-asia' },
  // Thailand (chatbots and LINE assistants), and a Japanese translation bot on LINE
  { id: 'onechat-ai', name: 'OneChat.ai', vendor: 'OneChat.ai', category: 'agents', domains: ['onechat.ai'], source: 'https://onechat.ai/tos.php', region: 'southeast-asia' },
  { id: 'attentionai-horo', name: 'Du Duang AI (ดูดวง AI)', vendor: 'Attention AI', domains: ['horo.attentionai.tech'], source: 'https://horo.attentionai.tech/terms', region: 'southeast-asia' },
  { id: 'visai', name: 'VISAI', vendor: 'VISAI AI', category: 'developer-platform', domains: ['visai.ai'], source: 'https://visai.ai/th/terms-of-use', region: 'southeast-asia' },
  { id: 'nongjod', name: 'NongJod', vendor: 'NongJod', category: 'productivity', domains: ['nongjod.com'], source: 'https://nongjod.com/terms.html', region: 'southeast-asia' },
  { id: 'alisa-maid', name: 'Alisa', vendor: 'Rungrueang Talod Pai', domains: ['alisamaid.com'], source: 'https://alisamaid.com/terms/', region: 'southeast-asia' },
  { id: 'kotori-ai', name: 'KOTORI AI translation', vendor: 'Iwasa Digital', category: 'translation', domains: ['kotori-ai.com'], source: 'https://kotori-ai.com/docs/terms-th.html', region: 'japan' },
  // India (AI customer-service and agent platforms)
  { id: 'kairos-ai-in', name: 'KairosAI', vendor: 'KairosAI Technologies', category: 'agents', domains: ['trykairos.in'], source: 'https://trykairos.in/legal/terms', region: 'india' },
  { id: 'ai-infoshard', name: 'AI-Infoshard', vendor: 'Infoshard Technologies', category: 'agents', domains: ['ai.infoshard.com'], source: 'https://ai.infoshard.com/terms-and-conditions', region: 'india' },
  { id: 'myriadai', name: 'MyriadAI', vendor: 'MyriadAI Technologies', category: 'agents', domains: ['myriadai.ai'], source: 'https://myriadai.ai/terms-and-service', region: 'india' },
  { id: 'mentigo', name: 'Mentigo', vendor: 'Mentigo', category: 'agents', domains: ['mentigo.in'], source: 'https://stage.mentigo.in/privacy-policy', region: 'india' },
  { id: 'hyperleap-ai', name: 'Hyperleap AI', vendor: 'Hyperleap Software Technologies', category: 'agents', domains: ['hyperleapai.com', 'hyperleap.ai'], source: 'https://hyperleapai.com/terms', region: 'india' },
  // India
  { id: 'indic-chat', name: 'Indic Chat', vendor: 'Bhabha AI', domains: ['indic.chat'], source: 'https://www.huggingface.co/satpalsr', region: 'india' },
], { checked: CHECKED_3 });
