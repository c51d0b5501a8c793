// Traps beside the rows the twenty-first session's science pass added (data/long-tail-c21-science.ts): the ordinary
// sites next to each kind of AI tool it added (lab notebooks and plasmid resources, drug regulators and trial
// registries, the ICH and MedDRA, patent offices and databases, R and its IDE maker, CFD and CAD software, QGIS, the
// EFRAG and the cloud behind ReportingGPT), the parents of the two claimed subdomains, the shared-platform copies and
// the left-out hosts the pass read, and sites whose names sit close to the new entries. None of them may classify;
// every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC21ScienceTools } from './data/long-tail-c21-science';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.benchling.com/', // a lab-notebook and R&D platform, beside the AI lab notebook
  'https://www.labarchives.com/', // an electronic lab notebook, beside the AI lab notebook
  'https://www.addgene.org/', // a plasmid repository, beside the AI plasmid designer
  'https://www.snapgene.com/', // plasmid software, beside the AI plasmid designer
  'https://pubmed.ncbi.nlm.nih.gov/', // the literature database, beside the AI literature monitor
  'https://www.meddra.org/', // the adverse-event dictionary, beside the AI literature monitor
  'https://www.ich.org/', // the ICH guidelines, beside the AI regulatory writers
  'https://www.ema.europa.eu/', // the European medicines agency, beside the AI regulatory writers
  'https://www.fda.gov/', // the US drug regulator, beside the AI regulatory writers
  'https://clinicaltrials.gov/', // the US trial registry, beside the AI protocol tools
  'https://ansm.sante.fr/', // the French medicines agency, beside the French protocol generator
  'https://www.thaiclinicaltrials.org/', // the Thai trial registry, beside the study-design assistant
  'https://www.uspto.gov/', // the US patent office, beside the AI patent tools
  'https://worldwide.espacenet.com/', // the European patent database, beside the AI patent tools
  'https://www.j-platpat.inpit.go.jp/', // the Japanese patent database, beside the Japanese patent platform
  'https://www.jpo.go.jp/', // the Japan Patent Office, beside the Japanese patent platform
  'https://cran.r-project.org/', // the R archive, beside the AI R IDE
  'https://posit.co/', // the maker of RStudio and Positron, beside the AI R IDE
  'https://www.openfoam.com/', // CFD software, beside the AI simulation agent
  'https://www.freecad.org/', // CAD software, beside the AI simulation agent
  'https://qgis.org/', // the GIS, beside the QGIS AI agent
  'https://plugins.qgis.org/', // the QGIS plugin repository, beside the QGIS AI agent
  'https://www.efrag.org/', // the sustainability-standards body, beside the AI report reviewer
  'https://aws.amazon.com/', // the cloud whose Bedrock the AI report reviewer names
  'https://justreporting.eu/', // the parent of ReportingGPT's claimed subdomain
  'https://www.justreporting.eu/', // the parent of ReportingGPT's claimed subdomain
  'https://geoedge.com.au/', // the parent of GeoEdge AI's claimed subdomain
  'https://www.geoedge.com.au/', // the parent of GeoEdge AI's claimed subdomain
];

const SHARED_PLATFORMS = [
  'https://fluxmateria.pages.dev/terms', // a policy or page on a shared platform
  'https://axonready.pages.dev/academic-disclaimer.html', // a policy or page on a shared platform
  'https://aiselect-chat.pages.dev/zh/', // a policy or page on a shared platform
  'https://carbonfact.notion.site/Carbonfact-AI-Usage-Policy-310f2ec7a9c0804aa52cd2aad88a8ef2', // a policy or page on a shared platform
  'https://siddhartha-gadgil.github.io/automating-mathematics/posts/leanaide-autoformalization', // a policy or page on a shared platform
  'https://skaltman.github.io/r-medicine-llm/slides/slides-08.html', // a policy or page on a shared platform
  'https://orenbochman.github.io/blog/posts/2025/2025-12-09-pydata-automate-complex-and-critical-docs-in-healthcare/index.html', // a policy or page on a shared platform
  'https://wiki.datadiversitylab.synology.me/lab-manual/ai-use-in-lab', // a policy or page on a shared platform
];

