// Traps beside the rows the seventeenth session's detect pass added (data/long-tail-c17-detect.ts): the non-AI sites
// next to each kind of text checker (dictionaries, writing guides, study summaries, billing and school platforms),
// the parent of the one claimed subdomain, shared-platform copies and pages the pass read and left out, and sites
// that share a name with the new entries. Every trap must stay unclassified; every new host must classify to its own
// entry, and so must the vendor pages the rows cite.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC17DetectTools } from './data/long-tail-c17-detect';

const GENERAL_SITES = [
  'https://www.merriam-webster.com/', // a dictionary, beside the grammar checkers
  'https://www.thesaurus.com/', // synonyms, beside the paraphrasers
  'https://owl.purdue.edu/', // a writing guide, beside the essay checkers
  'https://www.sparknotes.com/', // study summaries written by people, beside the summarizer
  'https://www.cliffsnotes.com/',
  'https://www.lemonsqueezy.com/', // the payment processor several of the vendors name
  'https://www.ieee.org/', // a publisher, beside the publishers' detectors
  'https://anonbusiness.com/', // parent of the claimed huminizer.anonbusiness.com
];

const SHARED_PLATFORMS = [
  'https://deepaidetector.pages.dev/legal/aup', // a pages.dev copy of deepaidetector.com's policy
  'https://humanizer-f501d.web.app/privacy.html', // a mobile humanizer's policy on web.app
  'https://takiboy88.github.io/plagiarism-detector/privacy_policy.html', // an app's policy on github.io
  'https://privacy-grammarai-plagiarism.blogspot.com/', // an app's policy on blogspot
  'https://prompt-rewriter-main.vercel.app/privacy', // a rewriter on vercel.app
  'https://rewriting-text-plugin.vercel.app/privacy-policy',
  'https://sumr.pages.dev/terms-of-service', // a summarizer on pages.dev
  'https://danghaonhien.github.io/reword-this-privacy', // a rewriter extension's policy on github.io
  'https://gptzero.cn.com/terms-of-service/', // a GPTZero namesake on the shared cn.com zone
];

const LEFT_OUT = [
  'https://hidemypaper.app/legal', // terms still a template with placeholders
  'https://rephrasio.com/privacy-policy', // the same
  'https://app.orwell.coach/privacy-policy.html', // the same
  'https://slkhq.com/terms-of-service.html', // GramarText's terms on an unrelated host
  'https://aihighlighter.misterburton.com/PRIVACY.md', // a pattern list, no model
  'https://cyberlifecoach.pro/Tools/about-privacy-summarizer.html', // a heuristic summarizer, no model
  'https://www.luft.co.jp/cgi/ai-ja-text-check.php', // a statistical checker on a general company site
  'https://www.anytimeconvert.com/paraphrase', // a paraphraser page on a converter site
  'https://www.smartflexa.com/tools/ai-paraphraser', // the same on a general tools site
  'https://www.yourtoolshub.com/ai-content-detector',
  'https://www.plagium.com/en/termsofuse', // a plagiarism checker first
  'https://torbenit.dk/proofpilot-privacy-policy', // a key-in-browser extension on a developer's site
  'https://www.jacksu.tw/privacy/textSummarizer', // the same
];

const NAMESAKES = [
  'https://www.humanize.com/', // beside the humanizers
  'https://www.proof.com/', // beside Proofier
  'https://www.contexo.com/', // beside Contexora
  'https://www.cleartext.com/', // beside ClearText
  'https://www.iwrotethis.com/', // beside I Wrote This on iwrotethis.ai
  'https://www.rephrase.com/', // beside Rephrase.fr
];

describe('seventeenth-session detect traps', () => {
  it('adds 48 rows, each with one domain and no prefix', () => {
    expect(longTailC17DetectTools.length).toBe(48);
    expect(longTailC17DetectTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC17DetectTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://beta.humanizethisai.com/privacy': 'humanizethisai',
      'https://research.neuralwriter.com/privacy-policy': 'neuralwriter',
      'https://www.isnotai.com/terms': 'notai-isnotai',
      'https://www.turnitinpay.tech/en/legal/terms': 'turnitinpass',
      'https://huminizer.anonbusiness.com/legal/privacy': 'huminizer',
      'https://www.deepaidetector.com/legal/disclaimer': 'deepaidetector',
    });
  });

  it('leaves general sites, shared platforms, left-out pages and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
