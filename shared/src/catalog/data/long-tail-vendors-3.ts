// Long-tail marketing, sales, support, agent, image, video and study tools written on CHECKED_2 from the
// vendors' own sites (source: the product's site, counted as homepage-only by `lantern catalog stats` until
// re-verified against a specific page). AI features of general suites are URL prefixes only.
import type { Tool } from '../../schemas/tool';
import { CHECKED_2, defineTools, listed, CHECKED_3, CHECKED_C10, CHECKED_C12, CHECKED_C14 } from './define';

export const vendorTools4: Tool[] = defineTools('agents', [
  { id: 'aisdr', name: 'AiSDR', vendor: 'AiSDR', domains: ['aisdr.com'], source: 'https://help.aisdr.com/articles/4182566995-how-aisdr-handles-incoming-messages-when-ai-responses-are-on', checked: CHECKED_C12 }, // AiSDR's own help centre on help.aisdr.com
  { id: 'alhena', name: 'Alhena AI', vendor: 'Alhena AI', domains: ['alhena.ai'], source: listed('kostja94', 'README.md'), checked: CHECKED_3 },
  // artisan.ai: the host listed('kostja94') gives for Artisan.
  { id: 'artisan', name: 'Artisan (Ava)', vendor: 'Artisan', domains: ['artisan.co', 'artisan.ai'], source: listed('kostja94'), checked: CHECKED_C12 }, // the list names artisan.ai; artisan.co stays as written, unproven
  { id: 'axiom-ai', name: 'Axiom.ai', vendor: 'Axiom.ai', domains: ['axiom.ai'], region: 'europe', source: listed('meetpateltech', 'README.md'), checked: CHECKED_3 },
  { id: 'botsify', name: 'Botsify', vendor: 'Botsify', domains: ['botsify.com'], source: listed('natnew', 'README.md'), checked: CHECKED_3 },
  { id: 'cassidy', name: 'Cassidy', vendor: 'Cassidy', domains: ['cassidyai.com', 'getcassidy.com'], source: 'https://docs.cassidyai.com/guides/chatting-with-an-agent', checked: CHECKED_C10 },
  { id: 'chatbot-com', name: 'ChatBot', vendor: 'Text', domains: ['chatbot.com', 'botengine.ai'], region: 'europe', source: listed('hihelloluigi', 'README.md'), checked: CHECKED_3 }, // botengine.ai, BotEngine, the product's earlier name (handed over by the twelfth fetch-e pass): listed('botcubebots', 'readme.md') line 282, CHECKED_C13
  { id: 'chatling', name: 'Chatling', vendor: 'Chatling', domains: ['chatling.ai'], source: 'https://docs.chatling.ai/live-chat/copilot', checked: CHECKED_C10 },
  { id: 'chatsimple', name: 'Chatsimple', vendor: 'Chatsimple', domains: ['chatsimple.ai'], source: listed('laylavish', 'list.txt'), checked: CHECKED_3 },
  { id: 'crystal', name: 'Crystal', vendor: 'Crystal', domains: ['crystalknows.com'], source: listed('richawo', 'growth-and-sales.md'), checked: CHECKED_C10 },
  { id: 'ebi-ai', name: 'EBI.AI', vendor: 'EBI.AI', domains: ['ebi.ai'], region: 'europe', source: listed('meetpateltech', 'README.md'), checked: CHECKED_3 },
  { id: 'eleven-x', name: '11x', vendor: '11x', domains: ['11x.ai'], source: listed('kostja94', 'README-CN.md'), checked: CHECKED_3 },
  { id: 'freshworks-freddy', name: 'Freddy AI', vendor: 'Freshworks', urlPrefixes: ['freshworks.com/freddy-ai', 'www.freshworks.com/freddy-ai', 'www.freshworks.com/freshdesk/omni/freddy-ai-automation'], region: 'india' }, // www.freshworks.com/freshdesk/omni/freddy-ai-automation: listed('arunagirinathan')
  { id: 'gorgias-ai-agent', name: 'Gorgias AI Agent', vendor: 'Gorgias', urlPrefixes: ['gorgias.com/ai-agent', 'www.gorgias.com/ai-agent'] },
  { id: 'gptbots', name: 'GPTBots', vendor: 'GPTBots', domains: ['gptbots.ai'], source: 'https://www.gptbots.ai/docs/api-reference/conversation-api/agent-test-update-release', checked: CHECKED_C10 },
  { id: 'humantic', name: 'Humantic AI', vendor: 'Humantic AI', domains: ['humantic.ai'], region: 'india', source: listed('shadowaltz', 'by-industry-cases/negotiation.md'), checked: CHECKED_C10 },
  { id: 'instantly', name: 'Instantly', vendor: 'Instantly', domains: ['instantly.ai'], source: listed('arunagirinathan', 'README.md'), checked: CHECKED_3 },
  { id: 'minion', name: 'Minion AI', vendor: 'Minion AI', domains: ['minion.ai'] },
  // ottogrid (Otto, ottogrid.ai) retired on 2026-12-06 (C13 re-check): steel-dev/awesome-web-agents ARCHIVE.md at the pinned
  // commit (`steelwebagents`) records it inactive since 2026-02-23 (its deployment disabled); an expired product's domain may change hands.
  { id: 'smartlead', name: 'Smartlead', vendor: 'Smartlead', domains: ['smartlead.ai'], source: listed('autoventure', 'ai-tools.csv'), checked: CHECKED_C10 },
  { id: 'tars', name: 'Tars', vendor: 'Tars', domains: ['hellotars.com'], region: 'india', source: listed('autoventure', 'ai-tools.csv'), checked: CHECKED_C10 },
  { id: 'warmly', name: 'Warmly', vendor: 'Warmly', domains: ['warmly.ai'], source: 'https://help.warmly.ai/en/articles/8002445-the-warmly-script-performance', checked: CHECKED_C12 }, // Warmly's own help centre on help.warmly.ai
  { id: 'yuma', name: 'Yuma AI', vendor: 'Yuma AI', domains: ['yuma.ai'], source: listed('kostja94', 'README.md'), checked: CHECKED_3 },
  { id: 'play-ai', name: 'PlayAI', vendor: 'PlayAI', category: 'audio', domains: ['play.ai'], source: listed('slavakurilyak'), checked: CHECKED_3 },
  { id: 'composio', name: 'Composio', vendor: 'Composio', category: 'developer-platform', domains: ['composio.dev'], region: 'india', source: listed('slavakurilyak'), checked: CHECKED_3 },
  { id: 'copilotkit', name: 'CopilotKit', vendor: 'CopilotKit', category: 'developer-platform', domains: ['copilotkit.ai'], source: listed('natnew', 'README.md'), checked: CHECKED_3 },
  { id: 'e2b', name: 'E2B', vendor: 'E2B', category: 'developer-platform', domains: ['e2b.dev'], region: 'europe', source: listed('portkey', 'cookbook/use-cases/Creating_Artifacts_with_GPT_4o_.ipynb'), checked: CHECKED_3 },
  { id: 'letta', name: 'Letta', vendor: 'Letta', category: 'developer-platform', domains: ['letta.com'], source: listed('vercelai', 'content/cookbook/00-guides/07-custom-memory-tool.mdx'), checked: CHECKED_3 },
  // mem0.dev (2026-12-05): Mem0's own short-link host, used in its README for the product demo
  // (https://mem0.dev/demo) and its community links (mem0ai/mem0@8d5b7865bd0521e75fe9ab1b260eeccc83f8a378 README.md,
  // Apache-2.0).
  { id: 'mem0', name: 'Mem0', vendor: 'Mem0', category: 'developer-platform', domains: ['mem0.ai', 'mem0.dev', 'embedchain.ai'], source: listed('slavakurilyak'), checked: CHECKED_3 }, // embedchain.ai (c25 rebrands2): Mem0's former name; the README of its own repository when it was Embedchain (mem0ai/mem0@0128381a98f45e3979aaf2d7fa92ef4d383e8448 README.md) puts the LLM bot framework's docs at docs.embedchain.ai
  { id: 'steel', name: 'Steel', vendor: 'Steel', category: 'developer-platform', domains: ['steel.dev'], source: 'https://github.com/steel-dev/steel-browser/blob/0c968e0ee33aa1cf8b4bdfa9e2b21e8ac9905fe5/README.md', checked: CHECKED_C10 },
  { id: 'ultravox', name: 'Ultravox', vendor: 'Fixie', category: 'developer-platform', domains: ['ultravox.ai', 'fixie.ai'], source: listed('radiusmethod', 'llms.csv'), checked: CHECKED_3 },
  { id: 'vocode', name: 'Vocode', vendor: 'Vocode', category: 'developer-platform', domains: ['vocode.dev'], source: 'https://pypi.org/project/vocode/', checked: CHECKED_C10 },
  { id: 'aftershoot', name: 'Aftershoot', vendor: 'Aftershoot', category: 'image', domains: ['aftershoot.com', 'aftershoot.co'], region: 'india', source: listed('stimqq', 'README.md'), checked: CHECKED_3 }, // aftershoot.co: AfterShoot (New Delhi; automatic photo culling) at https://aftershoot.co/ in listed('c13dstechstars', 'api/companies/aftershoot.json') line 4, CHECKED_C14
  { id: 'autoenhance', name: 'Autoenhance.ai', vendor: 'Autoenhance.ai', category: 'image', domains: ['autoenhance.ai'], region: 'europe', source: 'https://docs.autoenhance.ai/sdks/python', checked: CHECKED_C12 },
  { id: 'colormind', name: 'Colormind', vendor: 'Colormind', category: 'image', domains: ['colormind.io'], source: listed('natnew', 'README.md'), checked: CHECKED_3 },
  { id: 'erase-bg', name: 'Erase.bg', vendor: 'PixelBin', category: 'image', domains: ['erase.bg'], region: 'india', source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'icons8-bgremover', name: 'Icons8 Background Remover', vendor: 'Icons8', category: 'image', urlPrefixes: ['icons8.com/bgremover', 'www.icons8.com/bgremover'] },
  { id: 'icons8-upscaler', name: 'Icons8 Smart Upscaler', vendor: 'Icons8', category: 'image', urlPrefixes: ['icons8.com/upscaler', 'www.icons8.com/upscaler'] },
  { id: 'imagen-ai', name: 'Imagen AI', vendor: 'Imagen AI', category: 'image', domains: ['imagen-ai.com'], region: 'middle-east', source: listed('whoisdsmith', 'AI-Awesome/Awesome-AI.md'), checked: CHECKED_C12 }, // Imagen AI at imagen-ai.com
  { id: 'logoai', name: 'LogoAI', vendor: 'LogoAI', category: 'image', domains: ['logoai.com'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'logomaster', name: 'Logomaster.ai', vendor: 'Logomaster.ai', category: 'image', domains: ['logomaster.ai'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'magician', name: 'Magician', vendor: 'Diagram', category: 'image', domains: ['magician.design'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'photai', name: 'Phot.AI', vendor: 'Phot.AI', category: 'image', domains: ['phot.ai'], source: listed('laylavish', 'list.txt'), checked: CHECKED_3 },
  { id: 'photoscissors', name: 'PhotoScissors', vendor: 'Teorex', category: 'image', domains: ['photoscissors.com'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'pixelbin', name: 'PixelBin', vendor: 'PixelBin', category: 'image', domains: ['pixelbin.io'], region: 'india', source: listed('stimqq', 'README.md'), checked: CHECKED_3 },
  { id: 'quickads', name: 'Quickads', vendor: 'Quickads', category: 'image', domains: ['quickads.ai'], source: 'https://quickads.ai/terms-of-use', checked: CHECKED_C12 }, // Quickads' own terms (Brandbooster Pte Ltd, doing business as Quickads; ad creation tools)
  { id: 'removal-ai', name: 'Removal.AI', vendor: 'Removal.AI', category: 'image', domains: ['removal.ai'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'slazzer', name: 'Slazzer', vendor: 'Slazzer', category: 'image', domains: ['slazzer.com'], region: 'india', source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'visual-electric', name: 'Visual Electric', vendor: 'Visual Electric', category: 'image', domains: ['visualelectric.com'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'knowt', name: 'Knowt', vendor: 'Knowt', category: 'productivity', domains: ['knowt.com'], source: listed('kostja94', 'INDEX.md'), checked: CHECKED_3 },
  { id: 'penseum', name: 'Penseum', vendor: 'Penseum', category: 'productivity', domains: ['penseum.com'], source: listed('kostja94', 'INDEX.md'), checked: CHECKED_3 },
  { id: 'studyx', name: 'StudyX', vendor: 'StudyX', category: 'productivity', domains: ['studyx.ai'] },
  { id: 'paper-digest', name: 'Paper Digest', vendor: 'Paper Digest', category: 'search', domains: ['paperdigest.org'], source: listed('filipecalegario') },
  { id: 'scholarai', name: 'ScholarAI', vendor: 'ScholarAI', category: 'search', domains: ['scholarai.io'], source: listed('shadowaltz', 'by-industry-cases/scholar-and-research/research-and-scholar-gpts.md'), checked: CHECKED_C10 },
  { id: 'autopod', name: 'Autopod', vendor: 'Autopod', category: 'video', domains: ['autopod.fm'], source: listed('whoisdsmith', 'AIMF.md'), checked: CHECKED_C12 }, // AutoPod at autopod.fm
  { id: 'deepfakesweb', name: 'DeepFakesWeb', vendor: 'DeepFakesWeb', category: 'video', domains: ['deepfakesweb.com'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'mootion', name: 'Mootion', vendor: 'Mootion', category: 'video', domains: ['mootion.com'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'morph-studio', name: 'Morph Studio', vendor: 'Morph Studio', category: 'video', domains: ['morphstudio.com', 'morphic.com'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 }, // morphic.com (2026-12-06), its newer name Morphic: listed('jianzhniet2v', 'README.md'), "Morphic / Morph Studio"
  { id: 'munch', name: 'Munch', vendor: 'Munch', category: 'video', domains: ['munch.ai', 'getmunch.com'], source: listed('kostja94', 'README.md'), checked: CHECKED_3 },
  { id: 'quso', name: 'quso.ai', vendor: 'quso.ai', category: 'video', domains: ['quso.ai'], region: 'india', source: listed('meetpateltech', 'README.md'), checked: CHECKED_3 },
  { id: 'reap', name: 'Reap', vendor: 'Reap', category: 'video', domains: ['reap.video'], source: 'https://docs.reap.video/api-reference/create-clips', checked: CHECKED_C12 }, // Reap's own API reference on docs.reap.video (AI clips from long videos)
  { id: 'spikes-studio', name: 'Spikes Studio', vendor: 'Spikes Studio', category: 'video', domains: ['spikes.studio'], region: 'europe', source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'timebolt', name: 'TimeBolt', vendor: 'TimeBolt', category: 'video', domains: ['timebolt.io'], source: listed('whoisdsmith', 'AIMF.md'), checked: CHECKED_C12 }, // Timebolt at timebolt.io
  { id: 'twoshort', name: '2short.ai', vendor: '2short.ai', category: 'video', domains: ['2short.ai'], source: listed('richawo', 'content-creation.md'), checked: CHECKED_C10 },
  { id: 'adcopy', name: 'AdCopy', vendor: 'AdCopy', category: 'writing', domains: ['adcopy.ai'] },
  { id: 'aiseo', name: 'AISEO', vendor: 'AISEO', category: 'writing', domains: ['aiseo.ai'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'aithor', name: 'Aithor', vendor: 'Aithor', category: 'writing', domains: ['aithor.com'], region: 'europe' },
  { id: 'easy-peasy', name: 'Easy-Peasy.AI', vendor: 'Easy-Peasy.AI', category: 'writing', domains: ['easy-peasy.ai'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'flick', name: 'Flick', vendor: 'Flick', category: 'writing', domains: ['flick.social'], region: 'europe', source: listed('hihelloluigi', 'README.md'), checked: CHECKED_3 },
  { id: 'gravitywrite', name: 'GravityWrite', vendor: 'GravityWrite', category: 'writing', domains: ['gravitywrite.com'], region: 'india', source: listed('whoisdsmith', 'AIMF.md'), checked: CHECKED_C12 }, // GravityWrite at gravitywrite.com
  { id: 'junia', name: 'Junia AI', vendor: 'Junia AI', category: 'writing', domains: ['junia.ai'], source: listed('laylavish', 'list.txt'), checked: CHECKED_3 },
  { id: 'keyword-insights', name: 'Keyword Insights', vendor: 'Keyword Insights', category: 'writing', domains: ['keywordinsights.ai'], region: 'europe', source: 'https://help.keywordinsights.ai/en/articles/5937716-how-does-clustering-work', checked: CHECKED_C12 }, // Keyword Insights' own help centre on help.keywordinsights.ai
  { id: 'linguix', name: 'Linguix', vendor: 'Linguix', category: 'writing', domains: ['linguix.com'], source: listed('c13dsantler', 'companies/linguix.json'), checked: CHECKED_C14 }, // Antler's portfolio record: Linguix at linguix.com, grammar checker, writing coaches and paraphrasing
  { id: 'myessaywriter', name: 'MyEssayWriter.ai', vendor: 'MyEssayWriter.ai', category: 'writing', domains: ['myessaywriter.ai'] },
  { id: 'neuraltext', name: 'NeuralText', vendor: 'NeuralText', category: 'writing', domains: ['neuraltext.com'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'nichesss', name: 'Nichesss', vendor: 'Nichesss', category: 'writing', domains: ['nichesss.com'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'postly', name: 'Postly', vendor: 'Postly', category: 'writing', domains: ['postly.ai'], source: listed('hihelloluigi', 'README.md'), checked: CHECKED_3 },
  { id: 'rankiq', name: 'RankIQ', vendor: 'RankIQ', category: 'writing', domains: ['rankiq.com'] },
  { id: 'supergrow', name: 'Supergrow', vendor: 'Supergrow', category: 'writing', domains: ['supergrow.ai'], region: 'india', source: listed('richawo', 'marketing.md'), checked: CHECKED_C10 },
  { id: 'textero', name: 'Textero', vendor: 'Textero', category: 'writing', domains: ['textero.io', 'textero.ai'], source: listed('whoisdsmith', 'AIMF.md'), checked: CHECKED_C12 }, // Textero AI at textero.ai; textero.io unproven
  { id: 'typli', name: 'Typli', vendor: 'Typli', category: 'writing', domains: ['typli.ai'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'wordvice-ai', name: 'Wordvice AI', vendor: 'Wordvice', category: 'writing', domains: ['wordvice.ai'], region: 'korea' },
], { checked: CHECKED_2 });
