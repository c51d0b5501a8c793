// Traps beside the rows the twenty-first session's AI-workers pass added (data/long-tail-c21-aiworkers.ts): the ordinary
// sites next to each kind of AI worker it added (accounting and invoicing software, applicant tracking and job boards,
// freelance marketplaces, ad managers, CRMs and contact data, warehouses and BI, scheduling, telephony and booking
// sites, German accounting and e-invoicing, market data and filings, service desks and automation tools), the parent of
// the claimed SalesAIO subdomain and the TEGOS site around the AIFlow prefix, the shared-platform copies and the
// left-out hosts the pass read, and sites whose names sit close to the new entries. None of them may classify; every new
// host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC21AiworkersTools } from './data/long-tail-c21-aiworkers';

const GENERAL_SITES = [
  'https://quickbooks.intuit.com/', // accounting software, beside the AI receivables and back-office agents
  'https://www.xero.com/', // accounting software, beside the AI receivables and back-office agents
  'https://www.freshbooks.com/', // invoicing software, beside the AI accounts receivable agent
  'https://stripe.com/invoicing', // invoicing, beside the AI accounts receivable agent
  'https://www.linkedin.com/talent/', // a recruiting product, beside the AI LinkedIn recruiter
  'https://www.greenhouse.io/', // an applicant tracking system, beside the AI recruiting agents
  'https://www.lever.co/', // an applicant tracking system, beside the AI recruiting agents
  'https://www.indeed.com/', // a job board, beside the AI recruiting agents
  'https://www.upwork.com/', // a freelance marketplace, beside the AI agent marketplaces
  'https://www.fiverr.com/', // a freelance marketplace, beside the AI agent marketplaces
  'https://business.facebook.com/', // Meta Business Suite, beside the AI ad agents
  'https://adsmanager.facebook.com/', // Meta Ads Manager, beside the AI ad agents
  'https://ads.google.com/', // Google Ads, beside the AI ad agents
  'https://www.hubspot.com/', // a CRM, beside the AI SDR and lead agents
  'https://www.salesforce.com/', // a CRM, beside the AI SDR and lead agents
  'https://www.pipedrive.com/', // a CRM, beside the AI SDR and lead agents
  'https://www.apollo.io/', // a contact database, beside the AI SDR agents
  'https://www.snowflake.com/', // a data warehouse, beside the AI data analysts
  'https://www.metabase.com/', // a BI tool, beside the AI data analysts
  'https://calendly.com/', // a scheduling tool, beside the AI booking assistants
  'https://www.twilio.com/', // telephony, beside the AI voice receptionists and calling assistants
  'https://www.ringcentral.com/', // telephony, beside the AI voice receptionists
  'https://www.opentable.com/', // restaurant booking, beside the AI calling and booking assistants
  'https://www.zocdoc.com/', // doctor booking, beside the dental AI receptionist
  'https://www.datev.de/', // German accounting software, beside the German invoice tools
  'https://www.lexoffice.de/', // German accounting software, beside the German invoice tools
  'https://www.bloomberg.com/professional/', // a market-data terminal, beside the AI investment-research agent
  'https://www.sec.gov/edgar', // company filings, beside the AI investment-research agent
  'https://www.servicenow.com/', // IT service management, beside the agent platforms
  'https://www.atlassian.com/software/jira/service-management', // a service desk, beside the agent platforms
  'https://www.notion.so/', // a workspace the agents connect to
  'https://www.make.com/', // workflow automation, beside the agent builders
  'https://www.uipath.com/', // robotic process automation, beside the digital-worker platforms
  'https://perstoc.ai/', // the parent of SalesAIO's claimed subdomain
  'https://www.perstoc.ai/', // the parent of SalesAIO's claimed subdomain
  'https://tegos-group.com/', // the TEGOS group site around the AIFlow prefix
  'https://www.tegos-group.com/', // the TEGOS group site around the AIFlow prefix
  'https://tegos-group.com/kontakt/', // a sibling path on the TEGOS group site, outside the AIFlow prefix
  'https://www.e-rechnung-bund.de/', // the federal e-invoicing portal, beside the e-invoice converter
];

const SHARED_PLATFORMS = [
  'https://invoicechaser-ai.netlify.app/privacy', // a policy or page on a shared platform
  'https://nerdsip.pages.dev/courses/build-a-secure-ai-bookkeeper', // a policy or page on a shared platform
  'https://buildwithai-7023d.web.app/en/post7', // a policy or page on a shared platform
  'https://xhipment.mintlify.app/teams/overview', // a policy or page on a shared platform
  'https://agate-spoon-bc6.notion.site/max-guidelines-for-sub-processors', // a policy or page on a shared platform
  'https://egon-2.webflow.io/datenschutz', // a policy or page on a shared platform
  'https://juno-website.vercel.app/consent', // a policy or page on a shared platform
  'https://policy-lineai.web.app/terms', // a policy or page on a shared platform
  'https://tesseqda212325.collectblogs.com/', // a policy or page on a shared platform
];

