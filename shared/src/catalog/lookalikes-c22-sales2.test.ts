// Traps beside the rows the twenty-second session's second sales pass added (data/long-tail-c22-sales2.ts): the
// ordinary sites next to each kind of AI tool it added (CRMs, sales-data and proposal suites, conversation-intelligence
// and telephony suites, a sales-training firm, contractor marketplaces, public tender portals), the parents of the
// claimed subdomains, the shared-platform copies and left-out hosts the pass read, and sites whose names sit close to
// the new entries. None of them may classify; every new host must reach its own entry.
//
// Twenty-sixth session, leads8 pass: Kadence (startkadence.com) is listed by data/long-tail-c26-leads8.ts from its own
// blog describing Kadence's Voice AI answering insurance-agency calls, so the trap on its guide page was dropped.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC22Sales2Tools } from './data/long-tail-c22-sales2';

const GENERAL_SITES = [
  'https://www.salesforce.com/', // a CRM, beside the AI CRM assistants and deal canvas
  'https://www.hubspot.com/', // a CRM, beside the AI CRM assistants and call coaches
  'https://www.zoominfo.com/', // a B2B contact database, beside the AI prospecting tools
  'https://www.apollo.io/', // a B2B contact database, beside the AI prospecting tools
  'https://www.linkedin.com/sales/', // LinkedIn Sales Navigator, beside the AI prospecting tools
  'https://www.pandadoc.com/', // a proposal and quote suite, beside the AI quote generators
  'https://www.proposify.com/', // a proposal suite, beside the AI proposal drafts
  'https://www.loopio.com/', // an RFP response suite, beside the AI RFP tools
  'https://zoom.us/', // a meeting platform, beside the AI meeting bots
  'https://www.ringcentral.com/', // a telephony suite, beside the AI call coaches and voice agents
  'https://www.dialpad.com/', // a telephony suite, beside the AI call coaches
  'https://www.sandler.com/', // a sales-training firm, beside the AI role-play trainers
  'https://www.angi.com/', // a contractor marketplace, beside the AI estimate generators
  'https://www.thumbtack.com/', // a contractor marketplace, beside the AI estimate generators
  'https://www.homedepot.com/', // a home-improvement retailer, beside the AI remodel estimates
  'https://sam.gov/', // the US federal contracting portal, beside the AI RFP tools
  'https://www.find-tender.service.gov.uk/', // the UK tender portal, beside the AI tender tools
  'https://ted.europa.eu/', // the EU tender journal, beside the AI tender tools
  'https://www.tenders.gov.au/', // the Australian tender portal, beside the AI procurement tools
  'https://www.whatsapp.com/', // a messaging app, beside the AI sales agents
  'https://kalyxi.ai/', // the parent of SalesCoach AI's claimed subdomain
  'https://www.kalyxi.ai/', // the parent of SalesCoach AI's claimed subdomain
  'https://legacyconnect.ai/', // the parent of Sales Coach AI's claimed subdomain
  'https://www.legacyconnect.ai/', // the parent of Sales Coach AI's claimed subdomain
  'https://bidshelf.com/', // the parent of RFPScan's claimed subdomain
  'https://www.bidshelf.com/', // the parent of RFPScan's claimed subdomain
  'https://scan.next.bidshelf.com/privacy', // RFPScan's preview host, outside the claimed subdomain
  'https://mitigate.dev/', // the parent of Mitigate's procurement app
  'https://www.mitigate.dev/', // the parent of Mitigate's procurement app
];

const SHARED_PLATFORMS = [
  'https://callhelper.onrender.com/privacy.html', // a policy or page on a shared platform
  'https://beginrfp.pages.dev/terms', // a policy or page on a shared platform
  'https://crmphone-site.pages.dev/privacy', // a policy or page on a shared platform
  'https://caramel-knowledge-hub.pages.dev/billing/ai-credits/', // a policy or page on a shared platform
  'https://ai-reply-generator-1f1.pages.dev/privacy.html', // a policy or page on a shared platform
  'https://linkedin-reply.azurewebsites.net/privacy', // a policy or page on a shared platform
  'https://portal-three-rose.vercel.app/privacy', // a policy or page on a shared platform
  'https://tender-ai-pi.vercel.app/privacy', // a policy or page on a shared platform
  'https://getlinkedout.vercel.app/privacy-policy', // a policy or page on a shared platform
  'https://manishreddy01.github.io/connectnote-ai/PRIVACY', // a policy or page on a shared platform
  'https://openfunnel.mintlify.app/skills/research-an-enterprise-account', // a policy or page on a shared platform
  'https://samsearch.mintlify.app/features/proposal', // a policy or page on a shared platform
  'https://copyfactory.customerly.help/my-account/how-word-credits-work', // a help centre on a shared platform
  'https://aiscribe-legal-docs-california.s3.us-west-1.amazonaws.com/privacy-policy.html', // a policy on a storage host
];

