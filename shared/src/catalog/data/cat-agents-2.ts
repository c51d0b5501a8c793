// A second batch for the weakest categories of issue 15: architecture and image tools, video personalisation,
// agent builders and voice agents, and conversational-AI platforms for contact centres (several made in Europe).
// Each row cites the vendor's own pricing or platform page.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed, CHECKED_C12 } from './define';

export const catAgentsTools2: Tool[] = defineTools(
  'agents',
  [
    { id: 'archivinci', name: 'ArchiVinci', vendor: 'ArchiVinci', category: 'image', domains: ['archivinci.com'], source: listed('stimqq'), checked: CHECKED_3 },
    { id: 'clarity-ai-upscaler', name: 'Clarity AI', vendor: 'Clarity AI', category: 'image', domains: ['clarityai.co'], source: 'https://github.com/philz1337x/clarity-upscaler/blob/cfbdb842c6c839c8e97741722b8cf9a4b7662d98/README.md', checked: CHECKED_3 },
    { id: 'dzine', name: 'Dzine', vendor: 'Dzine', category: 'image', domains: ['dzine.ai', 'stylar.ai'], source: listed('stimqq'), checked: CHECKED_3 },
    { id: 'immersity-ai', name: 'Immersity AI', vendor: 'Leia', category: 'image', domains: ['immersity.ai', 'leiapix.com'], source: 'https://immersity.ai/tutorial/how-to-use-immersityai-features', checked: CHECKED_3 }, // Immersity AI's own tutorial, stored copy read: Leia Inc.'s AI 2D-to-3D depth animations, on immersity.ai; the same tutorial is served at www.leiapix.com/tutorial/how-to-use-leiapix-features under the LeiaPix name (2026-12-05)
    { id: 'lookx-ai', name: 'LookX', vendor: 'LookX AI', category: 'image', domains: ['lookx.ai'], source: 'https://www.lookx.ai/pricing', checked: CHECKED_3 },
    { id: 'pincel', name: 'Pincel', vendor: 'Pincel', category: 'image', domains: ['pincel.app'], source: 'https://pincel.app/pricing', checked: CHECKED_3 },
    { id: 'rendair', name: 'Rendair', vendor: 'Rendair', category: 'image', domains: ['rendair.ai'], source: listed('stimqq'), checked: CHECKED_3 },
    { id: 'goenhance', name: 'GoEnhance AI', vendor: 'GoEnhance', category: 'video', domains: ['goenhance.ai'], source: listed('kostja94'), checked: CHECKED_3 },
    { id: 'sendspark', name: 'Sendspark', vendor: 'Sendspark', category: 'video', domains: ['sendspark.com'], source: 'https://sendspark.com/terms', checked: CHECKED_3 },
    { id: 'eigent', name: 'Eigent', vendor: 'CAMEL-AI', domains: ['eigent.ai'], source: 'https://github.com/eigent-ai/eigent/blob/88d837f75ad95a21eebaa638072adad2019644be/README.md', checked: CHECKED_3 },
    { id: 'lutra-ai', name: 'Lutra', vendor: 'Lutra AI', domains: ['lutra.ai'], source: listed('punkpeyemcpclients'), checked: CHECKED_C12 },
    { id: 'tasklet', name: 'Tasklet', vendor: 'Shortwave', domains: ['tasklet.ai'], source: 'https://tasklet.ai/pricing', checked: CHECKED_3 },
    { id: 'leap-ai', name: 'Leap', vendor: 'Leap AI', domains: ['tryleap.ai'], source: listed('laylavish', 'noai_hosts.txt'), checked: CHECKED_3 }, // host only: the AI-site hosts list names tryleap.ai
    { id: 'millis-ai', name: 'Millis AI', vendor: 'Millis AI', domains: ['millis.ai'], source: 'https://docs.millis.ai/api-reference/phones/get-phones', checked: CHECKED_3 }, // Millis AI's own API reference, stored copy read: voice agents with a prompt, LLM and TTS voice, API at api-west.millis.ai, docs on docs.millis.ai (2026-12-05)
    { id: 'loman-ai', name: 'Loman', vendor: 'Loman AI', domains: ['loman.ai'], source: listed('kostja94'), checked: CHECKED_3 },
    { id: 'narrato', name: 'Narrato', vendor: 'Narrato', category: 'writing', domains: ['narrato.io'], source: 'https://narrato.io/pricing', checked: CHECKED_3 },
    { id: 'boost-ai', name: 'boost.ai', vendor: 'boost.ai', domains: ['boost.ai'], source: listed('kostja94'), checked: CHECKED_3, region: 'europe' },
    { id: 'kindly-ai', name: 'Kindly', vendor: 'Kindly', domains: ['kindly.ai'], source: 'https://kindly.ai/legal-policies/privacy-policy-customers', checked: CHECKED_3, region: 'europe' },
    { id: 'ebbot', name: 'Ebbot', vendor: 'Ebbot', domains: ['ebbot.ai', 'ebbot.com'], source: 'https://docs.ebbot.ai/ebbot-docs/untitled/scenarios', checked: CHECKED_3, region: 'europe' },
    { id: 'teneo', name: 'Teneo', vendor: 'Artificial Solutions', domains: ['teneo.ai'], source: 'https://github.com/artificialsolutions/teneo-web-chat/blob/c15e900a539fe058283f23662024455f6deaf60d/CHANGELOG.md', checked: CHECKED_3, region: 'europe' }, // Artificial Solutions' own Teneo Web Chat changelog, documented on developers.teneo.ai
    { id: 'omilia', name: 'Omilia', vendor: 'Omilia', domains: ['omilia.com'], source: 'https://omilia.com/omilia-conversational-ai-agentic-cx-glossary/', checked: CHECKED_3, region: 'europe' },
    { id: 'skit-ai', name: 'Skit.ai', vendor: 'Skit.ai', domains: ['skit.ai'], source: listed('kostja94'), checked: CHECKED_3 },
    { id: 'smartaction', name: 'SmartAction', vendor: 'SmartAction', domains: ['smartaction.ai'], source: 'https://www.smartaction.ai/platform/', checked: CHECKED_3 },
    { id: 'octane-ai', name: 'Octane AI', vendor: 'Octane AI', domains: ['octaneai.com'], source: 'https://help.octaneai.com/en/articles/13120088-how-to-use-the-variant-matrix', checked: CHECKED_3 }, // Octane AI's own help centre, stored copy read: AI-powered variant matching in its Shopify quizzes, set up from the Octane AI dashboard; help.octaneai.com is under the row's host
  ],
  { checked: CHECKED_3 },
);
