// Traps beside the rows the twenty-eighth session's leads10 pass added (data/long-tail-c28-leads10.ts): the earlier
// passes' leads it confirmed on the vendors' own pages and the AI products the same look-ups met. Here: the ordinary
// sites next to them (the case-law source, telecom and voicemail docs, rule-based Jira assignment, 3D pool design,
// human or rule-based tax-protest services, a clinic, a recruitment agency), the shared-platform copies, drafts and
// left-out hosts the pass read, and sites whose names sit close to the new entries. Likely-AI hosts the pass could not
// confirm (stand-by.ai, JamRoll's hosts, hyper.ai, previsit.ca, voxbot.io, tener.ai, getpando.ai and others named in
// the data file's header) are leads, not traps. None of these may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC28Leads10Tools } from './data/long-tail-c28-leads10';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.convenientcaresolutions.com/telehealth-consent', // a care practice's consent form, beside the clinic AI tools
  'https://rnrs.solutions/privacy-policy', // a recruitment agency, beside the hiring tools
  'https://doc.didww.com/phone-systems/Call-flows/objects/voicemail.html', // a telecom's voicemail docs, beside VoiceDrop
  'https://help.gohighlevel.com/support/solutions/articles/155000006808-voicemail-drop-how-it-works-and-why-it-matters', // a CRM's voicemail-drop help article
  'https://appfire.atlassian.net/wiki/spaces/JEP/pages/10944869/Smart+Assignment+post+function', // rule-based Jira assignment
  'https://community.atlassian.com/forums/App-Central-articles/How-we-automated-Jira-issue-assignment-and-what-Atlassian-s/ba-p/3206090', // SnapAssign, round-robin rules
  'https://virtualpools.io/post/ai-pool-rendering-vs-3d-pool-design-software', // 3D pool design software, beside PropStage.ai
  'https://www.propertytaxpros.com/services/pro-appeal', // computer-generated comparables, no AI said, beside ProtestMax
  'https://www.protextax.com/copy-of-customexportinstructions', // a tax agent's protest process, beside ProtestMax
  'https://blog.texastaxprotest.com/blog/3-step-process-for-signing-up', // a protest firm's sign-up steps
  'https://www.legalcite.io/privacy.html', // citation lookups in CourtListener, no AI, beside BlueClaw
];

const SHARED_PLATFORMS = [
  'https://tenantlegal.ddns.net/privacy', // a legal tool on a dynamic-DNS host
  'https://mh-website-black.vercel.app/privacy-policy', // a hormone app's policy on a shared platform
  'https://nidar-etr.pages.dev/legal/consent', // a teleconsult consent page on a shared platform
  'https://nemos-landing.pages.dev/faq/is-nemos-private', // a copy of Némos's FAQ on a shared platform
  'https://nemoagent.pages.dev/privacy', // another Nemo (a finance app) on a shared platform
  'https://patientcopilot-kb.pages.dev/phone-system/calling/voicemail-drop-how-it-works-and-why-it-matters/', // a help copy on a shared platform
  'https://appeal-watch.pages.dev/trust.html', // a property-tax appeal draft on a shared platform
  'https://tax-practice-ai-docs.pages.dev/V1_COMPANION_REQUIREMENTS', // requirements notes on a shared platform
  'https://meeting-note-production.up.railway.app/privacy', // a meeting-notes extension's policy on a shared platform
  'https://lightning-fast-transcription.web.app/terms-of-service.html', // an app's terms on a shared platform
];

const LEFT_OUT = [
  'https://phoneout.tel/API-terms.html', // a draft telephony API for agents with "no built-in AI"
  'https://semestha.com/terms-of-use.html', // the Pinn app on its developer's site
  'https://forge.alexanderwhitestone.com/Timmy_Foundation/timmy-home/src/commit/ff7ea2d45e65be3dfd6ad3a7a350362dd83137d8/genomes/wolf/GENOME.md', // a personal code forge
  'https://www.nemosine.app/privacy', // a notes app whose AI features are not live, beside Némos
  'https://argilla.com.cn/privacy-policy', // a Chinese-language copy of Argilla's policy on a host whose owner is not named
];

const NAMESAKES = [
  'https://www.pinnacle-nyc.com/privacy-policy/', // a cleaning company, beside Pinnora (Pinnacle MAV Media)
  'https://www.pinnaclepreparatoryacademy.org/terms-of-service', // a school, beside Pinnora
  'https://suppliers.pinnacle1.com/Pinnacle-Group-Privacy-Policy.htm', // a staffing group's supplier portal
  'https://hyperionlabs.xyz/terms-and-conditions', // digital-asset accounting, beside Hyperbolic and HyperAI
  'https://cathygoodwin.com/podpitch/', // a podcaster's page on pitches, beside PodPitch
];

describe('twenty-eighth-session leads10: leads confirmed on their own pages', () => {
  it('adds 39 rows (three more went to passes merged before it), one in the europe region', () => {
    expect(longTailC28Leads10Tools.map((t) => t.id)).toEqual([
      'toloka',
      'argilla',
      'dria',
      'ertas',
      'kacti-ai',
      'blueclaw-law',
      'protestmax',
      'strokevoice',
      'preconsult',
      'talktomedi',
      'hormone-harmony',
      'hormora',
      'hormoneos',
      'genius-hormo',
      'calljolt',
      'call2me',
      'biz-call-pro',
      'novavoicerealty',
      'agentcall',
      'joolt-sophia',
      'jotnexus',
      'telzino',
      'thymia',
      'voicegram',
      'voicedrop',
      'jotme',
      'nemos',
      'nemo-agent',
      'nemory',
      'wolffish',
      'hirex-hr',
      'hirex-hq',
      'hirica-x',
      'ricru',
      'recruitease-pro',
      'recrutier',
      'klen-ai',
      'propstage-ai',
      'pinnora',
    ]);
    expect(catalogRegion('novavoicerealty')).toBe('europe');
    expect(catalogRegion('toloka')).toBe('global');
  });

  it('classifies each new host, the pages read on it and the hosts the same vendors use', () => {
    expectEachClassifiedAs(ownUrls(longTailC28Leads10Tools), { api: true });
    expectEachClassifiedAs(sourceUrls(longTailC28Leads10Tools));
    expectEachClassifiedAs({
      'https://toloka.ai/legal/self-service-agreement': 'toloka',
      'https://join.toloka.ai/legal/user-agreement': 'toloka',
      'https://www.ertas.ai/docs/faq': 'ertas',
      'https://www.kacti.ai/legal-intelligence/architecture': 'kacti-ai',
      'https://kacti.ai/engine': 'kacti-ai',
      'https://strokevoice.com/evidence': 'strokevoice',
      'https://calljolt.com/blog/guides/privacy-data-security-ai-phone-systems': 'calljolt',
      'https://api.call2me.app/docs.html': 'call2me',
      'https://gethirex.com/trust/privacy-policy': 'hirex-hr',
      'https://nemosapp.com/private-note-app': 'nemos',
      'https://preconsult.ai/privacy': 'preconsult',
      'https://agentcall.co/privacy': 'agentcall',
    });
  });

  it('leaves general sites, shared-platform copies, left-out pages and namesakes unclassified', () => {
    expectNoneClassified(GENERAL_SITES);
    expectNoneClassified(SHARED_PLATFORMS);
    expectNoneClassified(LEFT_OUT);
    expectNoneClassified(NAMESAKES);
  });
});
