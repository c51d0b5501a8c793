// Tenth regional pass (issue 15, 2026-12-05): public and national AI services outside China that no entry claimed,
// each read in the maker's own repository at the commit cited. Checked first, and already matched: the assistants,
// consoles and API hosts of Yandex, Sber (GigaChat, Kandinsky), Naver (CLOVA X, Cue:, HyperCLOVA X Studio), Kakao
// Brain, Wrtn, Upstage, Japanese services (ELYZA, Sakana, rinna, PLaMo, SAKURA AI Engine, Karakuri, Cotomo),
// Krutrim, Sarvam, CoRover, Mistral, Aleph Alpha, DeepL, Langdock, Neuroflash, Mammouth, Inception (Jais), Humain,
// Falcon, SEA-LION, Typhoon, Zalo AI, Viettel AI, FPT AI, ILMU, Maritaca, Lelapa and the European inference clouds.
// Looked for and not found in a source that could be cited (left out, never guessed): Kakao's Kanana app, LG's
// ChatEXAONE, Rakuten AI, NTT's tsuzumi, MTS AI, Latam-GPT and Lucie's chat (the makers' repositories read name no
// hosted service).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C10, defineTools } from './define';

export const regionalC10WorldTools: Tool[] = defineTools(
  'chat',
  [
    // Albert, the French administration's LLM API run by Etalab (DINUM): its tutorial's OpenAI client points at
    // this base URL (docs/tutorials/chat_completions.ipynb). The API host only; etalab.gouv.fr stays unclaimed.
    {
      id: 'albert-api',
      name: 'Albert API',
      vendor: 'Etalab (DINUM)',
      category: 'developer-platform',
      // The API's newer host and its playground, both named in the maker's ProConnect guide (docs/proconnect.md at
      // https://github.com/etalab-ia/albert-api/blob/3c7b965e560c7c944e4d0c7d5f5402a2545b42a3/docs/proconnect.md, MIT licence file,
      // read on CHECKED_C13); albert.gouv.fr itself stays unclaimed.
      domains: ['playground.albert.gouv.fr'],
      apiEndpoints: ['albert.api.etalab.gouv.fr', 'api.albert.gouv.fr'],
      source:
        'https://github.com/etalab-ia/albert-api/blob/9fd9e60e8453d2ab16f4d442edb67a2d4f966609/docs/tutorials/chat_completions.ipynb',
      region: 'europe',
    },
    // OpenThaiGPT, a Thai open chatbot LLM project: its README names this project homepage.
    {
      id: 'openthaigpt',
      name: 'OpenThaiGPT',
      vendor: 'AIEAT (AI Entrepreneur Association of Thailand)',
      domains: ['openthaigpt.aieat.or.th'],
      source: 'https://github.com/OpenThaiGPT/openthaigpt/blob/046f613e5afc44b41fb073d3be3d7264f84e5d1c/README.md',
      region: 'southeast-asia',
    },
    // The Public AI Inference Utility (public and national models, Switzerland's Apertus among them): the repository
    // named after its chat host links "chat.publicai.co" to publicai.co in its README's "Getting Started".
    {
      id: 'publicai-inference-utility',
      name: 'Public AI Inference Utility',
      vendor: 'Public AI',
      domains: ['publicai.co'],
      source: 'https://github.com/forpublicai/chat.publicai.co/blob/16e328a924d0cc9b61348cb72f04d596ec249407/README.md',
    },
  ],
  { checked: CHECKED_C10 },
);
