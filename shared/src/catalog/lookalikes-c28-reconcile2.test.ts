// Traps beside the rows the twenty-eighth session's reconcile2 pass added (data/long-tail-c28-reconcile2.ts): the
// parents of the subdomain rows (EcoLink on docs.ecohash.com, the AI Stats Gateway on ai-stats.phaseo.app, Caesar's
// docs.caesar.org), the general sites next to each kind of tool it added (ad platforms beside the Amazon Ads agents,
// filings beside the research API, home-health regulators beside the scribe, video and listing sites beside the video
// and staging tools), the shared-platform copies and left-out pages the look-ups met, and names close to the new
// entries. None of them may classify; every new host must reach its own entry. The traps that older tests kept on the
// hosts listed here are dropped from those files (each header notes it) and the same pages are asserted below to reach
// the new entries.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC28Reconcile2Tools } from './data/long-tail-c28-reconcile2';
import { catalogRegion } from './data/regions';

const PARENTS = [
  'https://ecohash.com/', // the parent of EcoLink's docs host, not read
  'https://www.ecohash.com/', // the same
  'https://phaseo.app/', // the parent of the AI Stats Gateway's hosts, not read
  'https://www.phaseo.app/', // the same
  'https://caesar.org/', // the parent of Caesar's docs.caesar.org, not read
  'https://www.caesar.org/', // the same
];

const GENERAL_SITES = [
  'https://advertising.amazon.com/', // Amazon Ads, beside Picaro.AI and Pulson
  'https://www.sec.gov/', // company filings, beside Orbit and Caesar
  'https://www.cms.gov/', // the Medicare regulator (OASIS), beside Nestmed, AppealIt and DenialBase
  'https://www.youtube.com/', // video, beside ReelBot and ClipForge
  'https://www.zillow.com/', // property listings, beside Vestaro and ModelProp
  'https://www.hubspot.com/', // a CRM, beside SalesAura
  'https://app.readytensor.ai/publications/rag-assistant-uses-llm-vector-db-embeddings-systemsummary-prompts-save-json-history-display-it-c6uqAd4zRY2c', // a publication platform
  'https://www.slideshare.net/slideshow/property-management-software-architecture/229610988', // a slide-sharing site
];

const SHARED_PLATFORMS = [
  'https://lokali.polsia.app/blog/automate-i18n-github', // a localisation app's blog on a shared platform
  'https://flashcard-forge--konarkmurarka1.replit.app/privacy', // a flashcard app on a shared platform
  'https://world-lab-app.web.app/terms', // a 3D-world app's terms on a shared platform
  'https://delightful-river-0f932dd00.6.azurestaticapps.net/Terms', // a copy of Hyper3D's terms on a shared platform
  'https://fabric-docs-3kh.pages.dev/video/ai-shorts', // a shorts pipeline's docs on a shared platform
  'https://useia.pages.dev/', // a legal-AI guide on a shared platform
  'https://openledger.gitbook.io/openledger/openlora/workflow', // docs on a shared docs host
  'https://hts-code-auditor-0409-2004.pages.dev/privacy', // a tariff auditor's policy on a shared platform
];

const LEFT_OUT = [
  'https://lanawrai.com/privacy', // a template awaiting a lawyer
  'https://ominigate.ai/zh/privacy', // a policy to be finalised
  'https://www.dentraxai.com/terms-and-conditions', // terms with an "[ADDRESS]" placeholder
  'https://mailzy.us/terms-conditions', // an outline of terms
  'https://crowlit.com/legal/terms', // terms written as a template
  'https://www.quiz-quail.com/privacy', // a quiz-video maker, AI one feature
  'https://propria.be/en/ai-assistant/', // rental management, AI one feature
  'https://docs.enlytning.com/docs/ai/smart-content', // training materials, AI one feature
  'https://oikonotes.com/guide/chat', // a notes app, AI one feature
  'https://wacm.in/docs/features/ai-flow-builder', // WhatsApp marketing, AI one feature
  'https://wize.health/medicalwize/voice-enabled-emr-reduce-clinical-documentation-time/', // an EMR's article
  'https://www.quiz2m.link/legal/ai-privacy-policy', // a quiz tool, AI one feature
  'https://quizly.saschaheinze.de/pages/privacy.html', // an app on a personal host
  'https://notebookclone.ehatayama.synology.me/', // a self-hosted notebook on a personal host
  'https://www.belvantis.com/omnithink/privacy.html', // an app on a company host
  'https://www.goldenhorizons.io/capabilities/tenant-comms-pm/', // an automation agency
  'https://impetora.com/use-cases/internal-knowledge-ai', // an agency
  'https://s21gai.com/tools/blueprints/knowledge-neuron', // an agency's blueprints
];

