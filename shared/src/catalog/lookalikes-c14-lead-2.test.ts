// The fourteenth session's blocklist rows (data/long-tail-c14-lead-2.ts, from ShadowWhisperer/BlockLists' AI list):
// every new host must reach its own entry; the list's
// general sites, the parent companies' sites and the shared platform and cloud hosts it also names must not classify.
import { describe, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC14Lead2Tools } from './data/long-tail-c14-lead-2';

const GENERAL_AND_SHARED = [
  'https://zapier.com/',
  'https://hitpaw.com/', // general photo and video software; its AI editor Edimakor has its own host
  'https://www.hitpaw.com/',
  'https://www.wondershare.com/', // Tomoviee's maker
  'https://wondershare.com/',
  'https://example.softr.app/',
  'https://example.replit.dev/',
  'https://us-central1-example.cloudfunctions.net/chat',
  'https://d1ss45t6zb3sdy.cloudfront.net/app.js',
  'https://withfeelingaitest.firebaseapp.com/',
  'https://chatgpt-async-webps-prod-eastus-18.webpubsub.azure.com/',
  'https://www.usercontent.com/',
  'https://googleusercontent.com/',
  'https://lh3.googleusercontent.com/a/x', // Google's user content, not an AI tool's
  'https://www.aigirlfriend.com/',
  'https://a1b2.claudeusercontent.com/', // files and frames inside Claude and Grok, not pages a person visits
  'https://assets.grokusercontent.com/x.png',
];

describe('fourteenth-session blocklist rows', () => {
  it('classifies every host it added to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC14Lead2Tools), { api: true });
  });

  it('leaves general sites, parents and shared hosts unclassified', () => {
    expectNoneClassified(GENERAL_AND_SHARED);
  });
});
