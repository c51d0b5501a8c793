// Traps beside the hosts the fourteenth session's portfolios helper took from machine-readable startup and AI-product
// datasets (data/long-tail-c14-portfolios*.ts): general software, infrastructure and directories those datasets name
// beside AI products, records left out because name and host disagree or borrow another brand, company sites whose AI
// product is only a section, and namesakes of the new entries. Every trap must stay unclassified; every new host must
// classify to its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC14PortfoliosTools } from './data/long-tail-c14-portfolios';

const ROWS = [...longTailC14PortfoliosTools];

const GENERAL_SOFTWARE_AND_INFRASTRUCTURE = [
  'retool.com', // AI Native Dev Landscape: builders and platforms whose site is not an AI product
  'www.flutterflow.com',
  'www.plasmic.app',
  'www.wized.com',
  'reqi.io',
  'delibr.com',
  'specmatic.io',
  'temporal.io', // execution and infrastructure
  'dagger.io',
  'wasmer.io',
  'asciinema.org', // terminal recording and documentation browsers
  'devdocs.io',
  'fly.io', // an application host beside phoenix.new
  'opsverse.io', // company sites whose AI product is a section
  'www.mechanical-orchard.com',
  'crowdbotics.com',
];

const LEFT_OUT_RECORDS = [
  'figma.ai', // borrows another brand
  'github.gg',
  'github.me.uk',
  'durable.ai', // beside Durable's durable.co
  'uidrafter.com', // name and host disagree (Uxtly)
  'cursor.directory', // directories, benchmarks and context utilities
  'dotcursorrules.com',
  'mcp.so',
  'www.swebench.com',
  'uithub.com',
];

const NAMESAKES = [
  'spring.io', // the Java framework, beside spring.new
  'www.phoenixframework.org', // the Elixir framework, beside phoenix.new
  'heal.com', // house calls, beside heal.dev
  'www.ventrilo.com', // the voice-chat app
  'ventrilo.ai', // left out: too vague to call a product
  'firstmate.io',
  'www.ternbicycles.com',
  'blitz.gg',
];

describe('fourteenth-session portfolios traps', () => {
  it('adds only rows with a domain each', () => {
    expect(ROWS.length).toBe(50); // 52 taken; TestDriver and Dosu came in from their own pages (long-tail-c14-lead.ts)
    expect(ROWS.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(true);
  });

  it('leaves the general software, left-out records and namesakes unclassified', () => {
    expectNoneClassified(
      [...GENERAL_SOFTWARE_AND_INFRASTRUCTURE, ...LEFT_OUT_RECORDS, ...NAMESAKES].map((h) => `https://${h}/`),
    );
  });

  it('finds every new host, bare and with www', () => {
    expectEachClassifiedAs(ownUrls(ROWS), { api: true });
  });
});
