// Rows and hosts the twenty-seventh session's merge added (data/long-tail-c27-mergefix.ts, and hosts on existing
// entries), each from the vendor's own page: getgc.ai for GC AI (data/long-tail-c12-b-2.ts), whose docs still describe
// the product's legal AI chat; allvoicelab.cn for All Voice Lab (data/long-tail-c10-rescan-3.ts), its Chinese site
// carrying the same policy (met by the china8 pass); Jarside and ShelfPic. The parents and namesakes beside them stay
// unclassified.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC27MergefixTools } from './data/long-tail-c27-mergefix';
import { catalogRegion } from './data/regions';

describe('twenty-seventh-session merge: rows and hosts added to existing entries', () => {
  it('adds 2 rows, Jarside in the europe region', () => {
    expect(longTailC27MergefixTools.map((t) => t.id)).toEqual(['jarside', 'shelfpic']);
    expect(catalogRegion('jarside')).toBe('europe');
  });

  it('classifies each new host, each added host and the pages read on them to their entries', () => {
    expectEachClassifiedAs(ownUrls(longTailC27MergefixTools), { api: true });
    expectEachClassifiedAs(sourceUrls(longTailC27MergefixTools));
    expectEachClassifiedAs({
      'https://getgc.ai/': 'gc-ai',
      'https://docs.getgc.ai/docs/chat/interface-overview': 'gc-ai',
      'https://www.allvoicelab.cn/privacy': 'all-voice-lab',
      'https://allvoicelab.com/': 'all-voice-lab',
      'https://aicopilot.rockcontent.com/': 'rock-content-ai-copilot',
    });
  });

  it('leaves parents and namesakes unclassified', () => {
    expectNoneClassified([
      'https://www.getgc.com/', // a namesake .com, not read
      'https://www.gc.com/', // GameChanger, a youth-sports app
      'https://rockcontent.com/', // the content-marketing company beside its AI Copilot (aicopilot.rockcontent.com)
      'https://jarside.com/', // a namesake .com, not read
      'https://help.jarvis.ai/', // Jasper's old help centre: no page in reach says the host is Jasper's
    ]);
  });
});
