// Traps beside the hosts the fifteenth session's unlicensed-leads helper added from the misses of
// maysunyoung/awesome-ai-tools (data/long-tail-c15-ulleads.ts): the general software the list names beside AI products
// in its support, marketing and chatbot sections, the shared platforms the vendors' repositories live on, and sites
// that share a name with the new entries. Every trap must stay unclassified; every new host must classify to its own
// entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC15UlleadsTools } from './data/long-tail-c15-ulleads';

const GENERAL_SOFTWARE = [
  'https://www.hubspot.com/', // maysunyoung's Marketing and Customer Support sections: suites with an AI feature
  'https://www.hootsuite.com/',
  'https://buffer.com/',
  'https://www.sproutsocial.com/',
  'https://www.gorgias.com/',
  'https://www.kustomer.com/',
  'https://www.freshworks.com/',
  'https://www.shopify.com/',
  'https://www.contlo.com/', // looked up: email and SMS automation, left out
  'https://unthread.io/', // looked up: Slack ticketing, left out
  'https://www.reachinbox.ai/', // looked up: cold-email sending, left out
];

const SHARED_PLATFORMS = [
  'https://github.com/steven-tey/novel', // the vendors' repositories, on GitHub
  'https://github.com/alexanderatallah/window.ai',
  'https://github.com/iansinnott/prompta',
  'https://github.com/QuivrHQ/quivr',
];

const NAMESAKES = [
  'https://www.hedy.org/', // the educational programming language, beside Hedy's hedy.bot
  'https://www.novelupdates.com/', // a web-novel index, beside Novel's novel.sh
  'https://www.microsoft.com/en-us/windows', // beside Window AI
  'https://www.monster.com/', // the job site, beside TTS.Monster
  'https://www.chatness.com/', // beside Chatness's chatness.app
];

describe('fifteenth-session unlicensed-leads traps', () => {
  it('adds only domain rows', () => {
    expect(longTailC15UlleadsTools.length).toBeGreaterThan(0);
    expect(longTailC15UlleadsTools.every((t) => t.domains.length >= 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host, bare and www, to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC15UlleadsTools), { api: true });
  });

  it('classifies the app, API and docs subdomains the vendors name', () => {
    expectEachClassifiedAs({
      'https://chat.prompta.dev/': 'prompta',
      'https://juji.ai/api/graphql': 'juji',
      'https://ai.api.answerly.io/chat/': 'answerly',
      'https://docs.opendialog.ai/introduction': 'opendialog',
      'https://app.gpt-trainer.com/api/v1/chatbot/create': 'gpt-trainer',
      'https://api.chat-data.com/': 'chat-data',
      'https://apps.nlx.ai/c/deployment/channel-en-US': 'nlx-ai',
      'https://acme.tekst.com/': 'tekst',
      'https://developers.nlpearl.ai/pages/create_pearl': 'nlpearl',
      'https://docs.mixus.ai/agents/running': 'mixus',
      'https://help.hedy.bot/en/': 'hedy-ai',
      'https://api.dreamlook.ai/dreambooth': 'dreamlook-ai',
      'https://api.omniinfer.io/v2/txt2img': 'omniinfer',
      'https://connect.sivi.ai/api/prod/v2': 'sivi-ai-designer',
      'https://support.dubly.ai/article/glossary-of-key-terms': 'dubly-ai',
      'https://api.console.tts.monster/generate': 'tts-monster',
      'https://api.cuppa.ai/v1/contents': 'cuppa-ai',
      'https://docs.syntheticusers.com/guides/core-concepts': 'synthetic-users',
      'https://api.parcha.ai/startKYBAgentJob': 'parcha',
      'https://docs.klu.ai/key-concepts': 'klu-ai',
      'https://quivr.com/': 'quivr', // alias of the existing entry
    });
  });

  it('leaves general software, shared platforms and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SOFTWARE, ...SHARED_PLATFORMS, ...NAMESAKES]);
  });

  it('keeps the YC company Sivi (mysivi.ai) on its own entry, apart from the AI designer', () => {
    expectEachClassifiedAs({ 'https://mysivi.ai/': 'mysivi-ai' });
  });
});
