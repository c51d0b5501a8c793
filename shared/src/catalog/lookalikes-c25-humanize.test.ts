// Traps beside the rows the twenty-fifth session's humanizer and student-writing pass added
// (data/long-tail-c25-humanize.ts): the ordinary sites next to each kind of AI tool it added (style guides, college
// application and exam bodies, citation registries, a thesaurus, payment providers and merchants of record, a
// book-publishing portal and a video site), the shared-platform copies the pass read, the university guides, news,
// agencies' and content farms' articles it met, and sites whose names sit close to the new entries. None of them may
// classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC25HumanizeTools } from './data/long-tail-c25-humanize';
import { catalogRegion } from './data/regions';

const EUROPE = new Set(['detectordeia-es', 'chatgpt-deutsch-info']);

const GENERAL_SITES = [
  'https://apastyle.apa.org/', // a style guide, beside the essay writers and citation tools
  'https://owl.purdue.edu/', // a writing lab, beside the essay writers and graders
  'https://www.mla.org/', // a style guide, beside the essay writers
  'https://www.chicagomanualofstyle.org/', // a style guide, beside the essay writers
  'https://www.commonapp.org/', // the college application platform, beside Essium and College Essay Grader
  'https://www.collegeboard.org/', // the exam body, beside EssaiQ
  'https://apstudents.collegeboard.org/', // AP students' pages, beside EssaiQ
  'https://www.crossref.org/', // a citation registry, beside the citation tools met
  'https://www.doi.org/', // the DOI resolver, beside the citation tools met
  'https://www.thesaurus.com/', // a thesaurus, beside the paraphrasers and humanizers
  'https://www.rae.es/', // the Spanish academy, beside DetectordeIA.es
  'https://stripe.com/', // a payment provider named in the policies
  'https://www.paddle.com/', // the merchant of record named by Lexis
  'https://www.lemonsqueezy.com/', // the merchant of record named by HumanWrite
  'https://www.creem.io/', // a merchant of record named in the policies
  'https://razorpay.com/x/terms', // a payment provider's terms, met in the searches
  'https://trendza.in/razorpay-terms-of-service', // a shop's copy of a payment provider's terms
  'https://supabase.com/', // a database host named in the policies
  'https://kdp.amazon.com/', // a book-publishing portal, beside Coffeescribe
  'https://www.youtube.com/', // a video site, beside Brainfeed's summaries
  'https://guides.turnitin.com/hc/en-us/articles/28477544839821-Turnitin-s-AI-writing-detection-capabilities-FAQs', // a help centre met in the searches
  'https://freeessaywriter.net/refunds-and-cancellations', // an essay service with human writers
  'https://apacitationgen.com/privacy-policy', // a citation formatter whose policy names metadata services only
];

const SHARED_PLATFORMS = [
  'https://bambooeater-aiwriter.pages.dev/privacy.html', // a rewriter's policy on a shared platform
  'https://summaryfai-10xdevs.pages.dev/privacy', // a summariser's policy on a shared platform
  'https://ai-email-writer-dzv.pages.dev/privacy/', // an email writer's policy on a shared platform
  'http://summarize-me-web.vercel.app/privacy', // a summariser's policy on a shared platform
  'https://lumi-tutor.vercel.app/legal/acceptable-use', // a placeholder policy on a shared platform
  'https://prompt-rewriter-main.vercel.app/privacy', // an extension's policy on a shared platform
  'https://techfordev.netlify.app/articles/3976669', // an article on a shared platform
  'https://english-writing-helper-usage.michael-ewh.workers.dev/privacy', // an extension's policy on a shared platform
  'https://criterionai--criterion-ai.us-central1.hosted.app/ai-transparency', // a grading tool on a shared platform
  'https://phrasly-api.readme.io/reference/ai-detector', // API docs on a shared documentation platform
  'https://neuroflash.helpscoutdocs.com/article/132-how-is-the-word-usage-calculated-what-happens-to-my-unused-words', // a help page on a shared platform
  'https://sites.google.com/view/gemini-writing-assistant/home', // an extension's policy on a shared platform
  'https://sites.google.com/view/hswriting/advice/integrity', // a school writing guide on a shared platform
  'https://dev.to/ai_businessman/manual-ai-plagiarism-removal-legal-document-108e', // a post on a blogging platform
];

