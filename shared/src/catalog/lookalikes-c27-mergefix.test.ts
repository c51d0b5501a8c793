// Hosts the twenty-seventh session's merge added to existing entries, each from the vendor's own page on that host
// (the pass that met the host named it as a lead): getgc.ai for GC AI (data/long-tail-c12-b-2.ts), whose docs
// still describe the product's legal AI chat. The parents and namesakes beside them stay unclassified.
import { describe, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified } from '../../testing/lookalikes';

describe('twenty-seventh-session merge: hosts added to existing entries', () => {
  it('classifies each added host, and the page read on it, to its entry', () => {
    expectEachClassifiedAs({
      'https://getgc.ai/': 'gc-ai',
      'https://docs.getgc.ai/docs/chat/interface-overview': 'gc-ai',
    });
  });

  it('leaves namesakes unclassified', () => {
    expectNoneClassified([
      'https://www.getgc.com/', // a namesake .com, not read
      'https://www.gc.com/', // GameChanger, a youth-sports app
    ]);
  });
});
