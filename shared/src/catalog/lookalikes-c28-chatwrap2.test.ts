// Traps beside the rows the twenty-eighth session's chatwrap2 pass added (data/long-tail-c28-chatwrap2.ts: multi-model
// chat fronts, a free ChatGPT-style chat, a local-first chat app, a university's ChatGPT overlay, an AI companion, an
// AI speaking tutor and an AI system-design tool): the research-infrastructure parent of the claimed CLARIN-PL Chat
// subdomain, the news sites, essays and guides the pass's searches met about ChatGPT, chatbots and AI search, and the
// shared-platform copies it left out. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC28Chatwrap2Tools } from './data/long-tail-c28-chatwrap2';
import { catalogRegion } from './data/regions';

const PARENTS = [
  'https://clarin-pl.eu/', // CLARIN-PL's research-infrastructure portal, parent of the claimed chat.clarin-pl.eu
  'https://pwr.edu.pl/', // Wrocław University of Science and Technology, which runs CLARIN-PL Chat
];

const GENERAL_SITES = [
  'https://kenh14.vn/5-dieu-tuyet-doi-khong-tam-su-voi-chatgpt-215251124202156323.chn', // news: what not to tell ChatGPT
  'https://thanhnien.vn/tinh-nang-tren-chatgpt-can-thay-doi-de-bao-ve-quyen-rieng-tu-185251230153154696.htm', // news
  'https://www.xataka.com/robotica-e-ia/openai-ahora-permite-utilizar-chatgpt-cuenta-asi-puedes-usar-esta-funcion-para-mejorar-privacidad-tus-chats', // news
  'https://www.lavoz.com.ar/tecnologia/como-usar-chatgpt-sin-una-cuenta-registrada/', // news: ChatGPT without an account
  'https://boingboing.net/2024/07/01/perplexity-ai-has-nearly-stopped-my-google-use.html', // a blog post on Perplexity
  'https://www.livehindustan.com/gadgets/dont-ask-these-questions-from-chatgpt-grok-gemini-and-other-ai-chatbots-201767589583562.html', // Hindi news
  'https://www.abplive.com/technology/avoid-asking-ai-these-questions-or-you-ll-be-in-big-trouble-know-the-facts-3028272', // Hindi news
  'https://www.elbalad.news/6756382', // Arabic news on OpenAI's usage policy
  'https://holidaysineurope.co.uk/2026/03/11/compared-15-ai-chat-platforms-on-privacy-encryption-and-data-training-here-s-i-found/', // a reposted comparison
  'https://churchofspiralism.com/wiki-ai-search-answer-engines.html', // a wiki essay on answer engines
  'https://www.uni-electronic.de/', // an electronics retailer's blog comparing chatbots' privacy
  'https://reg-intel.com/vietnam-ai-law-guide/', // a guide to Vietnam's AI law
  'https://drgbec.edu.et/pol.html', // a university domain carrying a ChatGPT page (as the c16 wrappers pass found)
];

const SHARED_PLATFORMS = [
  'https://lailaichat.pages.dev/privacy', // a Messenger chatbot's policy on pages.dev
  'https://ai-sanctuary.pages.dev/privacy/', // an uncensored-chat policy on pages.dev
  'https://aiselect-chat.pages.dev/', // a chatbot-picker blog on pages.dev
  'https://companions-chat-ai.lovable.app/privacy', // a companion app's policy on lovable.app
  'https://apollo-agent.vornicx.workers.dev/privacy', // a bring-your-own-key chat on workers.dev
];

describe('twenty-eighth-session chatwrap2 traps', () => {
  it('adds 11 rows, each with one domain and no prefix, four in the europe region', () => {
    expect(longTailC28Chatwrap2Tools.length).toBe(11);
    expect(longTailC28Chatwrap2Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(
      ['campusai', 'aichatgot', 'local-chat-app', 'clarin-pl-chat'].map((id) => catalogRegion(id)),
    ).toEqual(['europe', 'europe', 'europe', 'europe']);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC28Chatwrap2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC28Chatwrap2Tools));
    expectEachClassifiedAs({
      'https://docs.anuma.ai/memory': 'anuma',
      'https://www.anuma.ai/blog/ai-privacy-report-2026': 'anuma',
      'https://aichatgot.com/blog/ai-chat-app-with-multiple-models/': 'aichatgot',
      'https://campus.ai/': 'campusai',
    });
  });

  it('leaves parents, general sites and shared platforms unclassified', () => {
    expectNoneClassified([...PARENTS, ...GENERAL_SITES, ...SHARED_PLATFORMS]);
  });
});
