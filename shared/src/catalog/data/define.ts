// Keeps the data files readable: each row names only what is known about a tool, and this fills in the
// rest with "not known" — null supplier facts and empty lists, never a guess.
import type { SupplierFacts, Tool, ToolCategory } from '../../schemas/tool';

import { type Region, recordRegion } from './regions';

/** The day the first catalog was compiled: entries without their own `checked` day were checked then. */
export const CHECKED = '2026-11-23';
/** The day of the second pass (coverage work of issue 15): entries it added or re-verified say so. */
export const CHECKED_2 = '2026-12-04';
/** The day of the third pass (customer support, small AI-native tools, and entries re-checked against a listed file). */
export const CHECKED_3 = '2026-12-05';
/** The day of the tenth pass (new lists, regional tools, platforms' AI sections, entries re-checked). */
export const CHECKED_C10 = '2026-12-05';
/** The day of the twelfth-session passes (new lists, regional tools, second hosts, entries re-checked). */
export const CHECKED_C12 = '2026-12-06';
/** The day of the thirteenth-session passes (new lists, extension ids, entries re-checked, false-positive scan). */
export const CHECKED_C13 = '2026-12-06';
/** The day of the fourteenth-session passes (startup batches, new lists, regional tools, extension ids, re-checks). */
export const CHECKED_C14 = '2026-12-06';
/** The day of the fifteenth-session passes (vendor pages for listed leads, regional tools, extensions, re-checks). */
export const CHECKED_C15 = '2026-12-06';
/** The day of the sixteenth-session passes (vendor pages for leads, startup batches, regional tools, extensions). */
export const CHECKED_C16 = '2026-12-06';
/** The day of the seventeenth-session passes (vendors' own pages searched by product kind, leads, extensions). */
export const CHECKED_C17 = '2026-12-06';
/** The day of the eighteenth-session passes (vendors' own pages searched by product kind and region, supplier facts). */
export const CHECKED_C18 = '2026-12-06';
/** The day of the nineteenth-session passes (vendors' own pages searched by product kind and region, supplier facts). */
export const CHECKED_C19 = '2026-12-06';
/** The day of the twentieth-session passes (vendors' own pages searched by product kind and region, leads, extensions). */
export const CHECKED_C20 = '2026-12-07';
/** The day of the twenty-first-session passes (vendors' own pages searched by product kind and region, leads, extensions). */
export const CHECKED_C21 = '2026-12-07';
/** The day of the twenty-second-session passes (vendors' own pages searched by product kind and region, leads). */
export const CHECKED_C22 = '2026-12-07';
/** The day of the twenty-third-session passes (vendors' own pages searched by product kind and region, leads). */
export const CHECKED_C23 = '2026-12-07';
/** The day of the twenty-fourth-session passes (vendors' own pages searched by product kind and region, leads). */
export const CHECKED_C24 = '2026-12-07';
/** The day of the twenty-fifth-session passes (vendors' own pages searched by product kind and region, leads). */
export const CHECKED_C25 = '2026-12-07';
/** The day of the twenty-sixth-session passes (vendors' own pages searched by product kind and region, leads). */
export const CHECKED_C26 = '2026-12-07';
/** The day of the twenty-seventh-session passes (vendors' own pages searched by product kind and region, leads). */
export const CHECKED_C27 = '2026-12-07';
/** The day of the twenty-eighth-session passes (vendors' own pages searched by product kind and region, leads). */
export const CHECKED_C28 = '2026-12-08';

/** Hostnames seeded from v2fly/domain-list-community (MIT licence), file data/<name>. */
export const v2fly = (file: string) =>
  `https://github.com/v2fly/domain-list-community/blob/master/data/${file} (MIT)`;

/** The v2fly snapshot read on CHECKED_2, pinned so the citation still shows what was read. */
const V2FLY_COMMIT = 'c975ccef9c19f005a3bfa7a33255d1b406deea64';
export const v2flyAt = (file: string) =>
  `https://github.com/v2fly/domain-list-community/blob/${V2FLY_COMMIT}/data/${file} (MIT)`;

export interface ToolRow {
  id: string;
  name: string;
  vendor: string;
  /** Defaults to the file's category. */
  category?: ToolCategory;
  domains?: string[];
  urlPrefixes?: string[];
  apiEndpoints?: string[];
  /** Requests to an AI section of a general API (`host/path`); left out when none. */
  apiPrefixes?: string[];
  extensionIds?: string[];
  /** Words that mark an extension's store name as this tool (classifier's last resort); left out when none. */
  extensionNameWords?: string[];
  supplier?: Partial<SupplierFacts>;
  /** Defaults to the product's own site, `https://<first domain, prefix or endpoint>`. */
  source?: string;
  /** The day the source was read for this entry; defaults to the file's, then CHECKED. */
  checked?: string;
  /** Where the tool is mainly used or made; defaults to the file's, then 'global'. */
  region?: Region;
}

/** What a whole data file shares, so its rows only say what differs. */
export interface FileDefaults {
  checked?: string;
  region?: Region;
  source?: string;
}

export function defineTools(
  category: ToolCategory,
  rows: readonly ToolRow[],
  defaults: FileDefaults = {},
): Tool[] {
  return rows.map((row) => {
    recordRegion(row.id, row.region ?? defaults.region ?? 'global');
    const home = row.domains?.[0] ?? row.urlPrefixes?.[0] ?? row.apiEndpoints?.[0] ?? '';
    return {
      id: row.id,
      name: row.name,
      vendor: row.vendor,
      category: row.category ?? category,
      domains: row.domains ?? [],
      urlPrefixes: row.urlPrefixes ?? [],
      apiEndpoints: row.apiEndpoints ?? [],
      ...(row.apiPrefixes ? { apiPrefixes: row.apiPrefixes } : {}),
      extensionIds: row.extensionIds ?? [],
      ...(row.extensionNameWords ? { extensionNameWords: row.extensionNameWords } : {}),
      supplier: {
        trainsOnInputsByDefault: row.supplier?.trainsOnInputsByDefault ?? null,
        enterpriseTier: row.supplier?.enterpriseTier ?? null,
        dataRegions: row.supplier?.dataRegions ?? [],
      },
      source: row.source ?? defaults.source ?? (home ? `https://${home}` : ''),
      checked: row.checked ?? defaults.checked ?? CHECKED,
    };
  });
}

export const AWS_REGIONS = [
  'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'sa-east-1', 'eu-central-1', 'eu-central-2',
  'eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-north-1', 'eu-south-1', 'eu-south-2', 'ap-south-1', 'ap-northeast-1',
  'ap-northeast-2', 'ap-northeast-3', 'ap-southeast-1', 'ap-southeast-2', 'me-central-1', 'il-central-1',
];
/** AWS consoles live on one host per region, so a service's console is one prefix per regional host. */
export const awsConsole = (service: string) => [
  `console.aws.amazon.com/${service}`,
  ...AWS_REGIONS.map((region) => `${region}.console.aws.amazon.com/${service}`),
];

/** Vertex AI serves each region from its own host, `<region>-aiplatform.googleapis.com`. */
export const VERTEX_REGIONS = [
  'us-central1', 'us-east1', 'us-east4', 'us-west1', 'us-west4', 'northamerica-northeast1', 'europe-west1',
  'europe-west2', 'europe-west3', 'europe-west4', 'europe-west9', 'asia-northeast1', 'asia-southeast1', 'australia-southeast1',
];

/**
 * Permissively licensed public lists read on CHECKED_2 (the last four on CHECKED_3), each pinned to the commit read. Only facts (a
 * product's name and host) were taken; rows are written here, never copied.
 */
