// Traps beside the rows the twenty-sixth session's third industry pass added (data/long-tail-c26-industry3.ts): the
// ordinary sites next to each kind of AI tool it added (construction software, code bodies and safety regulators,
// weather and plan-room services, freight boards and the carrier regulator, tariff and customs bodies, procurement
// portals, agricultural agencies, payment and hosting providers the policies name), the shared-platform copies, drafts
// and test hosts, general products and left-out hosts the pass read, and names that sit close to the new entries. None
// of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC26Industry3Tools } from './data/long-tail-c26-industry3';

const GENERAL_SITES = [
  'https://www.procore.com/', // construction project software, beside the field-documentation and payment tools
  'https://www.bluebeam.com/', // PDF markup for drawings, beside the takeoff and drawing-review tools
  'https://www.autodesk.com/products/revit/overview', // the BIM tool Archi Automate drives
  'https://codes.iccsafe.org/', // the building codes the permitting and review tools cite
  'https://www.nfpa.org/', // fire codes, beside the drawing reviewer
  'https://www.osha.gov/', // the safety regulator named in construction safety pages met
  'https://open-meteo.com/', // the weather API JobSite Intel AI names
  'https://www.rsmeans.com/', // construction cost data, beside the estimators
  'https://www.acca.org/', // Manual J and N, beside BuildCrux
  'https://www.wrightsoft.com/', // load-calculation software, beside BuildCrux
  'https://www.servicetitan.com/', // field-service software, beside Techni AI
  'https://www.fmcsa.dot.gov/', // the carrier regulator FreightSurf checks against
  'https://www.dat.com/', // a load board, beside the freight tools
  'https://www.truckstop.com/', // a load board, beside the freight tools
  'https://hts.usitc.gov/', // the US tariff schedule, beside customs pages met
  'https://www.cbp.gov/', // US customs, beside customs pages met
  'https://sam.gov/', // federal contract opportunities, beside the procurement tools
  'https://ted.europa.eu/', // EU tenders, beside the procurement tools
  'https://www.ariba.com/', // procurement suite, beside PROCAI and Sourced
  'https://www.thomasnet.com/', // a supplier directory, beside Sourced's supplier discovery
  'https://www.usda.gov/', // the agriculture department, beside the farm tools
  'https://www.nass.usda.gov/', // agricultural statistics, beside the agronomy tools
  'https://www.ahdb.org.uk/', // a farm levy board, beside FarmAsk
  'https://stripe.com/', // the payment processor the policies name
  'https://supabase.com/', // the database host the policies name
];

const SHARED_PLATFORMS = [
  'https://freightbid.polsia.app/privacy', // FreightBid's policy on a shared host
  'https://dealerautopilot.polsia.app/privacy', // a dealership AI on a shared host (listed under its own host)
  'https://cais.srv1308213.hstgr.cloud/privacy', // an AI takeoff service on a hosting server
  'https://borzo.onrender.com/privacy', // CAD Co-Pilot's policy on a shared host
  'https://bim-automation-studio.github.io/privacy-policy.html', // Revit tools' policy on a shared host
  'https://shiplinker-website.pages.dev/privacy', // ShipLinker's policy on a shared host
  'https://procurementaiagents.pages.dev/blog/procurement-ai-security-compliance-guide', // a guide on a shared host
  'https://cargoiq.pages.dev/blog/ai-for-customs-brokers-guide', // a guide on a shared host
  'https://herdkeeper.pages.dev/privacy', // a goat-farm app's policy on a shared host
];

