// Ninth regional pass (issue 15, 2026-12-05): regional AI products and labs' consumer sites that no entry claimed,
// each read in the vendor's own repository (the newest stored snapshot, commit cited) or page. Checked first, and
// already matched by the catalog: the named assistants of Yandex, Sber, Naver, Kakao, Wrtn, Baidu, Alibaba, Kuaishou,
// ByteDance, Tencent, Zhipu, Moonshot, MiniMax, StepFun, iFlytek, SenseTime, 360, Mistral, Aleph Alpha, DeepL, Krutrim
// and Sarvam, with their API, console, country and renamed hosts.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed } from './define';

export const longTailC9RegionalTools: Tool[] = defineTools(
  'chat',
  [
    // Kyutai's voice chat around a text LLM; its repository's README names unmute.sh as the hosted demo.
    {
      id: 'kyutai-unmute',
      name: 'Unmute',
      vendor: 'Kyutai',
      category: 'audio',
      domains: ['unmute.sh'],
      source: 'https://github.com/kyutai-labs/unmute/blob/76e651c8c5985da660fefb4895207b29df3c6b03/README.md',
      region: 'europe',
    },
    // ChatALL's table of bots names Dedao's learning assistant at its own subdomain (README.md, "Coming soon").
    { id: 'dedao-learning-assistant', name: 'Dedao Learning Assistant', vendor: 'Dedao', domains: ['ai.dedao.cn'], source: listed('chatall'), region: 'china' },
    // "Mix Audio Agent (MixAudio): all-in-one AI music agent" in kostja94's list, on MixAudio's agent subdomain.
    { id: 'mixaudio-agent', name: 'Mix Audio Agent', vendor: 'MixAudio', category: 'audio', domains: ['agent.mix.audio', 'project.mix.audio'], source: listed('kostja94') }, // project.mix.audio: "mix audio" (AI music) in listed('csteinmetz1', 'README.md') line 70, CHECKED_C13
  ],
  { checked: CHECKED_3 },
);