const LEFT_OUT = [
  'https://www.aiaragent.com/privacy-policy.html', // AI only in the brand name
  'https://secretary.xaviesteve.com/terms-of-use', // a personal project
  'https://cleanoria.com/aivoiceinterviewpricacypolicy', // a sample policy
  'https://bootstrapai.biz/legal/privacy', // a self-hosted tool run by one operator
  'https://yeep.jokaisen.org/privacy.html', // a personal-use tool
  'https://deej.co/privacy', // a demo system
  'https://booki-ai.com/legal/privacy', // AI only in the brand name
  'https://www.nexgenanalysis.com/privacy', // a policy that does not say AI
  'https://getcoldagent.com/dpa', // a DPA that does not say AI
  'https://sdrai.ai/privacy', // a policy that does not say AI
  'https://pia.horizon-connect.fr/privacy', // a policy with a dummy SIRET
  'https://www.humanlinker.com/fr/user-terms', // terms with a "[URL]" placeholder
  'https://www.myrevly.com/legal/ai-disclaimer', // invoicing software, AI one feature
  'https://ebuero.de/agb-chat-bearbeitung', // a phone-answering service, AI chat one feature
  'https://help.employmenthero.com/hc/en-au/articles/14196740780559', // an HR suite, the agent one feature
  'https://heepr.ai/terms', // an agent-job market that hosts no AI
  'https://moltjobs.io/blog/what-is-an-ai-agent-marketplace', // an agent-job market, seen only on its blog
  'https://www.agentplanners.com/privacy', // a policy that does not say AI
  'https://automads.ai/ja/privacy/', // a policy that does not say AI
  'https://phantombrowser.ai/product/agent', // an agent page that does not say AI
  'https://riff.ai/agents/indirect-purchase-agent', // an agent page that does not say AI
  'http://entre-s.com/ceo-dairi-tandc/', // an FAQ chat on an academic society's site
  'https://www.2am-music.com/privacy', // an agent policy on a host that is not the product's
  'https://blog.nextto.ai/the-personal-chief-of-staff-an-operating-layer-for-people-who-already-have-too-much-in-their-head/', // a service that builds assistants for clients
  'https://aiteam.ae/glossary', // a managed agent service
  'https://www.agentsmith.agency/en/terms', // an agency
  'https://incote.click/politicas-agentes-ia', // an agency
  'https://xplusfinance.org/ai-terms-en.html', // a finance app, AI one feature
  'https://www.virtualassistant.com.au/termsService', // a virtual-assistant service, AI one part
  'https://www.88service.biz/', // alpha-test terms
  'https://www.tuneaibot.com/?p=343', // a bare `?p=` page
  'https://dev.brixi.ai/blogs/automated-phone-screening-candidates-hr-ops-playbook', // a development host
  'https://betahelpcenter.ismartsolulab.com/ai-agents/sourcing-agent-sam', // a beta host
  'https://www.tophertech.org/openclaw.html', // a personal site
  'https://tradebot.alexturner-portfolio.com/privacy.html', // a portfolio site
  'https://syncops.zooberim.com/privacy-policy', // a policy that does not say AI
  'https://invoice-processor.de/static/datenschutz.html', // a policy that does not say AI
  'https://www.swingaroo.ca/blank', // a missed-call texter that says it uses no AI
  'https://www.solaceagi.com/uk/blog/what-is-an-ai-worker', // seen only on its blog
  'https://workflowstackai.com/workflows/invoice-ar-chase-agent', // a workflow template library
  'https://raegan.ai/blog/what-is-an-ai-chief-of-staff/', // seen only on its blog
  'https://www.myfigaro.ai/blog/what-is-an-ai-chief-of-staff', // seen only on its blog
  'https://enterprise.righthand.ai/blog/master-plan', // seen only on its blog
  'https://the-square.io/blog/agent-ia-relance-factures-pme', // seen only on its blog
  'https://www.dilr.ai/blog/ai-voice-recruitment-candidate-screening-enterprise', // seen only on its blog
  'https://home.aiemployee.com/blog/ai-phone-agent-data-privacy', // seen only on its blog
  'https://synpromedia.com/blog/the-complete-ai-chief-of-staff-guide', // seen only on its blog
  'https://brainroad.com/ai-personal-assistant-for-small-business-what-it-can-do-and-what-you-should-approve/', // seen only on its blog
  'https://www.pivotapp.ai/blog/ai-agents-in-procurement-the-ultimate-guide', // seen only on its blog
  'https://klipy.ai/faq/ai-agent-security-procurement-questions', // seen only on its FAQ article
  'https://jobsinai.com/agents/faq', // an agent-job market, left out by the c18 pass too
];

