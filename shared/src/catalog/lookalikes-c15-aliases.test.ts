// Traps beside the hosts the fifteenth session's aliases pass added (data/long-tail-c15-aliases.ts) and the second hosts
// it gave existing entries: the shared platforms the makers' repositories and SDKs live on, the general sites whose AI
// products are only a path, and sites that share a name with the new hosts. Every trap must stay unclassified; every
// new host must classify to its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC15AliasesTools } from './data/long-tail-c15-aliases';

const SHARED_PLATFORMS_AND_GENERAL_SITES = [
  'https://github.com/thepersonalaicompany/amurex', // the makers' repositories, on GitHub
  'https://github.com/Thinkode/thinkreview-browser-extension',
  'https://github.com/steipete/summarize',
  'https://github.com/chatness/sdk',
  'https://github.com/Liopun/leet-chatgpt-extension',
  'https://github.com/swiftstyleai/swiftstyleai',
  'https://bradenwong.com/', // the maker's personal domain: only the Whispering subdomain is claimed
  'https://www.stanford.edu/', // the university: only STORM's two subdomains are claimed
  'https://nlp.stanford.edu/',
  'https://leetcode.com/', // the coding-practice site LeetChatGPT works on
  'https://vetoswvwgsebhxetqppa.supabase.co/', // Jaydai's backend project on Supabase's shared host
  'https://prompt-mate-d3b25.web.app/', // Pocket Prompt's Firebase app and Cloudflare Pages preview, on shared hosts
  'https://pocket-prompt-frontend.pages.dev/',
  'https://lf3-static.bytednsdoc.com/', // ByteDance's static asset host that Midscene's docs load from
  'https://superpowerdaily.com/', // an AI newsletter linked from the Superpower ChatGPT extension, not an AI tool
  'https://us-central1-thinkgpt.cloudfunctions.net/', // ThinkReview's backend functions sit on Google's shared host
  'https://zoom.us/', // Zoom itself, its developer site and its API host (AI Services docs included, as infrastructure)
  'https://developers.zoom.us/docs/ai-services/scribe/',
  'https://api.zoom.us/v2/users/me',
  'https://clickup.com/brain', // left out: no ClickUp page names the path
  'https://ya.ru/neuro', // left out: named only by third parties
];

const NAMESAKES = [
  'https://www.sensay.com/', // not Sensay's sensay.io
  'https://www.trevorproject.org/', // The Trevor Project, beside Trevor AI
  'https://tekst.nl/', // an ordinary Dutch word, beside Tekst's tekst.ai
  'https://www.skyverne.com/', // beside Skyvern
  'https://www.amure.com/', // beside Amurex
  'https://www.swiftstyle.com/', // beside SwiftStyle AI
  'https://www.jaydai.com/', // beside Jaydai's jayd.ai
  'https://nativemind.com/', // beside NativeMind's nativemind.app
];

describe('fifteenth-session aliases traps', () => {
  it('adds eleven entries, one web host each', () => {
    expect(longTailC15AliasesTools.length).toBe(11);
    expect(longTailC15AliasesTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host, bare and www, to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC15AliasesTools), { api: true });
  });

  it('classifies the app, API and docs hosts the makers name, and the second hosts of existing entries', () => {
    expectEachClassifiedAs({
      'https://app.amurex.ai/signup': 'amurex',
      'https://api.amurex.ai/': 'amurex',
      'https://portal.thinkreview.dev/': 'thinkreview',
      'https://thinkreview.dev/docs/github-integration': 'thinkreview',
      'https://api.sensay.io/v1/replicas': 'sensay',
      'https://docs.skyvern.ai/': 'skyvern',
      'https://docs.trevorai.com/scheduling': 'trevor-ai',
      'https://api.chatness.ai/': 'chatness',
      'https://www.parcha.com/': 'parcha',
      'https://categorize.tekst.ai/': 'tekst',
      'https://summarize.tech/': 'summarize-tech',
      'https://whispering.bradenwong.com/': 'whispering-epicenter',
      'https://storm-project.stanford.edu/': 'storm',
      'https://api.prod.jayd.ai/': 'jaydai',
      'https://www.pocket-prompt.com/price': 'pocket-prompt',
      'https://midscenejs.com/showcases': 'midscene',
      'https://nativemind.app/?utm_source=github': 'nativemind', // a different YouTube summariser keeps its own entry
    });
  });

  it('leaves shared platforms, general sites and namesakes unclassified', () => {
    expectNoneClassified([...SHARED_PLATFORMS_AND_GENERAL_SITES, ...NAMESAKES]);
  });
});
