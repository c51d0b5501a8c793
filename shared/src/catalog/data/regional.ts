// Regional assistants outside China: Russia, Korea, Japan, India.
import type { Tool } from '../../schemas/tool';
import { defineTools, v2fly } from './define';

export const regionalTools: Tool[] = defineTools('chat', [
  { id: 'gigachat', region: 'russia', name: 'GigaChat', vendor: 'Sber', domains: ['giga.chat', 'gigachat.sber.ru'], supplier: { dataRegions: ['RU'] }, source: v2fly('category-ai-ru') }, // gigachat.sber.ru: listed('radiusmethod', 'llms.csv')
  { id: 'yandex-alice', region: 'russia', name: 'Alice', vendor: 'Yandex', domains: ['alice.yandex.ru', 'alicepro.yandex.ru', 'alice.yandex.net'], supplier: { dataRegions: ['RU'] }, source: v2fly('category-ai-ru') },
  { id: 'gptunnel', region: 'russia', name: 'GPTunnel', vendor: 'GPTunnel', category: 'developer-platform', domains: ['gptunnel.ru'], source: v2fly('category-ai-ru') },
  { id: 'polza-ai', region: 'russia', name: 'Polza', vendor: 'Polza', category: 'developer-platform', domains: ['polza.ai'], source: v2fly('category-ai-ru') },
  { id: 'tokenator', region: 'russia', name: 'Tokenator', vendor: 'Tokenator', category: 'developer-platform', domains: ['tokenator.top'], source: v2fly('category-ai-ru') },
  { id: 'aiesa', region: 'russia', name: 'Aiesa', vendor: 'Aiesa', domains: ['aiesa.ru'], source: v2fly('category-ai-ru') },
  { id: 'copymonkey', region: 'russia', name: 'CopyMonkey', vendor: 'CopyMonkey', category: 'writing', domains: ['copymonkey.app'], source: v2fly('category-ai-ru') },
  { id: 'gerwin', region: 'russia', name: 'Gerwin', vendor: 'Gerwin', category: 'writing', domains: ['gerwin.io'], source: v2fly('category-ai-ru') },
  { id: 'robotext', region: 'russia', name: 'RoboText', vendor: 'RoboText', category: 'writing', domains: ['robotext.io'], source: v2fly('category-ai-ru') },
  { id: 'rugpt', region: 'russia', name: 'RuGPT', vendor: 'RuGPT', category: 'writing', domains: ['rugpt.io'], source: v2fly('category-ai-ru') },
  { id: 'wrtn', region: 'korea', name: 'Wrtn', vendor: 'Wrtn Technologies', domains: ['wrtn.ai'] },
  { id: 'clova-x', region: 'korea', name: 'CLOVA X', vendor: 'Naver', domains: ['clova-x.naver.com'] },
  { id: 'upstage', region: 'korea', name: 'Upstage Console', vendor: 'Upstage', category: 'developer-platform', domains: ['upstage.ai'], apiEndpoints: ['api.upstage.ai'] },
  { id: 'krutrim', region: 'india', name: 'Krutrim', vendor: 'Ola', domains: ['olakrutrim.com'] },
  { id: 'sarvam', region: 'india', name: 'Sarvam AI', vendor: 'Sarvam AI', category: 'developer-platform', domains: ['sarvam.ai'], apiEndpoints: ['api.sarvam.ai'] },
]);
