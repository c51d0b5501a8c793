// Traps beside the rows the eighteenth session's research pass added (data/long-tail-c18-research.ts): the ordinary
// research sites next to each kind of AI research tool (paper indexes, reference managers, LaTeX editors, patent
// offices, survey panels), the parent of the one claimed subdomain, the shared-platform copies and the left-out hosts
// the pass read, and sites whose names sit close to the new entries. None of them may classify; every new host must
// reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC18ResearchTools } from './data/long-tail-c18-research';

const GENERAL_SITES = [
  'https://arxiv.org/abs/2510.06708', // the preprint server, beside the AI paper summarisers
  'https://pubmed.ncbi.nlm.nih.gov/', // the biomedical index, beside the AI PubMed assistants
  'https://www.zotero.org/support/privacy', // a reference manager, beside the AI literature tools
  'https://www.crossref.org/', // DOI metadata, beside the AI citation and review tools
  'https://openreview.net/forum?id=eB87ISzlL1', // human peer review, beside the AI manuscript reviewers
  'https://www.uspto.gov/', // the patent office, beside the AI patent drafters
  'https://www.ctan.org/', // the TeX archive, beside the LaTeX AI agent
  'https://www.surveymonkey.com/', // surveys with human respondents, beside the synthetic-persona tools
  'https://newspringjournals.org/', // parent of the claimed rql.newspringjournals.org
  'https://www.scholarflow.cv/help/ai-features/paper-chat', // general research software with an AI panel, a c16 trap
];

const SHARED_PLATFORMS = [
  'https://axonready.pages.dev/academic-disclaimer.html', // SciLens's AI disclaimer on pages.dev
  'https://172313193.wixsite.com/wiseelement/post/privacy-policy-for-scholarlens', // ScholarLens's policy on wixsite
  'https://veracity-eval-frontend.vercel.app/how-the-ai-works', // a fact-checker's page on vercel.app
  'https://meme-paper.vercel.app/terms', // a joke-paper generator on vercel.app
  'https://aitutor-api.vercel.app/terms', // an AI gateway on vercel.app
  'https://proofbase-app.vercel.app/limitations', // a fact-check tool on vercel.app
  'https://luna-client-one.vercel.app/terms', // an assignment helper on vercel.app
  'https://ideablueprint.pages.dev/blueprints/ai-research-assistant/', // a build guide on pages.dev
  'https://jayfuuuu.github.io/privacy-policies/summarize_page_privacy_policy.html', // an extension policy on github.io
];

const LEFT_OUT = [
  'https://www.academe-ai.com/terms/authorized-users', // terms that never say the workspace uses AI
  'https://youyaku3.com/ja/legal/terms', // a summary service whose terms never mention AI
  'https://factaichecker.com/privacy-policy/', // a fact-checker whose policy never mentions AI
  'https://consuma.ai/docs/run-credits/v1', // credit docs that never say the engine is AI
  'https://aicitationscan.com/ai-tools/ai-citation-checker', // a client-side citation checker
  'https://manusights.com/methods', // a methods page that does not say the scoring is AI
  'https://citeowl.com/blog/ai-literature-review-generator', // a vendor blog post only
  'https://patseer.com/generative-ai-additional-terms', // a patent database's GenAI add-on
  'https://learnattack.de/wie-funktioniert-der-ki-tutor-kim', // a learning platform's AI tutor feature
  'https://help.respondent.io/en/articles/15688979-session-privacy-notice', // a panel's AI moderator feature
  'https://www.patnity.com/privacy', // a template policy awaiting review
  'https://smartlyteai.com/privacy', // a starter policy awaiting review
  'https://research.aeq.com/privacy', // an internal tool for verified clinicians
  'https://gagarinsoft.com/nano-summarizer/privacy-policy', // a summariser on Chrome's on-device model
  'https://arxivlens.com/PaperView/Details/citellm-an-agentic-platform-for-trustworthy-scientific-reference-discovery-1680-5b235ddd', // a paper directory
  'https://patentable.app/patents/10496844', // a patent directory
];

const NAMESAKES = [
  'https://www.paperly.com/', // beside Paperly (paperly.software)
  'https://www.litra.com/', // beside Litra.ai
  'https://www.rigorous.com/', // beside Rigorous
  'https://www.essence.com/', // beside Essence (essence.report)
  'https://www.synthia.com/', // beside Synthia (trysynthia.com)
  'https://www.paperpilot.com/', // beside PaperPilot (paperpilot.tools)
  'https://www.patentassist.com/', // beside Patent Assist (patentassist.ai)
  'https://www.omnilib.com/', // beside OmniLib
  'https://www.deliverables.com/', // beside Deliverables AI
  'https://www.pith.com/', // beside Pith (pith.science)
];

describe('eighteenth-session research traps', () => {
  it('adds 35 rows without URL prefixes, one domain each but Rigorous', () => {
    expect(longTailC18ResearchTools.length).toBe(35);
    expect(longTailC18ResearchTools.every((t) => t.urlPrefixes.length === 0)).toBe(true);
    expect(longTailC18ResearchTools.filter((t) => t.domains.length !== 1).map((t) => t.id)).toEqual([
      'rigorous-review',
    ]);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC18ResearchTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://api.infrence.ai/faq': 'infrence-ai',
      'https://rigorous.company/privacy': 'rigorous-review',
      'https://www.themoonlight.io/review/aisysrev-llm-based-tool-for-title-abstract-screening':
        'themoonlight-io',
      'https://pith.science/p/2605.09794': 'pith-science',
      'https://litrev.app/help/how-ai-screening-works': 'litrev-app',
      'https://tex64.com/docs/ai': 'tex64',
      'https://gaabstract.com/ja/terms': 'gaabstract',
      'https://www.automatoir.com/docs/competitive-intel/ai-summaries': 'automatoir',
      'https://rql.newspringjournals.org/privacy': 'newspring-rql',
      'https://deliverables.ai/help/workspace/credits': 'deliverables-ai',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
