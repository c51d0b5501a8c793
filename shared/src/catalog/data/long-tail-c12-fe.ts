// Twelfth-session fetch pass, business-function lists (fetch-e, issue 15, 2026-12-06). Lists fetched by name and read
// at the pinned commit; only facts (name, maker, host) were taken and the rows are ours. Every product host the list
// names was classified with the catalog first.
// - BotCube/awesome-bots (readme.md, CC0 by its License section; last commit 2021): 276 hosts, 16 already matched.
//   Added the conversational-AI and chatbot platforms it names that are AI-first (support and sales chatbots, NLU
//   services, a dialogue-system framework). Left out: messaging platforms and developer portals (Messenger, Slack, Kik,
//   Telegram, Viber, LINE, Skype), newsletters, conferences, blogs and directories, bot analytics and monetisation
//   tools not described as AI, chatbot design and development agencies, Messenger-only bot builders, and products
//   that closed or were taken over (PullString, Viv, init.ai, Converse.ai, Morph.ai, Broid, Botfuel, Recime, Google's
//   Chatbase analytics), and Flow XO (flowxo.com), which the general fetch pass's look-alike test keeps unclassified
//   as a bot builder not described as AI. Handed over instead of added: botengine.ai (BotEngine, now ChatBot, entry chatbot-com) and
//   rasa.ai (Rasa NLU's old host, entry rasa).
// - kairichard/awesome-nocode-lowcode (README.md, CC0): 252 hosts, 22 already matched. Read for its Chatbots, Voice,
//   Marketing, CRM and Ecommerce sections only (its agentic, automation, app-builder and AI-development sections are
//   the agents and no-code pass's area): 6 of its AI chatbot and voice products were already here and one more
//   (Botnation) is added above from BotCube's list; added five AI-first products. Left out: chatbot builders
//   and widgets not described as AI (Instabot, Manychat, Smooch), voice-app design (Vuix), marketing, CRM and
//   analytics software (HubSpot, Hotjar, Fomo, Salesflare, Kartra), link previews (Linkz.ai) and a Python framework
//   (BESSER Bot Framework).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C12, defineTools, listed } from './define';

const bots = listed('botcubebots', 'readme.md');
const nocode = listed('kairichardnocode');

export const longTailC12FeTools: Tool[] = defineTools(
  'agents',
  [
    // Customer-support and sales chatbot platforms.
    { id: 'meya-ai', name: 'Meya', vendor: 'Meya', domains: ['meya.ai'], source: bots },
    { id: 'jetlink-io', name: 'Jetlink', vendor: 'Jetlink', domains: ['jetlink.io'], source: bots },
    { id: 'botscrew', name: 'BotsCrew', vendor: 'BotsCrew', domains: ['botscrew.com'], source: bots },
    { id: 'ubisend', name: 'ubisend', vendor: 'ubisend', domains: ['ubisend.com'], region: 'europe', source: bots },
    { id: 'imperson', name: 'Imperson', vendor: 'Imperson', domains: ['imperson.com'], source: bots },
    { id: 'botcopy', name: 'Botcopy', vendor: 'Botcopy', domains: ['botcopy.com'], source: bots },
    { id: 'exvisory-ai', name: 'eXvisory', vendor: 'eXvisory', domains: ['exvisory.ai'], source: bots },
    { id: 'xbots-ai', name: 'Xbots', vendor: 'Xbots', domains: ['xbots.ai'], source: bots },
    { id: 'personify-ai', name: 'Personify', vendor: 'Personify', domains: ['personify.ai'], source: bots },
    { id: 'botnation-ai', name: 'BotNation AI', vendor: 'BotNation', domains: ['botnation.ai'], region: 'europe', source: bots },
    { id: 'witlingo', name: 'Witlingo', vendor: 'Witlingo', domains: ['witlingo.com'], source: bots },
    // Language-understanding services and a dialogue-system framework.
    { id: 'microsoft-luis', name: 'LUIS (Language Understanding)', vendor: 'Microsoft', category: 'developer-platform', domains: ['luis.ai'], source: bots },
    { id: 'deeppavlov', name: 'DeepPavlov', vendor: 'DeepPavlov (MIPT)', category: 'developer-platform', domains: ['deeppavlov.ai'], source: bots },
    // kairichard/awesome-nocode-lowcode: chatbot, voice and ecommerce sections.
    { id: 'chatamo', name: 'Chatamo', vendor: 'Chatamo', domains: ['chatamo.com'], source: nocode },
    { id: 'rulai', name: 'Rulai', vendor: 'Rulai', domains: ['rul.ai'], source: nocode },
    { id: 'callurl', name: 'CallURL', vendor: 'CallURL', domains: ['callurl.com'], source: nocode },
    { id: 'easyclaw', name: 'EasyClaw', vendor: 'EasyClaw', domains: ['easyclaw.com'], source: nocode },
    { id: 'wetransform-importer', name: 'WeTransform', vendor: 'WeTransform', category: 'other', domains: ['wetransform.com'], source: nocode },
  ],
  { checked: CHECKED_C12 },
);