const NAMESAKES = [
  'https://www.caesars.com/', // a casino group, beside Caesar
  'https://www.float.com/', // resource planning, beside Float16
  'https://www.nest.com/', // home devices, beside Nestmed
  'https://www.cruise.com/', // cruises, beside CloudCruise
];

describe('twenty-eighth-session reconcile2 traps', () => {
  it('adds 28 rows with their regions', () => {
    expect(longTailC28Reconcile2Tools.length).toBe(28);
    expect(catalogRegion('omni-one')).toBe('europe');
    expect(catalogRegion('float16-cloud')).toBe('southeast-asia');
    expect(catalogRegion('cloudcruise')).toBe('global');
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC28Reconcile2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite and the pages older tests trapped', () => {
    expectEachClassifiedAs(sourceUrls(longTailC28Reconcile2Tools));
    expectEachClassifiedAs({
      'https://docs.ecohash.com/fine-tuning/deploying-an-adapter': 'ecolink-ecohash',
      'https://docs.ai-stats.phaseo.app/v1/api-reference/endpoint/music-generate': 'ai-stats-gateway',
      'https://docs.caesar.xyz/api-reference/api-reference/research/create-chat-completion':
        'caesar-research-api',
      'https://api.caesar.xyz/research': 'caesar-research-api',
      'https://docs.caesar.org/': 'caesar-research-api',
      'https://docs.float16.cloud/getting-started/serverless-gpu/quick-start/mode': 'float16-cloud',
      'https://api.float16.cloud/v1/chat/completions': 'float16-cloud',
      'https://docs.picaro.ai/en/prompts/automation-rules/': 'picaro-ai',
      'https://docs.orbitfin.ai/4.-user-guide/4.5-off-the-shelf-bots/4.5.6-earning-call-calendar': 'orbitfin',
      'https://api.orbitfin.ai/v1/research/deep': 'orbitfin',
      'https://docs.inpolicy.ai/policybot/word/': 'inpolicy',
      'https://docs.inpolicy.ai/policybot/powerpoint/': 'inpolicy',
      'https://inpolicy.ai/faqs': 'inpolicy',
      'https://support.nestmed.com/capabilities/ambient-scribe': 'nestmed',
      'https://docs.cloudcruise.com/concepts/workflows': 'cloudcruise',
      'https://cloudcruise.com/blog/genesis': 'cloudcruise',
      'https://vestaro.ai/compare/object-removal-vs-decluttering': 'vestaro',
      'https://www.appealit.ai/privacy': 'appealit',
      'https://www.userintuition.ai/security/data-protection/': 'user-intuition',
      'https://www.userintuition.ai/posts/ai-interview-data-privacy-gdpr-compliance': 'user-intuition',
      'https://clip-forge.io/blog/podcasters-ai-short-form-video-empire-2026': 'clipforge-io',
    });
    expectEachClassifiedAs(
      { 'https://api.phaseo.app/v1/chat/completions': 'ai-stats-gateway' },
      { api: true },
    );
  });

  it('leaves parents, general sites, shared platforms, left-out pages and namesakes unclassified', () => {
    expectNoneClassified([...PARENTS, ...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