const NEWS_AND_GUIDES = [
  'https://globalegberi.com.ng/wp/2026/03/dubious-ai-detectors-drive-pay-to-humanise-scam-as-false-flags-target-writers-worldwide', // news
  'https://legalclarity.org/is-it-illegal-to-use-ai-to-write-an-essay', // a legal explainer
  'https://researchguides.rosemont.edu/c.php?g=1415276&p=10486609', // a university guide
  'https://guides.nyu.edu/c.php?g=276562&p=9693224', // a university guide
  'https://guides.lib.uconn.edu/citationguides/ai', // a university guide
  'https://libguides.kpu.ca/artificialintelligence/privacy', // a university guide
  'https://guides.temple.edu/c.php?g=1347353&p=9939423', // a university guide
  'https://www.tha.de/KI-Text-Detektoren.html', // a university's page on AI-text detectors
  'https://thehuronemery.com/16901/news/10-things-you-did-not-know-about-openais-terms-of-service/', // a student paper
  'http://nationalcentreforai.jiscinvolve.org/wp/2023/09/27/navigating-the-terms-and-conditions-of-generative-ai/', // a sector blog
  'https://www.informahealthcare.com/doi/full/10.1080/13600834.2024.2352692', // a journal article
  'https://www.heise-regioconcept.de/online-marketing/ki-texte-erkennen', // an agency's guide
  'https://hnavi.co.jp/knowledge/blog/ai-checker', // a matching site's guide
  'https://skill-dx.com/ai/10226', // a guide
  'https://mamou.biz/ai_checker', // a guide
  'https://techiestock.de/ki-detektor-funktionsweise-einsatzgebiete-und-bedeutung', // a blog
  'https://www.bachelorprint.at/?p=1101585', // a thesis printer's blog
  'http://www.applywithsanity.com/blog-1/tag/ChatGPT', // an admissions counsellor's blog
  'https://eatsip365.com/the-ethics-of-using-an-essay-writer-ai-for-school', // a content farm
  'https://winenfood.com/the-technology-behind-an-ai-reworder', // a content farm
  'https://visualfoodie.com/a-guide-to-using-an-ai-rewriter-ethically', // a content farm
  'https://www.smarter.com/so-smart/paraphrasing-tools-plagiarism-free-claims-evaluation-writers', // a content site
  'https://www.jamsideup.ca/post/summarizing-privacy-policies-an-ai-use-case', // a blog
];

const NAMESAKES = [
  'https://www.lexisnexis.com/', // beside Lexis (lexis.pub)
  'https://www.pen.org/', // a writers' association, beside PenHuman and PenSmith
  'https://www.coffeereview.com/', // beside Coffeescribe
];

describe('twenty-fifth-session humanizer and student-writing traps', () => {
  it('adds 22 rows, each with one domain and no prefix; two in Europe, the rest global', () => {
    expect(longTailC25HumanizeTools.length).toBe(22);
    expect(longTailC25HumanizeTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(
      longTailC25HumanizeTools.every((t) => catalogRegion(t.id) === (EUROPE.has(t.id) ? 'europe' : 'global')),
    ).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC25HumanizeTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC25HumanizeTools));
    expectEachClassifiedAs({
      'https://penhuman.com/': 'penhuman',
      'https://humanwrite.co/': 'humanwrite-co',
      'https://www.essaiq.com/': 'essaiq',
      'https://summdy.ai/': 'summdy',
      'https://synergic.guru/': 'synergic-guru',
      'https://www.lexis.pub/': 'lexis-nalara',
    });
  });

  it('leaves general sites, shared platforms, news and guides, and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...NEWS_AND_GUIDES, ...NAMESAKES]);
  });
});
