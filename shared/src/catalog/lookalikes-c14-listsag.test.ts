// Traps beside the hosts the fourteenth session's listsag helper took from AI Collection's Turkish README, a
// small-business AI list, a knowledge-management list and ten vendors' own pages (data/long-tail-c14-listsag.ts): the
// general software those lists name beside AI products, records left out because they have no description, name and
// host disagree, or the product is not AI-first, and sites that share a name with the new entries. Every trap must stay
// unclassified; every new host must classify to its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC14ListsagTools } from './data/long-tail-c14-listsag';

const GENERAL_SOFTWARE = [
  'flowcog.com', // AI Collection: financial projections without an AI claim
  'decile.app',
  'www.hiphops.io',
  'kyligence.io',
  'www.hubble.team',
  'bipeye.com',
  'www.docufill.io', // the small-business list: document and e-signature software
  'calendly.com',
  'www.toggl.com',
  'www.pandadoc.com',
  'www.zoho.com',
  'memory.ai', // Timely, in the knowledge and productivity lists
  'mymind.com',
  'www.ideaflow.io',
  'www.numeric.io', // finance software read this session and left out
  'www.osfin.ai',
  'www.datarails.com',
  'www.spotdraft.com',
];

const LEFT_OUT_RECORDS = [
  'www.apac.ai', // no description in the list
  'beb.ai',
  'prettysmart.co',
  'www.jigso.io', // name and host disagree
  'www.interviewai.com',
  'shapenship.com', // parents of AI products the catalog has as path prefixes
  'www.springworks.in',
  'www.spoke.ai', // an ordinary word, not confirmed live
];

const NAMESAKES = [
  'www.rome2rio.com',
  'www.teachable.com',
  'www.spoke.com',
  'www.timemaster.com',
  'www.bundle.app',
];

describe('fourteenth-session listsag traps', () => {
  it('adds only rows with a domain each', () => {
    expect(longTailC14ListsagTools.length).toBe(14);
    expect(longTailC14ListsagTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('leaves the general software, left-out records and namesakes unclassified', () => {
    expectNoneClassified(
      [...GENERAL_SOFTWARE, ...LEFT_OUT_RECORDS, ...NAMESAKES].map((h) => `https://${h}/`),
    );
  });

  it('finds every new host, bare and www', () => {
    expectEachClassifiedAs(ownUrls(longTailC14ListsagTools), { api: true });
  });
});