const LEFT_OUT = [
  'https://geniusrfp.com/legal/terms', // a "Placeholder draft"
  'https://www.lesdevisdelhermine.fr/cgu', // a "DRAFT" CGU
  'https://www.aicleva.com/data-processing-overview', // a "Legal placeholder"
  'https://salesai.com/policy/data-processing-addendum', // a DPA dated "June [__]"
  'https://privacy.zws.ink/privacy/tender', // a "[SERVICE NAME]" template
  'https://get-dealai.com/?p=57', // a bare `?p=` page
  'https://conversed.ai/nl/?p=3', // a bare `?p=` page
  'https://www.salessense.app/privacy', // a call-coaching policy that names only speech-to-text
  'https://autorfp.ai/terms-of-use', // an MSA that does not say AI
  'https://enricheazy.com/privacy/', // a policy that does not say AI
  'https://prospectai.co/privacy', // a policy that says AI only in its name
  'https://www.tenderscout.co.za/privacy', // a policy that does not say AI
  'https://www.saleshud.app/legal/privacy', // a policy that does not say AI
  'https://prospect-iq.org/privacy', // a personal project for one authorised domain
  'https://startvest.ai/tools/sales-objection-handler/privacy.html', // a user-key extension
  'https://www.responsive.io/ai-supplementary-terms', // an AI add-on to RFP software
  'https://pro-posal.io/help/ai', // a proposal platform with AI generations as one feature
  'https://pact.place/docs/voice-notes', // a CRM with AI voice notes as one feature
  'https://sales-copilot.nebulalabs.com/privacy', // a Salesforce extension with AI field hints as one feature
  'https://crm.emacronai.com/dpa', // a CRM with AI features
  'https://rse-labs.com/research/voice-ai-for-roleplay-training', // a lab's research paper
  'https://polyant.ai/agents/sales-coach', // an agent delivered as a project
  'https://www.dealspeak.ai/blog/voice-practice-underutilized-car-sales', // seen only on its blog
  'https://pokamind.com/blogs/practice-gap-why-teams-fail-real-conversations/', // seen only on its blog
  'https://dextego.com/blog/2026/04/30/', // seen only on its blog
  'https://sales-coach.ai/blogs.php?post=007-dsgvo-ki-coaching-was-zaehlt', // seen only on its blog
  'https://www.saleai.ai/pt/blog/why-b2b-teams-struggle-with-proposals-and-how-ai-resolves-it', // seen only on its blog
  'https://www.intentpro.io/copy-of-privacy-policy', // a policy whose name and host do not match
  'https://knowledgebase.elblearning.com/rehearsal-what-is-roleplay', // a role-play product whose host was not met
  'https://nametoprofile.com/extension-support/linkedin-engagement-privacy', // an extension's policy page
  'https://cleantender.co.uk/resources/guides/ai-bid-tool-gdpr-compliance-uk', // seen only in a guide
  'https://aipiping.com/help-center-post/credit-system', // a credit page that says AI only in its name
  'https://www.aurorainbox.com/pt/2026/02/04/o-que-e-ia-conversacional', // kept as a trap by earlier passes
];

