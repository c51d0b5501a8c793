// Traps beside the rows the twenty-sixth session's sub-processor pass added (data/long-tail-c26-subproc.ts): the
// ordinary services those products' sub-processor lists name beside the model providers (telephony, real-time
// media, messaging, hosting, databases), the regulators and professional bodies next to each kind of tool it added
// (health, therapy, schools, brokerages, data protection), general SaaS whose sub-processor pages the pass read and
// left out, drafts, staging and shared-platform copies, policy trackers and directories, and sites whose names sit
// close to the new entries. None of them may classify; every new host must reach its own entry.
// At the merge: satur.app's blog on AI language tutors is no longer a trap; the launches pass listed Satur (an AI
// speaking-practice app) from that page (data/long-tail-c26-launches.ts).
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC26SubprocTools } from './data/long-tail-c26-subproc';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.twilio.com/', // telephony named by the voice agents' lists
  'https://livekit.io/', // real-time media named by Ophie and the interview tools
  'https://zoom.us/', // a meeting platform, beside ReMinutes
  'https://slack.com/', // the messaging platform NextKS answers in
  'https://supabase.com/', // a database named in many lists
  'https://www.hetzner.com/', // hosting named in many lists
  'https://edpb.europa.eu/', // the EU data-protection board
  'https://www.nhs.uk/', // a health service, beside Omi Scribe
  'https://www.bacp.co.uk/', // a counselling body, beside TheraScript
  'https://studentprivacy.ed.gov/', // student-privacy guidance, beside the school tools
  'https://www.centralbank.ie/', // the Irish regulator, beside AI Broker
  'https://www.brokersireland.ie/', // the brokers' association, beside AI Broker
  'https://www.calltrackingmetrics.com/legal/subprocessors/', // call tracking, AI one feature
  'https://www.physitrack.com/legal/sub-processors', // physiotherapy software
  'https://www.contractsafe.com/support/sub-processor-notice-microsoft-corporation-answers-to-frequently-asked-questions-faqs', // contract management, AI one feature
  'https://www.contactmonkey.com/dpa', // internal email, AI not its core
  'https://luminacaretherapy.co.uk/legal/subprocessors', // a therapy marketplace with an AI note assist
  'https://clinicflowai.app/legal/subprocessors', // optional AI skills (as the c20 clinic pass decided)
  'https://clausepilot.com/subprocessor-due-diligence-framework', // a framework page that does not say AI
  'https://docs.theca.com/legal/subprocessors', // an LLM line with no product description
  'https://www.intended.so/legal/ai-subprocessors-data-flow', // authority checks for other companies' agents
  'https://docs.alien.club/docs/architecture/ai-capabilities', // a data platform with AI workflows
  'https://mail.fluex.ai/blog-ai-sub-processors.html', // a blog on sub-processors in general
  'https://meetbot.dev/en/dpa', // a meeting-bot API, not AI
  'https://agentledgerpro.com/promo/privacy-policy', // real estate management software
  'https://canadyrealty.com/ai-policy', // a brokerage's AI policy
  'https://finlegal.ai/terms/sub-processor-list/2026-06-03', // a claims platform's medical AI (as before)
  'https://skillbuilder.club/aitacs-crm-subprocessors.html', // a practice CRM (as before)
];

const LEFT_OUT = [
  'https://trust.dtectvision.ai/legal/subprocessors/', // one component of an unlaunched product
  'https://docs.wordloop.ai/docs/work/meeting-recording/tdd/data-flow', // engineering design notes
  'https://clmspace.com/legal/subprocessors', // "Template under legal review"
  'https://www.mycoach.social/legal/subprocessors', // "[COMPANY NAME]"
  'https://appraisalreportaudit.com/legal/subprocessors', // "Placeholder"
  'https://callwise.awesomeworks.ai/en/legal/subprocessors', // a register pending legal verification
  'https://staging.hiroi.ai/legal/subprocessors', // a staging host
  'https://verticla.protimeconsulting.com/security', // a product on a consultancy's subdomain
  'https://automatedrealtor.io/blog/what-brokers-need-to-know-before-allowing-ai-tools', // a blog on AI in general
  'https://www.gradeorbit.co.uk/blog/does-ai-detection-share-student-work-with-third-parties', // a blog on AI in general
  'https://arthas.ai/blog/is-claude-safe-for-insurance', // a blog on AI in general
  'https://superada.ai/blog/anthropic-automates-claims-who-verifies-the-automation/', // a blog on AI in general
  'https://www.meetingsummary.io/blog/gdpr-meeting-recording', // a comparison site's blog
  'https://talky.talenty.ai/en/resources/whitepapers/technical-deep-dive-ai-voice', // a whitepaper on AI interviews in general
];

