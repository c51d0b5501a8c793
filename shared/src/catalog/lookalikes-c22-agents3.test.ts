// Traps beside the rows the twenty-second session's third agents pass added (data/long-tail-c22-agents3.ts): the
// ordinary sites next to each kind of agent it added (telephony and business phone systems, scheduling, CRMs, LinkedIn,
// property portals, invoicing and accounting software, remote-desktop tools, car-parts and car-sales sites, live chat and
// help desks, a code host, e-signature, file and OCR vendors, workflow automation tools, WhatsApp), the parents of the
// claimed subdomains and the shop around the claimed prefix, the shared-platform copies and the left-out hosts the pass
// read, and sites whose names sit close to the new entries. None of them may classify; every new host must reach its own
// entry.
//
// At the merge of the twenty-second session: www.getmyai.ai (GetMyAI) was listed from the vendor's own page
// (data/long-tail-c22-mergefix.ts), so its trap was dropped.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC22Agents3Tools } from './data/long-tail-c22-agents3';

const GENERAL_SITES = [
  'https://www.twilio.com/', // a telephony platform, beside the AI voice agents
  'https://www.ringcentral.com/', // a business phone system, beside the AI receptionists
  'https://www.sipgate.de/', // a German telephony provider, beside the German AI phone agent
  'https://www.placetel.de/', // a German cloud phone system, beside the German AI phone agent
  'https://www.telnyx.com/', // a telephony provider, beside the AI voice agents
  'https://calendly.com/', // a scheduling tool, beside the agents that book meetings
  'https://www.hubspot.com/', // a CRM, beside the AI chat and sales agents
  'https://www.pipedrive.com/', // a CRM, beside the AI chat and sales agents
  'https://www.linkedin.com/', // the professional network, beside the warm-introduction planner
  'https://www.idealista.com/', // a property portal, beside the real-estate WhatsApp assistant
  'https://www.inmuebles24.com/', // a Mexican property portal, beside the real-estate WhatsApp assistant
  'https://www.lexoffice.de/', // invoicing software, beside the AI dunning agent
  'https://www.pennylane.com/', // French accounting software, beside the AI dunning agent
  'https://www.sevdesk.de/', // invoicing software, beside the AI dunning agent
  'https://www.teamviewer.com/', // remote-desktop software, beside the desktop and computer-use agents
  'https://anydesk.com/', // remote-desktop software, beside the desktop and computer-use agents
  'https://www.autodoc.de/', // a car-parts shop, beside the AI phone agent for auto service centres
  'https://www.bilbasen.dk/', // a Danish car marketplace, beside the AI phone agent for auto service centres
  'https://www.livechat.com/', // a live-chat tool, beside the AI chat agents
  'https://www.zendesk.com/', // a help desk, beside the AI chat agents
  'https://github.com/', // a code host, beside the AI software agents
  'https://www.docusign.com/', // an e-signature service, beside the AI document-processing cloud
  'https://www.dropbox.com/', // a file host, beside the AI document-processing cloud
  'https://www.abbyy.com/', // an OCR vendor, beside the AI document-processing cloud
  'https://www.make.com/', // a workflow automation tool, beside the LLM workflow builders
  'https://zapier.com/', // a workflow automation tool, beside the LLM workflow builders
  'https://www.whatsapp.com/', // the messaging app, beside the WhatsApp AI agents
];

const PARENTS = [
  'https://enpointe.io/', // the parent of Workflow's claimed subdomain
  'https://www.enpointe.io/', // the parent of Workflow's claimed subdomain
  'https://aisoftwareservices.ro/', // the parent of Agent AI's claimed subdomain
  'https://www.aisoftwareservices.ro/', // the parent of Agent AI's claimed subdomain
  'https://schnell.digital/', // the parent of the AI Kit's claimed subdomain
  'https://www.schnell.digital/', // the parent of the AI Kit's claimed subdomain
  'https://mixedmakershop.com/', // the shop around the Autonomous Desktop Agent prefix
  'https://mixedmakershop.com/shop', // the shop around the Autonomous Desktop Agent prefix
];

const SHARED_PLATFORMS = [
  'https://ai-receptionist-app--ai-receptionist-cb48a.us-central1.hosted.app/privacy', // a policy or page on a shared platform
  'https://workerflow-website.pages.dev/privacy', // a policy or page on a shared platform
  'https://textmyagent-v3-draft.pages.dev/privacy', // a policy or page on a shared platform
  'https://linkedin-reply.azurewebsites.net/privacy', // a policy or page on a shared platform
  'https://koreai-v2-home-nav.mintlify.app/agent-platform-v2/platform-overview', // a policy or page on a shared platform
  'https://boilerplate-ten-tau.vercel.app/post/chatbots-og-gdpr-slik-overholder-du-personvernregler', // a policy or page on a shared platform
  'https://leadlink-ai.github.io/leadlink-ai-docs/privacy-policy.markdown', // a policy or page on a shared platform
  'https://tubegraph.vercel.app/aidotengineer/due_diligence_in_finance_workflows', // a policy or page on a shared platform
  'https://livesuggest-web.pages.dev/fr/consent', // a policy or page on a shared platform
  'https://chase-williams-com.pages.dev/terms/', // a policy or page on a shared platform
  'https://handbook-hld.pages.dev/curriculum/ai-ml-system-design/realtime-ai-voice-agents/', // a policy or page on a shared platform
];

