// Traps beside the fourteenth session's ycpivots pass (data/long-tail-c14-ycpivots.ts): the new hosts of renamed or
// pivoted Y Combinator companies that the pass left out (APIs, infrastructure, payments, a billing firm, agents a
// business deploys for its customers), and general sites next to the pivots' products (encyclopedias, travel search,
// game and mod sites, cloud and security references, payments). Every trap must stay unclassified; every new host
// must classify to its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified } from '../../testing/lookalikes';

import { longTailC14YcpivotsTools } from './data/long-tail-c14-ycpivots';

const LEFT_OUT_PIVOTS = [
  'opentools.com', // OpenTools (formerly Humanlike): an API for LLM tool use
  'streamstraight.com', // Streamstraight (formerly Lightski): streaming infrastructure
  'hyrex.io', // Hyrex (formerly Kura): a task framework
  'watu.email', // Watu (formerly ShopMyGPT): checkout inside email
  'getlumen.dev', // Lumen Payments (formerly Pretzel)
  'quillbills.com', // Quill Bills (formerly Quill AI): a medical billing firm
  'superbar.ai', // Superbar (formerly Caddie): a store's search bar
];

const GENERAL_SITES = [
  'www.wikipedia.org', // beside Leviathan's AI encyclopedia
  'en.wikipedia.org',
  'www.britannica.com',
  'www.expedia.com', // beside Stardrift's AI travel search
  'www.kayak.com',
  'www.skyscanner.net',
  'www.flyertalk.com',
  'thepointsguy.com',
  'www.minecraft.net', // beside CreativeMode's Minecraft mods
  'www.curseforge.com',
  'modrinth.com',
  'www.roblox.com', // beside Orca's and Sagaland's game makers
  'godotengine.org',
  'www.terraform.io', // beside infra.new
  'aws.amazon.com',
  'owasp.org', // beside winfunc
  'nvd.nist.gov',
  'stripe.com', // beside the payments pivots
  'www.paypal.com',
  'wordpress.org', // beside Waldium
  'readthedocs.org',
];

describe('fourteenth-session ycpivots traps', () => {
  it('adds only rows with a domain each', () => {
    expect(longTailC14YcpivotsTools.length).toBe(1);
    expect(longTailC14YcpivotsTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('leaves the left-out pivots and the general sites unclassified', () => {
    expectNoneClassified([...LEFT_OUT_PIVOTS, ...GENERAL_SITES].map((h) => `https://${h}/`));
  });

  it('finds every new host', () => {
    expectEachClassifiedAs(
      Object.fromEntries(
        longTailC14YcpivotsTools.flatMap((t) =>
          t.domains.flatMap((d) => [
            [`https://${d}/`, t.id],
            [`https://www.${d}/`, t.id],
          ]),
        ),
      ),
    );
  });
});