const SHARED_AND_DIRECTORIES = [
  'https://lending-agent-docs.vercel.app/privacy/sub-processors/', // docs on a shared platform
  'https://docs-contract-lucidity.pages.dev/ai-providers/azure-openai', // docs on a shared platform
  'https://antrophicnegotiations.pages.dev/blog/subprocessor-transparency-at-anthropic/', // a blog on a shared platform
  'https://openai-dotcom-dun.vercel.app/policies/sub-processor-list', // a copy of a provider page on a shared platform
  'https://ai-school-handleiding.web.app/en/docs/privacy-avg-security/subverwerkers', // AI-School's manual on a shared platform
  'https://gaudy-copper-e0c.notion.site/Subprocessors-1358211ec9e080bda220d4ac4706b2ed', // ChattyAI's list on a shared platform
  'https://novikapps-site.pages.dev/ai-product-description-agent/docs.html', // docs on a shared platform
  'https://productpilot.framer.website/privacy', // a policy on a shared platform
  'https://yap-2.gitbook.io/yap-docs/technology-and-implementation/ai-and-data', // docs on a shared platform
  'https://checkaiclaims.com/guides/ai-subprocessor-model-provider-claims', // a buyers' guide
  'https://conductatlas.com/platform/openai/openai-data-processing-addendum/sub-processor-authorization-and-objection/', // a policy tracker
  'https://aivendorpacket.com/vendors/azure-openai/dpa', // a review-packet seller
  'https://comparescribes.com/glossary/sub-processor', // a scribe comparison site
  'https://www.swanum.com/vendor-brief/gemini/', // vendor briefs
  'https://www.getclauseapp.com/third-party-services/elevenlabs', // a third-party services directory
  'https://www.getpageguard.com/privacy-clauses/elevenlabs', // privacy-clause pages
];

const NAMESAKES = [
  'https://www.vocui.ai/', // beside VocUI (vocui.com)
  'https://www.aibroker.com/', // beside AI Broker (aibroker.ie)
  'https://www.omi.com/', // beside Omi Scribe (omi.health)
  'https://www.voicecraft.com/', // beside VoiceCraft (voicescraft.app)
  'https://www.revrag.com/', // beside RevRag (revrag.ai)
  'https://www.fonema.com/', // beside Fonema (fonema.ai)
  'https://www.therascript.com/', // beside TheraScript (therascripts.com)
  'https://www.ophie.com/', // beside Ophie (ophie.app)
  'https://www.better-ed.com/', // beside better-ed (better-ed.ai)
  'https://teachwithcolin.org/', // beside teachwithcolin (teachwithcolin.com)
  'https://www.studysync.com/', // the English curriculum, beside StudySync on rfas.software
  'https://rfas.software/', // the parent host, not claimed
  'https://www.nomino.com/', // beside Nomino (nomino.pro)
  'https://aix.om/', // AIx Technologies' host, only minutes.aix.om is claimed
  'https://www.starpop.com/', // beside Starpop (starpop.ai)
  'https://smarteravatar.ai/', // beside SmarterAvatar (smarteravatar.com)
  'https://www.runflow.com/', // beside Runflow (runflow.io)
  'https://www.definable.com/', // beside Definable (definable.ai)
];

describe('twenty-sixth-session sub-processor traps', () => {
  it('adds 19 rows, each with one domain and no prefix', () => {
    expect(longTailC26SubprocTools.length).toBe(19);
    expect(longTailC26SubprocTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(catalogRegion('omi-scribe')).toBe('europe');
    expect(catalogRegion('reminutes')).toBe('middle-east');
    expect(catalogRegion('vocui')).toBe('global');
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC26SubprocTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC26SubprocTools));
    expectEachClassifiedAs({
      'https://www.vocui.com/': 'vocui',
      'https://aibroker.ie/': 'ai-broker-ie',
      'https://www.revrag.ai/': 'revrag',
      'https://fonema.ai/': 'fonema',
      'https://www.omi.health/': 'omi-scribe',
      'https://therascripts.com/legal/sub-processors': 'therascripts',
      'https://www.therascripts.com/help/general/how-does-the-ai-work': 'therascripts',
      'https://better-ed.ai/': 'better-ed',
      'https://www.nextks.com/': 'nextks',
      'https://www.starpop.ai/': 'starpop',
      'https://smarteravatar.com/': 'smarteravatar',
      'https://runflow.io/': 'runflow',
    });
  });

  it('leaves general sites, left-out hosts, shared platforms, directories and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...LEFT_OUT, ...SHARED_AND_DIRECTORIES, ...NAMESAKES]);
  });
});
