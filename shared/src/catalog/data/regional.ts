// Regional assistants outside China: Russia, Korea, Japan, India.
import type { Tool } from '../../schemas/tool';
import { defineTools, v2fly } from './define';

export const regionalTools: Tool[] = defineTools('chat', [
  { id: 'gigachat', name: 'GigaChat', vendor: 'Sber', domains: ['giga.chat'], supplier: { dataRegions: ['RU'] }, source: v2fly('category-ai-ru') },
  { id: 'yandex-alice', name: 'Alice', vendor: 'Yandex', domains: ['alice.yandex.ru', 'alicepro.yandex.ru', 'alice.yandex.net'], supplier: { dataRegions: ['RU'] }, source: v2fly('category-ai-ru') },
  { id: 'gptunnel', name: 'GPTunnel', vendor: 'GPTunnel', category: 'developer-platform', domains: ['gptunnel.ru'], source: v2fly('category-ai-ru') },
  { id: 'polza-ai', name: 'Polza', vendor: 'Polza', category: 'developer-platform', domains: ['polza.ai'], source: v2fly('category-ai-ru') },
  { id: 'tokenator', name: 'Tokenator', vendor: 'Tokenator', category: 'developer-platform', domains: ['tokenator.top'], source: v2fly('category-ai-ru') },
  { id: 'aiesa', name: 'Aiesa', vendor: 'Aiesa', domains: ['aiesa.ru'], source: v2fly('category-ai-ru') },
  { id: 'copymonkey', name: 'CopyMonkey', vendor: 'CopyMonkey', category: 'writing', domains: ['copymonkey.app'], source: v2fly('category-ai-ru') },
  { id: 'gerwin', name: 'Gerwin', vendor: 'Gerwin', category: 'writing', domains: ['gerwin.io'], source: v2fly('category-ai-ru') },
  { id: 'robotext', name: 'RoboText', vendor: 'RoboText', category: 'writing', domains: ['robotext.io'], source: v2fly('category-ai-ru') },
  { id: 'rugpt', name: 'RuGPT', vendor: 'RuGPT', category: 'writing', domains: ['rugpt.io'], source: v2fly('category-ai-ru') },
  { id: 'wrtn', name: 'Wrtn', vendor: 'Wrtn Technologies', domains: ['wrtn.ai'] },
  { id: 'clova-x', name: 'CLOVA X', vendor: 'Naver', domains: ['clova-x.naver.com'] },
  { id: 'upstage', name: 'Upstage Console', vendor: 'Upstage', category: 'developer-platform', domains: ['upstage.ai'], apiEndpoints: ['api.upstage.ai'] },
  { id: 'krutrim', name: 'Krutrim', vendor: 'Ola', domains: ['olakrutrim.com'] },
  { id: 'sarvam', name: 'Sarvam AI', vendor: 'Sarvam AI', category: 'developer-platform', domains: ['sarvam.ai'], apiEndpoints: ['api.sarvam.ai'] },
]);
