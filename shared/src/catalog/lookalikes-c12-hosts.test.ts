// The hosts pass of session 12 (issue 15) gave existing entries hosts that a pinned list, a vendor's docs or a
// Homebrew cask names for them, and added two AI products that general platforms run on a host of their own
// (data/platform-ai-sections-6.ts). Each must classify to its own entry, and the general sites, parents and
// look-alike shapes around them must stay unclassified.
import { describe, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified } from '../../testing/lookalikes';

const ADDED: Record<string, string> = {
  'https://api.totalgpt.ai/v1/chat/completions': 'infermatic',
  'https://api.totalgpt.ai/v1/models': 'infermatic',
  'https://mcpsuperassistant.ai/': 'mcp-superassistant-extension',
  'https://readfrog.mengxi.work/': 'read-frog-extension',
  'https://promptimize.ai/': 'promptimize-extension',
  'https://www.promptimize.ai/pricing': 'promptimize-extension',
  'https://promptimizeai.com/': 'promptimize', // the other Promptimize keeps its own host
  'https://vrew.voyagerx.com/en/': 'vrew',
  'https://vrew.ai/': 'vrew', // the row's first host stays
  'https://playground.ai.cloudflare.com/?model=@cf/meta/llama-3.1-8b-instruct':
    'cloudflare-workers-ai-playground',
  'https://stackoverflow.ai/': 'stack-overflow-ai-assist',
  'https://stackoverflow.ai/chat/123': 'stack-overflow-ai-assist',
  'https://firebase.google.com/studio': 'firebase-studio',
  'https://firebase.google.com/studio/docs': 'firebase-studio',
  'https://fluent.thinkstu.com/': 'fluentread-extension',
  'https://prismalabs.ai/': 'prisma',
  'https://www.crewai.io/': 'crewai',
  'https://claude.site/artifacts/4e4f5dec-b44a-4662-b727-089515cc045e': 'claude',
  'https://freemodel.dev/': 'freemodel',
  'https://cc.freemodel.dev/v1/messages': 'freemodel',
};

const STAY_UNCLASSIFIED = [
  'https://totalgpt.ai.example.com/', // the API host's domain as a label of someone else's domain
  'https://api.totalgpt.ai.example.net/v1/chat/completions',
  'https://xapi.totalgpt.ai/', // label boundary: not a subdomain of the API host
  'https://mcpsuperassistant.ai.example.com/',
  'https://notmcpsuperassistant.ai/',
  'https://mengxi.work/', // the Read Frog author's own domain: only the readfrog subdomain is claimed
  'https://blog.mengxi.work/',
  'https://readfrog.mengxi.work.example.org/',
  'https://mypromptimize.ai/',
  'https://promptimize.ai.example.com/',
  'https://voyagerx.com/', // VoyagerX's company site and its other products
  'https://www.voyagerx.com/',
  'https://www.cloudflare.com/', // Cloudflare's site, dashboard, docs and general code playground
  'https://dash.cloudflare.com/',
  'https://developers.cloudflare.com/workers-ai/',
  'https://workers.cloudflare.com/playground',
  'https://ai.cloudflare.com.example.com/',
  'https://stackoverflow.com/', // Stack Overflow's Q&A site, blog and network
  'https://stackoverflow.com/questions/41542907',
  'https://stackoverflow.blog/',
  'https://meta.stackexchange.com/',
  'https://stackoverflow.ai.example.com/',
  'https://notstackoverflow.ai/',
  'https://firebase.google.com/', // Firebase itself and its other products
  'https://firebase.google.com/docs/firestore',
  'https://firebase.google.com/studios', // a sibling path, not a whole segment
  'https://thinkstu.com/', // FluentRead's maker's own domain
  'https://blog.thinkstu.com/',
  'https://prisma.io/', // Prisma, the database toolkit, is not Prisma Labs
  'https://www.prisma.io/docs',
  'https://prismalabs.ai.example.com/',
  'https://crewai.io.example.com/',
  'https://mycrewai.io/',
  'https://claude.site.example.com/',
  'https://notclaude.site/',
  'https://freemodel.dev.example.com/',
];

describe("second hosts and platforms' AI hosts (session 12)", () => {
  it('classifies every added host to its own entry', () => {
    expectEachClassifiedAs(ADDED, { api: true });
  });

  it('leaves the general sites, parents and look-alike shapes around them unclassified', () => {
    expectNoneClassified(STAY_UNCLASSIFIED);
  });
});
