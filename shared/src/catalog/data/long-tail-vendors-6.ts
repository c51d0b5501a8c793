// Long-tail document chat, summarising, detection and rewriting, presentation, voice-agent, photo and
// inference tools written on CHECKED_2 from the vendors' own sites (source: the product's site, counted as
// homepage-only by `lantern catalog stats` until re-verified), or a licensed list where a row says listed(...).
import type { Tool } from '../../schemas/tool';
import { CHECKED_2, defineTools, listed, CHECKED_3, CHECKED_C10, CHECKED_C12, CHECKED_C13 } from './define';

export const vendorTools7: Tool[] = defineTools('writing', [
  // goodcall.ai: the host listed('kostja94') gives for Goodcall.
  { id: 'goodcall', name: 'Goodcall', vendor: 'Goodcall', category: 'agents', domains: ['goodcall.com', 'goodcall.ai'], source: listed('kostja94'), checked: CHECKED_C12 }, // the list names goodcall.ai; goodcall.com stays as written, unproven
  { id: 'my-ai-front-desk', name: 'My AI Front Desk', vendor: 'My AI Front Desk', category: 'agents', domains: ['myaifrontdesk.com'] },
  { id: 'rosie', name: 'Rosie', vendor: 'Rosie', category: 'agents', domains: ['heyrosie.com'], source: listed('filipecalegario') },
  // thoughtly.ai: the host listed('kostja94') gives for Thoughtly.
  { id: 'thoughtly', name: 'Thoughtly', vendor: 'Thoughtly', category: 'agents', domains: ['thoughtly.com', 'thoughtly.ai'], source: 'https://docs.thoughtly.com/platform/omnichannel', checked: CHECKED_C10 },
  { id: 'glhf', name: 'GLHF', vendor: 'GLHF', category: 'chat', domains: ['glhf.chat'], source: listed('librechatdocs', 'scripts/screenshots/seed-demo.js'), checked: CHECKED_3 },
  { id: 'nanogpt', name: 'NanoGPT', vendor: 'NanoGPT', category: 'chat', domains: ['nano-gpt.com'], region: 'europe', source: listed('modelsdev', 'providers/nano-gpt/provider.toml'), checked: CHECKED_3 },
  { id: 'arli-ai', name: 'ArliAI', vendor: 'ArliAI', category: 'developer-platform', domains: ['arliai.com'], source: 'https://www.arliai.com/docs', checked: CHECKED_C10 },
  { id: 'banana', name: 'Banana', vendor: 'Banana', category: 'developer-platform', domains: ['banana.dev'], source: listed('richawo', 'building.md'), checked: CHECKED_C10 },
  { id: 'dasha', name: 'Dasha', vendor: 'Dasha', category: 'developer-platform', domains: ['dasha.ai'], source: 'https://github.com/dasha-samples/dasha-first-app/blob/3203edec8e40c6ace417f5033ad2b67b3ccecdc5/README.md', checked: CHECKED_C12 }, // the vendor's sample repository; links community.dasha.ai
  { id: 'inference-net', name: 'Inference.net', vendor: 'Inference.net', category: 'developer-platform', domains: ['inference.net'], source: listed('modelsdev', 'providers/inference/provider.toml'), checked: CHECKED_3 },
  { id: 'kluster', name: 'kluster.ai', vendor: 'kluster.ai', category: 'developer-platform', domains: ['kluster.ai'], region: 'europe', source: listed('portkey', 'src/providers/kluster-ai/api.ts'), checked: CHECKED_C12 }, // its API base URL, api.kluster.ai
  { id: 'monsterapi', name: 'MonsterAPI', vendor: 'MonsterAPI', category: 'developer-platform', domains: ['monsterapi.ai'], region: 'india', source: listed('portkey', 'src/providers/monsterapi/api.ts'), checked: CHECKED_C12 }, // its API base URL, llm.monsterapi.ai
  { id: 'mystic', name: 'Mystic AI', vendor: 'Mystic AI', category: 'developer-platform', domains: ['mystic.ai'], region: 'europe', source: 'https://github.com/mystic-ai/pipeline/blob/e545efb702c3c14cd2f522fcf7fb976c9ee404e3/README.md', checked: CHECKED_C12 }, // the vendor's repository
  // api.totalgpt.ai (2026-12-06): the API host Infermatic's own API documentation gives for every endpoint
  // (https://infermatic.ai/docs/overview: GET https://api.totalgpt.ai/v1/models, POST .../v1/chat/completions).
  { id: 'infermatic', name: 'Infermatic', vendor: 'Infermatic', category: 'developer-platform', domains: ['infermatic.ai', 'api.totalgpt.ai'], apiEndpoints: ['api.totalgpt.ai'], source: 'https://infermatic.ai/docs/overview', checked: CHECKED_C10 },
  { id: 'octoai', name: 'OctoAI', vendor: 'OctoML', category: 'developer-platform', domains: ['octo.ai', 'octoai.cloud', 'octoml.ai'], apiEndpoints: ['text.octoai.run'], source: listed('kostja94', 'README-CN.md'), checked: CHECKED_3 }, // octoai.cloud: listed('radiusmethod', 'llms.csv'); text.octoai.run: listed('langchaincommunity', 'libs/community/langchain_community/chat_models/octoai.py'); octoml.ai (OctoML, OctoAI's former name): listed('whoisdsmith', 'README.md')
  { id: 'pipecat', name: 'Pipecat', vendor: 'Daily', category: 'developer-platform', domains: ['pipecat.ai', 'pipecat.daily.co'], source: 'https://docs.pipecat.ai/overview/pipecat', checked: CHECKED_C10 }, // pipecat.daily.co (CHECKED_C16, agents pass): Pipecat Cloud, the managed host for Pipecat voice agents, and its API at api.pipecat.daily.co (https://docs.pipecat.ai/pipecat-cloud/introduction.md)
  { id: 'artflow', name: 'Artflow', vendor: 'Artflow', category: 'image', domains: ['artflow.ai'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'clipping-magic', name: 'Clipping Magic', vendor: 'Clipping Magic', category: 'image', domains: ['clippingmagic.com'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'dewatermark', name: 'Dewatermark', vendor: 'Dewatermark', category: 'image', domains: ['dewatermark.ai'], source: listed('stimqq', 'README.md'), checked: CHECKED_3 },
  { id: 'imglarger', name: 'Imglarger', vendor: 'Imglarger', category: 'image', domains: ['imglarger.com'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'inpaint', name: 'Inpaint', vendor: 'Teorex', category: 'image', domains: ['theinpaint.com'], source: listed('stimqq', 'README.md'), checked: CHECKED_3 },
  { id: 'watermarkremover-io', name: 'WatermarkRemover.io', vendor: 'WatermarkRemover.io', category: 'image', domains: ['watermarkremover.io'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'kroma', name: 'Kroma', vendor: 'Kroma', category: 'presentation', domains: ['kroma.ai'] },
  { id: 'pitchgrade', name: 'PitchGrade', vendor: 'PitchGrade', category: 'presentation', domains: ['pitchgrade.com'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'slidesgpt', name: 'SlidesGPT', vendor: 'SlidesGPT', category: 'presentation', domains: ['slidesgpt.com'], source: listed('kostja94', 'INDEX.md'), checked: CHECKED_3 },
  { id: 'docalysis', name: 'Docalysis', vendor: 'Docalysis', category: 'productivity', domains: ['docalysis.com'], source: listed('kapibala', 'README.md'), checked: CHECKED_3 },
  { id: 'genei', name: 'Genei', vendor: 'Genei', category: 'productivity', domains: ['genei.io'], region: 'europe', source: listed('steven2358') },
  { id: 'pdfgpt', name: 'PDFGPT.IO', vendor: 'PDFGPT.IO', category: 'productivity', domains: ['pdfgpt.io'], source: listed('whoisdsmith', 'AIMF.md'), checked: CHECKED_C12 }, // PDF GPT at pdfgpt.io
  { id: 'quivr', name: 'Quivr', vendor: 'Quivr', category: 'productivity', domains: ['quivr.app', 'quivr.com'], region: 'europe', source: listed('rvelamen', 'README.md'), checked: CHECKED_3 }, // quivr.com: the vendor's own repository calls its open-source core the brain of Quivr.com, https://github.com/QuivrHQ/quivr/blob/947a785415c6c35ab2ae8157222b4720b0710b4d/README.md line 26, read CHECKED_C15 (pass ulleads)
  { id: 'resoomer', name: 'Resoomer', vendor: 'Resoomer', category: 'productivity', domains: ['resoomer.com'], region: 'europe' },
  { id: 'unriddle', name: 'Unriddle', vendor: 'Unriddle', category: 'productivity', domains: ['unriddle.ai'], source: listed('c13ayc', 'responses/S24.json'), checked: CHECKED_C13 }, // YC directory entry: Unriddle, www.unriddle.ai, "AI for researchers, students and scientists"
  { id: 'reface', name: 'Reface', vendor: 'Reface', category: 'video', domains: ['reface.ai'], region: 'europe', source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'contentdetector', name: 'Content Detector AI', vendor: 'Content Detector AI', domains: ['contentdetector.ai'], source: listed('whoisdsmith', 'AIMF.md'), checked: CHECKED_C12 }, // ContentDetector.AI at contentdetector.ai
  { id: 'editpad', name: 'Editpad', vendor: 'Editpad', domains: ['editpad.org'] },
  { id: 'gptkit', name: 'GPTKit', vendor: 'GPTKit', domains: ['gptkit.ai'], source: listed('whoisdsmith'), checked: CHECKED_C12 }, // GPTKit at gptkit.ai
  { id: 'humbot', name: 'Humbot', vendor: 'Humbot', domains: ['humbot.ai'] },
  { id: 'netus', name: 'Netus AI', vendor: 'Netus AI', domains: ['netus.ai'], source: listed('clawhome', 'README.en.md'), checked: CHECKED_C10 },
  { id: 'paraphrasingtool-ai', name: 'Paraphrasing Tool AI', vendor: 'Paraphrasing Tool AI', domains: ['paraphrasingtool.ai'] },
  { id: 'scribbr-ai-detector', name: 'Scribbr AI Detector', vendor: 'Scribbr', urlPrefixes: ['scribbr.com/ai-detector', 'www.scribbr.com/ai-detector'], region: 'europe' },
  { id: 'spin-rewriter', name: 'Spin Rewriter', vendor: 'Spin Rewriter', domains: ['spinrewriter.com'], region: 'europe' },
  { id: 'walter-writes', name: 'Walter Writes AI', vendor: 'Walter Writes', domains: ['walterwrites.ai'] },
  { id: 'writehuman', name: 'WriteHuman', vendor: 'WriteHuman', domains: ['writehuman.ai'], source: listed('laylavish', 'list.txt'), checked: CHECKED_3 },
], { checked: CHECKED_2 });