export const LISTS = {
  steven2358: { repo: 'steven2358/awesome-generative-ai', commit: '63d863418c0a6db3db92cacf150a72f76933e15c', licence: 'CC0-1.0' },
  filipecalegario: { repo: 'filipecalegario/awesome-generative-ai', commit: '822bda6cb154727ff15cc0ad51bfddac2d6d5328', licence: 'CC0-1.0' },
  eudk: { repo: 'eudk/awesome-ai-tools', commit: '626be08c52c330c8aadf000e7ad3046d16481904', licence: 'CC0-1.0' },
  mahseema: { repo: 'mahseema/awesome-ai-tools', commit: 'b55186e97bc01635d637f544431700f331077944', licence: 'MIT' },
  digidai: { repo: 'Digidai/awesome-AI', commit: '8f9128b24c4618eda355a55e10220c334c388603', licence: 'CC0-1.0' },
  lihongzhai: { repo: 'lihongzhai/awesome-china-ai-tools', commit: '33a82f8e26d0bb6297d72b1478c5de716515907b', licence: 'MIT' },
  dreamtrainer: { repo: 'dreamTrainer/Awesome-Chinese-online-AI', commit: '83fd3319e94947dbe7c892ed7ae79976615e6e64', licence: 'MIT' },
  wgwang: { repo: 'wgwang/awesome-LLMs-In-China', commit: 'f2a1119ca2dc01c9c3585dd49a5983fea3efecf5', licence: 'Apache-2.0' },
  tensorchord: { repo: 'tensorchord/Awesome-LLMOps', commit: '710991845b941dd48a2fec37fb0c2a5c13ddc570', licence: 'CC0-1.0' },
  hannibal046: { repo: 'Hannibal046/Awesome-LLM', commit: '538eed00fcb05634fd81a68e24397c620fdcd3e8', licence: 'CC0-1.0' },
  felladrin: { repo: 'felladrin/awesome-ai-web-search', commit: '0d8b4e91721ca21ebafdafb01023d28c91690934', licence: 'CC0-1.0' },
  screenkite: { repo: 'ScreenKite/awesome-ai-video-editing', commit: 'f18f4cd1d8adc7520a0dcc1b8ec3d2d0d9b8564b', licence: 'MIT' },
  aifordevelopers: { repo: 'ai-for-developers/awesome-ai-coding-tools', commit: '172db982165e601131823678c5d37ce6c7775ab4', licence: 'MIT' },
  sindresorhus: { repo: 'sindresorhus/awesome-chatgpt', commit: 'fdf528f64b40c8f4f510f0eb22831a2696e87da7', licence: 'CC0-1.0' },
  slavakurilyak: { repo: 'slavakurilyak/awesome-ai-agents', commit: 'c462ce4f7c902414edd4eebdccc20afbec3b7a4e', licence: 'MIT' },
  yousefebrahimi0: { repo: 'yousefebrahimi0/1000-AI-collection-tools', commit: '71db7ebce4d49ed617de94ae3c511441efed8d82', licence: 'CC0-1.0' },
  sourcegraph: { repo: 'sourcegraph/awesome-code-ai', commit: '0a8ba1e760b5a6f2f2dae1956f5a05de0a3a220a', licence: 'CC0-1.0' },
  // Read on CHECKED_3 (fourth pass): Japanese LLM services.
  // Forks of steven2358's list (CC0) that still name tools the upstream dropped or never had.
  yksanjo: { repo: 'yksanjo/awesome-generative-ai', commit: '938fdcb0c91e9544b9ed74364ad24e3f7cd31e09', licence: 'CC0-1.0' },
  obrais: { repo: 'Obrais-cloud/awesome-generative-ai', commit: 'caccd75ebc238d923de0ae82bcd680dee4534be7', licence: 'CC0-1.0' },
  llmjp: { repo: 'llm-jp/awesome-japanese-llm', commit: '903d9dbeb18cc71fe4bc4cab1a908544922457ac', licence: 'Apache-2.0' },
  // Read on CHECKED_3 to re-check the fourth pass's vendor-page rows (README, "Sources"); CC0 licence file at this commit.
  aliammari1: { repo: 'aliammari1/awesome-ai-tools', commit: 'ff5b60bc7da158b23cd3c3a235bc0faeb001ad2e', licence: 'CC0-1.0' },
  // Read on CHECKED_3 (fifth pass, regional-c5-*.ts): Arabic AI services; licence file at each commit.
  omarsalah26: { repo: 'OmarSalah26/Awesome-Arabic-AI', commit: 'fa425fb40391f6e48d3dfc78f485ce3eace1ff78', licence: 'Apache-2.0' },
  azizalzahrani: { repo: 'azizalzahrani/awesome-arabic-ai', commit: '029070efd2ccfc4230f7325d9036e7af0087e694', licence: 'CC0-1.0' },
  // Read on CHECKED_3 (sixth regional pass, regional-c6-*.ts): AI API providers and their base URLs (providers/*/provider.toml).
  modelsdev: { repo: 'anomalyco/models.dev', commit: 'f3fc692299671838c7c65fd8126bf84d81a2e817', licence: 'MIT' },
  // The channel list of a widely used LLM API gateway: each channel type's default base URL (relay/channeltype/url.go).
  oneapi: { repo: 'songquanpeng/one-api', commit: '8df4a2670b98266bd287c698243fff327d9748cf', licence: 'MIT' },
  // Cline's generated provider catalog (a newer models.dev snapshot plus its built-in providers), with base URLs.
  cline: { repo: 'cline/cline', commit: '21cb8d2525bcedf1f4b6890b27a74a14fe7451e4', licence: 'Apache-2.0' },
  // Read on CHECKED_3 (fifth pass, long-tail-c5-*.ts): a categorised list of AI products and companies.
  kostja94: { repo: 'kostja94/awesome-ai-tools', commit: '15ff8bd0ddec525764bb60173c0c05ec68f78ced', licence: 'MIT' },
  // Also read on CHECKED_3 (fifth pass): agent lists and a Chinese ChatGPT/AI tools list.
  arunagirinathan: { repo: 'ARUNAGIRINATHAN-K/awesome-ai-agents-2026', commit: 'bcc629e920b52f5458bc56e1496e76626c40eed5', licence: 'CC0-1.0' },
  zijianni: { repo: 'Zijian-Ni/awesome-ai-agents-2026', commit: '0e8fb5b4bebb277c269757270d8599601059c90b', licence: 'MIT' },
  embraceagi: { repo: 'EmbraceAGI/awesome-chatgpt-zh', commit: '55c19c6696f13d6f8023dde5f5c5fc3909ae90ef', licence: 'MIT' },
  timurtek: { repo: 'Timurtek/awesome-ai-design-tools', commit: '88b47da204ec798c1f9105e364dffa4c1918c384', licence: 'MIT' },
  kaynxu: { repo: 'KaynXu/awesome-ai-education', commit: '24f8a1265fb83f31c25409c3d507ff25840e009b', licence: 'MIT' },
  // A fork of mahseema's list (same MIT licence) that carries tools added after the commit pinned above.
  chid: { repo: 'chid/awesome-ai-tools', commit: '0d94c62a7f0dd7f7fa4d33abbe646f0eefeeb1d5', licence: 'MIT' },
  // A fork of steven2358's list (CC0) kept at an older state, and three more generative-AI lists.
  ercolesptr: { repo: 'ercolesptr/awesome-generative-ai', commit: 'f7c8c9d52bd95e5f735b4d155467e20596f55aaa', licence: 'CC0-1.0' },
  mrkomiljon: { repo: 'Mrkomiljon/awesome-generative-ai', commit: '09266220d8a892776f654ecb20b7bb2dde31eee3', licence: 'MIT' },
  natnew: { repo: 'natnew/Awesome-Generative-AI', commit: 'ce9552daa2f2a4dc5e1cdcc9a6a2531cc8e2af90', licence: 'MIT' },
  kwokwile: { repo: 'kwokwile/awesome-aigc-tools', commit: 'f5fc91867977164ad0e3d55afb2febbb01a52d29', licence: 'MIT' },
  mvalentsev: { repo: 'mvalentsev/awesome-free-ai-coding', commit: 'f2f591183a6954be94b246752303eedb9f661190', licence: 'MIT' },
  filipevibe: { repo: 'filipecalegario/awesome-vibe-coding', commit: '59d50281e40651d574ea0ead592a08019d74730d', licence: 'CC0-1.0' },
  nofluff: { repo: 'no-fluff/awesome-vibe-coding', commit: '96c9ac9dc5deaf20d12c5fab6e0efcf8a7d7a400', licence: 'MIT' },
  stimqq: { repo: 'stimQQ/awesome-ai-image-tools', commit: '158bccc57f2041b79ec07e6392978a0da96d0d15', licence: 'CC0-1.0' },
  estevecastells: { repo: 'estevecastells/awesome-ai-search', commit: '3767a7f193eab60e099acafd50fb59ba3d5f58f0', licence: 'CC0-1.0' },
  yantoumu: { repo: 'yantoumu/awesome-ai-video-generation-1', commit: '3bcaa675dd3b11439c999c6a9a2cf3203a836916', licence: 'MIT' },
  // Read on CHECKED_3 (sixth pass, long-tail-c6-*.ts): the working section of a list of free ChatGPT mirror sites.
  lilittlecat: { repo: 'LiLittleCat/awesome-free-chatgpt', commit: '7b716a693f95e2b1c6707195c35029a2478b9818', licence: 'MIT' },
  // Also read on CHECKED_3 (sixth pass): a CC0 AI tools list, an AI voice models list, an AI music list, a Chinese legal-AI list.
  meetpateltech: { repo: 'meetpateltech/AI-Infinity', commit: 'fa4ce9c2923d8bb077de34737d75e5f565b04141', licence: 'CC0-1.0' },
  wildminder: { repo: 'wildminder/awesome-ai-voice', commit: '0690c23f60b88c19dc7d93f2b795c3bda6c9eab4', licence: 'MIT' },
  ishandutta2007: { repo: 'ishandutta2007/Awesome-AI-Music-Generators', commit: '248f5c9195588ff6b1bbc8db587a9dafc5c28984', licence: 'MIT' },
  lilialla: { repo: 'lilialla/awesome-legal-ai-zh', commit: 'a511df9f4f8ee528525e5f96b6ab49b0582f7183', licence: 'CC0-1.0' },
  // Also read on CHECKED_3 (sixth pass): a filter list of Generative-AI features on websites (its URLs name AI sections
  // and AI sites), and a list of AI service domains compiled for security teams.
  stevoisiak: { repo: 'Stevoisiak/Stevos-GenAI-Blocklist', commit: 'ca268e217bc2dd097f2429c0382033cf3e4475c3', licence: 'MIT' },
  radiusmethod: { repo: 'radiusmethod/shadowai-domains', commit: '0f3a2c7953f7028b18b209258ac1710ae4fbc594', licence: 'MIT' },
  // The same author's newer filter list (renamed repository), read at its own commit.
  stevoisiakai: { repo: 'Stevoisiak/Stevos-AI-Blocklist', commit: '683dbef8bb2aace15bee44e379c5590ef18d15b6', licence: 'MIT' },
  // A CC0 list of AI agents that links vendors' own AI pages.
  bsaisuryacharan: { repo: 'bsaisuryacharan/awesome-ai-agents-2026', commit: 'b757c26abad928c6df31b40b77dc33689f90395f', licence: 'CC0-1.0' },
  dspachos: { repo: 'dspachos/awesome-ai-tools', commit: '29b8dcb8d17c7eefdc6f6180a7fc59408e3f575c', licence: 'MIT' },
  // A CC0 hosts list of sites that produce AI images (generators, undressing and AI-porn tools among them).
  laylavish: { repo: 'laylavish/uBlockOrigin-HUGE-AI-Blocklist', commit: '9bb188e2701138e03f73bacebd6b19b181ca0012', licence: 'CC0-1.0' },
  // Read on CHECKED_3 (aliases pass): a fork of Zijian-Ni's agents list (MIT licence file at this commit) naming newer hosts.
  jaylfc: { repo: 'jaylfc/awesome-ai-agents-2026', commit: '317372e2d76111babe5ea484fa5c9f39a228b51e', licence: 'MIT' },
  // Read on CHECKED_3 (seventh pass, long-tail-c7-vertical*.ts): AI tools by vertical. TiorAI's dataset names CC BY 4.0
  // in its README's License section and in CHANGELOG 1.0.0 ("LICENSE — CC BY 4.0, canonical text"); the support list's
  // README names CC BY 4.0 and links its LICENSE. CC BY asks for credit: TiorAI is credited here and in the README.
  tiorai: { repo: 'tioraicom/ai-tools-dataset', commit: '7173e727521aa7116196d01b8641e448fd53ee78', licence: 'CC-BY-4.0' },
  palak2011: { repo: 'palak2011/awesome-ai-customer-support-tools', commit: '16774dae8c85b06098f1226f72af6b4008a3afb9', licence: 'CC-BY-4.0' },
  tioraiagents: { repo: 'sidra-ai-development/outreach-tiora-ai-agents', commit: 'db5b4d4d5b0b856c8e86202b989058c45127d7cf', licence: 'CC-BY-4.0' },
  // Read on CHECKED_3 (seventh pass, long-tail-c7-blocklists*.ts): endpoint lists, i.e. the default base URL each
  // model provider is given in an LLM gateway or SDK (one file per provider), and a chat client's provider constants.
  portkey: { repo: 'Portkey-AI/gateway', commit: '669825cbe89ee51569918b8f78a9db486fd69dd4', licence: 'MIT' },
  vercelai: { repo: 'vercel/ai', commit: 'ed857f50f112e23930b0c2dd8d532cc8bebbc911', licence: 'Apache-2.0' },
  continuedev: { repo: 'continuedev/continue', commit: 'd0a3c0b626b5bebc3bef4742eec05a0242be0bab', licence: 'Apache-2.0' },
  anythingllm: { repo: 'Mintplex-Labs/anything-llm', commit: '72aabbd15481ae405434efd4c83d46026eef1173', licence: 'MIT' },
  nextchat: { repo: 'ChatGPTNextWeb/NextChat', commit: '706a18b95b714ab29b2a4842d3b9ff4f887935d5', licence: 'MIT' },
  pydanticai: { repo: 'pydantic/pydantic-ai', commit: '4fda38988f2939fa6ea9cdefcf120693e10ef491', licence: 'MIT' },
  roocode: { repo: 'RooCodeInc/Roo-Code', commit: 'cb836567180a3ff1da6d082f3178b90c3bd22a70', licence: 'Apache-2.0' },
  anyllm: { repo: 'mozilla-ai/any-llm', commit: 'f9499232b9887eaaf9ec70a54de691f0637661e3', licence: 'Apache-2.0' },
  // Dual-licensed MIT or Apache-2.0 (both licence files at this commit).
  aichat: { repo: 'sigoden/aichat', commit: '82976d349ad97ac9aae0655ad631dace5e2a6385', licence: 'MIT' },
  // A browser extension's list of OpenAI-compatible providers, and a chat client's docs page per provider endpoint.
  pageassist: { repo: 'n4ze3m/page-assist', commit: '87808cf884596d1e9df40dc28965b212f2e5ccdf', licence: 'MIT' },
  catwalk: { repo: 'charmbracelet/catwalk', commit: '64dad50ecf880c4cec1b71cfc74e410f8c829a33', licence: 'MIT' },
  langchainjs: { repo: 'langchain-ai/langchainjs', commit: '62fc484b2a0d1ec5b8bebff4a8a0efe6300ada72', licence: 'MIT' },
  langchaincommunity: { repo: 'langchain-ai/langchain-community', commit: 'bc87773064735e649cfd798185502e156d5e948a', licence: 'MIT' },
  haystack: { repo: 'deepset-ai/haystack-core-integrations', commit: '50a84e949fc700ed05cb4600b99f73955b787db8', licence: 'Apache-2.0' },
  ragflow: { repo: 'infiniflow/ragflow', commit: 'b1b8cd623520b97b2526ffb1514bd812bdcc7eaf', licence: 'Apache-2.0' },
  simpleoneapi: { repo: 'fruitbars/simple-one-api', commit: '4e5ff24f709bbe51a730ecabdc3a99fc7e0f4580', licence: 'MIT' },
  chatall: { repo: 'ai-shifu/ChatALL', commit: '6d089c2ab72dde2ba1010cc1e910ceb766458546', licence: 'Apache-2.0' },
  librechatdocs: { repo: 'LibreChat-AI/librechat.ai', commit: '4529bf5d903957e2864758aeaf69fb22e88c5935', licence: 'MIT' },
  // Read on CHECKED_3 (eighth pass, long-tail-c8-lists*.ts): a Chinese AI tools navigation list (data.json: name, URL,
  // category per tool); MIT licence file ("Copyright (c) 2025 Rvelamen") at this commit.
  rvelamen: { repo: 'Rvelamen/Awesome-AI-Tools', commit: '83a7a03d738c1d71fbf108c9b34b7097f9b0ab6f', licence: 'MIT' },
  // Also read on CHECKED_3 (eighth pass): the data file of "AI 原住民导航" (hao.withai.homes), a hand-picked Chinese AI
  // navigation list. Its LICENSE file puts the selection and arrangement under CC BY 4.0 (credit "AI 原住民导航" and
  // link the repository); site names and content stay their owners'. Only facts (name, host) were taken.
  kapibala: { repo: 'ka-pi-ba-la/awesome-ai-tools', commit: 'dc94622b843c057c894dbbace78545385f00c60e', licence: 'CC-BY-4.0' },
  // Also read on CHECKED_3 (eighth pass): a CC0 AI tools list (licence file at this commit), and a fork of mahseema's list
  // (its MIT licence file, Mahsima Dastan's, at this commit) that carries tools added upstream after mahseema's pinned commit.
  hihelloluigi: { repo: 'hihelloluigi/awesome-ai-tools', commit: 'e8eaea758cc02d724d8dc752a30ac910a2ce5607', licence: 'CC0-1.0' },
  linxiaotutututu1123: { repo: 'linxiaotutututu1123/awesome-ai-tools', commit: '43bd414f5d1c467174c6fe8f0ad26c8f82d05aa5', licence: 'MIT' },
  // A CC0 list of agent products (licence file at this commit); read on CHECKED_3 for one conversational assistant.
  linoah: { repo: 'LiNoah/awesome-ai-agent-products', commit: '7919dd37f018e3066f762187393faf4b55fabaae', licence: 'CC0-1.0' },
  // Read on CHECKED_3 (ninth pass, long-tail-c9-lists*.ts): AutoVenture's free AI tools dataset (ai-tools.csv: name,
  // category, description, website). Its LICENSE puts the dataset under CC BY 4.0 and asks for credit to AutoVenture
  // (https://autoventure.live): given here, in each file's header and in the README. Only facts (name, host) were taken.
  autoventure: { repo: 'autoventure-projects/ai-tools-dataset', commit: '05e44cd6a4a83b1ba6e48b4601d2d79f587d650b', licence: 'CC-BY-4.0' },
  // Also read on CHECKED_3 (ninth pass): a CC0 founders' directory with AI sections, and a CC0 fork of a pinned agents
  // list (licence file at each commit).
  richawo: { repo: 'richawo/awesome-ai-startup-stack', commit: 'cc29a23e90eaafeeeb62865aba53dd35415b3b97', licence: 'CC0-1.0' },
  keesan12: { repo: 'Keesan12/awesome-ai-agents-2026', commit: '3e3a39d021eefe941dcc62d0d2bbf509ee10f4ee', licence: 'CC0-1.0' },
  // An MIT-licensed guide to AI by industry (licence file at this commit) whose pages link the products they describe.
  shadowaltz: { repo: 'shadowaltz/aiandbusiness', commit: 'b7d8c5d59f713655416b0179bd3c08f89705daf2', licence: 'MIT' },
  // Read on CHECKED_C10 (tenth pass, long-tail-c10-lists*.ts): the open mirror of the topxai.cn AI tools directory
  // (README.en.md, 793 tools with their official websites). Its README's badge and License section release the list
  // content under CC0 1.0; the stored copy read holds no LICENSE text and no snapshot could be fetched (see the files'
  // headers). Only facts (name, host) were taken.
  clawhome: { repo: 'clawhome/awesome-ai-toolbox', commit: '0a3feef5fde386daa2f604eaf3ad1998e0f26f73', licence: 'CC0-1.0' },
  // Also read on CHECKED_C10: a community list of AI tools for lawyers whose README states CC0 (badge and footer, linking
  // its LICENSE, which the stored copy does not hold).
  openaidirectorylawyers: { repo: 'open-ai-directory/best-ai-tools-for-lawyers', commit: '273309baae6f2ef7e37776514a117896b07e035b', licence: 'CC0-1.0' },
  // Read on CHECKED_C10 (tenth pass, second helper, long-tail-c10b-lists*.ts): the Prompt Engineering Guide's tools page
  // (pages/tools.en.mdx; MIT licence file, DAIR.AI's, at this commit) and a prompt-engineering awesome list (README.md;
  // Apache-2.0 licence file at this commit). Only facts (name, host) were taken.
  dairai: { repo: 'dair-ai/Prompt-Engineering-Guide', commit: '3d96678f28793e6f23ac6c0127799489f2c9022b', licence: 'MIT' },
  promptslab: { repo: 'promptslab/Awesome-Prompt-Engineering', commit: 'c4a0787064806d5961028ca88f174fbc58024680', licence: 'Apache-2.0' },
  // Also read on CHECKED_C10: a list of AI-text detectors whose README's Licence section states CC0 1.0 and links its
  // LICENSE; no snapshot could be fetched, so the licence rests on the README at this commit, as for clawhome's list.
  textsight: { repo: 'textsight/awesome-ai-detection', commit: '6f92a76ce69ab2bf72abad8efd30fb1cd6671441', licence: 'CC0-1.0' },
  // Also read on CHECKED_C10: a list of Model Context Protocol client applications with their websites (README.md; MIT
  // licence file at this commit).
  punkpeyemcpclients: { repo: 'punkpeye/awesome-mcp-clients', commit: '20aa3e9ab8613a444a47d866841b45113b1d6f3b', licence: 'MIT' },
  // Also read on CHECKED_C10: DeepSeek's list of applications that integrate its API (README.md and docs/*/README.md; CC0
  // licence file at this commit).
  deepseekintegration: { repo: 'deepseek-ai/awesome-deepseek-integration', commit: '840e93fbf2aa679f248b000dd35b94a91bf58b05', licence: 'CC0-1.0' },
  // Also read on CHECKED_C10, in part (README.md, its first 176,000 characters): a list of AI agents whose README's
  // License section states Apache 2.0 and links its LICENSE, which the stored copy does not hold.
  jimschwoebel: { repo: 'jim-schwoebel/awesome_ai_agents', commit: '0052162ef5b35ab022b029c1e463e9bd6e575f0e', licence: 'Apache-2.0' },
  // Read on CHECKED_C12 (twelfth-session pass, second list helper, long-tail-c12-b*.ts): lists of AI tools by business
  // function. Generative-engine-optimization (AI search visibility) lists: vibetags/awesome-geo-tools (CC0 licence file),
  // luka2chat/awesome-geo (MIT licence file), yes155/awesome-geo-seo (its `license` file is the MIT text with the
  // copyright line left as the template's placeholder), trakkr-aisearch/awesome-geo (CC0 licence file) and
  // Altyzo/awesome-aeo-geo (README read at this commit; its MIT licence file, Altyzo's, read at 8e40fc73).
  vibetags: { repo: 'vibetags/awesome-geo-tools', commit: 'c271b8d42a33a9b4958ef4e6873e995f809a704d', licence: 'CC0-1.0' },
  luka2chat: { repo: 'luka2chat/awesome-geo', commit: '8fcf24faf9256a96f9c0dea2ad563fa227fed376', licence: 'MIT' },
  yes155: { repo: 'yes155/awesome-geo-seo', commit: 'bfa6d5b28301f8188feffa0350b32a947be6de8b', licence: 'MIT' },
  trakkraisearch: { repo: 'trakkr-aisearch/awesome-geo', commit: 'b34105a4546ebc3a4f55f07d6a9b600abb291ccd', licence: 'CC0-1.0' },
  altyzo: { repo: 'Altyzo/awesome-aeo-geo', commit: '0901a79e9b9c1aca1ef75d8f8b1d35dffb8b43ed', licence: 'MIT' },
  // Also read on CHECKED_C12: an AI e-commerce tools list and a legal-tech list whose READMEs' License sections state CC0
  // (no licence file in either snapshot), a CC0 list of AI tools by task (Docs/*.md; licence file at this commit), a
  // cybersecurity-AI list whose README's License section states CC0, and an HR AI products directory (_data/products.yml;
  // MIT licence file, "HireAI Contributors", at this commit).
  lsb11: { repo: 'lsb11/awesome-ai-ecommerce-tools', commit: '0bece1024039eeaf671d479ab0c01e5a4d67feef', licence: 'CC0-1.0' },
  zeweihan: { repo: 'zeweihan/awesome-legaltech', commit: '857b0087cb98ba74e4a95b5f56b4fa34a965e287', licence: 'CC0-1.0' },
  lseuopen: { repo: 'LSeu-Open/AIEnhancedWork', commit: '600d4a4737846c33dd8de4a738595c9d19ae4515', licence: 'CC0-1.0' },
  ugonfor: { repo: 'ugonfor/awesome-ai-cybersecurity', commit: '36901456c7c0a4e76ba82d51ad18e0ec45c01c93', licence: 'CC0-1.0' },
  hireai: { repo: 'Digidai/HireAI', commit: '35696ea5442f82ce158996c4c3bda12f6fb30be3', licence: 'MIT' },
  // Also read on CHECKED_C12: a list of voice-agent platforms and components (README.md; CC0 licence file at this commit).
  yzfly: { repo: 'yzfly/awesome-voice-agents', commit: 'a4fdddcf0c012e43e0303bd22ac4d4151f920406', licence: 'CC0-1.0' },
  // Read on CHECKED_C12 (twelfth regional pass, regional-c12-*.ts): Korea AI Map, a catalogue of Korean AI organisations,
  // models and products (data/products/*.yaml and data/organizations/*.yaml: name, website, sources). Its DATA_LICENSE.md
  // puts the data under CC BY 4.0 (credit: "Korea AI Map" and the data version; code MIT, LICENSE at this commit).
  // Credited here, in each file's header and in the README. Only facts (name, host) were taken.
  koreaaimap: { repo: 'korea-ai-map/korea-ai-map', commit: 'f21615d631689d8e8844c5ef91838000d80e1466', licence: 'CC-BY-4.0' },
  // Also read on CHECKED_C12: a list of European AI companies (README.md), CC0 by its badge and its License section,
  // which links a LICENSE the stored copy does not hold; no snapshot could be fetched.
  jmbarrancoml: { repo: 'jmbarrancoml/awesome-european-ai', commit: '019442aed33fa527ca1d689b333b3d58ef236add', licence: 'CC0-1.0' },
  // Also read on CHECKED_C12: the project data of a China AI ecosystem dashboard (src/data/projects.json: name, url,
  // category per project; MIT licence file at this commit).
  pingpigchina: { repo: 'PingPig/china-ai-landscape', commit: '6f11fc5c8c430713bd24a8b1d38d47a715036268', licence: 'MIT' },
  // Also read on CHECKED_C12: a map of the French AI ecosystem (README.md; CC0 waiver in its License section), and a
  // directory of Persian and Iranian AI services (README.md; MIT by its badge and License section, which link a LICENSE
  // the stored copy does not hold).
  alexandredarmon: { repo: 'alexandre-darmon/awesome-french-ai', commit: '150bce56ee496a1449986990f173285f117f9211', licence: 'CC0-1.0' },
  kalahamoon: { repo: 'Kalahamoon/awesome-persian-ai', commit: '2bc48c5416c22fd23ef50042c6670aba15b248c9', licence: 'MIT' },
  // Also read on CHECKED_C12: "Awesome AI By Bharat", a list of AI built in India kept in its author's repository
  // (Awesome-AI-By-Bharat.md); Apache-2.0 by the licence badge at its head.
  aibybharat: { repo: 'yogeshhk/Sarvadnya', commit: 'decbb702bdd40339a0f72d813f82844e41fd3787', licence: 'Apache-2.0' },
  // Read on CHECKED_C12 (twelfth-session list pass, creative and content tools, long-tail-c12-c*.ts): a large list of AI
  // applications by kind (README.md; MIT licence file, Dustin Smith's, at this commit), a list of AIGC papers whose
  // image-generation file has a products section (MIT licence file), a small generative-AI list (CC0 licence file), a
  // Sora prompts list (MIT licence file) and a list of Sora watermark tools whose README releases it under CC BY 4.0
  // (no licence file; the licence rests on that statement).
  whoisdsmith: { repo: 'whoisdsmith/AI-MTHRFCKR', commit: '39d04cf398d127d5725ed0ea61cae8aa021a8489', licence: 'MIT' },
  metame: { repo: 'metame-ai/awesome-aigc-plaza', commit: 'da1b363b89ef9d530eaa557564a109561b701536', licence: 'MIT' },
  gongminmin: { repo: 'gongminmin/awesome-aigc', commit: '086c13289d9fabd00a423b8b5cfc5c1692ff0aa3', licence: 'CC0-1.0' },
  zerolu: { repo: 'ZeroLu/awesome-sora2', commit: 'bc9703964ec295f7701e990d28cb47905e48f605', licence: 'MIT' },
  ezremove: { repo: 'ezremove/awesome-sora-watermark-removal-tools', commit: '591d20b3d7422e9e410d0a74ffe1f7c0dce7bb42', licence: 'CC-BY-4.0' },
  // Also read on CHECKED_C12 by the creative list pass: the rest of LSeu-Open/AIEnhancedWork (`lseuopen` above, same
  // commit), and the AI tools page of an MIT-licensed notebook of coding katas (ai/README.md; MIT licence file at this commit).
  tardate: { repo: 'tardate/LittleCodingKata', commit: '126bc442b9e627711119f3375846ddb5ce02ec42', licence: 'MIT' },
  // Also read on CHECKED_C12: a CC0 list of AI tools for students (README.md; CC0 licence file at this commit).
  yoshidanakamura: { repo: 'YoshidaNakamura/awesome-ai-for-students', commit: 'b44d8a191585817b6c0b0da1e9509133b5c2a371', licence: 'CC0-1.0' },
  // Read on CHECKED_C12 (twelfth-session pass, lists-d helper, long-tail-c12-d*.ts): agent lists. alternbits/awesome-ai-agents
  // (data/*.yml, one file per agent; MIT licence file, Aylar Ghezelbash's, at this commit) and
  // Agenta-AI/awesome-ai-agent-platforms (README.md; its License section releases the list under CC0 1.0 and links a
  // LICENSE the stored copy does not hold).
  alternbits: { repo: 'alternbits/awesome-ai-agents', commit: '76901b62c264fdc5580534759f084d3104175baf', licence: 'MIT' },
  agentaai: { repo: 'Agenta-AI/awesome-ai-agent-platforms', commit: '097865ec511b258accd73db0397eda22d3289979', licence: 'CC0-1.0' },
  // Also read on CHECKED_C12: DeepNLP's AI Agent Marketplace index (AGENT.md: agent sites by category, 1,583 records). The
  // project declares the MIT License in its pyproject.toml (`license = { text = "MIT License" }`) and setup.py
  // classifiers; the snapshot holds no LICENSE file. Only facts (name, host) were taken.
  aiagenta2z: { repo: 'aiagenta2z/ai-agent-marketplace', commit: '7bb20b66bb1133dd85d83cdf1351be1188e8db40', licence: 'MIT' },
  // Read on CHECKED_C12 (twelfth session, lists-a helper, long-tail-c12-a*.ts): a list of GUI clients for LLM APIs (README.md;
  // MIT licence file, Bill Mei's); the MCP project's page of example clients (docs/clients.mdx at the last commit before
  // the page was removed; the project's LICENSE puts documentation under CC BY 4.0, older contributions under MIT: the
  // Model Context Protocol contributors are credited here, in the file header and in the README); and the community
  // integrations section of Ollama's README (MIT licence file) at the last commit before that section was cut down.
  billmei: { repo: 'billmei/every-chatgpt-gui', commit: 'd77a9c731b572482100bd95c6b324dd84fe6f970', licence: 'MIT' },
  mcpclientspage: { repo: 'modelcontextprotocol/modelcontextprotocol', commit: '0dfb7b627031f94891a80241285a4ae5b8879609', licence: 'CC-BY-4.0' },
  ollama: { repo: 'ollama/ollama', commit: '379fd64fa837e51eddeda6c32f5c812d912a6751', licence: 'MIT' },
  // Also read on CHECKED_C12: the third-party servers sections of the MCP reference servers' README (official integrations,
  // community servers, frameworks) at the last commit before they were moved out; same licence terms as the clients page.
  mcpservers: { repo: 'modelcontextprotocol/servers', commit: 'e21dbea731f2ccddcd48525cf9a1e1e405fee12f', licence: 'CC-BY-4.0' },
  // Also read on CHECKED_C12: two MIT-licensed lists of MCP servers (licence file at each commit), a list of remote servers
  // with their URLs and makers, and a general one whose official-servers section names products' sites.
  jaw9c: { repo: 'jaw9c/awesome-remote-mcp-servers', commit: '302ea1c4a9f185a823e3f5fe7991b93a851ec565', licence: 'MIT' },
  wong2: { repo: 'wong2/awesome-mcp-servers', commit: '39eb1d76d76e562657f3c657266a504cea159e23', licence: 'MIT' },
  // A list of MCP servers whose README's License section waives copyright under CC0 (no licence file in the repository).
  appcypher: { repo: 'appcypher/awesome-mcp-servers', commit: '187929affcbd6fcb82067e2ebd0aef13c94d1fe1', licence: 'CC0-1.0' },
  // A CC0 list of GPT-4 tools, demos and product integrations (licence file at this commit).
  radicho: { repo: 'radi-cho/awesome-gpt4', commit: '777f9702b87600b0cfeb3d83a7e5d4a82f85a117', licence: 'CC0-1.0' },
  // A list of macOS apps (README.md, its AI Tools section and AI apps elsewhere): CC0 licence file at this commit; the
  // README's License section names CC BY 4.0, so the list is credited (jaywcjlove/awesome-mac) in the file and the README.
  awesomemac: { repo: 'jaywcjlove/awesome-mac', commit: 'b4043d92c04720f24bd0855cbc9fe6374205efec', licence: 'CC0-1.0' },
  // A list of Linux software whose README's License section puts it under CC BY 4.0 (no licence file): credited here.
  awesomelinux: { repo: 'luong-komorebi/Awesome-Linux-Software', commit: 'd82162ab61df94cf7f2d7c8e75eb75e9463235c6', licence: 'CC-BY-4.0' },
  // Another list of macOS apps, CC BY 4.0 by its README's License section (no licence file): credited here.
  ichaitmacos: { repo: 'iCHAIT/awesome-macOS', commit: '698d545652f527f5adfe94836c9b42a74f90081e', licence: 'CC-BY-4.0' },
  // A privacy-tools list with an Artificial Intelligence section (CC0 licence file at this commit).
  plujaprivacy: { repo: 'pluja/awesome-privacy', commit: '775c5af85fd62fd67a17a9036369fb4070b6f38b', licence: 'CC0-1.0' },
  // Read on CHECKED_C12 (the lead's pass, long-tail-c12-lead.ts): the AI-assistant referrer list Matomo's analytics uses
  // (AIAssistants.yml: name, hosts; CC0 licence file at this commit).
  matomoai: { repo: 'matomo-org/searchengine-and-social-list', commit: '3b3a82dc83cd146abe17aafe31254de1c25f7844', licence: 'CC0-1.0' },
  // Read on CHECKED_C12 (twelfth session, newtools helper): a directory of AI agents and assistants by kind (categories/*.md)
  // whose README's License section states the MIT License; the snapshot holds no LICENSE file, so the licence rests on
  // that statement, as for appcypher's list. Used for one host (Cleo's www.meetcleo.com).
  danielrosehill: { repo: 'danielrosehill/Awesome-AI-Agents-And-Assistants', commit: '54519c867548fd4371f6b4f4b0612d138db7aac9', licence: 'MIT' },
  // Read on CHECKED_C12 by the second twelfth-session re-check, for existing rows only: a list of vibe-coding tools whose
  // README's License section releases it under CC0 (no licence file); it also re-read the list of macOS apps pinned
  // above (`awesomemac`, same commit).
  taskadevibe: { repo: 'taskade/awesome-vibe-coding', commit: '95808877705c5f82ff72bccf779bc7c4b45e9894', licence: 'CC0-1.0' },
  // Read on CHECKED_C12 (twelfth-session Chinese pass, regional-c12-china-2.ts): doocs' Chinese AI tools list (README.md
  // at this commit; its MIT licence file, doocs', read at b393a3cf).
  doocsawesomeai: { repo: 'doocs/awesome-ai', commit: '016d0bbc277e3afe1e8c581b2cff9fc025cfde51', licence: 'MIT' },
  // Read on CHECKED_C12 (blocklists pass): the AI-service registries of two open-source shadow-AI detectors, each a
  // tool-by-tool list of hosts (Apache-2.0 licence file at each commit): AumOS's provider map
  // (src/aumos_shadow_ai_toolkit/core/providers.py) and AI Guard's registry (registry/registry.yaml).
  aumosshadowai: { repo: 'invincible-jha/aumos-shadow-ai-toolkit', commit: '921700d8d66e59479edd26bb5236d9b7c743ae08', licence: 'Apache-2.0' },
  amansk5aiguard: { repo: 'AmanSK5/shadow-ai-guard', commit: 'aad5105995262d2ee68a2e388c4914093dbfe0ee', licence: 'Apache-2.0' },
  // Also read on CHECKED_C12: an AI security-posture tool's vendor catalog of AI applications (catalog.json and
  // connectors/catalogs/ai_applications.json: name, vendor, domains; MIT licence file at this commit).
  msalikocaispm: { repo: 'MSalikoc/ai-spm-shadow-ai', commit: '4f0099cad401a15a32ba5d5230004ac7e8625149', licence: 'MIT' },
  // Read on CHECKED_C12 (twelfth session, lists-f helper, long-tail-c12-f.ts): lists of AI tools for verticals. Research and
  // science: TuchuanLin/Awesome-AI-for-Research (tooling/collections/entries.yaml and README.md; its LICENSE puts the work under
  // CC BY 4.0, credit "Awesome AI for Research contributors", given here, in the file header and in the README),
  // TuchuanLin/Awesome-AI-Scientist (README.md; Apache-2.0 licence file at this commit, while its README's badge says MIT),
  // Research-Equality/awesome-ai-scientists, natnew/awesome-ai-scientists and natnew/awesome-ai-for-bioengineering (README.md;
  // MIT licence file at each commit), hanlulong/awesome-ai-for-economists (README.md; CC0 licence file).
  tuchuanresearch: { repo: 'TuchuanLin/Awesome-AI-for-Research', commit: 'a0c7a3ef4854862ddb130ccf519a1657e11b7e57', licence: 'CC-BY-4.0' },
  tuchuanscientist: { repo: 'TuchuanLin/Awesome-AI-Scientist', commit: 'c05c56741d173153d424ad3625a4008b54147c1a', licence: 'Apache-2.0' },
  researchequality: { repo: 'Research-Equality/awesome-ai-scientists', commit: '0002b5205cfa4ff224a8b696c7c29e4c48e27f71', licence: 'MIT' },
  natnewscientists: { repo: 'natnew/awesome-ai-scientists', commit: 'f0362cbcc9dfab897631a7eb62bdb823480ccfc9', licence: 'MIT' },
  natnewbio: { repo: 'natnew/awesome-ai-for-bioengineering', commit: '65a540246c73a24b899ebdd4d3b4c8e3fa53802d', licence: 'MIT' },
  hanlulong: { repo: 'hanlulong/awesome-ai-for-economists', commit: '300c2242d3ce7bc4574ba2eb83fb9ee47df12c1c', licence: 'CC0-1.0' },
  // Also read on CHECKED_C12 by the lists-f helper: healthcare AI. Norrisont/awesome-ai-healthcare (README.md; no licence file,
  // CC0 by its badge and its License section, "Public domain", at this commit; an earlier pass read an older commit without
  // a licence and left it), DeepNLP's HealthcareAgent package README (AI-Hub-Admin/HealthcareAgent; MIT by its setup.py
  // classifier, no licence file, as for DeepNLP's agent index above). Games: bowen-aigame/awesome-ai-game (README.md; MIT
  // licence file at this commit). Investing: georgezouq/awesome-ai-in-finance (README.md; CC0 licence file at this commit).
  norrisont: { repo: 'Norrisont/awesome-ai-healthcare', commit: 'a8ef7b1dce41ac8eba4e702a8bccdad5221c05b5', licence: 'CC0-1.0' },
  healthcareagent: { repo: 'AI-Hub-Admin/HealthcareAgent', commit: 'ab7103e5524a99bf83121321ff25b2718cadf8af', licence: 'MIT' },
  bowenaigame: { repo: 'bowen-aigame/awesome-ai-game', commit: 'd2fb328e7eb87f8f0b81b4e5c6f0516fef73729b', licence: 'MIT' },
  georgezouq: { repo: 'georgezouq/awesome-ai-in-finance', commit: '27ef1faa8ea062af45ae2cdcbd2f50f4c358f110', licence: 'CC0-1.0' },
  // Read on CHECKED_C12 (twelfth session, lists-e helper, long-tail-c12-e.ts): developer and AI-infrastructure lists.
  // GPU clouds, synthetic-data platforms, AI gateways and token-saving tools (MIT licence files at these commits).
  ishandutta2007gpu: { repo: 'ishandutta2007/Awesome-GPU-Cloud-Platform', commit: '604da545f0895bbb148dd98db132bcfed183fddc', licence: 'MIT' },
  ishandutta2007synthetic: { repo: 'ishandutta2007/Awesome-Synthetic-Data-Platform', commit: 'b516a53bebe10fb83eca5c5f263144549dd5906f', licence: 'MIT' },
  ishandutta2007gateways: { repo: 'ishandutta2007/Awesome-AI-Gateways', commit: '2e19b1718b8d7c13395139f5733b0c0a142dc69b', licence: 'MIT' },
  ishandutta2007tokens: { repo: 'ishandutta2007/Awesome-LLM-Token-Optimization-Tools', commit: 'cfd805e7a535e15540d2d32caf79630a4c1cf90c', licence: 'MIT' },
  // GPU clouds and vector databases (CC0 licence files at these commits).
  eaiagpu: { repo: 'Enterprise-AI-Atlas/awesome-gpu-cloud', commit: 'ebb08732b89703161fc218a3085591a209250df7', licence: 'CC0-1.0' },
  eaiavector: { repo: 'Enterprise-AI-Atlas/awesome-vector-databases', commit: '9c3aaf063a7d35d6adcbb3093f160ecafda749c9', licence: 'CC0-1.0' },
  // An LLMOps list and a list of AI tools for programmers other than code generation (CC0 licence files).
  kennethanceyer: { repo: 'KennethanCeyer/awesome-llmops', commit: '7606c3b810d56608026deb0a4c899184d904a31e', licence: 'CC0-1.0' },
  hbmartin: { repo: 'hbmartin/awesome-ai-tools-for-programmers-not-coding', commit: 'b9d4e3b01e252aa5fabdeb266576d89c1f941168', licence: 'CC0-1.0' },
  // A copy of cuihuan/awesome-ai-gateway (LLM gateways and API relays; CC0 licence file at this commit).
  aigateway: { repo: 'KKWANG4444/awesome-ai-gateway', commit: 'a4476c24998e751171c114e7d56670101c83d14b', licence: 'CC0-1.0' },
  // A Chinese list of data-labelling tools (MIT licence file).
  huangcongqing: { repo: 'HuangCongQing/awesome-data-labeling-tools', commit: 'a83f92466263cbe637b181130c39943e70ca4c23', licence: 'MIT' },
  // Agent infrastructure (entries.yaml; CC0 licence file at this commit).
  backblazeagentinfra: { repo: 'backblaze-labs/awesome-agent-infrastructure', commit: '8b88796ead8db8eaa34fd836adb32a493aecc52c', licence: 'CC0-1.0' },
  // Sandboxes that run agent-written code (README.md; CC0 licence file at this commit).
  fhiltscher: { repo: 'fhiltscher/awesome-ai-coding-sandboxes', commit: 'd804d1ed59f02abc4239879ef71775dcff249381', licence: 'CC0-1.0' },
  // A catalogue of AI developer tools: its data/ directory (tools.yml) is CC BY 4.0 by data/LICENSE.md ("with
  // attribution to awesome-ai-devtools"), the rest MIT. CC BY asks for credit: yeaight7/awesome-ai-devtools is credited
  // here, in long-tail-c12-e.ts and in the README.
  yeaight7: { repo: 'yeaight7/awesome-ai-devtools', commit: 'd4977c3219c416bd49db4b1c9bf58a1e58cfc7a5', licence: 'CC-BY-4.0' },
  // Read on CHECKED_C12 (twelfth-session fetch pass, long-tail-c12-fa.ts): repositories fetched by name. A vibe-coding
  // tools list (README.md; CC0 licence file and README License section at this commit), swyx's AI notes (all *.md
  // files; MIT licence file) and the Machine Learning section of public-apis (README.md; MIT licence file).
  robocovibecoding: { repo: 'roboco-io/awesome-vibecoding', commit: '5b6a9a8f62207ded575825a44b79cc14d52ab542', licence: 'CC0-1.0' },
  swyxainotes: { repo: 'swyxio/ai-notes', commit: 'cb1a7a76230c9d00fe4e6fbe3e83c43858f8bdd1', licence: 'MIT' },
  publicapis: { repo: 'public-apis/public-apis', commit: 'c045a2eb505f0f8b7992bb4af53cc020f25003fd', licence: 'MIT' },
  // Also read on CHECKED_C12 (fetch pass): underlines' ML and LLM tool lists (all *.md files; MIT licence file) and an
  // old (2019) chatbot platforms list (README.md; CC0 licence file).
  underlinesml: { repo: 'underlines/awesome-ml', commit: '81c7bdf6fd008bcc48308306194491a5748cf35d', licence: 'MIT' },
  jstumppchatbots: { repo: 'JStumpp/awesome-chatbots', commit: '2fbad5505857d8dfe509e7606480c49b00273c08', licence: 'CC0-1.0' },
  // Also read on CHECKED_C12 (fetch pass): Steel's list of web agents and browser-automation tools (README.md and
  // ARCHIVE.md; the `license` file is the CC0 1.0 text at this commit).
  steelwebagents: { repo: 'steel-dev/awesome-web-agents', commit: '4fe085085b2c8a7d6d295b7ed34a1fc4e91bf431', licence: 'CC0-1.0' },
  // Also read on CHECKED_C12 (fetch pass): a browser-automation tools list (README.md; CC0 licence file).
  angrykoala: { repo: 'angrykoala/awesome-browser-automation', commit: '4ea85e3cac1909e68c01f14b039546c4c88ef7f4', licence: 'CC0-1.0' },
  // Also read on CHECKED_C12 (fetch pass): a local-LLM list (README.md; MIT licence file), a bilingual ChatGPT list
  // (README.md; CC0 licence file and README License section) and a deep-research agents list (README.md; MIT licence file).
  rafskalocal: { repo: 'rafska/Awesome-local-LLM', commit: '94f7f88bc818d490e62c8255ea0557d5f2f54c53', licence: 'MIT' },
  openmindclub: { repo: 'OpenMindClub/awesome-chatgpt', commit: 'c477188a5db93762f23939e50694085dbb610fe7', licence: 'CC0-1.0' },
  deepresearch: { repo: 'DavidZWZ/Awesome-Deep-Research', commit: 'c01bfa88cc7eadc6a1de478258b2592c075432a2', licence: 'MIT' },
  // Claude resources (README.md; CC0 licence file at this commit), pinned by the third re-check for one extension id.
  webfuseclaude: { repo: 'webfuse-com/awesome-claude', commit: 'dbab5aeeb39e9e2a3474d929fe933dd6e2ea86eb', licence: 'CC0-1.0' },
  // Fetch pass (fetch-b, twelfth session): AI audio and music startups (README.md; Apache-2.0 licence file at this commit).
  csteinmetz1: { repo: 'csteinmetz1/ai-audio-startups', commit: 'a336d4f8e90dafd08c0123a0720a23a993998c94', licence: 'Apache-2.0' },
  // AI tools for game making: products beside the repositories (README.md; MIT licence file at this commit).
  yuanmanxgame: { repo: 'Yuan-ManX/ai-game-devtools', commit: '1200b26f1548e8a80adbcbb8ae567b902146c17d', licence: 'MIT' },
  // underlines/awesome-ml (llm-tools.md) is also read by this pass: pinned above as `underlinesml`, same commit.
  // National and sovereign AI initiatives (src/data.ts; MIT licence file at this commit).
  sovereignaitracker: { repo: 'machinelearnear/the-sovereign-ai-tracker', commit: '31374889da6c4b4e7b78757c2d7489aa0fc12c8a', licence: 'MIT' },
  // A 2026 list of AI agents and agent tooling by category (README.md; CC0 licence file), read by the fetch-d pass.
  caramaschiagents2026: { repo: 'caramaschiHG/awesome-ai-agents-2026', commit: '781b695139b8dfa231c0db5fd9cba02ccd518e84', licence: 'CC0-1.0' },
  // Dify's official plugins: one folder per model provider and tool, each with a provider YAML naming the vendor's host
  // (Apache-2.0 licence file), read by the fetch-d pass.
  difyofficialplugins: { repo: 'langgenius/dify-official-plugins', commit: '7af22831a58ded846388b8de0c232b2b377a1055', licence: 'Apache-2.0' },
  // swyx's notes on generative AI products (IMAGE_GEN.md, AUDIO.md, TEXT_CHAT.md, stub notes/; MIT licence file).
  swyxainotes2023: { repo: 'sw-yx/ai-notes', commit: '9fcefdda4625085ccfe379627adacb78127576c5', licence: 'MIT' },
  // The same notes under the owner's current account, newer commit, are pinned above as `swyxainotes`.
  // Creative-coding resources (readme.md; CC0 by its License section, no licence file).
  terkelg: { repo: 'terkelg/awesome-creative-coding', commit: '03c54a267e337701f0fc8d3763485ee5222c1619', licence: 'CC0-1.0' },
  // Fetch pass (fetch-e, twelfth session): chatbot platforms, analytics and agencies (readme.md; CC0 by its License
  // section, no licence file; last commit 2021-03-10).
  botcubebots: { repo: 'BotCube/awesome-bots', commit: 'e107429a3dba36aeaed471afb3a834a886c2f9dd', licence: 'CC0-1.0' },
  // No-code and low-code tools, read for its chatbot, voice, marketing, CRM and ecommerce sections (README.md; CC0
  // licence file at this commit).
  kairichardnocode: { repo: 'kairichard/awesome-nocode-lowcode', commit: 'eecacd0d1b6fb2e32cf20a3a60d68be2c26651a6', licence: 'CC0-1.0' },
  // Fetch pass (fetch-f, twelfth session): text-to-image studies with a products table (README.md; MIT licence file).
  alonzot2i: { repo: 'AlonzoLeeeooo/awesome-text-to-image-studies', commit: '8a23b3147247c04b76f88baae480af4ee86931ba', licence: 'MIT' },
  // Text-to-video models and tools (README.md; Apache-2.0 licence file at this commit).
  jianzhniet2v: { repo: 'jianzhnie/awesome-text-to-video', commit: '6a2fac4a9c435320f73994542804defeb90d512f', licence: 'Apache-2.0' },
  // Text-to-image papers and projects (Lists/4-Project.md; MIT licence file at this commit).
  yutongzhout2i: { repo: 'Yutong-Zhou-cv/Awesome-Text-to-Image', commit: 'b2a6b3fa1ff22c16b0fbbba4092ac8b35475f36e', licence: 'MIT' },
  // 3D generation papers with a list of companies (README.md; MIT licence file at this commit).
  hitcslj3d: { repo: 'hitcslj/Awesome-AIGC-3D', commit: '2109634e64c3936d8fd1a05152f88a01693ed59a', licence: 'MIT' },
  // Fetch pass (fetch-c, twelfth session): a bilingual (Chinese and English) LLM resources list (README.md; Apache-2.0
  // licence file at this commit).
  wangrongshengllm: { repo: 'WangRongsheng/awesome-LLM-resourses', commit: '0e783e574ffd0bd0b47855c3d4a1fd074625e654', licence: 'Apache-2.0' },
  // Dify's official plugins were also read by this pass: pinned above as `difyofficialplugins`, same commit.
  // LangBot's model requesters: one YAML file per model API provider with its base URL (Apache-2.0 licence file).
  langbotrequesters: { repo: 'langbot-app/LangBot', commit: '962366c5072d385afb94f9a1088872983c543fa8', licence: 'Apache-2.0' },
  // Extension pass (exts, thirteenth session). The Mereos proctoring SDK's EXTENSIONS_LIST pairs 4,999 extension ids
  // with store names (src/utils/constant.js; MIT licence file and package.json at this commit, the commit
  // extensions-3.ts and extensions-4.ts cite by URL); read again for its AI long tail (extensions-c13.ts).
  c13xmereos: { repo: 'Drone9/mereos', commit: '816fdbfd06d8eb4cf1d3f07b05ee95ea4e490d0a', licence: 'MIT' },
  // Malicious Chrome and Edge extensions removed from the Chrome Web Store, id and store name each
  // (Malicious-Extensions.md; MIT licence file LICENSE.md at this commit); its AI-themed entries (extensions-c13-2.ts).
  c13xmalext: { repo: 'toborrm9/malicious_extension_sentry', commit: '071a909398b1c3851c3d847263f6e18b499ac530', licence: 'MIT' },
  // Another list of malicious extensions, id, name, threat and report for each (extraextensions.csv; CC0 licence file
  // LICENSE.txt at this commit); its "FakeGPT" entries (extensions-c13-2.ts).
  c13xnicole: { repo: 'nicoleahmed/malicious-extensions-list', commit: '72472569af432831cf1b040d07c09ff266767aca', licence: 'CC0-1.0' },
  // Thirteenth-session list pass, helper lists-a (CHECKED_C13): business-function AI products.
  // Y Combinator's company directory as scraped into one JSON file per batch (responses/<batch>.json, the Algolia API
  // answers; MIT licence file at this commit): name, website, batch, industry and one-liner of each company.
  c13ayc: { repo: 'akshaybhalotia/yc_company_scraper', commit: 'f630b641a0dec321962cc1bc1b6c1dcc24823f74', licence: 'MIT' },
  // Whisper apps, web apps and APIs (readme.md; CC0 licence file at this commit).
  c13awhisper: { repo: 'sindresorhus/awesome-whisper', commit: '9284535754f39e580bb849201ee67b6c49c5d930', licence: 'CC0-1.0' },
  // Note-taking and knowledge-management apps (README.md; CC0 `license` file at this commit).
  c13anotetaking: { repo: 'tehtbl/awesome-note-taking', commit: '073687fe67ccf8e9eac805a1834f358144a05900', licence: 'CC0-1.0' },
  // lists-b (thirteenth session, creative tools and agents): lists read for image, video, music and agent products.
  // AI video tools by use case (README.md; CC0 by its License section, no licence file; 2026-02-20).
  c13bfengvideo: { repo: 'fengxiaolonger/awesome-ai-video-tools', commit: '64765e0af8ea5b5a6b33b82e2f6fe7aad1a4c16c', licence: 'CC0-1.0' },
  // AI music tools, a copy of Full-Vibe/awesome-ai-music (README.md; CC0 by its License section, no licence file).
  c13bstarkmusic: { repo: 'stark-ydq/awesome-ai-music', commit: '34e7f48b66ce22bd8abf48c8e61552fb4bc105a2', licence: 'CC0-1.0' },
  // AI agent deployment platforms (README.md; MIT licence file at this commit).
  c13bishanagentdeploy: { repo: 'ishandutta2007/Awesome-AI-Agent-Deployment-Platform', commit: '68f970602994454444c516a35a7bd0354fc5f701', licence: 'MIT' },
  // Generative AI for game and anime production: a YAML catalogue of services (data/services.yml) and open projects
  // (data/entries.yml) kept by the project's sweep agent (MIT licence file at this commit).
  c13bhanzawagame: { repo: 'Hanzawa-1/Awesome-Generative-AI-for-Game-and-Anime-Production', commit: 'a94426251a236f2b15db101578c97779576972b3', licence: 'MIT' },
  // An agentic AI knowledge base: platforms, frameworks, memory and evaluation services (docs/**/*.md; Apache-2.0
  // licence file at this commit).
  c13bankuragentic: { repo: 'ankurkumarz/agentic-ai-knowledge-base', commit: '75547639d6593b70c4e49f8f04a347d5b1670ebe', licence: 'Apache-2.0' },
  // recheck (thirteenth-session re-check, existing rows only): a short list of AI humanizer tools (README.md; Apache-2.0
  // licence file at this commit). Read for the one remaining host it names (HumanizeAI.pro); its own product is not taken.
  c13rkhumanizers: { repo: 'cuddlebug2lady/best-free-ai-humanizer', commit: 'b637890a95e20dee4915417c9e0b6f542f44be2f', licence: 'Apache-2.0' },
  // recheck: the tools table of an AI navigation site (database/05_ai_tools.sql.bak: name, slug, description, URL per row;
  // MIT licence file at this commit). Read only for remaining hosts; a row counts where its name names the product.
  c13rkantnav: { repo: 'ThinkinLiu/ant-ai-nav', commit: 'eea443bbb49c076625b0628161635ca92859213a', licence: 'MIT' },
  // aliases (thirteenth session, second hosts and ids of entries already here): the WebChatGPT extension's own
  // repository (manifest.v2.json gives its Firefox gecko id; MIT licence file at this commit).
  c13alwebchatgpt: { repo: 'qunash/chatgpt-advanced', commit: 'b83b4caff779021bc93d2b946821c50a1412477a', licence: 'MIT' },
  // datasets (thirteenth session, machine-readable startup and AI-product datasets): data/long-tail-c13-ds*.ts.
  // The Techstars portfolio directory scraped into one JSON file per industry (api/industries/*.json: name, website,
  // one-liner, location; MIT licence file at this commit; 2025-07-11).
  c13dstechstars: { repo: 'veerdosi/techstars-api', commit: '6c70638359b0e99a295a069c605e8630c31702b2', licence: 'MIT' },
  // AI products and companies as one JSON file each plus an index (data/index.json, data/products/*.json: name,
  // product URL, company URL, category; MIT licence file at this commit; 2026-02-15).
  c13dsaistartups: { repo: 'diaodiaozhuye/awesome-ai-startups', commit: 'e5763b4275af570bc221b7d929e3e6ceb6cd4387', licence: 'MIT' },
  // 500 Global's and Antler's portfolio directories scraped into JSON (companies/all.json: name, website, one-liner;
  // MIT by each README's badge and License section, no licence file at these commits; 2025-07-11 and 2025-07-16).
  c13ds500global: { repo: 'veerdosi/500co-api', commit: 'b2f33e9451a4e7746d79e06ba420c5a70e4d70ef', licence: 'MIT' },
  c13dsantler: { repo: 'veerdosi/antler-api', commit: 'cc5fad648b4faeb40a623f70dd65d346af2f976d', licence: 'MIT' },
  // listsmk (fourteenth session, lists for marketing, sales, SEO, support, writing, image, video, design and audio):
  // data/long-tail-c14-listsmk*.ts. ai-collection's "Generative AI Landscape", 894 products in 42 category tables
  // (README.md; CC0 1.0 licence file LICENSE at this commit of 2024-02-23, the last whose tables link each product's
  // own site; the list is MIT-licensed later).
  c14listsmkaic: { repo: 'ai-collection/ai-collection', commit: 'ee08aef50be7127e2dbcfad31cd156ef65e6816c', licence: 'CC0-1.0' },
  // lead pass (fourteenth session): an AI-site blocklist (RAW/AI: one host per line, no product names; the Unlicense,
  // a public-domain dedication, in the LICENSE file at this commit; 2026-08-22). Only hosts named after an AI product
  // were taken; its general sites (zapier.com, softr.app, replit.dev, hitpaw.com), CDN and cloud-function hosts were not.
  c14leadshadow: { repo: 'ShadowWhisperer/BlockLists', commit: '2d65ab5791514976c1f6c6131af5a72d59defb12', licence: 'Unlicense' },
  // portfolios (fourteenth session, machine-readable startup and AI-product datasets): data/long-tail-c14-portfolios*.ts.
  // Tessl's AI Native Dev Landscape as one YAML file (aind-landing-Page/public/tools-data.yaml: domains, categories
  // and tools with name, description, website_url, oss flag and date added; MIT licence file "Copyright (c) 2025
  // Tessl" at this commit; 2025-08-04).
  c14portfoliosaind: { repo: 'AI-Native-Dev-Community/ai-native-dev-landscape', commit: '9176bd2fe920bf00a01bb198a41051e43af9d15d', licence: 'MIT' },
  // lead pass: a landscape of AI-native open-source projects, one Markdown file per project with its homepage and
  // repository (data/projects/*.en.md; Apache-2.0 licence file at this commit; 2026-07-28). Read for second hosts of
  // entries already here and one product.
  c14leadrootsong: { repo: 'rootsongjc/ai-native-landscape', commit: '3e151af74389cac0d04fb9a1e850c8a8f2bd9b68', licence: 'Apache-2.0' },
  // exts (fourteenth-session extension pass, CHECKED_C14): the extensions' own repositories, read at these commits for
  // their store listings (README badges and links) and Firefox gecko ids (data/extensions-c14-exts.ts).
  // AIPex, an AI browser-automation extension: README.md links its Chrome Web Store and Edge Add-ons listings (MIT
  // licence file at this commit; 2026-08-17).
  c14extsaipex: { repo: 'AIPexStudio/AIPex', commit: '87268445dede5730e182702f459319196e99050c', licence: 'MIT' },
  // Playwriter, browser control for coding agents: README.md "Installation" links its Chrome Web Store listing (MIT
  // licence file at this commit; 2026-06-30).
  c14extsplaywriter: { repo: 'remorses/playwriter', commit: 'be17216cd9ece074d661fb0887ba8b52a44b3f05', licence: 'MIT' },
  // MCP-B, browser MCP for AI assistants: README.md's badge links its Chrome Web Store listing (MIT licence file at this
  // commit; 2025-07-11).
  c14extsmcpb: { repo: 'MiguelsPizza/WebMCP', commit: '318cb861b0f61a46cc53964b0d91a8c5fc31f5ce', licence: 'MIT' },
  // MCP SuperAssistant: chrome-extension/manifest.ts gives its Firefox gecko id (MIT licence file at this commit;
  // 2026-02-09).
  c14extsmcpsa: { repo: 'srbhptl39/MCP-SuperAssistant', commit: 'c26168ee2c5708a3a65ef5afd88cda1a97c81734', licence: 'MIT' },
  // regional (fourteenth session, regional assistants and AI sections of general SaaS): data/regional-c14-regional*.ts
  // and data/platform-ai-sections-c14.ts. Survey reports on 517 tools, one Markdown file each with front matter naming
  // the tool, its developer, category and official site (_reports/*.md; MIT licence file at this commit; 2026-08-22).
  c14regionalaeg: { repo: 'aegisfleet/tool-survey-report', commit: '7483ac335c0bd5b5483092e8d3e784b7e0eed6b1', licence: 'MIT' },
  // Fourteenth-session list pass, helper listsag (CHECKED_C14): agents, productivity, education, finance and
  // knowledge-work lists not pinned before; data/long-tail-c14-listsag.ts.
  // AI Collection's Turkish README, the one language file of the list that still links each product's own site (the
  // English README links through the list's redirect pages): name, host, one-line description per section (MIT licence
  // file at this commit; 2026-07-13).
  c14listsagaicoll: { repo: 'ai-collection/ai-collection', commit: '159180dfe54859afd8f1b3e00e99549674cda4e0', licence: 'MIT' },
  // A directory of AI tools for small businesses (README.md: name, website, tags, description of about 40 tools; MIT
  // licence file at this commit; 2026-03-30).
  c14listsagsmb: { repo: 'GagnDeep/awesome-best-ai-tools-for-small-businesses-2026', commit: '842d8606be04eaa30669d577e1d91b60feb3dcfb', licence: 'MIT' },
  // A list of knowledge-management tools and readings (README.md: name, link, one-line description; CC0 licence file
  // at this commit; 2025-03-14).
  c14listsagkm: { repo: 'brettkromkamp/awesome-knowledge-management', commit: '1f8cc1608720831837bf4ee9477846cf3a60d964', licence: 'CC0-1.0' },
  // Fifteenth-session regional pass (CHECKED_C15): data/regional-c15-regional.ts. A Java SDK for QCRI's Fanar whose
  // api-spec/openapi.json is the Fanar API's own OpenAPI description (API host api.fanar.qa, contact and terms on
  // fanar.qa, sample voices on chat.fanar.qa); Apache-2.0 licence file at this commit; 2026-04-28.
  c15regionalfanar: { repo: 'omahjoub/fanar-java', commit: '7e01e7c7f7e4aa78fb253160015bb3a30324bf5f', licence: 'Apache-2.0' },
  // Fifteenth-session new-lists pass (CHECKED_C15): data/long-tail-c15-newlists.ts. The open dataset behind the
  // BC + AI Ecosystem Association's directory of British Columbia AI organizations (data/organizations.csv: name,
  // summary, tags, website; CC BY 4.0 licence file at this commit; 2026-05-15). CC BY asks for credit: the BC + AI
  // Ecosystem Association (bc-ai.ca) is credited here and in the README. Only facts (name, host) were taken.
  c15newlistsbcai: { repo: 'WalksWithASwagger/bc-ai-directory-public', commit: 'e4110de40f4225a18f3f2713f6005528c7d57318', licence: 'CC-BY-4.0' },
  // A vibe-coding list with one Markdown file per tool under contents/ (name, link, description); CC BY 4.0 in the
  // README's License section (no licence file); 2026-08-21. Credit: 0xWelt's Awesome Vibe Coding.
  c15newlistswelt: { repo: '0xWelt/Awesome-Vibe-Coding', commit: '343d2c8901b36b8a5afa83048f1c3fcebf9f8115', licence: 'CC-BY-4.0' },
  // MadryLab's AI supply-chain dataset: 2,321 AI companies compiled in 2023 from FirstMark's MAD landscapes, Scale
  // Venture Partners' generative AI index and Stanford's ecosystem graphs, with stack level, category and URL each
  // (AIDeploymentSupplyChain.csv; MIT licence file at this commit; 2023-05-16).
  c15newlistsmadry: { repo: 'MadryLab/AIaaS_Supply_Chains', commit: 'd7127ae7e4777aae1baf2d24fb0fc5a8f3416ab3', licence: 'MIT' },
  // AWS's endpoint table in its Python SDK core (Apache-2.0 by LICENSE.txt at this commit, 2026-08-07): the regional
  // API hosts of AWS's AI services (aws-ai-endpoints.ts). Credit: Amazon Web Services, botocore.
  c16botocore: { repo: 'boto/botocore', commit: '0e6e2404b85dc336dd2889814e089bde7d1a4c55', licence: 'Apache-2.0' },
  // Sixteenth-session providers pass (CHECKED_C16): data/long-tail-c16-providers.ts. LiteLLM's provider files, each
  // pinned at the commit of the stored version read (the LICENSE read is the stored d1d1329 version: MIT for all
  // content outside litellm/proxy/enterprise/, which none of these files is in). providers.json holds the default
  // base URL of each OpenAI-compatible provider; the docs pages name a provider's site and base URL.
  c16providerslitellm: { repo: 'BerriAI/litellm', commit: '00eb60c0ceb9f1fd1737523db55bbaf5a65e0856', licence: 'MIT' },
  c16providerslitellmchuizi: { repo: 'BerriAI/litellm', commit: '86bb05a400a7fa151ded2ffa76cfa8ab98a98b12', licence: 'MIT' },
  c16providerslitellmcloudrift: { repo: 'BerriAI/litellm', commit: 'ce94b62f2d7b65e3fc1b38b2a277e5adc7d4ee27', licence: 'MIT' },
  c16providerslitellmbitdeer: { repo: 'BerriAI/litellm', commit: 'd30541f978f1d136238185f50e79fc31fa0edef3', licence: 'MIT' },
  // Claude Code Router's provider presets (packages/core/src/providers/presets/<id>/index.ts: name, baseUrl,
  // websiteUrl); MIT licence file at this commit, 2026-08-22.
  c16providersccr: { repo: 'musistudio/claude-code-router', commit: '1347c868b493728a31c76098459584e0fcc23940', licence: 'MIT' },
  // Pydantic's genai-prices: one YAML file per provider with its API host pattern and pricing pages
  // (prices/providers/*.yml); MIT licence file at this commit, 2026-08-21.
  c16providersgenaiprices: { repo: 'pydantic/genai-prices', commit: '47df840a5ab10bbcffb8e5ac01b9899032245d1b', licence: 'MIT' },
  // DB-GPT's proxy LLM clients (packages/dbgpt-core/src/dbgpt/model/proxy/llms/*.py); MIT licence file at this
  // commit, 2026-08-21.
  c16providersdbgpt: { repo: 'eosphoros-ai/DB-GPT', commit: '651fc13e6152d6a8d2f05d2ccfea08467f97a3ee', licence: 'MIT' },
  // CC Switch's provider presets for Claude Code, Codex, Gemini CLI and other coding agents
  // (src/config/*ProviderPresets.ts: name, websiteUrl, apiKeyUrl, base URL and endpoint candidates); MIT licence file
  // at this commit, 2026-08-21.
  c16providersccswitch: { repo: 'farion1231/cc-switch', commit: '5ca9459d50ea4beea6a81bbc509de6ec5b6b09ca', licence: 'MIT' },
  // DeepChat's default providers (src/main/provider/defaults.ts: id, name, base URL, official site, key and docs
  // pages); Apache-2.0 licence file at this commit, 2026-08-08.
  c16providersdeepchat: { repo: 'ThinkInAIXYZ/deepchat', commit: '8311bd2d019d1da3bbe4909e6f7b919db83b79d2', licence: 'Apache-2.0' },
  // CAMEL's model backends (camel/models/*_model.py, each with its default API base); Apache-2.0 licence file at this
  // commit, 2026-08-21.
  c16providerscamel: { repo: 'camel-ai/camel', commit: '13dc7a7dda66d943949e5448d55e70d5a9481cfe', licence: 'Apache-2.0' },
  // nanobot's provider registry (nanobot/providers/registry.py: ProviderSpec with default_api_base); MIT licence
  // file at this commit, 2026-08-23.
  c16providersnanobot: { repo: 'HKUDS/nanobot', commit: '3852956a71a907e0db546e5cde05ffd5b8097671', licence: 'MIT' },
  // big-AGI's OpenAI-compatible host suggestions (src/modules/llms/vendors/openai/OpenAIHostAutocomplete.tsx: label,
  // host, docs page); MIT licence file at this commit, 2026-08-21.
  c16providersbigagi: { repo: 'enricoros/big-AGI', commit: '52adc48c6d02b6b099257396e39b5d78ca492291', licence: 'MIT' },
  // Sixteenth-session providers2 pass (CHECKED_C16): data/long-tail-c16-providers2.ts. Agno's model classes
  // (libs/agno/agno/models/<provider>/*.py, each with its default base URL); Apache-2.0 licence file at this commit,
  // 2026-08-23.
  c16providers2agno: { repo: 'agno-agi/agno', commit: '9644f22982ae017eaa4ad85c561d927d9ac03119', licence: 'Apache-2.0' },
  // Pipecat's AI service integrations (src/pipecat/services/<provider>/*.py: default API and WebSocket URLs); BSD
  // 2-Clause licence file at this commit, 2026-08-21.
  c16providers2pipecat: { repo: 'pipecat-ai/pipecat', commit: 'acead0507d7de44e216d24533964106ca1d1d044', licence: 'BSD-2-Clause' },
  // LiveKit Agents' provider plugins (livekit-plugins/livekit-plugins-<provider>/: README with the provider's site,
  // default API URL in the code); Apache-2.0 licence file at this commit, 2026-08-22.
  c16providers2livekit: { repo: 'livekit/agents', commit: 'da6af86ac640a3bc54585764e64321d7048c1c16', licence: 'Apache-2.0' },
  // One Hub's provider channels (providers/<name>/base.go: default base URL; web/src/constants/ChannelConstants.js:
  // each channel's console link); Apache-2.0 licence file at this commit, 2026-02-20.
  c16providers2onehub: { repo: 'MartialBE/one-hub', commit: '387f8bf16ed0d601fdede7ade378adb10aa1a35a', licence: 'Apache-2.0' },
  // Bolna's voice-agent providers (bolna/transcriber, bolna/synthesizer, bolna/llms: default API hosts); MIT licence
  // file at this commit, 2026-08-22.
  c16providers2bolna: { repo: 'bolna-ai/bolna', commit: '0172347b601ea66dac0414cc1c6b14dc0d85422a', licence: 'MIT' },
  // ZeroClaw's model-provider registry (crates/zeroclaw-providers/src/factory.rs: display name and default URL of
  // each OpenAI-compatible family); dual MIT / Apache-2.0, MIT licence file (LICENSE-MIT) at this commit, 2026-08-22.
  c16providers2zeroclaw: { repo: 'zeroclaw-labs/zeroclaw', commit: '15d28660ff5bdc29836252648126ce28de86b9df', licence: 'MIT' },
  // VoltAgent's model-provider registry, generated from models.dev
  // (packages/core/src/registries/model-provider-registry.generated.ts: id, name, default API URL, docs page); MIT
  // licence file (LICENCE) at this commit, 2026-07-13.
  c16providers2voltagent: { repo: 'VoltAgent/voltagent', commit: '3377f6d1fd05d86617f54628d785eef7c9c0a607', licence: 'MIT' },
  // VideoSDK's AI agent plugins (videosdk-plugins/videosdk-plugins-<provider>/: default API URL in the code);
  // Apache-2.0 licence file (LICENSE.txt) at this commit, 2026-06-29.
  c16providers2videosdk: { repo: 'videosdk-live/agents', commit: 'fdbd2da03d1fd93f3147cec693bae83a697ed855', licence: 'Apache-2.0' },
  // John Henry's guide to AI coding tools (data/tools.json, mirrored in readme.md: name, type, website, features);
  // CC0 dedication in package.json and the readme's License section at this commit, November 2025.
  c18fajohnhenry: { repo: 'johnhenry/awesome-ai-tools', commit: 'fa328dec78b0de4ac57673eef487a22b59e7b357', licence: 'CC0-1.0' },
  // Generative AI Tools & Platforms 2025, a one-CSV dataset (data/Generative AI Tools - Platforms 2025.csv: tool,
  // company, category, website); CC BY 4.0 licence file (LICENSE.txt) at this commit.
  c18fatarek: { repo: 'tarekmasryo/genai-tools-data', commit: 'e7c88f8c2da74190ee8e42a40cad009ad25b4cce', licence: 'CC-BY-4.0' },
  // An AI-tools directory app whose seed data lists tools (src/data/mock.ts: name, description, website); MIT per the
  // README's License section at this commit.
  c18fadimas: { repo: 'dimasrahmandaalfarizi/Awesome-AI-Tools', commit: '9722863d6d675e433c74ecce7bd368778544e954', licence: 'MIT' },
  // Savvy AI Catalog, a CLI's JSON catalogue of AI tools (data/catalog.json: name, description, website, pricing
  // page); MIT as declared in package.json (no licence file) at this commit.
  c18fawilmoore: { repo: 'wilmoore/savvy-ai-catalog', commit: '69deab55da7e6c94eaac5c16d54c41e3a4767f92', licence: 'MIT' },
  // Versalist's AI coder toolbox (ai-tools.json: tool, category, website, docs, by kind of coding task); MIT licence
  // file at this commit, 2024-06-30.
  c18faversalist: { repo: 'versalistai/ai-coder-toolbox', commit: 'abec686347dc5c6d43911c10d7153aeb44487621', licence: 'MIT' },
  // An Italian AI-toolkit directory (data/ai-tools.json: name, description, url, plan, tags); MIT licence file at this
  // commit, 2025-09-14.
  c18faantoniodem: { repo: 'AntonioDEM/ai-toolkit-directory', commit: '68e7f4a236aa95cd59432c13f33837420e7bbcc3', licence: 'MIT' },
  // Session 18, fetchb pass: AI coding-plan subscriptions (data/subscriptions.json); CC0 1.0 licence named in the
  // README, 2026-07-26.
  c18pablodzsubs: { repo: 'pablodz/awesome-ai-subscriptions', commit: '62408234930a49d8a3080e7e5ec5137ddd4b2e1d', licence: 'CC0-1.0' },
  // Session 18, fetchb pass: an AI-software directory site (src/data/software.ts); MIT licence file, 2025-02-19.
  c18fujiya228: { repo: 'fujiya228/awesome-ai-software', commit: '21fcfc7bb7f8ca231e5ee188cfe0e6cd5c6b74ad', licence: 'MIT' },
  // Session 18, fetchb pass: AI API gateways and relays, each probed daily for an OpenAI-compatible /v1/models
  // (data/gateways.json); MIT licence file, 2026-05-03.
  c18mackdingaiapi: { repo: 'MackDing/awesome-ai-api', commit: '77e62d5882475576f10016101bcc2c3e18dd43f0', licence: 'MIT' },
  // Session 18, fetchb pass: AI API relay stations (README.md); CC0 licence file, 2026-05-27.
  c18howardpen9relays: { repo: 'howardpen9/awesome-ai-api-proxy', commit: 'b7cd1bd193f05ef33343f753d8c7e50e9f5833d1', licence: 'CC0-1.0' },
  // Session 18, fetchb pass: AI companion products and communities (README.md); CC0 licence file, 2026-08-23.
  c18dasterprokio: { repo: 'DasterProkio/awesome-ai-companion', commit: '1fb5861d34dfad07a219e0f32fa70209b008b12f', licence: 'CC0-1.0' },
  // Session 21, fetchc pass: a generative-AI guide's favourite tools (resources/our_favourite_ai_tools.md); MIT licence file, 2026-08-19.
  c21fcaishwaryanr: { repo: 'aishwaryanr/awesome-generative-ai-guide', commit: '1bc3eaba64506213e2d531b81530db93afcbd0e8', licence: 'MIT' },
  // Session 21, fetchc pass: custom GPTs and their makers (README.md); MIT licence file, 2024-02-05.
  c21fcanilmatcha: { repo: 'Anil-matcha/Awesome-GPT-Store', commit: '6e14f1baafb5c9fc1f888cd7e0404e84e55b582b', licence: 'MIT' },
  // Session 21, fetchc pass: custom GPTs and their makers (README.md); MIT licence file, 2023-12-06.
  c21fctaranjeet: { repo: 'taranjeet/awesome-gpts', commit: '0d1e1c44c349eef91a15af52e11e95611f26227d', licence: 'MIT' },
} as const;

/** The exact list file a row was taken from. */
export const listed = (list: keyof typeof LISTS, file = 'README.md') => {
  const { repo, commit, licence } = LISTS[list];
  return `https://github.com/${repo}/blob/${commit}/${file} (${licence})`;
};

// The fifth pass (CHECKED_3) fetched v2fly again: its newest stored snapshot is still V2FLY_COMMIT (master,
// 2026-08-19), so the rows it added cite `v2flyAt` and no newer commit is pinned.

