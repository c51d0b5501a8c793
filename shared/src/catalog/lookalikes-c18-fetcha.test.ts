// Traps beside the rows the eighteenth session's fetcha pass took from licensed tool directories and datasets
// (data/long-tail-c18-fetcha.ts): the general sites those lists also named, the parents of the claimed subdomain and
// URL prefix, the shared-platform pages and left-out hosts the pass read, and sites whose names sit close to the new
// entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC18FetchaTools } from './data/long-tail-c18-fetcha';

const GENERAL_SITES = [
  'https://www.kaggle.com/', // the dataset's mirror, beside Dataherald
  'https://www.imyfone.com/', // parent of the claimed nutstudio.imyfone.com
  'https://ai4code.io/', // parent of the claimed docify.ai4code.io
  'https://graphite.dev/', // a code-review platform; only /diamond is claimed
  'https://graphite.dev/docs', // Graphite's general docs, which the list cites beside Diamond
  'https://www.katalon.com/', // a test-automation suite the list names
  'https://hoppscotch.io/', // an API client the list names
  'https://www.octotree.io/', // a GitHub browser extension the list names
  'https://www.box.com/', // enterprise software named for its MCP server
  'https://www.chronograph.pe/', // private-equity software named for its MCP server
  'https://qawolf.com/', // a QA service the coding toolbox names
  'https://trunk.io/', // a developer-tooling suite the coding toolbox names
  'https://rows.com/', // a spreadsheet the Italian directory names
];

const SHARED_PLATFORMS = [
  'https://twinnydotdev.github.io/twinny', // an open-source Copilot alternative's docs on github.io
  'https://invoke-ai.github.io/InvokeAI/', // an image tool's docs on github.io
];

const LEFT_OUT = [
  'https://sdtools.org/', // "Stable Diffusion tools and utilities", nothing more said
  'https://charm.sh/', // Charm's general site, named for its Crush CLI
  'https://www.functionize.com/', // a test-automation suite
  'https://vectormagic.com/', // a vectoriser that does not call itself AI
  'https://altern.ai/', // a directory of AI tools
  'https://theresanai.com/', // a directory of AI tools
  'https://www.pulsemcp.com/', // a directory of MCP servers
  'https://publicprompts.art/', // a prompt collection
  'https://felvin.com/', // mock data in a navigation app
  'https://aicodereview.com/', // mock data in a navigation app
  'https://mimentic.com/', // named by the coding toolbox with no word on what it does
  'https://ventrilo.ai/', // named by the coding toolbox with no word on what it does
  'https://planar.dev/', // named by the coding toolbox with no word on what it does
  'https://rundown.ai/', // a newsletter
  'https://www.siteoptz.ai/', // a review site whose repository's tool data is scraped from another directory
];

const NAMESAKES = [
  'https://www.backyard.com/', // beside Backyard.ai
  'https://www.flexpilot.com/', // beside Flexpilot
  'https://www.boil.com/', // beside Boil (tryboil.com)
  'https://www.enhancor.com/', // beside Enhancor
  'https://www.photobear.com/', // beside PhotoBear
  'https://www.ideahunter.com/', // beside IdeaHunter
  'https://www.garak.com/', // beside garak
  'https://www.blocks.com/', // beside Blocks (blocks.diy)
  'https://www.mysheet.com/', // beside mysheetAI
  'https://www.gitar.com/', // beside Gitar
];

describe('eighteenth-session fetcha traps', () => {
  it('adds 26 rows, each with domains or one AI section as a URL prefix', () => {
    expect(longTailC18FetchaTools.length).toBe(26);
    expect(longTailC18FetchaTools.every((t) => t.domains.length > 0 !== t.urlPrefixes.length > 0)).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC18FetchaTools), { api: true });
  });

  it('classifies the pages the lists cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://docs.thesys.dev/': 'thesys-c1',
      'https://graphite.dev/diamond': 'graphite-diamond',
      'https://www.dataherald.com/': 'dataherald',
      'https://syllaby.com/pricing': 'syllaby',
      'https://blocks.diy/website/pricing': 'blocks-diy',
      'https://www.mimicpc.com/pricing': 'mimicpc',
      'https://api.pixelmotion.io/': 'pixelmotion',
      'https://enhancor.ai/pricing': 'enhancor',
      'https://skysnail.ai/pricing': 'skysnail',
      'https://gitar.co/docs': 'gitar',
      'https://blinq.io/docs': 'blinqio',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