const LEFT_OUT = [
  'https://voiceops.net/privacy', // a draft policy with a "[Company Name]" placeholder
  'https://welo-dev.mundt-it.de/datenschutz', // a development host with "[FIRMA]" placeholders
  'https://www.agnxxt.com/acceptable-use-policy', // an "[Insert Date]" placeholder
  'https://www.hexelstudio.com/legal/acceptable-use', // a template notice
  'https://agnt8x.ai/aup', // a draft for legal review
  'https://lektoria.eu/en/datenschutz', // a draft scaffold
  'https://www.telemancer.io/privacy.html', // a telephony policy that never says AI
  'https://aptiva.cloud/privacy-policy', // a Voice Agent policy that never says AI
  'https://vox.docs.scopes.consulting/legal/libertes.html', // a conversational agent page that never says AI
  'https://docs.joai.ai/teams', // team docs that never say AI
  'https://docs.xybern.com/agents/team/', // team docs that never say AI
  'https://www.getveless.com/acceptable-use', // an acceptable-use policy that never says AI in the part read
  'https://www.web4guru.com/docs/concepts/credit-system/', // credit docs naming model tokens only
  'https://docs.guayaba.run/documentation/api-reference/billing-and-credits', // billing docs naming LLM costs only
  'https://docs.pragmatismo.com.br/17-autonomous-tasks/workflow.html', // task docs that never say AI
  'https://trust.myflow.io/ai', // a general product's AI page
  'https://help.aesthetixcrm.com/en/articles/1346-voice-ai-outbound-calling', // a CRM's Voice AI feature
  'https://help.chosenhq.com/guides/scheduling/email-assistant', // a scheduling tool's AI assistant
  'https://www.kommo.com/support/crm/ai-agent-workflow', // a CRM's AI agents
  'https://docs.firstwork.com/knowledge-base/ai-agent-rpa-detail', // an HR platform's browser agents
  'https://respond.io/pt/help/ai-agent-actions/ai-agent-action-handle-calls', // a messaging platform's AI agent
  'https://zadarma.com/pt/blog/ai-voice-agent-pbx-use-cases', // a PBX provider's voice-bot integrations
  'https://workflowmachine.com/privacy', // a workflow automation platform, AI one part
  'https://outreachkoi.com/privacy', // LinkedIn automation with AI-personalised messages
  'https://devplace.net/docs/tools-deepsearch.html', // a developer site's research tool
  'https://aip-docs.app.querypie.com/ja/admin-guide/agent-management', // a security vendor's AI platform docs
  'https://docs.serviceme.com/jp/docs/next/AI%20Studio/AI-Studio/My-Studio', // an enterprise suite's AI Studio docs
  'https://docs.affzero.com/automations/describe-it', // an affiliate tracker's AI automation builder
  'https://lunioncom.com/cgv-ia', // an agency
  'https://ilmiobot.it/termini-e-condizioni', // an installation service
  'https://incote.click/politicas-agentes-ia', // an agency
  'https://opennash.com/blog/ai-receptionist-for-law-firms-intake-conflicts-escalation/', // an agency blog
  'https://www.gosign.de/ai-assistenten', // a consultancy
  'https://ijonis.com/ki-agenten-unternehmen', // an agency article
  'https://neurotechnus.com/en/neurotechnus-product-pricing/', // a done-for-you service
  'https://lektera.com/privacy', // an automation service for trades
  'https://www.agentsmith.agency/en/terms', // an agency
  'https://www.bookflow-ai.com/blog/tcpa-consent-and-ai-calls-what-teams-should-document', // seen only on its blog
  'https://www.voxfra.com/blog/ai-receptionist-for-law-firms', // seen only on its blog
  'https://www.tala-assistant.com/blog/ia-vocale-rgpd-la-checklist-conformite-2025', // seen only on its blog
  'https://help.talkeriq.com/en/articles/13421262-outbound-calling-compliance-tcpa-what-businesses-must-know', // a generic compliance article
  'https://www.tryspeakeasy.io/blog/build-ai-voice-agent-speech-api', // seen only on its blog
  'https://clearedgeresearch.com/learn/ai-market-research-citation-test', // a research firm article
  'https://equilima.com/learn/agent-assisted-due-diligence-checklist', // an education series
  'https://agenno.org/blog/plain-english-automation-what-it-means', // a blog post
  'https://solvea.cx/blog/secure-ai-intake-law-firms-routing-calls', // a blog post, possibly VOC.AI's Solvea
  'https://emilyaidigital.uk/oauth/privacy', // a private assistant
  'https://calendar-agent.saanchalrentals.com/terms', // a private family tool
  'https://www.wardwoodshop.com/privacy-policy', // a "[Your App Name]" template policy
  'https://safepayment.ai/terms-of-service', // payment routing for voice agents, not AI itself
  'https://opena2a.org/aibrowserguard/privacy', // a guard against AI agents, not AI itself
  'https://agentbuilders.app/acceptable-use', // a hosting layer, as the c18 pass decided
  'https://docs.goclaw.diginext.site/en/teams/01-teams.html', // self-hosted framework docs
  'https://docs.xhipai.com/teams/overview', // framework docs
  'https://haulis.com/answerio-privacy-en.html', // Answerio, as the c17 voice pass decided
  'https://godetailpro.com/terms', // terms of a product named differently from its host
  'https://www.argocruce.com/datenschutz.php', // a policy with no product name
  'https://amimg.crxsoso.com/en-US/firefox/addon/sendout-ai-linkedin-automation/privacy', // an extension-store mirror
  'https://velocity-ai.my/computer-use', // a demo page with no product description
];