const LEFT_OUT = [
  'https://docs.openprotein.ai/resources/faq.html', // an FAQ that says AI only in the product's name
  'https://humangeneai.org/privacy.html', // a policy that says AI only in the product's name
  'https://app.discoveryos.tech/terms', // terms that do not say AI
  'https://materialscodegraph.com/terms.html', // terms that do not say AI
  'https://www.conceptlifesciences.com/tools/peptide-profiler/acceptable-use-policy', // a policy that does not say AI
  'https://www.astragenomics-tools.com/privacy', // a policy that does not say AI
  'https://patenteerapp.com/security', // a security page that does not say AI
  'https://www.esgbot.de/agb', // terms that do not say AI
  'https://app.ruthlessevaluator.ai/blog/guidelines/how-to-use-ruthless-evaluator-step-by-step-guide', // guides that say AI only in the name
  'https://rakenne.app/skills/sds-author/index.md', // a skill page that does not say AI
  'https://tareops.com/security/ai-data-processing', // a lab-records platform, AI one feature
  'https://material.codes/terms', // a materials platform, AI one feature
  'https://www.patentclaimmaster.com/help/GeneratetextwithOpenAIsGPTandoth.html', // a drafting add-in, GPT one feature
  'https://materialitymaster.com/de/unterstutzen-sie/wie-sie-den-ki-assistenten-im-materiality-master-verwenden', // a materiality tool, AI one feature
  'https://manuscript-engine.journalslibrary.com/ai-in-peer-review', // a manuscript system, AI one feature
  'https://biosmith.app/privacy.html', // a biology tool with a bring-your-own-key assistant
  'https://bhusatyam.com/legal/acceptable-use', // an imagery platform, AI one part
  'https://manuscripts-app.com/legal/ai-data', // a working-draft policy
  'https://docs.moltrace.co/guides/legal/terms-of-service/', // draft terms with counsel notes
  'https://www.statory.org/sitemap.xml/privacy', // a policy under an odd sitemap path
  'https://www.patentext.com/blog-posts/chatgpt-ai-patent-drafting-tool', // seen only on its blog
  'https://www.oltodiscovery.com/blog/ai-in-research-human-review', // seen only on its blog
  'https://www.fluidityiq.com/blog/introducing-fluidityiq-hyty7-9mdcl-52a92-46ff3-8hnx5-n2ygr-ajmwe-2bmbw-me59g-22yhf-6tj69-z7hkz', // seen only on its blog
  'https://gxpagents.com/blog/pharmacovigilance-ai-adverse-event-automation', // seen only on its blog
  'https://www.nexpredsolutions.com/blog/how-we-built-ai-medical-writer-turning-complex-clinical-data-into-smarter-medical-reports', // a case-study blog
  'https://www.patentki.eu/blog/2630403_patentrecherche-chatgpt', // seen only on its blog
  'https://manusights.com/research/manuscript-data-handling', // seen only on its briefs and blog
  'https://lab.jogatech.com/privacy', // an educational portfolio project
  'https://lablogger.rishib.com/privacy', // a copy of a policy on its developer's personal site
  'https://einbrain.com/projects/aim4all-privacy-policy', // a research-study add-on
  'https://app.thoughtful-ai.com/privacypolicy.html', // a research-study add-in with no named operator
  'https://tbep.missouri.edu/docs/privacy-policy', // a university tool
  'https://carbon-llm.com/legal/privacy', // an AI-emissions measurement API, not an AI tool
  'https://www.turnitins.org/trust', // a look-alike checker with no named operator
  'https://usdm.dev/agentic-team/safety-pv', // a consultancy's agent pages
];

