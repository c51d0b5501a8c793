// Traps beside the rows the twenty-second session's second research pass added (data/long-tail-c22-research2.ts): the
// ordinary sites next to each kind of AI tool it added (competitive-intelligence and review sites, patent offices and
// patent databases, fact-checking outlets, literature databases, reference managers and review platforms, thesis
// repositories, the Chrome Web Store), the shared-platform copies and the left-out hosts the pass read, and sites whose
// names sit close to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC22Research2Tools } from './data/long-tail-c22-research2';

const GENERAL_SITES = [
  'https://www.similarweb.com/', // a web-traffic intelligence site, beside the AI competitive-intelligence extension
  'https://www.g2.com/', // a software review site, beside the AI competitive-intelligence extension
  'https://www.crayon.co/', // a competitive-intelligence platform, beside the AI competitive-intelligence extension
  'https://patents.google.com/', // a patent search engine, beside the AI patent tools
  'https://www.uspto.gov/', // the US patent office, beside the AI patent tools
  'https://worldwide.espacenet.com/', // the EPO's patent database, beside the AI prior-art search
  'https://www.epo.org/', // the European Patent Office, beside the AI patent tools
  'https://www.wipo.int/', // the World Intellectual Property Organization, beside the AI patent tools
  'https://www.lens.org/', // an open patent and scholarly database, beside the AI prior-art search
  'https://www.snopes.com/', // a fact-checking outlet, beside the AI fact-checkers
  'https://www.politifact.com/', // a fact-checking outlet, beside the AI fact-checkers
  'https://fullfact.org/', // a fact-checking charity, beside the AI fact-checkers
  'https://www.factcheck.org/', // a fact-checking outlet, beside the AI fact-checkers
  'https://pubmed.ncbi.nlm.nih.gov/', // a literature database, beside the AI literature-review tools
  'https://scholar.google.com/', // a scholarly search engine, beside the AI literature-review tools
  'https://www.scopus.com/', // a citation database, beside the AI literature-review tools
  'https://www.covidence.org/', // a systematic-review platform, beside the AI systematic-review tools
  'https://www.cochrane.org/', // an evidence-synthesis organisation, beside the AI systematic-review tools
  'https://www.zotero.org/', // a reference manager, beside the AI research-writing assistants
  'https://www.proquest.com/', // a thesis and dissertation repository, beside the AI thesis reviewer
  'https://www.ieee.org/', // a publisher and society, beside the AI academic-writing services
  'https://www.jstage.jst.go.jp/', // a Japanese journal platform, beside the Japanese AI research-writing assistant
  'https://chromewebstore.google.com/', // the Chrome Web Store, beside the fact-check and competitive-intelligence extensions
];

const SHARED_PLATFORMS = [
  'https://proofbase-app.vercel.app/limitations', // a policy or page on a shared platform
  'https://kwantumlabs-how-to-code-transcripts.pages.dev/sitemap.xml', // a policy or page on a shared platform
  'https://anil-kumar1560.github.io/ai-fact-checker-privacy/', // a policy or page on a shared platform
  'https://contador-de-palabras-com.pages.dev/en/blog/how-to-convert-text-into-a-podcast', // a policy or page on a shared platform
  'https://mahmood726-cyber.github.io/synthesis-courses/ai-meta-analysis-course.html', // a policy or page on a shared platform
  'https://jmiba.github.io/zotero-redisearch-rag/privacy-and-security/', // a policy or page on a shared platform
];

