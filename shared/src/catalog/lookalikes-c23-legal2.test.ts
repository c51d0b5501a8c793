// Traps beside the rows the twenty-third session's second legal pass added (data/long-tail-c23-legal2.ts): the ordinary
// sites next to each kind of legal AI tool it added (patent and trademark offices, case-law databases, courts, bar and
// regulator sites, immigration agencies, e-discovery and e-signature platforms), the parent of the one claimed
// subdomain and a sibling site a policy names, the shared-platform copies and left-out hosts the pass read, and sites
// whose names sit close to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC23Legal2Tools } from './data/long-tail-c23-legal2';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.uspto.gov/', // the US patent and trademark office, beside the patent drafting and prior-art tools
  'https://www.epo.org/', // the European Patent Office, beside the patent tools
  'https://www.wipo.int/', // the World Intellectual Property Organization, beside the patent tools
  'https://www.courtlistener.com/', // a free case-law database, beside the legal research assistants
  'https://www.canlii.org/', // the Canadian case-law database the Byzantium assistant queries
  'https://www.austlii.edu.au/', // an Australian case-law database, beside the Australian tools
  'https://www.legislation.gov.uk/', // UK legislation, beside the UK legal assistants
  'https://www.sra.org.uk/', // the solicitors' regulator for England and Wales, beside the UK tools
  'https://www.lawsociety.org.uk/', // the Law Society of England and Wales, beside the UK tools
  'https://www.legifrance.gouv.fr/', // French legislation and case law, beside Doctrine
  'https://www.brak.de/', // the German Federal Bar, beside the German in-house legal platform
  'https://indiankanoon.org/', // an Indian case-law search engine, beside the Indian advocates' platform
  'https://www.fcfcoa.gov.au/', // Australia's family court, beside the divorce property estimator
  'https://www.oaic.gov.au/', // the Australian privacy regulator, beside the Australian tools
  'https://www.uscis.gov/', // US immigration services, beside the petition drafting tools
  'https://www.ircc.canada.ca/', // Canadian immigration, beside the visa tools
  'https://www.govinfo.gov/', // US federal publications, beside the pro se litigation workspace
  'https://www.relativity.com/', // an e-discovery platform the eDiscovery AI app plugs into
  'https://www.everlaw.com/', // an e-discovery platform whose AI is one feature, met in the searches
  'https://www.docusign.com/', // an e-signature platform, beside the contract reviewers
  'https://byzantiumai.com/', // the parent of the Byzantium assistant's claimed subdomain
  'https://www.byzantiumai.com/', // the parent of the Byzantium assistant's claimed subdomain
  'https://lawreach.com.au/', // a site LawReach AI's policy names, not read and not claimed
  'https://www.lawreach.com.au/', // a site LawReach AI's policy names, not read and not claimed
];

const SHARED_PLATFORMS = [
  'https://solicitor-proposal.pages.dev/privacy', // a policy or page on a shared platform
  'https://website-maulylegal.pages.dev/blog/dsgvo-ki-dokumentenanalyse', // a policy or page on a shared platform
  'https://citationshield.pages.dev/about/', // a policy or page on a shared platform
  'https://lawyerdesk.pages.dev/legal/privacy', // a policy or page on a shared platform
  'https://airgap-llm.pages.dev/guides/private-ai-for-law-firms/', // a policy or page on a shared platform
  'https://turbocall-website.pages.dev/blog/ai-receptionist-law-firms', // a policy or page on a shared platform
  'https://allsourcelegalai.substack.com/feed', // a newsletter feed on a shared platform
];

const LEFT_OUT = [
  'https://auxilis.co.uk/privacy', // a policy with "[Your Company Name Ltd]"
  'https://law-ai-website-01.aicanadiansolutions.ca/page/privacy-policy-law', // a template for "[INSERT LEGAL FIRM NAME]"
  'https://www.anchorlegal.ca/privacy', // a "pilot draft" policy of practice-management software
  'https://www.patnity.com/privacy', // "This is a template"
  'https://intelligence.vatvocate.com/privacy-policy', // a policy whose controller is "to be completed"
  'https://www.canopath.ca/?p=14', // a draft policy at a bare `?p=` address
  'https://www.tenantwiki.com/privacy', // an "internal prototype" on a rules engine
  'https://www.opus2.com/en-us/faq-ai-product-information', // case-management software, AI one feature
  'https://support.appcoll.com/en_US/artificial-intelligence/ai-overview', // docketing software, AI one feature
  'https://lsms-complyfoi.com/privacy.html', // FOI case management, AI one feature
  'https://finlegal.ai/terms/ai-aup', // a claims platform whose medical-chronology AI is one feature
  'https://docs.daisy.comply-app.com/developers/features/structured-calls.html', // a GDPR app, AI one feature
  'https://privacydocs.eu/en/ask_ai.html', // a GDPR documentation tool, AI one feature
  'https://streetlawyeruk.com/api/privacy', // an app whose AI assistant sits beside a handbook and a log
  'https://www.divorceworks.com.au/privacy-policy-chatbot', // a law practice's own chatbot
  'https://occamimmigration.com/ai-responsibility', // a law firm's own AI page
  'https://www.jasonlysandrides.co.uk/ai-notice/', // a solicitor's AI notice
  'https://compound.law/en-DE/compliance/ai-tools-law-firms-germany/', // a law firm's guide
  'https://www.houle.ai/en/ressources/articles/assistant-redaction-contrats-ia', // a consultancy's case study
  'https://intelligex.ai/case-study/ai-redlining-copilot-word-clm/', // a consultancy's case study
  'https://www.deyan7.de/en/insights/ki-datenschutz-deutsche-unternehmen', // a consultancy's article
  'https://certavi.legal/blog', // a citation checker that says it uses no AI
  'https://legalfab.ai/privacy-policy', // a policy that, as read, does not say AI
  'https://patentideagenerator.com/legal/privacy', // a policy that does not say AI
  'https://freelanceshield.me/resources/why-you-shouldnt-upload-nda-to-chatgpt', // an in-browser scanner, no AI said
  'https://myvisaprompts.com/privacy', // a prompt library, not an AI tool
  'https://claimforge.cloud/demo/office-action?case=uspto', // a demo page
  'https://www.askclaimwise.com/insights/uspto-office-actions-the-smartest-starting-point-for-ai', // a lead not finished
  'https://zedly.ai/blog/private-ai-for-personal-injury-lawyers', // a lead not finished
  'https://solvea.cx/blog/secure-ai-intake-law-firms-routing-calls', // a lead not finished
  'https://quillio.au/knowledge', // a lead not finished
];