const NAMESAKES = [
  'https://www.lab-logger.io/', // beside LabLog (lab-logger.com)
  'https://www.lablogger.com/', // beside LabLog (lab-logger.com)
  'https://www.lablog.com/', // beside LabLog (lab-logger.com)
  'https://www.plasmidstudio.com/', // beside Plasmid Studio (plasmidstudio.ai)
  'https://www.plasmidstudio.io/', // beside Plasmid Studio (plasmidstudio.ai)
  'https://www.insilicom.ai/', // beside Insilicom IPV (insilicom.com)
  'https://www.asthra-writer.com/', // beside Asthra (asthra-writer.ai)
  'https://www.asthra.ai/', // beside Asthra (asthra-writer.ai)
  'https://www.alphalife.com/', // beside AuroraPrime (alphalifesci.com)
  'https://www.protocolis.com/', // beside Protocolis (protocolis.fr)
  'https://www.protocol.com/', // beside ProtoCol (protocol.med)
  'https://www.protocolmed.com/', // beside ProtoCol (protocol.med)
  'https://www.patenty.com/', // beside Patenty (patenty.ai)
  'https://www.patenty.jp/', // beside Patenty (patenty.ai)
  'https://www.patentnexus.com/', // beside PatentNexus (patentnexus.net)
  'https://www.patentnexus.ai/', // beside PatentNexus (patentnexus.net)
  'https://www.rchat.com/', // beside RChat.dev (rchat.dev)
  'https://www.rchat.io/', // beside RChat.dev (rchat.dev)
  'https://www.simpilot.com/', // beside SimPilot (simpilot.dev)
  'https://www.simpilot.ai/', // beside SimPilot (simpilot.dev)
  'https://www.geoedge.com/', // beside GeoEdge AI (public.geoedge.com.au)
  'https://www.geoedge.ai/', // beside GeoEdge AI (public.geoedge.com.au)
  'https://www.reportinggpt.com/', // beside ReportingGPT (reportinggpt.justreporting.eu)
  'https://www.r2copilot.com/', // beside R2 Copilot (r2copilot.ai)
];

describe('twenty-first-session science traps', () => {
  it('adds 14 rows, each with one domain and no prefix, in the regions the rows name', () => {
    expect(longTailC21ScienceTools.length).toBe(14);
    expect(longTailC21ScienceTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    const regional: Record<string, string> = {
      protocolis: 'europe',
      'protocol-med': 'southeast-asia',
      patenty: 'japan',
      'rchat-dev': 'europe',
      reportinggpt: 'europe',
    };
    expect(longTailC21ScienceTools.every((t) => catalogRegion(t.id) === (regional[t.id] ?? 'global'))).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC21ScienceTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://lab-logger.com/privacy': 'lablog',
      'https://plasmidstudio.ai/privacy': 'plasmid-studio',
      'https://blog.insilicom.com/index.php/2025/11/06/what-can-ai-really-do-in-literature-monitoring-of-adverse-events-aes':
        'insilicom-ipv',
      'https://www.asthra-writer.ai/product': 'asthra-writer',
      'https://www.asthra-writer.ai/data-security': 'asthra-writer',
      'https://alphalifesci.com/blog/navigating-regulatory-acceptance-of-ai-generated-clinical-documents':
        'auroraprime',
      'https://protocolis.fr/en/cgu': 'protocolis',
      'https://www.protocol.med/terms': 'protocol-med',
      'https://www.patenty.ai/terms': 'patenty',
      'https://patentnexus.net/security': 'patentnexus',
      'https://rchat.dev/privacy': 'rchat-dev',
      'https://www.simpilot.dev/docs/core/engineering-pipeline': 'simpilot',
      'https://public.geoedge.com.au/privacy': 'geoedge-ai',
      'https://reportinggpt.justreporting.eu/en/trust/ai': 'reportinggpt',
      'https://r2copilot.ai/privacy-policy-extension': 'r2-copilot',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
