// More regional assistants and creative tools (China's Meitu, HiDream and Meituan products; Japan; Russia;
// Europe; India; Latin America) and a few global ones, written on CHECKED_2 from the vendors' own sites
// (source: the product's site, counted as homepage-only by `lantern catalog stats` until re-verified).
import type { Tool } from '../../schemas/tool';
import { CHECKED_2, defineTools, v2flyAt, listed, CHECKED_3, CHECKED_C10, CHECKED_C12, CHECKED_C13 } from './define';

export const regionalTools3: Tool[] = defineTools('chat', [
  { id: 'vambe', name: 'Vambe', vendor: 'Vambe', category: 'agents', domains: ['vambe.ai'], region: 'latam', source: 'https://github.com/vambeai/vambe-for-woocommerce/blob/d39b599c63b2ca0268a3e5655e73757b8e78aa22/vambe_for_wc/vambe-for-wc.php', checked: CHECKED_C12 }, // the vendor's WooCommerce plugin; its header names vambe.ai
  { id: 'chat-360', name: '360 AI Chat', vendor: 'Qihoo 360', domains: ['chat.360.com'], region: 'china', source: listed('chatall', 'src/bots/Qihoo360AIBrainBot.js'), checked: CHECKED_3 },
  { id: 'chatfai', name: 'ChatFAI', vendor: 'ChatFAI', domains: ['chatfai.com'] },
  { id: 'coachvox', name: 'Coachvox AI', vendor: 'Coachvox', domains: ['coachvox.ai'], source: listed('whoisdsmith'), checked: CHECKED_C12 }, // Coachvox AI at coachvox.ai
  { id: 'delphi', name: 'Delphi', vendor: 'Delphi', domains: ['delphi.ai'], source: listed('kostja94', 'README.md'), checked: CHECKED_3 },
  { id: 'hello-history', name: 'Hello History', vendor: 'Hello History', domains: ['hellohistory.ai'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  // longcat.ai (2026-12-05): Meituan's own model repository names it as the official website to chat with LongCat-
  // Flash (meituan-longcat/LongCat-Flash-Chat@87d1b71a1b55ee2cce2ce99700aabc797e23d2ed README.md, MIT).
  { id: 'longcat', name: 'LongCat', vendor: 'Meituan', domains: ['longcat.chat', 'longcat.ai'], region: 'china', source: listed('cline', 'sdk/packages/llms/src/providers/providers.generated.ts'), checked: CHECKED_3 },
  { id: 'luzia', name: 'Luzia', vendor: 'Luzia', domains: ['luzia.com'], region: 'latam', source: 'https://github.com/The-Wordlab/luzia-nexo-api/blob/12c35bd285b8261dd336dacc585d7a9c92441363/README.md', checked: CHECKED_C13 }, // Luzia's own developer repository (commits from luzia.com addresses): apps built on Nexo, "Luzia's apps runtime", are discovered by Luzia; dashboard nexo.luzia.com, API api.luzia.com. luzia.dev is an unrelated crypto-price API
  { id: 'syntx', name: 'Syntx AI', vendor: 'Syntx', domains: ['syntx.ai'], region: 'russia' },
  { id: 'xiaoice', name: 'Xiaoice', vendor: 'Xiaoice', domains: ['xiaoice.com', 'msxiaoice.com'], region: 'china', source: listed('jstumppchatbots', 'README.md'), checked: CHECKED_C13 }, // msxiaoice.com (2026-12-06): listed('jstumppchatbots', 'README.md'), "Microsoft XiaoIce in Chinese" (the row's source since 2026-12-06, C13 re-check; xiaoice.com stays unproven)
  { id: 'zapia', name: 'Zapia', vendor: 'Zapia', domains: ['zapia.com'], region: 'latam' },
  { id: 'designkit', name: 'Designkit', vendor: 'Meitu', category: 'image', domains: ['designkit.com'], region: 'china', source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'hidream', name: 'HiDream.ai', vendor: 'HiDream.ai', category: 'image', domains: ['hidreamai.com', 'hidream.ai'], region: 'china', source: listed('kostja94', 'INDEX.md'), checked: CHECKED_3 }, // hidream.ai: listed('kostja94', 'INDEX.md')
  { id: 'miraclevision', name: 'MiracleVision', vendor: 'Meitu', category: 'image', domains: ['miraclevision.com'], region: 'china', source: v2flyAt('meitu'), checked: CHECKED_2 },
  { id: 'nolibox', name: 'Nolibox Tuling', vendor: 'Nolibox', category: 'image', domains: ['nolibox.com'], region: 'china', source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'vivago', name: 'Vivago', vendor: 'HiDream.ai', category: 'image', domains: ['vivago.ai'], region: 'china', source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'ailead', name: 'ailead', vendor: 'Bell Face', category: 'meeting', domains: ['ailead.app'], region: 'japan' },
  { id: 'rimo-voice', name: 'Rimo Voice', vendor: 'Rimo', category: 'meeting', domains: ['rimo.app'], region: 'japan', source: 'https://guide.rimo.app/en/articles/8894186-enterprise-plan-team-folder-feature', checked: CHECKED_C12 }, // Rimo's own guide on guide.rimo.app (transcription notes)
  { id: 'fabric', name: 'Fabric', vendor: 'Fabric', category: 'productivity', domains: ['fabric.so'], region: 'europe', source: listed('clawhome', 'README.en.md'), checked: CHECKED_C10 },
  { id: 'fiete', name: 'fiete.ai', vendor: 'Fiete', category: 'productivity', domains: ['fiete.ai'], region: 'europe' },
  { id: 'kagi-universal-summarizer', name: 'Kagi Universal Summarizer', vendor: 'Kagi', category: 'productivity', urlPrefixes: ['kagi.com/summarizer', 'www.kagi.com/summarizer'] },
  { id: 'mymap', name: 'MyMap AI', vendor: 'MyMap AI', category: 'productivity', domains: ['mymap.ai'], source: listed('kostja94', 'README-CN.md'), checked: CHECKED_3 },
  { id: 'to-teach', name: 'to-teach.ai', vendor: 'to-teach', category: 'productivity', domains: ['to-teach.ai'], region: 'europe' },
  { id: 'gan-ai', name: 'Gan.ai', vendor: 'Gan.ai', category: 'video', domains: ['gan.ai'], region: 'india', source: 'https://github.com/gan-studio/Cookbook-Avatar/blob/31b0063bb74cbe5b4c92b5633a28954618a76bfc/README.md', checked: CHECKED_C12 }, // GAN.AI's cookbook repository; its API on os.gan.ai
  { id: 'kaipai', name: 'Kaipai', vendor: 'Meitu', category: 'video', domains: ['kaipai.com', 'kaipai.meitu.com'], region: 'china', source: v2flyAt('meitu'), checked: CHECKED_2 }, // kaipai.meitu.com: listed('rvelamen', 'data.json') (开拍, Meitu's)
  { id: 'trupeer', name: 'Trupeer', vendor: 'Trupeer', category: 'video', domains: ['trupeer.ai'], region: 'india', source: 'https://github.com/trupeer-ai/trupeer-chrome-capture/blob/51fead54b8d5d79e229c6bc3209628f978432cb9/README.md', checked: CHECKED_C12 }, // the vendor's screen-recording extension, named Trupeer.ai
  { id: 'unscript', name: 'Unscript', vendor: 'Unscript', category: 'video', domains: ['unscript.ai'], region: 'india' },
  { id: 'wink', name: 'Wink', vendor: 'Meitu', category: 'video', domains: ['wink.ai', 'wink.meitu.com'], region: 'china', source: listed('rvelamen', 'README.md'), checked: CHECKED_3 }, // wink.meitu.com: listed('rvelamen', 'data.json') (WinkStudio, Meitu's)
  { id: 'otterly', name: 'Otterly.AI', vendor: 'Otterly.AI', category: 'writing', domains: ['otterly.ai'], region: 'europe', source: listed('estevecastells', 'README.md'), checked: CHECKED_3 },
  { id: 'peec-ai', name: 'Peec AI', vendor: 'Peec AI', category: 'writing', domains: ['peec.ai'], region: 'europe', source: listed('estevecastells', 'README.md'), checked: CHECKED_3 },
  { id: 'transcope', name: 'Transcope', vendor: 'Sheeps', category: 'writing', domains: ['transcope.io'], region: 'japan' },
  { id: 'turbotext', name: 'Turbotext', vendor: 'Turbotext', category: 'writing', domains: ['turbotext.ru'], region: 'russia' },
  // PLaMo: a survey page that names the official site, the API docs and the translation service (read on CHECKED_3).
  { id: 'plamo', name: 'PLaMo', vendor: 'Preferred Networks', domains: ['plamo.preferredai.jp', 'translate.preferredai.jp'], apiEndpoints: ['api.platform.preferredai.jp'], source: 'https://raw.githubusercontent.com/aegisfleet/tool-survey-report/main/_reports/plamo.md', checked: CHECKED_3, region: 'japan' }, // api.platform.preferredai.jp: PFN's API reference https://docs.dev.plamo.preferredai.jp/en/api
], { checked: CHECKED_2 });