const NAMESAKES = [
  'https://www.lawbud.com/', // beside LAW-BUD (law-bud.com)
  'https://www.fuze.com/', // beside LawFuze (lawfuze.com)
  'https://www.qanooni.com/', // beside Qanooni (qanooni.ai)
  'https://www.lawreach.com/', // beside LawReach AI (lawreach.ai)
  'https://www.separately.com/', // beside Separately (separately.ai)
  'https://www.doctrine.com/', // beside Doctrine (doctrine.fr)
  'https://www.legalinhouse.com/', // beside LEGALinhouse (legalinhouse.de)
  'https://www.legalese.com/', // beside Legalese (legalesepro.com)
  'https://www.lawson.com/', // beside Lawson (lawson.bot)
  'https://www.infor.com/', // the maker of Infor Lawson, beside Lawson (lawson.bot)
  'https://www.decover.com/', // beside DecoverAI (decover.ai)
  'https://www.ediscovery.com/', // beside eDiscovery AI (ediscoveryai.com)
  'https://www.properresponse.org/', // beside ProperResponse (properresponse.com)
  'https://www.anactel.net/', // beside Anactel (anactel.com)
  'https://www.contractguard.com/', // beside ContractGuard AI (contractguard-ai.com)
  'https://www.ndor.com/', // beside NDOR (ndor.app)
  'https://www.ipdraft.net/', // beside Patent Drafting AI (ipdraft.com)
  'https://www.visasherpa.com/', // beside VisaSherpa (visasherpa.ai)
  'https://www.visaworker.com/', // beside visaworker.ai
  'https://www.visamap.com/', // beside VisaMap AI (visamapai.com)
];

describe('twenty-third-session legal (legal2) traps', () => {
  it('adds 22 rows, each with one domain and no prefix, four in Europe and one in India', () => {
    expect(longTailC23Legal2Tools.length).toBe(22);
    expect(longTailC23Legal2Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(longTailC23Legal2Tools.filter((t) => catalogRegion(t.id) === 'europe').length).toBe(4);
    expect(longTailC23Legal2Tools.filter((t) => catalogRegion(t.id) === 'india').length).toBe(1);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC23Legal2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://law-bud.com/privacy': 'law-bud',
      'https://www.lawfuze.com/privacy': 'lawfuze',
      'https://qanooni.ai/blog/ai-agents-contract-drafting-microsoft-word-governance-checklist': 'qanooni',
      'https://legal.byzantiumai.com/privacy': 'byzantium-legal-research-assistant',
      'https://lawreach.ai/privacy': 'lawreach-ai',
      'https://www.separately.ai/privacy': 'separately-ai',
      'https://www.doctrine.fr/ia-generative/code-conduite-ia': 'doctrine-fr',
      'https://legalinhouse.de/en/security/': 'legalinhouse',
      'https://www.legalesepro.com/security': 'legalese-pro',
      'https://lawson.bot/responsible-use': 'lawson-bot',
      'https://www.decover.ai/blog/ai-document-review-guide/': 'decover-ai',
      'https://help.ediscoveryai.com/portal/en/kb/articles/ediscovery-ai-privilege-review': 'ediscovery-ai',
      'https://properresponse.com/ai-policy.php': 'properresponse',
      'https://www.anactel.com/privacy': 'anactel',
      'https://www.contractguard-ai.com/privacy': 'contractguard-ai',
      'https://ndor.app/privacy': 'ndor-app',
      'https://www.ipdraft.com/en/privacy': 'ipdraft',
      'https://xlscout.ai/how-do-ai-prior-art-search-tools-aid-in-drafting-more-defensible-patent-applications':
        'xlscout',
      'https://visasherpa.ai/privacy.html': 'visasherpa',
      'https://visaworker.ai/privacy': 'visaworker-ai',
      'https://www.immigrationcopilot.com/privacy': 'immigration-copilot',
      'https://visamapai.com/privacy': 'visamap-ai',
    });
  });

  it('leaves general sites, the parent, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