const NAMESAKES = [
  'https://www.clawman.ai/', // beside Clawman (clawman.com)
  'https://www.generalemployee.ai/', // beside General Employee (generalemployee.com)
  'https://www.aiworksforus.com/', // beside aiworksforus (aiworksforus.io)
  'https://www.aifieldguide.com/', // beside AI Field Guide (ai-field-guide.com)
  'https://www.agentverse.com/', // beside AgentVerse (agentverse.run)
  'https://www.applyoperator.ai/', // beside ApplyOperator (applyoperator.com)
  'https://www.accountsreceivable.com/', // beside AccountsReceivable.ai
  'https://www.smallbusinesssupport.com/', // beside SBSS (smallbusinessessupport.services)
  'https://www.greendoor.ai/', // beside GreenDoorAI (greendoorai.com)
  'https://www.vendorzero.com/', // beside VendorZero (vendorzero.de)
  'https://www.invoiceconverter.com/', // beside Invoice-Converter.com
  'https://www.brewit.com/', // beside Brewit (brewit.ai)
  'https://www.datologist.com/', // beside Datologist (datologist.ai)
  'https://www.salesaio.com/', // beside SalesAIO (salesaio.perstoc.ai)
  'https://www.leadsia.com/', // beside Leadsia (leadsia.io)
  'https://www.letitrun.com/', // beside Let It Run (letitrun.ai)
  'https://www.raddivus.ai/', // beside Raddivus (raddivus.com)
  'https://www.adsrun.com/', // beside AdsRun (adsrun.ai)
  'https://www.strategybrain.com/', // beside StrategyBrain AI Recruiter (strategybrain.ca)
  'https://www.hoogway.com/', // beside Hoogway (hoogway.ai)
  'https://www.liv4all.ai/', // beside Liv (liv4all.com)
  'https://www.caibots.ai/', // beside CAIBots (caibots.com)
  'https://www.iagent.com/', // beside iAgent (iagent7.com)
  'https://www.updatemate.com/', // beside UpdateMate (updatemate.ai)
  'https://www.privatemind.ai/', // beside PrivateMind (privatemind.com)
  'https://www.hyponema.com/', // beside Hyponema (hyponema.ai)
  'https://www.revve.com/', // beside Revve (revve.ai)
  'https://www.ai-agents.com/', // beside AI Agent: AI Calling Assistant (ai-agents.in)
  'https://www.callgenie.com/', // beside CallGenie (supportcallgenie.com)
  'https://www.askandbook.com/', // beside AskAndBook (askandbook.app)
  'https://www.alwaysbooked.com/', // beside Always Booked (alwaysbookedai.ca)
  'https://www.brokai.com/', // beside BrokAI Labs (brokailabs.com)
  'https://www.aiflow.com/', // beside AIFlow (tegos-group.com/aiflow)
  'https://operator.ai/', // beside Operator (operator.fyi)
  'https://www.operatorfyi.com/', // beside Operator (operator.fyi)
];

describe('twenty-first-session AI-workers traps', () => {
  it('adds 34 rows, each with one domain or one prefix', () => {
    expect(longTailC21AiworkersTools.length).toBe(34);
    expect(
      longTailC21AiworkersTools.every(
        (t) => t.domains.length + t.urlPrefixes.length === 1 && t.apiEndpoints.length === 0,
      ),
    ).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC21AiworkersTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://salesaio.perstoc.ai/docs': 'salesaio',
      'https://tegos-group.com/aiflow/': 'aiflow-tegos',
      'https://docs.brewit.ai/docs/others/security': 'brewit',
      'https://docs.raddivus.com/account/security-and-privacy': 'raddivus',
      'https://docs.hyponema.ai/concepts/agents/': 'hyponema',
      'https://docs.privatemind.com/cloud-agents.html': 'privatemind',
      'https://www.revve.ai/docs/getting-started/what-is-a-chat-agent': 'revve-ai',
      'https://www.operator.fyi/ai-policy/': 'operator-fyi',
      'https://www.iagent7.com/docs/terms': 'iagent7',
      'https://accountsreceivable.ai/terms': 'accountsreceivable-ai',
      'https://www.strategybrain.ca/knowledge-base/industryInsights/linkedin_insights/recruiting_sourcing_definition_process_and_roles_2026/detail':
        'strategybrain-ai-recruiter',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
