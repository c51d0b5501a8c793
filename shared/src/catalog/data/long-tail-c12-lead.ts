// Twelfth session, the lead's pass (2026-12-06, issue 15): AI chat sites that the day's helpers found and handed over.
// Matomo's list of AI assistants (matomo-org/searchengine-and-social-list, AIAssistants.yml, CC0 licence file at the
// pinned commit) is the list web analytics uses to tell AI-assistant referrers apart: 23 of its 25 hosts were already
// classified, and the two misses are one product, Chat+. Three more AI chat products were found by the second regional
// pass on their own legal pages (cited row by row); trashchat.live, handed over with them, is left out for want of a
// page that shows what it is.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C12, defineTools, listed } from './define';

export const longTailC12LeadTools: Tool[] = defineTools(
  'chat',
  [
    { id: 'chat-plus', name: 'Chat+', vendor: 'Chat+', domains: ['chatplus.com', 'chat-gpt.org'], source: listed('matomoai', 'AIAssistants.yml') },
    { id: 'chats-llm', name: 'Chats LLM', vendor: 'Chats LLM', domains: ['chats-llm.com'], source: 'https://chats-llm.com/fr/privacy' },
    { id: 'chatloom', name: 'Chatloom', vendor: 'Chatloom', domains: ['chatloom.app'], source: 'https://chatloom.app/fr/terms' },
    { id: 'omniatix-chat', name: 'OmnIAtix Chat', vendor: 'OmnIAtix', domains: ['omniatix.chat'], source: 'https://omniatix.chat/es/terms-of-service' },
  ],
  { checked: CHECKED_C12 },
);