const NAMESAKES = [
  'https://www.flint.com/', // beside Flint (useflint.ai)
  'https://useflint.com/', // beside Flint (useflint.ai)
  'https://www.skylight.com/', // beside Skylight (launchskylight.com)
  'https://www.skylightframe.com/', // beside Skylight (launchskylight.com)
  'https://www.xpress.com/', // beside Xpress AI (xpress.ai)
  'https://www.voicepal.com/', // beside The Voice Pal (thevoicepal.com)
  'https://www.chattervox.com/', // beside AI ChatterVox (aichattervox.com)
  'https://www.chatagents.com/', // beside Chatagents.io (chatagents.io)
  'https://www.humaify.com/', // beside Humaify (humaify.de)
  'https://www.prowex.com/', // beside Prowex (prowex.ai)
  'https://www.agentland.de/', // beside Agentland.saarland (agentland.saarland)
  'https://www.abundly.com/', // beside Abundly (abundly.ai)
  'https://www.agentruntime.com/', // beside AgentRuntime (agentruntime.io)
  'https://www.ohwow.com/', // beside ohwow (ohwow.fun)
  'https://www.aisoftware.com/', // beside Agent AI (agent.aisoftwareservices.ro)
  'https://www.workerflow.com/', // beside Workerflow.ai (workerflow.ai)
  'https://www.autn.com/', // beside Autn (autn.io)
  'https://www.desktop.com/', // beside UseDesktop (usedesktop.com)
  'https://www.lapu.com/', // beside Lapu AI (lapu.ai)
  'https://www.chative.com/', // beside Chative (chative.io)
  'https://www.umiplex.ai/', // beside Umiplex (umiplex.com)
  'https://www.smartvoicehub.ai/', // beside SmartVoiceHub (smartvoicehub.com)
  'https://www.autointelligent.com/', // beside AutoIntelligent (autointelligent.eu)
  'https://www.hazcita.mx/', // beside HazCita (hazcita.com)
  'https://www.billabex.fr/', // beside Billabex (billabex.com)
  'https://www.textmyagent.com/', // beside TextMyAgent (yourtextagent.com)
  'https://www.inlinked.com/', // beside InLinked (inlinked.io)
  'https://www.247agents.com/', // beside 247Agents (247agents.io)
  'https://www.enpointe.com/', // beside Workflow (workflow.enpointe.io)
  'https://www.research-ai.org/', // beside Reseach AI (reseach-ai.org)
  'https://www.lector.io/', // beside lector.ai (lector.ai)
  'https://www.lector.com/', // beside lector.ai (lector.ai)
];

describe('twenty-second-session agents (agents3) traps', () => {
  it('adds 32 rows, each with one domain or one prefix', () => {
    expect(longTailC22Agents3Tools.length).toBe(32);
    expect(
      longTailC22Agents3Tools.every(
        (t) => t.domains.length + t.urlPrefixes.length === 1 && t.apiEndpoints.length === 0,
      ),
    ).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC22Agents3Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://app.openagentsbuilder.com/content/terms': 'open-agents-builder',
      'https://docs.abundly.ai/features/documents': 'abundly',
      'https://docs.launchskylight.com/features/agents/built-in': 'skylight-agent',
      'https://docs.xpress.ai/how-to/agents/assign-desktop-to-agent': 'xpress-ai',
      'https://docs.ai-kit.schnell.digital/best-practices/data-privacy-in-automations': 'ai-kit-schnell',
      'https://support.billabex.com/portal/fr/kb/articles/fonctionnement-de-l-agent-ia': 'billabex',
      'https://legal.app.lector.ai/html/lector.ai_agbs.html': 'lector-ai',
      'https://mixedmakershop.com/autonomous-desktop-agent/privacy': 'autonomous-desktop-agent',
      'https://www.ohwow.fun/docs/credits-and-plans': 'ohwow',
      'https://workflow.enpointe.io/privacy-policy/': 'enpointe-workflow',
      'https://agent.aisoftwareservices.ro/privacy-policy': 'agent-ai-aisoftwareservices',
      'https://yourtextagent.com/blog/what-is-a-personal-ai-agent/': 'textmyagent',
      'https://smartvoicehub.com/pl/terms-and-conditions': 'smartvoicehub',
      'https://autointelligent.eu/en/privacy.html': 'autointelligent',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...PARENTS, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
