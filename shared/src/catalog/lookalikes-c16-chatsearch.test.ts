// Traps beside the rows the sixteenth session's chatsearch pass added (data/long-tail-c16-chatsearch.ts: chat,
// companion, search, translation and tutoring AI, and the hosts it gave `you-com` and `machinetranslation-com`): the
// general sites beside the new entries (Iterate.ai's company site beside its Generate chat, the podcast beside Bible
// Study Pro, general software with an AI feature left out), the shared hosts where some AI products publish (Vercel,
// Firebase, GitBook, bump.sh, Google Sites, pages.dev, GitHub, the it.com registry), pages left out because their
// host and brand do not match, and sites that share a name with the new entries. Every trap must stay unclassified;
// every new host must classify to its own entry.
// At the twenty-eighth session: aichatgot.com is listed by the chatwrap2 pass (long-tail-c28-chatwrap2.ts) from its own
// privacy policy, which says AI ChatGOT sends each message to OpenAI's GPT-4o-mini; its blog trap was dropped.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC16ChatsearchTools } from './data/long-tail-c16-chatsearch';

const GENERAL_SITES = [
  'https://www.iterate.ai/', // only its Generate chat host (generateapps.iterate.ai) is claimed
  'https://godchaserpodcast.com/', // only the Bible Study Pro subdomain is claimed
  'https://www.englishcentral.com/', // general software with an AI feature, left out
  'https://www.holyjot.com/',
  'https://www.scholarflow.cv/',
  'https://www.conferencecompass.com/',
  'https://thehomeroom.app/',
  'https://search.brave.com/', // a general search engine, its API host left out
  'https://www.compliancegate.com/', // compliance guides; only the /ai-tool section is claimed
  'https://www.compliancegate.com/ai-toolkit', // a prefix matches whole path segments only
  'https://developers.zoom.us/docs/ai-services/interpreter/', // Zoom's developer docs
  'https://docs.1oakmls.com/features/intelligence', // an MLS platform whose AI assistant has no URL of its own
  'https://growtherapy.com/provider-resources/ai-coach/safety-guardrails', // a therapy marketplace's coach, left out
  'https://nura24.com/docs/user-guide/ai-tools/language-translate', // helpdesk software, left out by the supwrite pass too
  'https://getsakinah.app/blog/no-ai-in-religious-content', // a Qur'an app that states it uses no AI on religious text
];

const SHARED_PLATFORMS = [
  'https://babechat.vercel.app/policy/privacy-policy', // AI companion pages on shared hosts, left out
  'https://yaar-pro.web.app/privacy.html',
  'https://charsnap.gitbook.io/charsnap/basics-for-everyone/rules',
  'https://bump.sh/aurora-interactive-services/doc/ai-chatbot-api/operation/operation-characters-create',
  'https://sites.google.com/view/aigirlfrnd/privacy',
  'https://myreach-handbook-staging.pages.dev/assistant/in-text-references',
  'https://github.com/LinguaVox-uk',
  'https://github.com/khoj-ai/openpaper', // Open Paper's repository, on GitHub
  'https://www.it.com/', // the registry under TranslAItion's translaite.it.com
];

const LEFT_OUT = [
  'https://doranchat.com/terms.html', // draft terms for "character.chat" on another host
];

const NAMESAKES = [
  'https://www.lyrahealth.com/', // a mental-health benefits company, beside Lyra (ve-lyra.com)
  'https://www.chaos.com/', // rendering software, beside Chaos Tarot
  'https://www.act.org/', // the ACT test, beside Act.AI
  'https://www.otto.de/', // a German retailer, beside HeyOtto
  'https://www.extra.com/', // a Saudi electronics retailer, beside ExtraAI
  'https://www.biblegateway.com/', // an online Bible, beside the AI Bible answerers
  'https://www.tarot.com/', // human readings, beside the AI tarot and palm readers
  'https://ielts.org/', // the exam itself, beside LearnLingo's AI examiner
];

describe('sixteenth-session chatsearch traps', () => {
  // InterMIND's second host, mind.com, came with the twentieth session's translate pass.
  it('adds 74 rows with one domain each, or one URL prefix for an AI section, and nothing else', () => {
    expect(longTailC16ChatsearchTools.length).toBe(74);
    expect(
      longTailC16ChatsearchTools.every(
        (t) =>
          t.domains.length + t.urlPrefixes.length === (t.id === 'intermind' || t.id === 'lucy-d2' ? 2 : 1) &&
          t.apiEndpoints.length === 0,
      ),
    ).toBe(true);
    expect(longTailC16ChatsearchTools.filter((t) => t.urlPrefixes.length > 0).map((t) => t.id)).toEqual([
      'compliancegate-ai-tool',
    ]);
  });

  it('classifies every new host to its own entry, and the hosts given to existing entries to those', () => {
    expectEachClassifiedAs(
      {
        ...ownUrls(longTailC16ChatsearchTools),
        'https://ydc-index.io/v1/search': 'you-com', // an API host: a request a page makes
        'https://aitranslator.com/': 'machinetranslation-com',
        'https://www.aitranslator.com/': 'machinetranslation-com',
      },
      { api: true },
    );
  });

  it('classifies the pages the vendors publish', () => {
    expectEachClassifiedAs({
      'https://help.keoby.com/docs/social-features/sharing': 'keoby',
      'https://docs.getailicia.com/docs/public-api/rest/endpoints': 'ai-licia',
      'https://api.charactercards.app/v1': 'charactercards-app',
      'https://help.generateapps.iterate.ai/features/chat/citations-and-sources': 'iterate-generate',
      'https://blog.joinrounds.com/blog/': 'rounds-ai',
      'https://www.aitranslator.com/tzm/legal/terms-and-condition': 'machinetranslation-com',
      'https://www.compliancegate.com/ai-tool/': 'compliancegate-ai-tool',
      'https://api.cloud.vexa.ai/bots': 'vexa-ai',
    });
  });

  it('leaves general sites, shared platforms, pages left out and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