const LEFT_OUT = [
  'https://kephalabs.com/en/privacy', // a policy marked as a draft placeholder
  'https://privacy.zws.ink/privacy/tender', // "[COMPANY LEGAL NAME]" placeholders
  'https://www.mittimagic.xyz/data-policy', // a data policy for a test deployment
  'https://revithelpdesk.co.uk/privacy-policy.html', // support@yourcompany.com placeholder
  'https://estimate4u.io/privacy', // a policy that does not say AI
  'https://glintect.com/privacy-policy.html', // computer-vision inspection, AI not said
  'https://procurex.ai/privacy-policy.html', // spend benchmarking, AI not said
  'https://gridline.ai/workflows/interconnection', // interconnection packets, AI not said
  'https://sub-pro-ai.com/data-handling', // submittal logs, AI not said
  'https://www.herdos.com/privacy', // cattle records, AI not said
  'https://www.responsive.io/ai-supplementary-terms', // an RFP platform, AI one feature
  'https://www.spendflo.com/ai-data-usage-policy', // spend management, AI one feature
  'https://www.struxcor.com/ai-disclosure', // field reports, AI one feature (as before)
  'https://www.permit-pilot.io/ai-policy', // compliance rules with AI drafting
  'https://www.hazardhawk.co/solutions/jha', // a safety platform, AI one feature
  'https://surgepv.com/glossary/lead-to-proposal-automation', // solar design suite, AI one feature
  'https://dirtfleet.app/blog/ai-scope-and-guardrails', // fleet maintenance, AI one feature
  'https://kuayo.app/privacy-policy', // farm records with an AI assistant
  'https://air-os.app/ai-policy', // aviation operations software with AI features
  'https://docs.planeconnection.com/en/how-to/sms/understand-ai-recommendations', // a safety module's AI assistant
  'https://documentation.mindsphere.io/MindSphere/apps/insights-hub-monitor/production-copilot.html', // a suite feature
  'https://ifactoryapp.com/article/on-premise-llm-plant-copilot-air-gapped', // industrial software, AI one product
  'https://shipfinance.jp/privacy', // a ship-finance site with an AI chat
  'https://www.guest-trip.com/ai-policy', // a yacht-charter company's AI policy
  'https://windward.ai/?p=28026', // a `?p=` page
  'https://shipin.ai/?p=3', // a `?p=` page
  'https://www.mro-pro.com/?p=1845', // a `?p=` page
  'https://visioninspect.ai/privacy/', // custom vision models built to order
  'https://www.intelligex.ai/case-study/ai-copilot-manufacturing-mes-work-instructions-sop/', // a consultancy
  'https://www.lnetec.com/work/ai-customs-classification/', // an agency's case study
  'https://www.padiso.co/blog/ai-construction-tender-response-automation-patterns-2026', // an agency's guide
  'https://www.agentreadypoc.com/services/field-tech-copilot/', // a consultancy
  'https://www.strategixagents.com/blog/ai-job-summaries-from-field-notes', // an agency's blog
  'https://colabs-tech.com/guides/ai-reporting-for-field-service-teams', // a guide
  'https://unicornfactories.com/playbook/capabilities/ai-powered-hs-classification-and-tariff-engine', // a directory
  'https://contextcapability.com/capabilities/maintenance-knowledge-assistant-technical-support-chatbot', // analysis
  'https://phosailabs.com/blog/ai-for-mro-and-maintenance-scheduling', // a consultancy's blog
  'https://www.avery.software/blog/energy-and-utility-operations-ai-on-the-grid-on-the-meter', // a blog in general
  'https://www.g3nr8.ai/blog/private-ai-automotive-dealerships.html', // a blog on private AI in general
  'https://www.beactive.ai/ai-privacy-concerns', // a blog on dealership AI privacy in general
];

const NAMESAKES = [
  'https://www.goto.com/', // GoTo, beside goto.archi
  'https://www.drawer.com/', // beside Drawer AI (drawer.ai)
  'https://www.redline.com/', // beside Redline (redline.best)
  'https://www.archistar.com/', // beside Archistar (archistar.ai)
  'https://www.aginera.com/', // beside Aginera (aginera.ai)
  'https://www.gosourced.com/', // beside Sourced (gosourced.ai)
  'https://www.procai.com/', // beside PROCAI (procai.world)
  'https://www.farmask.com/', // beside FarmAsk (farmask.ai)
  'https://freightsurf.ai/', // beside FreightSurf (freightsurf.com)
  'https://www.fasterquotes.com/', // beside FasterQuotes (fasterquotes.io)
  'https://www.snapestimate.com/', // beside SnapEstimate (snapestimate.net)
  'https://buildsynq.ai/', // beside BuildSynq (buildsynq.com)
  'https://www.techni.net/', // beside Techni AI (techniai.net)
  'https://www.jobsiteintel.com/', // beside JobSite Intel AI (jobsiteintelai.com)
  'https://www.buildcrux.ai/', // beside BuildCrux (buildcrux.com)
];

describe('twenty-sixth-session third industry traps', () => {
  it('adds 16 rows, each with one domain and no prefix', () => {
    expect(longTailC26Industry3Tools.length).toBe(16);
    expect(longTailC26Industry3Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC26Industry3Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC26Industry3Tools));
    expectEachClassifiedAs({
      'https://farmask.ai/': 'farmask',
      'https://www.jobsiteintelai.com/ai-transparency': 'jobsite-intel-ai',
      'https://archistar.ai/blog/ai-for-building-permits': 'archistar',
      'https://aginera.ai/blog/ai-powered-takeoffs-future-of-estimating': 'aginera',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
