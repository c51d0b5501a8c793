// Long-tail tools: Model APIs, LLM ops and NLP services.
// Names and hosts taken on CHECKED_2 from the permissively licensed lists in define.ts (LISTS); each
// row cites the exact list file it came from. Rows are ours; no list text was copied.
import type { Tool } from '../../schemas/tool';
import { CHECKED_2, defineTools, listed } from './define';

export const longTailDeveloperTools: Tool[] = defineTools('developer-platform', [
  { id: 'agentset', name: 'Agentset', vendor: 'Agentset', domains: ['agentset.ai'], source: listed('steven2358') },
  { id: 'ai-ml-api', name: 'AI/ML API', vendor: 'AI/ML API', domains: ['aimlapi.com'], source: listed('steven2358', 'DISCOVERIES.md') },
  { id: 'aito-ai', name: 'Aito.ai', vendor: 'Aito.ai', domains: ['aito.ai'], source: listed('eudk') },
  { id: 'chatbotkit', name: 'ChatBotKit', vendor: 'ChatBotKit', domains: ['chatbotkit.com'], source: listed('filipecalegario') },
  { id: 'chatwithcloud', name: 'ChatWithCloud', vendor: 'ChatWithCloud', domains: ['chatwithcloud.ai'], source: listed('mahseema') },
  { id: 'cleanlab', name: 'Cleanlab', vendor: 'Cleanlab', domains: ['cleanlab.ai'], source: listed('steven2358') },
  { id: 'context-data', name: 'Context Data', vendor: 'Context Data', domains: ['contextdata.ai'], source: listed('mahseema') },
  { id: 'datarobot', name: 'DataRobot', vendor: 'DataRobot', domains: ['datarobot.com'], source: listed('eudk') },
  { id: 'deapi-ai', name: 'deAPI.ai', vendor: 'deAPI.ai', domains: ['deapi.ai'], source: listed('steven2358', 'DISCOVERIES.md') },
  { id: 'eden-ai', name: 'Eden AI', vendor: 'Eden AI', domains: ['edenai.co', 'app.edenai.run'], apiEndpoints: ['api.edenai.run'], source: listed('filipecalegario') }, // api.edenai.run: listed('anyllm', 'src/any_llm/providers/edenai/edenai.py'); app.edenai.run: listed('langchaincommunity', 'libs/community/langchain_community/llms/edenai.py')
  { id: 'evolink', name: 'EvoLink', vendor: 'EvoLink', domains: ['evolink.ai'], source: listed('steven2358', 'DISCOVERIES.md') },
  { id: 'fine-tuner-ai', name: 'Fine-Tuner.ai', vendor: 'Fine-Tuner.ai', domains: ['fine-tuner.ai'], source: listed('filipecalegario') },
  { id: 'firecrawl', name: 'Firecrawl', vendor: 'Firecrawl', domains: ['firecrawl.dev'], source: listed('filipecalegario') },
  { id: 'helicone-ai', name: 'Helicone AI', vendor: 'Helicone', domains: ['helicone.ai'], source: listed('eudk') },
  { id: 'keywords-ai', name: 'Keywords AI', vendor: 'Keywords AI', domains: ['keywordsai.co', 'respan.ai'], source: listed('eudk') }, // respan.ai (2026-12-06): the product's new name, "Respan (ex–Keywords AI)" in listed('aigateway', 'README.md'); also listed('yeaight7', 'data/tools.yml')
  { id: 'kiln', name: 'Kiln', vendor: 'Kiln', domains: ['getkiln.ai'], source: listed('mahseema') },
  // ai.meta.com/llama (2026-12-05): Meta's own Llama hub page on its AI site, listed('eudk') ("Meta Llama ... Official hub
  // for Llama models"); a prefix only, since the rest of ai.meta.com is Meta's research site.
  { id: 'llama', name: 'Llama', vendor: 'Meta', domains: ['llama.com', 'llama.meta.com', 'llama.developer.meta.com'], urlPrefixes: ['ai.meta.com/llama'], source: listed('steven2358') },
  { id: 'lobe', name: 'Lobe', vendor: 'Microsoft', domains: ['lobe.ai'], source: listed('eudk') },
  { id: 'lunary', name: 'Lunary', vendor: 'Lunary', domains: ['lunary.ai', 'app.llmonitor.com'], source: listed('filipecalegario') }, // app.llmonitor.com, its earlier name: listed('langchaincommunity', 'libs/community/langchain_community/callbacks/llmonitor_callback.py')
  { id: 'mastra', name: 'Mastra', vendor: 'Mastra', domains: ['mastra.ai'], source: listed('steven2358') },
  { id: 'metorial', name: 'Metorial', vendor: 'Metorial', domains: ['metorial.com'], source: listed('eudk') },
  { id: 'monkeylearn', name: 'MonkeyLearn', vendor: 'MonkeyLearn', domains: ['monkeylearn.com'], source: listed('eudk') },
  { id: 'one-ai', name: 'One AI', vendor: 'One AI', domains: ['oneai.com'], source: listed('filipecalegario') },
  { id: 'portkey', name: 'Portkey', vendor: 'Portkey', domains: ['portkey.ai'], source: listed('steven2358') },
  { id: 'prediction-guard', name: 'Prediction Guard', vendor: 'Prediction Guard', domains: ['predictionguard.com'], source: listed('mahseema') },
  { id: 'ragie', name: 'Ragie', vendor: 'Ragie', domains: ['ragie.ai'], source: listed('steven2358', 'DISCOVERIES.md') },
  { id: 'rasa', name: 'Rasa', vendor: 'Rasa Technologies', domains: ['rasa.com', 'rasa.ai'], source: listed('eudk') }, // rasa.ai (2026-12-06), Rasa NLU's old host: listed('botcubebots', 'readme.md')
  { id: 'repustate', name: 'Repustate', vendor: 'Repustate', domains: ['repustate.com'], source: listed('eudk') },
  { id: 'riku-ai', name: 'Riku.AI', vendor: 'Riku.AI', domains: ['riku.ai'], source: listed('filipecalegario') },
  { id: 'sightengine', name: 'Sightengine', vendor: 'Sightengine', domains: ['sightengine.com'], source: listed('eudk') },
  { id: 'simplismart', name: 'Simplismart', vendor: 'Simplismart', domains: ['simplismart.ai'], apiEndpoints: ['api.simplismart.live'], source: listed('steven2358', 'DISCOVERIES.md') }, // api.simplismart.live: the STT and TTS base URLs in listed('c16providers2livekit', 'livekit-plugins/livekit-plugins-simplismart/livekit/plugins/simplismart/tts.py'), CHECKED_C16
  { id: 'tensorzero', name: 'TensorZero', vendor: 'TensorZero', domains: ['tensorzero.com'], source: listed('mahseema') },
  { id: 'textrazor', name: 'TextRazor', vendor: 'TextRazor', domains: ['textrazor.com'], source: listed('eudk') },
  { id: 'unsloth', name: 'Unsloth', vendor: 'Unsloth', domains: ['unsloth.ai'], source: listed('steven2358') },
  { id: 'vectara', name: 'Vectara', vendor: 'Vectara', domains: ['vectara.com'], apiEndpoints: ['api.vectara.io'], source: listed('steven2358', 'DISCOVERIES.md') }, // api.vectara.io: listed('langchaincommunity', 'libs/community/langchain_community/vectorstores/vectara.py')
  { id: 'vedika-api', name: 'Vedika API', vendor: 'Vedika API', domains: ['vedika.io'], source: listed('steven2358', 'DISCOVERIES.md') },
  { id: 'webscrapeai', name: 'WebscrapeAI', vendor: 'WebscrapeAI', domains: ['webscrapeai.com'], source: listed('filipecalegario') },
  { id: 'wit-ai', name: 'Wit.ai', vendor: 'Meta', domains: ['wit.ai'], source: listed('eudk') },
], { checked: CHECKED_2 });