const NAMESAKES = [
  'https://www.sprouts.com/', // beside Sprouts.ai (sprouts.ai)
  'https://www.voze.io/', // beside Voze (voze.com)
  'https://www.sleak.com/', // beside Sleak (sleak.ai)
  'https://www.pipeguide.com/', // beside PipeGuide (pipeguide.tech)
  'https://www.snapquote.com/', // beside SnapQuote (snapquote.us)
  'https://www.quotedrop.com/', // beside QuoteDrop (quotedrop.ai)
  'https://www.estimateiq.com/', // beside EstimateIQ (estimateiq.tech)
  'https://www.enterleads.com/', // beside EnterLeads (enterleads.pro)
  'https://www.salescompass.com/', // beside SalesCompass (salescompass.ai)
  'https://www.salesguard.com/', // beside SalesGuard (salesguardapp.com)
  'https://www.insight7.com/', // beside Insight7 (insight7.io)
  'https://www.sifthub.com/', // beside SiftHub (sifthub.io)
  'https://www.animam.com/', // beside Animam (animam.ai)
  'https://www.saccharo.com/', // beside Saccharo (saccharo.ai)
  'https://www.tendor.com/', // beside Tendor (tendor.cc)
  'https://www.tenderai.com/', // beside TenderAI (tenderai.ai)
  'https://www.tenderiqs.com/', // beside TenderIQ (tenderiq.one)
  'https://www.contractcloud.com/', // beside Contract Cloud (contractcloud.com.au)
  'https://www.recalling.com/', // beside Recalling AI (recalling.online)
  'https://www.leadsbyyou.co.uk/', // beside LeadsByYou (leadsbyyou.com)
  'https://www.nynch.ai/', // beside Nynch (nynch.com)
];

describe('twenty-second-session sales (sales2) traps', () => {
  it('adds 29 rows, each with one domain except QuoteDrop and no prefix', () => {
    expect(longTailC22Sales2Tools.length).toBe(29);
    expect(longTailC22Sales2Tools.every((t) => t.urlPrefixes.length === 0)).toBe(true);
    expect(longTailC22Sales2Tools.filter((t) => t.domains.length !== 1).map((t) => t.id)).toEqual([
      'quotedrop',
    ]);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC22Sales2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://app.pipeguide.tech/data-processing': 'pipeguide',
      'https://app.pipeguide.tech/sub-processors': 'pipeguide',
      'https://recall.kalyxi.ai/privacy': 'salescoach-ai-kalyxi',
      'https://coach.legacyconnect.ai/terms': 'sales-coach-ai-legacyconnect',
      'https://www.oneclickcoaching.com/ai-usage.html': 'one-click-coaching',
      'https://www.salescompass.ai/terms': 'salescompass-ai',
      'https://salesguardapp.com/privacy': 'salesguard-app',
      'https://insight7.io/how-to-track-compliance-risk-using-ai-sentiment-scoring': 'insight7',
      'https://help.sifthub.io/hc/en-us/articles/28237247751452-Privacy-and-consent-in-Pulse': 'sifthub',
      'https://www.voze.com/resources/guides/anatomy-of-a-voice-note': 'voze',
      'https://sleak.ai/en/blog/gdpr-compliant-ai-sales-training': 'sleak-ai',
      'https://vertriebs-ai.de/agb': 'vertriebs-ai',
      'https://enterleads.pro/privacy-policy.html': 'enterleads',
      'https://leadsbyyou.com/privacy': 'leadsbyyou',
      'https://docs.sprouts.ai/account-intelligence/key-concepts-and-terminology': 'sprouts-ai',
      'https://www.nynch.com/wiki/deal-canvas-proposal-tab': 'nynch',
      'https://docs.animam.ai/guides/quote-engine': 'animam-ai',
      'https://www.recalling.online/dpa': 'recalling-ai',
      'https://formatocotizacion.com/terminos-y-condiciones': 'tu-formato-cotizacion',
      'https://quotedrop.ai/privacy': 'quotedrop',
      'https://jobestimate.app/privacy': 'quotedrop',
      'https://estimateiq.tech/privacy': 'estimateiq-tech',
      'https://www.proestimateai.com/privacy': 'proestimate-ai',
      'https://www.snapquote.us/privacy': 'snapquote-us',
      'https://scan.bidshelf.com/privacy': 'rfpscan-bidshelf',
      'https://docs.saccharo.ai/knowledge-base/company-information': 'saccharo-ai',
      'https://www.tendor.cc/privacy': 'tendor',
      'https://tenderai.ai/privacy': 'tenderai-ai',
      'https://tenderiq.one/privacy': 'tenderiq-one',
      'https://procurements.mitigate.dev/docs/en/compose/composing-rfp': 'mitigate-procurements',
      'https://www.contractcloud.com.au/post/ai-and-rfps-how-contract-cloud-transforms-procurement-from-first-draft-to-ongoing-management':
        'contract-cloud',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