const LEFT_OUT = [
  'https://woips.ai/prior-art-search/ai-and-patent-search-part-2', // articles on AI patent search that do not say the product uses AI
  'https://www.wunder-ip.com/blog/ai-prior-art-search', // an article on AI prior-art search that does not say the product uses AI
  'https://truvento.de/de/', // a post that implies LLM providers without naming the product
  'https://www.themera.io/blog/chatgpt-for-qualitative-analysis', // seen only on its blog
  'https://innogath.com/learn/competitive-intelligence-with-ai/', // seen only on its learn pages
  'https://vecbase.com/it/tools/interview-analysis', // an agent page that does not say AI in the part read
  'https://www.articlecast.ai/blog/teardown-how-articletopodcast-ai-picks-summarizes-and-voices-your-reading-list-2026-04-22', // a teardown naming the product in the third person
  'https://eschatosresearch.com/methodology', // AI briefs beside edited research notes
  'https://www.eqlglobal.com/docs/api-documents', // AI insights inside a financial data API
  'https://www.patere-ai.com/refund', // AI only in the brand name
  'https://www.patlab.ai/terms', // AI only in the brand name
  'https://patentabilityscore.com/Legal/Refund', // a refund policy that does not say AI
  'https://patentext.com/terms-of-service', // beta terms that speak of prompts and outputs only
  'https://writepaper.app/refund', // a credit policy that does not say AI
  'https://www.patentnest.ai/terms', // terms with an "[Insert date]" placeholder
  'https://researcher.center/legal/privacy', // a placeholder policy
  'https://airekas.com/privacy', // a policy with a you@example.com contact
  'https://tryframebase.com/refund-policy', // a pre-launch refund baseline
  'https://www.consultingaios.com/privacy', // a policy awaiting counsel
  'https://pylip.com/privacy-policy', // template notes
  'https://bioclaritas.com/responsible-ai', // a responsible-AI page that does not name the product
  'https://litsource.net/ai-citation-checker-guide', // a citation-checking guide that does not say the product uses AI
  'https://sourceverify.ai/es/answers/how-to-check-ai-generated-citations', // checks references against databases
  'https://referenceverify.com/faq', // checks references against databases
  'https://aicitationchecker.org/students', // checks references against databases
  'https://www.theacademicdigest.app/how-it-works', // ranking pages that do not say AI
  'https://scholar-sidekick.com/legal/privacy', // a citation formatter whose policy does not say AI
  'https://www.searchrealfast.com/resources/ai-disclosure-risk', // a warning about generative AI, not an AI product
  'https://sourcescore.org/use-cases/news-fact-checking/', // a claim-verification API, not itself generative
  'https://help.patentbots.com/how-do-i-use-gen-ai-to-generate-patent-text', // general patent software with Gen AI tools
  'https://www.sopact.com/use-case/how-to-analyze-open-ended-question-responses', // a guide on a data-collection platform's site
  'https://in-pulse.com/en/how-ai-reads-open-ended-survey-responses-and-why-it-changes-research/', // a research agency
];

const NAMESAKES = [
  'https://www.pqai.com/', // beside PQAI (projectpq.ai)
  'https://www.projectpq.com/', // beside PQAI (projectpq.ai)
  'https://www.factsentinel.org/', // beside FactSentinel (factsentinel.com)
  'https://www.claimpit.net/', // beside Fact-Check (claimpit.com)
  'https://www.scholardock.org/', // beside ScholarDock (scholardock.com)
  'https://www.literfy.com/', // beside Literfy (literfy.ai)
  'https://www.thesisreviewer.net/', // beside AI Thesis Reviewer (thesisreviewer.com)
  'https://www.patentmind.com/', // beside PatentMind (patentmind.ai)
  'https://www.patentoa.com/', // beside PatentOAResponse (patentoaresponse.com)
  'https://www.paperclue.com/', // beside Paper Clue AI (paperclue.ai)
  'https://www.paperpin.com/', // beside PaperPin.ai (paperpin.ai)
  'https://www.easyslr.org/', // beside EasySLR (easyslr.com)
  'https://www.relecura.ai/', // beside Relecura (relecura.com)
  'https://www.cihq.com/', // beside CI HQ (getcihq.com)
];

describe('twenty-second-session research (research2) traps', () => {
  it('adds 13 rows, each with one domain and no prefix', () => {
    expect(longTailC22Research2Tools.length).toBe(13);
    expect(longTailC22Research2Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC22Research2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://www.easyslr.com/methods': 'easyslr',
      'https://literfy.ai/refund-policy': 'literfy',
      'https://scholardock.com/blog/how-to-use-ai-to-screen-papers-for-systematic-reviews': 'scholardock',
      'https://www.paperclue.ai/refund-policy': 'paper-clue-ai',
      'https://www.thesisreviewer.com/refund-policy': 'ai-thesis-reviewer',
      'https://paperpin.ai/refund': 'paperpin-ai',
      'https://projectpq.ai/how-pqai-maintains-user-privacy/': 'pqai',
      'https://www.patentmind.ai/refund-policy': 'patentmind',
      'https://www.patentoaresponse.com/terms.html': 'patentoaresponse',
      'https://relecura.com/screening-inventions-with-a-360o-view-of-its-impact-on-a-corporation/':
        'relecura',
      'https://getcihq.com/privacy-policy.html': 'ci-hq',
      'https://dashboard.getcihq.com/': 'ci-hq',
      'https://factsentinel.com/how-to-fact-check-news-articles-on-chrome': 'factsentinel',
      'https://www.claimpit.com/privacy': 'claimpit-fact-check',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
