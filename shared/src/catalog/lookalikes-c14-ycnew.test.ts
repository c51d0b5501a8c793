// Traps beside the hosts the fourteenth session's ycnew helper took from Y Combinator's company directory as scraped
// by akshaybhalotia/yc_company_scraper (data/long-tail-c14-ycnew.ts): the directory itself, general software and
// services firms the directory tags as AI, hosts that only an older record of a renamed company gives, records whose
// name and host disagree or that are inactive, and businesses that share a name with the new entries. Every trap must
// stay unclassified; every new host must classify to its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC14YcnewTools } from './data/long-tail-c14-ycnew';

const DIRECTORY_AND_GENERAL_SOFTWARE = [
  'www.ycombinator.com', // the directory the rows come from
  'abacum.ai', // FP&A software
  'www.numeral.com', // sales tax
  'humaans.io', // an HRIS
  'www.chatwoot.com', // a support desk
  'heptabase.com', // a knowledge base
  'akiflow.com', // a task planner
  'offdeal.io', // an AI-native investment bank: a services firm
  'cranstonai.com', // an AI accounting firm
  'arcline-ai.com', // an AI-native law firm
  'riskcube.com', // an insurance brokerage
  'up.codes', // a building-codes library
];

const LEFT_OUT_RECORDS = [
  'hostai.app', // hosts only an older record gives; the company moved or pivoted
  'usecandid.com',
  'heartbyte.ai',
  'winfordwealth.com',
  'tallyhq.com',
  'justwords.ai',
  'tuesday.so',
  'storioai.com', // the record's name (HeartByte) and host disagree
  'useglass.ai', // the record is Void's
  'truthsuite.com', // now DataSuite, dataset management
  'flasho.ai', // inactive
  'fabius.io',
  'sherpalabs.ai', // only in the older file
];

const NAMESAKES = [
  'tally.so', // Tally the form builder
  'www.benchmark.com', // Benchmark the venture firm, beside Benchmark's withbenchmark.com
  'orca.security', // Orca Security, beside Orca's orcaengine.ai
  'www.cosmicjs.com', // Cosmic the headless CMS, beside Cosmic's cosmic.new
  'www.popsy.co', // Popsy the website builder, beside Popsy's popsy.ai
  'oda.com', // Oda the grocer, beside Oda's odastudio.ai
  'www.harmoney.co.nz', // Harmoney the lender, beside Harmoney's harmoney.in
  'www.mavenclinic.com', // Maven Clinic, beside Maven Bio
  'www.zeit.de', // the newspaper, beside Zeit AI
  'www.narrative.io', // Narrative the data marketplace, beside Narrative's trynarrative.com
  'www.pledge.to', // Pledge the donation platform, beside Pledge Health
  'www.nitrado.net', // a game-server host, beside Nitrode
  'getstream.io', // Stream the chat and feeds API, beside Stream's stream.claims
  'metal.ai', // two YC companies named Metal, kept out beside Metal's getmetal.io (lookalikes-c13-aliases)
  'www.metal.so',
];

describe('fourteenth-session ycnew traps', () => {
  it('adds only rows with a domain each', () => {
    expect(longTailC14YcnewTools.length).toBe(60);
    expect(longTailC14YcnewTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('leaves the directory, general software, left-out records and namesakes unclassified', () => {
    expectNoneClassified(
      [...DIRECTORY_AND_GENERAL_SOFTWARE, ...LEFT_OUT_RECORDS, ...NAMESAKES].map((h) => `https://${h}/`),
    );
  });

  it('finds every new host, bare and www', () => {
    expectEachClassifiedAs(ownUrls(longTailC14YcnewTools), { api: true });
  });
});
