// Traps beside the rows the twenty-third session's fifth writing pass added (data/long-tail-c23-writing5.ts): the
// ordinary sites next to each kind of AI writing tool it added (a plagiarism suite, a thesaurus, a dictionary, book
// catalogues and libraries, a web-fiction site, testing and admissions bodies, a thesis database, a university writing
// lab, a human tutoring service, a backup company whose name sits close to ContentVeritas), the Korean plagiarism
// checker and its maker left out as a general product, the shared-platform copies and the left-out hosts the pass read.
// None of them may classify; every new host must reach its own entry, and NovelAI keeps its own.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC23Writing5Tools } from './data/long-tail-c23-writing5';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.turnitin.com/', // a plagiarism suite, beside the AI-text detection API
  'https://www.thesaurus.com/', // a thesaurus, beside the AI humanizers
  'https://www.merriam-webster.com/', // a dictionary, beside the AI writing service
  'https://www.goodreads.com/', // a book catalogue, beside the AI book generators
  'https://www.gutenberg.org/', // an e-book library, beside the AI book generators
  'https://www.loc.gov/', // a national library, beside Infinite Library
  'https://www.royalroad.com/', // a web-fiction site, beside the AI novel generator
  'https://www.ets.org/', // a testing body, beside the AI exam-essay tutor
  'https://www.collegeboard.org/', // an admissions-testing body, beside the AI essay tools
  'https://www.proquest.com/', // a thesis database, beside the AI thesis assistant
  'https://owl.purdue.edu/', // a university writing lab, beside the AI thesis and essay tools
  'https://www.tutor.com/', // a human tutoring service, beside Essay Tutor
  'https://www.veritas.com/', // a backup company, beside ContentVeritas
  'https://www.copykiller.com/', // a Korean plagiarism checker with an AI-text feature, left out as a general product
  'https://www.muhayu.com/', // CopyKiller's maker
  'https://www.essayservice.com/', // a human essay-writing service, beside EssayService.ai (left out)
];

const SHARED_PLATFORMS = [
  'https://getaillm.vercel.app/terms', // a policy or page on a shared platform
  'https://deepaidetector.pages.dev/legal/aup', // a policy or page on a shared platform
  'https://cosmic-empanada-81b9ea.netlify.app/terms', // a policy or page on a shared platform
  'https://rhyme-snap.netlify.app/privacy-policy', // a policy or page on a shared platform
  'https://dateassist.vercel.app/privacy', // a policy or page on a shared platform
  'https://dluoft.notion.site/AI-Reply-Privacy-Policy-2cbc27ffd0cc8050ab1ad23d0daf583e', // a policy on a shared platform
  'https://privacy-grammarai-plagiarism.blogspot.com/', // a policy or page on a shared platform
  'https://sites.google.com/view/aigirlfrnd/privacy', // a policy or page on a shared platform
  'https://dailyhaikulegal-258935307516-eu-north-1-an.s3.eu-north-1.amazonaws.com/index.html', // a policy in a storage bucket
  'https://raw.githubusercontent.com/vaeho/gmail-ai-extension/refs/heads/main/PRIVACY.md', // a policy in a repository
];

const LEFT_OUT = [
  'https://www.essayservice.ai/refunds-and-cancellations', // AI only in the product's name
  'https://humanizerai.ai/refund-policy', // AI only in the product's name
  'https://docs.humanizeai.com/account-and-billing/cancellation-and-refunds', // AI only in the product's name
  'https://retext.ai/docs/1-user-agreement', // a user agreement that does not say AI
  'https://youyaku3.com/ja/legal/terms', // terms that do not say AI
  'https://textbulker.com/nl/mentions-legales/', // a legal notice that does not say AI
  'https://tolkie.nl/algemene-voorwaarden/', // terms that do not say AI
  'https://essay-wise.com/refund', // a refund page that does not say AI
  'https://www.airygen.com/fr/tos', // terms that leave the kind of product unknown
  'https://www.mynilam.app/book.php?m=terms', // a book app, AI one feature
  'https://usetoolsuite.com/blog/ai-paraphrasing-ethics-technology/', // a general tool site's article
  'https://www.quetext.com/frequently-asked-questions/how-should-i-use-a-paraphrasing-tool-responsibly-in-academic-work', // a plagiarism checker
  'https://www.smartflexa.com/tools/ai-paraphraser', // a general tool site's paraphraser page
  'https://rewrite.cedoryn.com/privacy', // a mobile app's policy host
  'https://paraphrase.cedoryn.com/privacy', // a mobile app's policy host
  'https://datewise.easier.today/privacy', // a mobile app's policy host
  'https://smartitools.com/human_rephraser_pro/privacy-policy.html', // an extension on the user's own key, on a developer's site
  'https://dxp.burstmedia.io/privacy', // a dating toolkit whose page never names the product
  'https://keshoraai.xyz/', // a homepage only
  'https://rephrasio.com/privacy-policy', // a policy with placeholders
  'https://indigoedocs.com/?p=2980', // a bare `?p=` page
  'https://aiworldjournal.com/?p=2994', // a bare `?p=` page on a news blog
  'https://test.humanwritesai.com/blog/best-practices-for-citations', // a test host
  'https://genwriter.com/blog/ai-cover-letter-checklist', // a guide, not the site's own product
  'https://www.everwrite.app/blog/ai-assisted-vs-ai-generated-disclosure.html', // a blog post, not the site's own product
  'https://pagewriterstudio.com/ai-writing-ethics-what-authors-should-know/', // an article
  'https://www.codaone.ai/blog/graduate-students-ai-writing-integrity-2026', // a blog post, not the site's own product
  'https://essaycube.com/blog/ai-citation-tools-what-students-should-check/', // a blog post
  'https://writingethics.org/why-you-should-never-let-ai-generate-your-thesis', // an article
  'https://researchprospect.ca/resources/ai-use-in-dissertation-and-thesis-writing', // a writing service's guide
  'https://www.thenovelry.com/policies/use-of-ai', // a writing school that declines AI
];

describe('twenty-third-session writing (writing5) traps', () => {
  it('adds 9 writing rows, each with one domain and no prefix, all global', () => {
    expect(longTailC23Writing5Tools.length).toBe(9);
    expect(longTailC23Writing5Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(longTailC23Writing5Tools.every((t) => t.category === 'writing')).toBe(true);
    expect(longTailC23Writing5Tools.every((t) => catalogRegion(t.id) === 'global')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC23Writing5Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, and keeps NovelAI on its own entry', () => {
    expectEachClassifiedAs({
      'https://contentveritas.com/terms.html': 'contentveritas',
      'https://ungpt.ai/privacy-policy': 'ungpt-ai-humanizer',
      'https://paperhumanizer.com/privacy-policy': 'paperhumanizer',
      'https://humanizebot.ai/refund': 'humanizebot-ai',
      'https://www.infinitelibrary.ai/terms': 'infinite-library-ai',
      'https://novelaistudio.com/terms': 'novel-ai-studio',
      'https://thesisgenerator.tech/academic-integrity.html': 'thesis-generator-tech',
      'https://essaytutor.app/en/refund': 'essay-tutor-app',
      'https://writelli.com/refund-policy': 'writelli',
      'https://novelai.net/': 'novelai',
    });
  });

  it('leaves general sites, shared platforms and left-out hosts unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT]);
  });
});
