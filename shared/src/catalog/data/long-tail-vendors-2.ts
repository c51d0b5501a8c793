// More long-tail tools written on CHECKED_2: a few hosts from v2fly vendor files (GMO's Japanese AI services,
// Naver CLOVA, Azure Video Indexer), the rest from the vendors' own sites (source: the product's site, counted
// as homepage-only by `lantern catalog stats` until re-verified against a specific page).
import type { Tool } from '../../schemas/tool';
import { CHECKED_2, defineTools, listed, CHECKED_3, CHECKED_C10, CHECKED_C12, CHECKED_C13 } from './define';

export const vendorTools3: Tool[] = defineTools('writing', [
  { id: 'listnr', name: 'Listnr', vendor: 'Listnr', category: 'audio', domains: ['listnr.ai', 'listnr.tech'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'narakeet', name: 'Narakeet', vendor: 'Narakeet', category: 'audio', domains: ['narakeet.com'], region: 'europe', source: listed('hihelloluigi', 'README.md'), checked: CHECKED_3 },
  { id: 'soundverse', name: 'Soundverse', vendor: 'Soundverse', category: 'audio', domains: ['soundverse.ai'], region: 'india', source: listed('clawhome', 'README.en.md'), checked: CHECKED_C10 },
  { id: 'ttsfree', name: 'TTSFree', vendor: 'TTSFree', category: 'audio', domains: ['ttsfree.com'], source: listed('clawhome', 'README.en.md'), checked: CHECKED_C10 },
  { id: 'ttsopenai', name: 'TTSOpenAI', vendor: 'TTSOpenAI', category: 'audio', domains: ['ttsopenai.com'] },
  { id: 'gmo-oshiete-ai', name: 'Oshiete AI', vendor: 'GMO Internet Group', category: 'chat', domains: ['oshiete.ai'], region: 'japan', source: 'https://github.com/v2fly/domain-list-community/blob/c975ccef9c19f005a3bfa7a33255d1b406deea64/data/gmo-internet (MIT)' },
  { id: 'gmo-tenbin-ai', name: 'Tenbin AI', vendor: 'GMO Internet Group', category: 'chat', domains: ['tenbin.ai'], region: 'japan', source: 'https://github.com/v2fly/domain-list-community/blob/c975ccef9c19f005a3bfa7a33255d1b406deea64/data/gmo-internet (MIT)' },
  // new-computer-dot (Dot, new.computer) removed on CHECKED_C14: New Computer's own page says it is winding down and Dot
  // stayed up only until October 5 (2025); new.computer is a trap in lookalikes-c14-recheck.test.ts.
  { id: 'personal-ai', name: 'Personal AI', vendor: 'Personal AI', category: 'chat', domains: ['personal.ai'], source: listed('aliammari1', 'README.md'), checked: CHECKED_3 },
  { id: 'chat2db', name: 'Chat2DB', vendor: 'Chat2DB', category: 'coding', domains: ['chat2db.ai'], region: 'china', source: 'https://github.com/CodePhiliaX/Chat2DB/blob/155ecb7bd01917f35d179e640d45207864bc5d8b/README.md', checked: CHECKED_C12 }, // the vendor's repository; links chat2db.ai/download
  { id: 'defog', name: 'Defog', vendor: 'Defog', category: 'coding', domains: ['defog.ai'], source: 'https://github.com/defog-ai/sqlcoder/blob/de7249834e4ff18cd43678254ace4b6f7858cf4b/README.md', checked: CHECKED_C12 }, // the vendor's repository; links defog.ai/sqlcoder-demo
  { id: 'text2sql', name: 'Text2SQL.ai', vendor: 'Text2SQL.ai', category: 'coding', domains: ['text2sql.ai'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'naver-clova', name: 'CLOVA', vendor: 'Naver Cloud', category: 'developer-platform', domains: ['clova.ai'], urlPrefixes: ['navercorp.com/en/tech/hyperclovax'], region: 'korea', source: 'https://github.com/v2fly/domain-list-community/blob/c975ccef9c19f005a3bfa7a33255d1b406deea64/data/naver (MIT)' }, // navercorp.com/en/tech/hyperclovax (Naver's HyperCLOVA X page): listed('koreaaimap', 'data/organizations/naver-cloud.yaml')
  { id: '3dfy', name: '3DFY.ai', vendor: '3DFY.ai', category: 'image', domains: ['3dfy.ai'], region: 'middle-east' },
  { id: 'artguru', name: 'Artguru', vendor: 'Artguru', category: 'image', domains: ['artguru.ai'], source: listed('laylavish', 'list.txt'), checked: CHECKED_3 },
  // invoke.ai (2026-12-05): the Invoke image studio's docs site (and support.invoke.ai), named as the docs home in
  // its own repository's README and docs config (invoke-ai/InvokeAI@8e71a8a519399d6db32054ae9afc7c6c4e2355af
  // README.md, docs/astro.config.mjs, Apache-2.0).
  { id: 'invoke', name: 'Invoke', vendor: 'Invoke', category: 'image', domains: ['invoke.com', 'invoke.ai'], source: 'https://github.com/invoke-ai/InvokeAI/blob/8e71a8a519399d6db32054ae9afc7c6c4e2355af/README.md', checked: CHECKED_C12 }, // the vendor's repository; names invoke.ai (its docs); invoke.com stays as written, unproven
  { id: 'masterpiece-x', name: 'Masterpiece X', vendor: 'Masterpiece Studio', category: 'image', domains: ['masterpiecex.com'], source: 'https://github.com/withmpx/UnityMPXApiExamples/blob/f0d55085c803441ab4b25177ccbdad2c18400a36/README.md', checked: CHECKED_C12 }, // the vendor's API example repository; links masterpiecex.com
  { id: 'perchance', name: 'Perchance', vendor: 'Perchance', category: 'image', domains: ['perchance.org'], source: listed('stevoisiakai', 'GenAI-Blocklist.txt'), checked: CHECKED_3 },
  { id: 'picsart-ai-image-generator', name: 'Picsart AI Image Generator', vendor: 'Picsart', category: 'image', urlPrefixes: ['picsart.com/ai-image-generator', 'www.picsart.com/ai-image-generator'] },
  { id: 'pixlr-ai-image-generator', name: 'Pixlr AI Image Generator', vendor: 'Inmagine', category: 'image', urlPrefixes: ['pixlr.com/image-generator', 'www.pixlr.com/image-generator'], region: 'southeast-asia' },
  { id: 'polycam', name: 'Polycam', vendor: 'Polycam', category: 'image', domains: ['poly.cam'], source: 'https://learn.poly.cam/about', checked: CHECKED_C12 }, // Polycam's own user guide on learn.poly.cam
  { id: 'promeai', name: 'PromeAI', vendor: 'PromeAI', category: 'image', domains: ['promeai.pro', 'promeai.com'], region: 'china', source: listed('laylavish', 'list.txt'), checked: CHECKED_3 }, // promeai.com: listed('laylavish', 'noai_hosts.txt')
  { id: 'sloyd', name: 'Sloyd', vendor: 'Sloyd', category: 'image', domains: ['sloyd.ai'], region: 'europe', source: listed('kapibala', 'README.md'), checked: CHECKED_3 },
  { id: 'vheer', name: 'Vheer', vendor: 'Vheer', category: 'image', domains: ['vheer.com'] },
  { id: 'airgram', name: 'Airgram', vendor: 'Airgram', category: 'meeting', domains: ['airgram.io'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'colibri', name: 'Colibri', vendor: 'Colibri', category: 'meeting', domains: ['colibri.ai'] },
  { id: 'huddles', name: 'Huddles', vendor: 'Huddles', category: 'meeting', domains: ['huddles.app'] },
  { id: 'votars', name: 'Votars', vendor: 'Votars', category: 'meeting', domains: ['votars.ai'], source: 'https://votars.ai/en/blog/how-does-an-ai-note-generator-work', checked: CHECKED_C12 }, // Votars' own blog on votars.ai (AI meeting notes)
  { id: 'vowel', name: 'Vowel', vendor: 'Vowel', category: 'meeting', domains: ['vowel.com'], source: listed('richawo', 'growth-and-sales.md'), checked: CHECKED_C10 },
  { id: 'god-of-prompt', name: 'God of Prompt', vendor: 'God of Prompt', category: 'other', domains: ['godofprompt.ai'], source: listed('laylavish', 'list.txt'), checked: CHECKED_3 },
  { id: 'gptstore', name: 'GPTStore.ai', vendor: 'GPTStore.ai', category: 'other', domains: ['gptstore.ai'], source: listed('obrais', 'README.md'), checked: CHECKED_3 },
  { id: 'promptbase', name: 'PromptBase', vendor: 'PromptBase', category: 'other', domains: ['promptbase.com'], source: listed('filipecalegario') },
  { id: 'snackprompt', name: 'Snack Prompt', vendor: 'Snack Prompt', category: 'other', domains: ['snackprompt.com'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'chatslide', name: 'ChatSlide', vendor: 'ChatSlide', category: 'presentation', domains: ['chatslide.ai', 'drlambda.ai'], source: 'https://github.com/KINOA1209/chatslide-frontend/blob/ecfb301a09d185dd5c34852875a226379b418338/tailwindui/utils/getHost.tsx', checked: CHECKED_C13 }, // the product's own frontend ("DrLambda Frontend"): the ChatSlide brand on chatslide.ai, the same app as DrLambda on drlambda.ai (its robots.txt gives both sitemaps)
  { id: 'prezo', name: 'Prezo', vendor: 'Prezo', category: 'presentation', domains: ['prezo.ai'], source: listed('kapibala', 'README.md'), checked: CHECKED_3 },
  { id: 'sendsteps', name: 'Sendsteps AI', vendor: 'Sendsteps', category: 'presentation', domains: ['sendsteps.com'], region: 'europe', source: listed('hihelloluigi', 'README.md'), checked: CHECKED_3 },
  { id: 'slidesgo-ai', name: 'Slidesgo AI Presentation Maker', vendor: 'Freepik', category: 'presentation', urlPrefixes: ['slidesgo.com/ai-presentations', 'www.slidesgo.com/ai-presentations'], region: 'europe' },
  { id: 'gmo-zeibit', name: 'Zeibit AI', vendor: 'GMO Internet Group', category: 'productivity', domains: ['zeibit.ai'], region: 'japan', source: 'https://github.com/v2fly/domain-list-community/blob/c975ccef9c19f005a3bfa7a33255d1b406deea64/data/gmo-internet (MIT)' },
  { id: 'gpt-for-work', name: 'GPT for Sheets and Docs', vendor: 'Talarian', category: 'productivity', domains: ['gptforwork.com'], region: 'europe', source: 'https://gptforwork.com/help/concepts', checked: CHECKED_C12 }, // GPT for Work's own help centre (GPT for Sheets, Docs, Excel, Word)
  { id: 'heyday', name: 'Heyday', vendor: 'Heyday', category: 'productivity', domains: ['heyday.xyz'], source: listed('whoisdsmith'), checked: CHECKED_C12 }, // Heyday at heyday.xyz
  { id: 'seek-ai', name: 'Seek AI', vendor: 'Seek AI', category: 'productivity', domains: ['seek.ai'], source: listed('whoisdsmith'), checked: CHECKED_C12 }, // Seek AI at seek.ai
  { id: 'textql', name: 'TextQL', vendor: 'TextQL', category: 'productivity', domains: ['textql.com'], source: 'https://docs.textql.com/core/how_it_works/ana/overview', checked: CHECKED_C10 },
  { id: 'tidb-ai', name: 'TiDB.AI', vendor: 'PingCAP', category: 'search', domains: ['tidb.ai'], source: 'https://github.com/v2fly/domain-list-community/blob/c975ccef9c19f005a3bfa7a33255d1b406deea64/data/pingcap (MIT)' },
  { id: 'azure-video-indexer', name: 'Azure AI Video Indexer', vendor: 'Microsoft', category: 'video', domains: ['videoindexer.ai'], source: 'https://github.com/v2fly/domain-list-community/blob/c975ccef9c19f005a3bfa7a33255d1b406deea64/data/microsoft (MIT)' },
  { id: 'deevid', name: 'DeeVid AI', vendor: 'DeeVid', category: 'video', domains: ['deevid.ai'], source: listed('aiagenta2z', 'AGENT.md'), checked: CHECKED_C12 }, // entry "deevid ai" at deevid.ai (AI video generator)
  { id: 'kapwing-ai', name: 'Kapwing AI', vendor: 'Kapwing', category: 'video', urlPrefixes: ['kapwing.com/ai', 'www.kapwing.com/ai'] },
  { id: 'kinetix', name: 'Kinetix', vendor: 'Kinetix', category: 'video', domains: ['kinetix.tech'], region: 'europe', source: listed('kostja94', 'README.md'), checked: CHECKED_3 },
  { id: 'media-io', name: 'Media.io', vendor: 'Wondershare', category: 'video', domains: ['media.io'], region: 'china', source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'move-ai', name: 'Move AI', vendor: 'Move AI', category: 'video', domains: ['move.ai'], region: 'europe', source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'plask', name: 'Plask', vendor: 'Plask', category: 'video', domains: ['plask.ai'], region: 'korea', source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'tensorpix', name: 'TensorPix', vendor: 'TensorPix', category: 'video', domains: ['tensorpix.ai'], region: 'europe', source: 'https://help.tensorpix.ai/en/articles/8282445-ai-upscale', checked: CHECKED_C12 }, // TensorPix's own help centre (AI upscaling)
  { id: 'wonder-dynamics', name: 'Wonder Studio', vendor: 'Autodesk', category: 'video', domains: ['wonder-dynamics.com', 'wonderdynamics.com'], source: listed('obrais', 'README.md'), checked: CHECKED_3 },
  { id: 'wondershare-virbo', name: 'Wondershare Virbo', vendor: 'Wondershare', category: 'video', domains: ['virbo.wondershare.com'], region: 'china', source: listed('aiagenta2z', 'AGENT.md'), checked: CHECKED_C12 }, // entry at virbo.wondershare.com whose text names Virbo's AI image-to-video creator
  { id: 'ahrefs-ai-writing-tools', name: 'Ahrefs AI Writing Tools', vendor: 'Ahrefs', urlPrefixes: ['ahrefs.com/writing-tools', 'www.ahrefs.com/writing-tools'] },
  { id: 'bypassgpt', name: 'BypassGPT', vendor: 'BypassGPT', domains: ['bypassgpt.ai'], source: listed('shadowaltz', 'by-industry-cases/writing/ai-detector-and-text-humanizer.md'), checked: CHECKED_C10 },
  { id: 'crossplag', name: 'Crossplag', vendor: 'Crossplag', domains: ['crossplag.com'], region: 'europe', source: listed('whoisdsmith', 'AIMF.md'), checked: CHECKED_C12 }, // Crossplag at crossplag.com
  { id: 'gmo-seo-director', name: 'SEO Director AI', vendor: 'GMO Internet Group', domains: ['seodirector.ai'], region: 'japan', source: 'https://github.com/v2fly/domain-list-community/blob/c975ccef9c19f005a3bfa7a33255d1b406deea64/data/gmo-internet (MIT)' },
  { id: 'gmo-sokuresu', name: 'Sokuresu AI', vendor: 'GMO Internet Group', domains: ['sokuresu.ai'], region: 'japan', source: 'https://github.com/v2fly/domain-list-community/blob/c975ccef9c19f005a3bfa7a33255d1b406deea64/data/gmo-internet (MIT)' },
  { id: 'gptinf', name: 'GPTinf', vendor: 'GPTinf', domains: ['gptinf.com'], source: listed('whoisdsmith'), checked: CHECKED_C12 }, // GPTinf at gptinf.com
  { id: 'humanize-ai-pro', name: 'Humanize AI (humanizeai.pro)', vendor: 'Humanize AI', domains: ['humanizeai.pro'], source: listed('c13rkhumanizers', 'README.md'), checked: CHECKED_C13 }, // "HumanizeAI.pro", an AI-to-human rewriter, at www.humanizeai.pro
  { id: 'jotbot', name: 'JotBot', vendor: 'JotBot', domains: ['jotbot.com'] },
  { id: 'novelcrafter', name: 'Novelcrafter', vendor: 'Novelcrafter', domains: ['novelcrafter.com'], region: 'europe', source: listed('shadowaltz', 'by-industry-cases/writing/README.md'), checked: CHECKED_C10 },
  { id: 'sapling', name: 'Sapling', vendor: 'Sapling', domains: ['sapling.ai'], source: listed('kapibala', 'README.md'), checked: CHECKED_3 },
  { id: 'squibler', name: 'Squibler', vendor: 'Squibler', domains: ['squibler.io'], source: listed('kostja94', 'README.md'), checked: CHECKED_3 },
  { id: 'stealthwriter', name: 'StealthWriter', vendor: 'StealthWriter', domains: ['stealthwriter.ai'] },
  { id: 'texta', name: 'Texta', vendor: 'Texta', domains: ['texta.ai'], source: listed('laylavish', 'list.txt'), checked: CHECKED_3 },
  { id: 'toolbaz', name: 'Toolbaz', vendor: 'Toolbaz', domains: ['toolbaz.com'], source: listed('laylavish', 'list.txt'), checked: CHECKED_3 },
  { id: 'winston-ai', name: 'Winston AI', vendor: 'Winston AI', domains: ['winston.ai', 'gowinston.ai'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'writerbuddy', name: 'WriterBuddy', vendor: 'WriterBuddy', domains: ['writerbuddy.ai'] },
], { checked: CHECKED_2 });
