// Regional AI tools outside the big Western vendors: Russia, Korea, Japan, Europe, India, Latin America,
// the Middle East, South-East Asia, Africa and China. Written on CHECKED_2 from the vendors' own sites
// (source: the page named, else the product's site) or, where a row says listed(...), a licensed list.
import type { Tool } from '../../schemas/tool';
import { CHECKED_2, defineTools, listed, v2flyAt, CHECKED_3, CHECKED_C10, CHECKED_C12 } from './define';

export const regionalTools2: Tool[] = defineTools('chat', [
  { id: 'intron', name: 'Intron', vendor: 'Intron Health', category: 'audio', domains: ['intron.io'], region: 'africa', source: 'https://github.com/intron-innovation/AfriSpeech-200/blob/e01d1c368e28a5303a97c5fbfd1227ea1d85cf07/Readme.md', checked: CHECKED_C12 }, // the vendor's dataset repository; credits Intron Innovation at intron.io
  { id: 'lelapa-ai', name: 'Lelapa AI (Vulavula)', vendor: 'Lelapa AI', category: 'developer-platform', domains: ['lelapa.ai'], region: 'africa', source: 'https://github.com/Lelapa-AI/vulavula-examples/blob/5e49e35123dba57c372e97d996c260089a687110/6-s3-audio-processor/README.md', checked: CHECKED_C12 }, // the vendor's examples repository; Vulavula API keys from platform.lelapa.ai
  { id: 'accio', name: 'Accio', vendor: 'Alibaba', category: 'search', domains: ['accio.com'], region: 'china', source: listed('kostja94', 'INDEX.md'), checked: CHECKED_3 },
  { id: 'baidu-ai-open-platform', name: 'Baidu AI Open Platform', vendor: 'Baidu', category: 'developer-platform', domains: ['ai.baidu.com'], region: 'china', source: listed('digidai') },
  { id: 'baidu-ai-search', name: 'Baidu AI Search', vendor: 'Baidu', category: 'search', domains: ['chat.baidu.com'], region: 'china', source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'baidu-ai-studio', name: 'Baidu AI Studio', vendor: 'Baidu', category: 'developer-platform', domains: ['aistudio.baidu.com'], region: 'china', source: listed('embraceagi', 'docs/ChatGPT_prompts.md'), checked: CHECKED_3 },
  { id: 'baidu-qianfan-cloud', name: 'Baidu Qianfan (cloud)', vendor: 'Baidu', category: 'developer-platform', domains: ['qianfan.cloud.baidu.com'], urlPrefixes: ['cloud.baidu.com/product/wenxinworkshop'], region: 'china', source: listed('kapibala', 'README.md'), checked: CHECKED_3 }, // cloud.baidu.com/product/wenxinworkshop (千帆大模型平台, under Qianfan's earlier name Wenxin Workshop): listed('kapibala', 'data/navigation.json'), CHECKED_3
  { id: 'flowith', name: 'Flowith', vendor: 'Flowith', category: 'agents', domains: ['flowith.io', 'flowith.net'], region: 'china', source: listed('embraceagi', 'docs/AI_tools.md'), checked: CHECKED_3 }, // flowith.net: listed('rvelamen', 'data.json')
  { id: 'iflytek-open-platform', name: 'iFlytek Open Platform', vendor: 'iFlytek', category: 'developer-platform', domains: ['xfyun.cn'], region: 'china', source: v2flyAt('iflytek'), checked: CHECKED_2 },
  { id: 'kolors-site', name: 'Kolors (site)', vendor: 'Kuaishou', category: 'image', domains: ['kolors.kuaishou.com'], region: 'china', source: listed('clawhome', 'README.en.md'), checked: CHECKED_C10 },
  { id: 'pippit', name: 'Pippit', vendor: 'CapCut', category: 'video', domains: ['pippit.ai'], region: 'china' },
  { id: 'sensenova', name: 'SenseNova', vendor: 'SenseTime', category: 'developer-platform', domains: ['sensenova.cn'], region: 'china', source: listed('mvalentsev', 'README.md'), checked: CHECKED_3 },
  { id: 'tencent-cloud-code-assistant', name: 'Tencent Cloud AI Code Assistant', vendor: 'Tencent', category: 'coding', domains: ['copilot.tencent.com'], urlPrefixes: ['cloud.tencent.com/product/acc'], region: 'china', source: listed('rvelamen', 'README.md'), checked: CHECKED_3 }, // cloud.tencent.com/product/acc: listed('rvelamen', 'data.json') (腾讯云AI代码助手)
  { id: 'wanxiang-site', name: 'Tongyi Wanxiang (site)', vendor: 'Alibaba', category: 'image', domains: ['wanxiang.aliyun.com'], region: 'china' },
  { id: 'wenxin', name: 'Wenxin (ERNIE)', vendor: 'Baidu', domains: ['wenxin.baidu.com'], region: 'china', source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'wenxin-agents', name: 'Wenxin Agent Platform', vendor: 'Baidu', category: 'agents', domains: ['agents.baidu.com'], region: 'china', source: listed('aiagenta2z', 'AGENT.md'), checked: CHECKED_C12 }, // entry at agents.baidu.com/center/ whose text names Baidu's 文心智能体平台 AgentBuilder
  { id: 'wenxin-yige', name: 'Wenxin Yige', vendor: 'Baidu', category: 'image', domains: ['yige.baidu.com'], region: 'china', source: listed('digidai', 'README_EN.md') },
  { id: 'youware', name: 'YouWare', vendor: 'YouWare', category: 'coding', domains: ['youware.com'], region: 'china' },
  { id: 'arcads', name: 'Arcads', vendor: 'Arcads', category: 'video', domains: ['arcads.ai'], region: 'europe', source: listed('kostja94', 'README.md'), checked: CHECKED_3 },
  { id: 'corti', name: 'Corti', vendor: 'Corti', category: 'meeting', domains: ['corti.ai'], region: 'europe', source: 'https://docs.corti.ai/about/how_it_works', checked: CHECKED_C10 },
  { id: 'klap', name: 'Klap', vendor: 'Klap', category: 'video', domains: ['klap.app'], region: 'europe', source: listed('kapibala', 'README.md'), checked: CHECKED_3 },
  { id: 'metaview', name: 'Metaview', vendor: 'Metaview', category: 'meeting', domains: ['metaview.ai'], region: 'europe', source: listed('kostja94', 'README.md'), checked: CHECKED_3 },
  { id: 'ocoya', name: 'Ocoya', vendor: 'Ocoya', category: 'writing', domains: ['ocoya.com', 'ocoya.net'], region: 'europe', source: listed('hihelloluigi', 'README.md'), checked: CHECKED_3 }, // ocoya.net: listed('whoisdsmith', 'README.md')
  { id: 'proton-lumo', name: 'Lumo', vendor: 'Proton', domains: ['lumo.proton.me'], urlPrefixes: ['proton.me/lumo'], region: 'europe', source: 'https://proton.me/support/lumo' }, // proton.me/lumo: listed('stevoisiakai', 'GenAI-Blocklist.txt')
  { id: 'robin-ai', name: 'Robin AI', vendor: 'Robin AI', category: 'writing', domains: ['robinai.com'], region: 'europe', source: listed('natnew', 'README.md'), checked: CHECKED_3 },
  { id: 'seo-ai', name: 'SEO.ai', vendor: 'SEO.ai', category: 'writing', domains: ['seo.ai'], region: 'europe', source: listed('kapibala', 'README.md'), checked: CHECKED_3 },
  { id: 'sourcery', name: 'Sourcery', vendor: 'Sourcery', category: 'coding', domains: ['sourcery.ai'], region: 'europe', source: listed('aifordevelopers'), checked: CHECKED_2 },
  { id: 'submagic', name: 'Submagic', vendor: 'Submagic', category: 'video', domains: ['submagic.co'], region: 'europe', source: listed('kostja94', 'README.md'), checked: CHECKED_3 },
  { id: 'taplio', name: 'Taplio', vendor: 'Taplio', category: 'writing', domains: ['taplio.com'], region: 'europe', source: listed('filipecalegario') },
  { id: 'tweet-hunter', name: 'Tweet Hunter', vendor: 'Tweet Hunter', category: 'writing', domains: ['tweethunter.io'], region: 'europe', source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'typewise', name: 'Typewise', vendor: 'Typewise', category: 'writing', domains: ['typewise.app'], region: 'europe', source: listed('meetpateltech', 'README.md'), checked: CHECKED_3 },
  { id: 'ultimate', name: 'Ultimate', vendor: 'Zendesk', category: 'agents', domains: ['ultimate.ai'], region: 'europe', source: 'https://support.zendesk.com/hc/en-us/articles/9985221852954-Managing-the-email-automation-trigger-for-an-advanced-AI-agent', checked: CHECKED_C12 }, // Zendesk's own help article for its advanced AI agents: the email trigger calls the "Ultimate.ai Automation Webhook" at zendesk-support-automation.us.ultimate.ai
  { id: 'avaamo', name: 'Avaamo', vendor: 'Avaamo', category: 'agents', domains: ['avaamo.ai'], region: 'india' },
  { id: 'bhashini', name: 'Bhashini', vendor: 'Government of India (MeitY)', category: 'translation', domains: ['bhashini.gov.in'], region: 'india' },
  { id: 'corover-bharatgpt', name: 'BharatGPT (CoRover)', vendor: 'CoRover', domains: ['corover.ai'], region: 'india', source: 'https://huggingface.co/CoRover', checked: CHECKED_C12 }, // the vendor's own Hugging Face page; names corover.ai
  { id: 'gnani', name: 'Gnani.ai', vendor: 'Gnani.ai', category: 'agents', domains: ['gnani.ai'], region: 'india', source: 'https://pypi.org/project/livekit-plugins-gnani/0.4.2/', checked: CHECKED_C12 }, // a plugin package by Gnani.ai; names its speechstack@gnani.ai contact
  { id: 'haptik', name: 'Haptik', vendor: 'Jio Haptik', category: 'agents', domains: ['haptik.ai'], region: 'india', source: 'https://docs.haptik.ai/bot-builder/advanced/integrating-with-external-bot', checked: CHECKED_C10 },
  { id: 'leena-ai', name: 'Leena AI', vendor: 'Leena AI', category: 'agents', domains: ['leena.ai'], region: 'india', source: 'https://docs.leena.ai/docs/chats', checked: CHECKED_C10 },
  { id: 'observe-ai', name: 'Observe.AI', vendor: 'Observe.AI', category: 'agents', domains: ['observe.ai'], region: 'india', source: 'https://observe.ai/blog/contact-center-quality-assurance-process-democratic', checked: CHECKED_C10 },
  { id: 'pixis', name: 'Pixis', vendor: 'Pixis', category: 'writing', domains: ['pixis.ai'], region: 'india' },
  { id: 'predis', name: 'Predis.ai', vendor: 'Predis.ai', category: 'writing', domains: ['predis.ai'], region: 'india', source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'qure-ai', name: 'Qure.ai', vendor: 'Qure.ai', category: 'other', domains: ['qure.ai'], region: 'india', source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'uniphore', name: 'Uniphore', vendor: 'Uniphore', category: 'agents', domains: ['uniphore.com'], region: 'india', source: 'https://github.com/uniphore/baic-docs/blob/827cf4da3c665a97ba1414403355df1db5b6f437/index.md', checked: CHECKED_C12 }, // the vendor's own deployment docs; its registry at registry.uniphore.com
  { id: 'verloop', name: 'Verloop.io', vendor: 'Verloop.io', category: 'agents', domains: ['verloop.io'], region: 'india', source: 'https://docs.verloop.io/build/recipe-builder/recipe-blocks', checked: CHECKED_C10 },
  { id: 'vidyo-ai', name: 'vidyo.ai', vendor: 'vidyo.ai', category: 'video', domains: ['vidyo.ai'], region: 'india', source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'catchy', name: 'Catchy', vendor: 'Deep Road', category: 'writing', domains: ['catchy.asia'], region: 'japan' },
  { id: 'coefont', name: 'CoeFont', vendor: 'CoeFont', category: 'audio', domains: ['coefont.cloud'], region: 'japan' },
  { id: 'elyza', name: 'ELYZA', vendor: 'ELYZA', category: 'developer-platform', domains: ['elyza.ai'], region: 'japan', source: listed('llmjp', 'figures/scripts/parameter_size_overview_ja.csv'), checked: CHECKED_3 },
  { id: 'karakuri', name: 'KARAKURI', vendor: 'KARAKURI', category: 'agents', domains: ['karakuri.ai'], region: 'japan', source: listed('llmjp', 'README.md'), checked: CHECKED_3 },
  { id: 'niji-journey', name: 'niji・journey', vendor: 'Spellbrush', category: 'image', domains: ['nijijourney.com'], region: 'japan', source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'nijivoice', name: 'NijiVoice', vendor: 'Algomatic', category: 'audio', domains: ['nijivoice.com'], region: 'japan' },
  { id: 'rinna', name: 'rinna', vendor: 'rinna Co.', category: 'developer-platform', domains: ['rinna.co.jp'], region: 'japan', source: listed('llmjp', 'figures/scripts/parameter_size_overview_ja.csv'), checked: CHECKED_3 },
  { id: 'sakana-ai', name: 'Sakana AI', vendor: 'Sakana AI', category: 'developer-platform', domains: ['sakana.ai'], region: 'japan', source: listed('zijianni', 'README.ja.md'), checked: CHECKED_3 },
  { id: 'voicevox', name: 'VOICEVOX', vendor: 'Hiroshiba Kazuyuki', category: 'audio', domains: ['voicevox.hiroshiba.jp'], region: 'japan', source: 'https://github.com/Homebrew/homebrew-cask/blob/88c14dd235eba148fc3263d2bcb9ff778e5918ef/Casks/v/voicevox.rb', checked: CHECKED_C10 },
  { id: 'clova-dubbing', name: 'CLOVA Dubbing', vendor: 'Naver', category: 'audio', domains: ['clovadubbing.naver.com'], region: 'korea' },
  { id: 'clova-note', name: 'CLOVA Note', vendor: 'Naver', category: 'meeting', domains: ['clovanote.naver.com'], region: 'korea' },
  { id: 'daglo', name: 'Daglo', vendor: 'ActionPower', category: 'meeting', domains: ['daglo.ai'], urlPrefixes: ['actionpower.kr/daglo-api'], region: 'korea', source: listed('koreaaimap', 'data/products/daglo.yaml'), checked: CHECKED_C12 }, // Daglo at daglo.ai; vendor (organization_id actionpower) and actionpower.kr/daglo-api: listed('koreaaimap', 'data/products/daglo.yaml')
  { id: 'hyperclova-x-studio', name: 'HyperCLOVA X Studio (CLOVA Studio)', vendor: 'Naver Cloud', category: 'developer-platform', domains: ['clovastudio.ncloud.com'], urlPrefixes: ['www.ncloud.com/product/aiService/clovaStudio'], apiEndpoints: ['clovastudio.stream.ntruss.com', 'clovastudio.apigw.ntruss.com'], region: 'korea', source: listed('langchaincommunity', 'libs/community/langchain_community/chat_models/naver.py'), checked: CHECKED_3 }, // www.ncloud.com/product/aiService/clovaStudio: listed('koreaaimap', 'data/products/clova-studio.yaml')
  { id: 'karlo', name: 'Karlo', vendor: 'Kakao Brain', category: 'image', domains: ['karlo.ai'], region: 'korea' },
  { id: 'naver-cue', name: 'Cue:', vendor: 'Naver', category: 'search', domains: ['cue.search.naver.com'], region: 'korea' },
  { id: 'supertone', name: 'Supertone', vendor: 'Supertone', category: 'audio', domains: ['supertone.ai'], region: 'korea', source: 'https://raw.githubusercontent.com/supertone-inc/supertonic/main/README.md', checked: CHECKED_C12 }, // Supertone's own repository README (stored copy read); links its Voice Builder at supertonic.supertone.ai
  // vrew.voyagerx.com (2026-12-06): the homepage of Vrew's Homebrew cask (BSD-2), which downloads the app from
  // vrew-files.voyagerx.com (Homebrew/homebrew-cask@041cc140b84ea7bb3db7eccacfc1280b7be472a9 Casks/v/vrew.rb).
  { id: 'vrew', name: 'Vrew', vendor: 'VoyagerX', category: 'video', domains: ['vrew.ai', 'vrew.voyagerx.com'], region: 'korea', source: listed('koreaaimap', 'data/products/vrew.yaml'), checked: CHECKED_C12 }, // Vrew at vrew.ai
  { id: 'zeta', name: 'Zeta', vendor: 'Scatter Lab', domains: ['zeta-ai.io'], region: 'korea', source: listed('koreaaimap', 'data/products/scatterlab-zeta.yaml'), checked: CHECKED_C12 }, // Zeta at zeta-ai.io
  { id: 'aivo', name: 'Aivo', vendor: 'Aivo', category: 'agents', domains: ['aivo.co'], region: 'latam', source: 'https://aivo.co/en/terms/', checked: CHECKED_C12 }, // Aivo's own terms on aivo.co (AgentBot, AI answers)
  { id: 'blip', name: 'Blip', vendor: 'Blip', category: 'agents', domains: ['blip.ai'], region: 'latam', source: 'https://github.com/takenet/blip-chat-widget/blob/c4bae0108ab3aa75a0462f344d2a74a2f4be41f8/README.md', checked: CHECKED_C12 }, // Take Blip's chat widget repository; serves BLiP Chat from chat.blip.ai
  { id: 'botmaker', name: 'Botmaker', vendor: 'Botmaker', category: 'agents', domains: ['botmaker.com'], region: 'latam', source: 'https://help.botmaker.com/en/help/3502316744427746581', checked: CHECKED_C10 },
  { id: 'jelou', name: 'Jelou', vendor: 'Jelou', category: 'agents', domains: ['jelou.ai'], region: 'latam', source: 'https://docs.jelou.ai/en/api/envia-mensajes/boton-flujo.md', checked: CHECKED_C12 }, // the vendor's API docs
  { id: 'maritaca-sabia', name: 'Sabiá (Maritaca AI)', vendor: 'Maritaca AI', domains: ['maritaca.ai'], region: 'latam', source: 'https://docs.maritaca.ai/pt/responses-api', checked: CHECKED_C10 },
  { id: 'treble', name: 'Treble', vendor: 'Treble', category: 'agents', domains: ['treble.ai'], region: 'latam', source: 'https://help.treble.ai/en/docs/main-platform/conversation-editor', checked: CHECKED_C10 },
  { id: 'weni', name: 'Weni', vendor: 'Weni', category: 'agents', domains: ['weni.ai'], region: 'latam', source: 'https://docs.weni.ai/l/en/ai/integrating-content-intelligence', checked: CHECKED_C10 },
  { id: 'arabot', name: 'Arabot', vendor: 'Arabot', category: 'agents', domains: ['arabot.io'], region: 'middle-east' },
  { id: 'bria', name: 'Bria', vendor: 'Bria AI', category: 'image', domains: ['bria.ai'], region: 'middle-east', source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'core42', name: 'Core42', vendor: 'G42', category: 'developer-platform', domains: ['core42.ai'], region: 'middle-east', source: listed('radiusmethod', 'llms.csv'), checked: CHECKED_3 },
  { id: 'decart', name: 'Decart', vendor: 'Decart', category: 'video', domains: ['decart.ai'], region: 'middle-east', source: listed('zijianni', 'README.ja.md'), checked: CHECKED_3 },
  { id: 'humain', name: 'HUMAIN', vendor: 'HUMAIN', domains: ['humain.ai', 'humain.com'], region: 'middle-east', source: listed('azizalzahrani', 'README.md'), checked: CHECKED_3 }, // humain.com: listed('azizalzahrani'), CHECKED_3
  { id: 'inception-jais', name: 'Jais (Inception)', vendor: 'Inception (G42)', domains: ['inceptionai.ai'], region: 'middle-east' },
  { id: 'ltx-studio', name: 'LTX Studio', vendor: 'Lightricks', category: 'video', domains: ['ltx.studio'], region: 'middle-east', source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'lucidya', name: 'Lucidya', vendor: 'Lucidya', category: 'writing', domains: ['lucidya.com'], region: 'middle-east', source: listed('azizalzahrani', 'README.md'), checked: CHECKED_3 },
  { id: 'bothub', name: 'BotHub', vendor: 'BotHub', domains: ['bothub.chat'], region: 'russia', source: 'https://github.com/bothubchat/bothub/blob/4cf7d3650ad81810d70f49a4fe1c3d864e14f276/README.md', checked: CHECKED_C12 }, // the vendor's own components repository (Bothub Chat); its icon is served from bothub.chat
  { id: 'chadgpt', name: 'ChadGPT', vendor: 'ChadGPT', domains: ['chadgpt.ru'], region: 'russia', source: 'https://chadgpt.ru/api-docs', checked: CHECKED_C12 }, // ChadGPT's own API docs on chadgpt.ru (its API answers at ask.chadgpt.ru)
  // developers.sber.ru/docs/{ru,en}/gigachat: Sber's GigaChat API documentation (https://developers.sber.ru/docs/en/gigachat/api/overview).
  { id: 'gigachat-api', name: 'GigaChat API', vendor: 'Sber', category: 'developer-platform', domains: ['gigachat.devices.sberbank.ru'], urlPrefixes: ['developers.sber.ru/docs/ru/gigachat', 'developers.sber.ru/docs/en/gigachat'], apiEndpoints: ['ngw.devices.sberbank.ru'], region: 'russia', source: 'https://developers.sber.ru/docs/ru/gigachat/api/overview' },
  { id: 'yandexgpt-api', name: 'YandexGPT API', vendor: 'Yandex Cloud', category: 'developer-platform', domains: ['llm.api.cloud.yandex.net'], region: 'russia', source: 'https://yandex.cloud/en/docs/foundation-models/' },
  { id: 'botnoi', name: 'Botnoi', vendor: 'Botnoi Group', category: 'agents', domains: ['botnoi.ai'], region: 'southeast-asia' },
  { id: 'fpt-ai', name: 'FPT.AI', vendor: 'FPT Smart Cloud', category: 'agents', domains: ['fpt.ai'], region: 'southeast-asia', source: listed('whoisdsmith', 'AI-Awesome/Awesome-AI-2.md'), checked: CHECKED_C12 }, // FPT AI Platform at fpt.ai
  { id: 'kata-ai', name: 'Kata.ai', vendor: 'Kata.ai', category: 'agents', domains: ['kata.ai'], region: 'southeast-asia', source: 'https://docs.kata.ai/kata-platform/glossary/general', checked: CHECKED_C10 },
  { id: 'sea-lion', name: 'SEA-LION', vendor: 'AI Singapore', category: 'developer-platform', domains: ['sea-lion.ai'], region: 'southeast-asia', source: listed('mvalentsev', 'README.md'), checked: CHECKED_3 },
  // api.opentyphoon.ai: the API base URL in https://docs.opentyphoon.ai/en/quickstart.
  { id: 'typhoon', name: 'Typhoon', vendor: 'SCB 10X', domains: ['opentyphoon.ai'], apiEndpoints: ['api.opentyphoon.ai'], region: 'southeast-asia', source: 'https://docs.opentyphoon.ai/en/api-reference', checked: CHECKED_C10 },
  { id: 'wiz-ai', name: 'WIZ.AI', vendor: 'WIZ.AI', category: 'agents', domains: ['wiz.ai'], region: 'southeast-asia' },
], { checked: CHECKED_2 });
