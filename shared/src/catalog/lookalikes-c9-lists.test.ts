// Traps beside the hosts the ninth long-tail pass took from AutoVenture's dataset (data/long-tail-c9-lists*.ts): the
// general SaaS the dataset lists as "AI" (left out: its AI is a feature, not the product), namesakes of new hosts
// under another suffix, and products listed with a host that is not theirs. Every one must stay unclassified.
import { describe, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified } from '../../testing/lookalikes';

const GENERAL_SAAS_LISTED_AS_AI = [
  'calendly.com',
  'mailchimp.com',
  'www.brevo.com',
  'hotjar.com',
  'bubble.io',
  'www.make.com',
  'ifttt.com',
  'pipedream.com',
  'linear.app',
  'obsidian.md',
  'todoist.com',
  'quizlet.com',
  'www.duolingo.com',
  'www.zillow.com',
  'www.redfin.com',
  'crowdin.com',
  'lokalise.com',
  'clipchamp.com',
  'www.photopea.com',
  'www.audacityteam.org', // an audio editor with an AI noise filter
  'www.semanticscholar.org',
  'www.datadoghq.com',
  'www.tawk.to',
  'crisp.chat',
  'manychat.com',
  'karakeep.app', // a bookmark manager with AI tagging
  'peony.ink', // a data room with an AI search feature
  'opencut.app', // an open-source video editor
];

const NAMESAKES = [
  'freemake.com', // Freemake's video converter; FreeMake.cc is the AI image generator
  'www.freemake.com',
  'buda.com', // a Latin American crypto exchange; Buda AI is buda.ai
  'mango.com', // a fashion retailer, listed in the dataset as an AI profit tool
  'shop.mango.com',
];

describe('look-alikes beside the ninth long-tail pass', () => {
  it('leaves general SaaS and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SAAS_LISTED_AS_AI, ...NAMESAKES]);
  });

  it('still finds the AI tools beside them', () => {
    const expected: Record<string, string> = {
      'https://freemake.cc/': 'freemake-cc',
      'https://buda.ai/': 'buda-ai',
      'https://www.zawa.ai/': 'zawa-ai',
      'https://app.tapvid.ai/': 'tapvid-ai',
      'https://meetily.ai/': 'meetily',
      'https://www.undetectedgpt.ai/': 'undetectedgpt',
    };
    expectEachClassifiedAs(expected);
  });
});
