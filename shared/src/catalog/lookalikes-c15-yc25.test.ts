// Traps beside the hosts the fifteenth session's third-wave yc25 helper took from Y Combinator's Fall and Summer 2025
// companies the licensed directory scrape lacks (data/long-tail-c15-yc25.ts, leads from yc-oss/api, which has no
// licence; the row cites the vendor's own page). The new host and the renamed Hyprnote host must classify to their own
// entries (char.com for Hyprnote, astor.app for Gaus); the lead, namesakes, and records left out (not AI products, services, unsourced) must stay unclassified.
import { describe, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC15Yc25Tools } from './data/long-tail-c15-yc25';

const DIRECTORY_AND_LEAD = [
  'https://www.ycombinator.com/companies/helonic', // the directory page of the new entry
  'https://yc-oss.github.io/api/batches/fall-2025/helonic.json', // the unlicensed lead
];

const NAMESAKES = [
  'https://getalder.com/privacy', // Alder, a planning tool, not the YC finance company
  'https://www.alderstone.co.za/nudge', // a receivables product named beside Alder
  'https://getclerko.com/en/blog/what-is-clerko', // Clerko, beside Clerked
  'https://clerk.com/docs', // Clerk, an authentication service
  'https://www.articulate.com/', // the e-learning company, beside Helonic's old name
  'https://charcoal.com/', // a look-alike of char.com
  'https://www.astor.money/privacy-latest', // another Astor
  'https://astorim.com/approach', // Astor Investment Management
  'https://useastor.com/privacy', // another Astor, financial models
  'https://www.heycaddie.app/support', // Caddie, beside Caddy
  'https://caddyserver.com/', // the Caddy web server
  'https://docs.amika.com/', // a look-alike of amika.dev
];

const LEFT_OUT = [
  'https://antigen.sh/', // offensive-security testing with human red teams
  'https://coasts.dev/', // a local runtime for git worktrees
  'https://darwinrobotics.ai/', // robots
  'https://hillclimb.com/', // training data for labs
  'https://www.layers.bio/', // a body scan appointment
  'https://dari.dev/', // a runtime for agents
  'https://moss.dev/', // retrieval infrastructure
  'https://usesoren.com/', // an AI deployment services firm
  'https://tellif.ai/', // an AI-run marketing agency
  'https://llm-stats.com/', // a leaderboard
];

describe('c15 yc25 look-alikes', () => {
  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(
      {
        ...ownUrls(longTailC15Yc25Tools),
        'https://char.com/': 'hyprnote',
        'https://www.char.com/': 'hyprnote',
      },
      { api: true },
    );
  });

  it('leaves the directory and the lead unclassified', () => {
    expectNoneClassified(DIRECTORY_AND_LEAD);
  });

  it('leaves namesakes unclassified', () => {
    expectNoneClassified(NAMESAKES);
  });

  it('leaves the records left out unclassified', () => {
    expectNoneClassified(LEFT_OUT);
  });
});
