// Regional assistants outside China: Russia, Korea, Japan, India.
import type { Tool } from '../../schemas/tool';
import { defineTools, v2flyAt, listed, CHECKED_3, CHECKED_C12 } from './define';

export const regionalTools: Tool[] = defineTools('chat', [
  { id: 'gigachat', region: 'russia', name: 'GigaChat', vendor: 'Sber', domains: ['giga.chat', 'gigachat.sber.ru'], supplier: { dataRegions: ['RU'] }, source: v2flyAt('category-ai-ru'), checked: CHECKED_3 }, // gigachat.sber.ru: listed('radiusmethod', 'llms.csv')
  { id: 'yandex-alice', region: 'russia', name: 'Alice', vendor: 'Yandex', domains: ['alice.yandex.ru', 'alicepro.yandex.ru', 'alice.yandex.net'], supplier: { dataRegions: ['RU'] }, source: v2flyAt('category-ai-ru'), checked: CHECKED_3 },
  { id: 'gptunnel', region: 'russia', name: 'GPTunnel', vendor: 'GPTunnel', category: 'developer-platform', domains: ['gptunnel.ru'], source: v2flyAt('category-ai-ru'), checked: CHECKED_3 },
  { id: 'polza-ai', region: 'russia', name: 'Polza', vendor: 'Polza', category: 'developer-platform', domains: ['polza.ai'], source: v2flyAt('category-ai-ru'), checked: CHECKED_3 },
  { id: 'tokenator', region: 'russia', name: 'Tokenator', vendor: 'Tokenator', category: 'developer-platform', domains: ['tokenator.top'], source: v2flyAt('category-ai-ru'), checked: CHECKED_3 },
  { id: 'aiesa', region: 'russia', name: 'Aiesa', vendor: 'Aiesa', domains: ['aiesa.ru'], source: v2flyAt('category-ai-ru'), checked: CHECKED_3 },
  { id: 'copymonkey', region: 'russia', name: 'CopyMonkey', vendor: 'CopyMonkey', category: 'writing', domains: ['copymonkey.app'], source: v2flyAt('category-ai-ru'), checked: CHECKED_3 },
  { id: 'gerwin', region: 'russia', name: 'Gerwin', vendor: 'Gerwin', category: 'writing', domains: ['gerwin.io'], source: v2flyAt('category-ai-ru'), checked: CHECKED_3 },
  { id: 'robotext', region: 'russia', name: 'RoboText', vendor: 'RoboText', category: 'writing', domains: ['robotext.io'], source: v2flyAt('category-ai-ru'), checked: CHECKED_3 },
  { id: 'rugpt', region: 'russia', name: 'RuGPT', vendor: 'RuGPT', category: 'writing', domains: ['rugpt.io'], source: v2flyAt('category-ai-ru'), checked: CHECKED_3 },
  { id: 'wrtn', region: 'korea', name: 'Wrtn', vendor: 'Wrtn Technologies', domains: ['wrtn.ai', 'wrtn.io'], source: listed('lilittlecat', 'README.md'), checked: CHECKED_3 }, // wrtn.io (Wrtn Technologies' site): listed('koreaaimap', 'data/products/wrtn.yaml')
  { id: 'clova-x', region: 'korea', name: 'CLOVA X', vendor: 'Naver', domains: ['clova-x.naver.com'], source: listed('koreaaimap', 'data/products/clova-x.yaml'), checked: CHECKED_C12 }, // CLOVA X at clova-x.naver.com/welcome
  { id: 'upstage', region: 'korea', name: 'Upstage Console', vendor: 'Upstage', category: 'developer-platform', domains: ['upstage.ai'], apiEndpoints: ['api.upstage.ai'], source: listed('ragflow', 'docs/guides/models/supported_models.mdx'), checked: CHECKED_3 },
  { id: 'krutrim', region: 'india', name: 'Krutrim', vendor: 'Ola', domains: ['olakrutrim.com'], source: listed('portkey', 'src/providers/krutrim/api.ts'), checked: CHECKED_C12 }, // its API base URL, cloud.olakrutrim.com
  { id: 'sarvam', region: 'india', name: 'Sarvam AI', vendor: 'Sarvam AI', category: 'developer-platform', domains: ['sarvam.ai', 'web.sarvam.dev'], apiEndpoints: ['api.sarvam.ai'], source: listed('modelsdev', 'providers/sarvam/provider.toml'), checked: CHECKED_3 }, // web.sarvam.dev (2026-12-07, CHECKED_C22, mergefix): Sarvam's own privacy policy is served there, https://web.sarvam.dev/privacy-policy (Axonwise Private Limited, doing business as Sarvam.AI, for www.sarvam.ai); only that host is claimed, sarvam.dev's other hosts were not seen
]);
