// Traps beside the seven rows found at the twenty-second session's merge (data/long-tail-c22-found.ts): the ordinary
// sites next to each kind of tool (a homework-answers site, a tutoring marketplace, a note app, a writing platform,
// a messaging app), the parent of the one claimed subdomain, the left-out hosts and the shared-platform copies the
// look-ups returned. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC22FoundTools } from './data/long-tail-c22-found';

const TRAPS = [
  'https://www.chegg.com/', // homework answers, beside the AI solver and tutor
  'https://www.wyzant.com/', // a tutoring marketplace, beside the AI tutor
  'https://www.notion.so/', // a note app, beside the AI college companion
  'https://www.wattpad.com/', // a writing platform, beside the AI writing service
  'https://aispherex.com/', // the parent of AISphereX Writer's claimed subdomain
  'https://www.aispherex.com/', // the parent of AISphereX Writer's claimed subdomain
  'https://ollamaocr.com/privacy', // a privacy page that does not say AI
  'https://www.nsonia.com/docs/terms-of-service.html', // terms on the company's site (a lead)
  'https://kulram.com/en/privacy/', // a placeholder policy
  'https://ta-starlingtek.pages.dev/terms.html', // a policy on a shared platform
  'https://whatevergo.pages.dev/content/privacy.html', // a policy on a shared platform
  'https://ai-avatar-chat-3d.web.app/terms.html', // a policy on a shared platform
  'https://gpai.org/', // beside GPAI (gpai.app): the Global Partnership on AI
  'https://www.gradeaid.com/', // beside GradeAid (gradeaid.ai)
  'https://chatvisor.com/', // beside ChatVisor (chatvisor.ai)
];

describe('twenty-second-session merge finds (found) traps', () => {
  it('adds 7 rows, each with one host and no prefix', () => {
    expect(longTailC22FoundTools.length).toBe(7);
    expect(longTailC22FoundTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry, and the pages the rows cite', () => {
    expectEachClassifiedAs(ownUrls(longTailC22FoundTools), { api: true });
    expectEachClassifiedAs(sourceUrls(longTailC22FoundTools));
  });

  it('leaves general sites, the parent, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified(TRAPS);
  });
});
