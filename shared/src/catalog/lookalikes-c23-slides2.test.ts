// Traps beside the rows the twenty-third session's second slides and office-documents pass added
// (data/long-tail-c23-slides2.ts): the ordinary sites next to each kind of AI office tool it added (slide editors,
// public-procurement and grant portals, proposal platforms, diagram and form builders, SOP software, analytics, an
// education department, start-up and small-business agencies, a professional network, a website builder, a philosophy
// encyclopedia), the parents and siblings of the two hosts claimed alone, the shared-platform copies and the left-out
// hosts the pass read, and sites whose names sit close to the new entries. None of them may classify; every new host
// must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC23Slides2Tools } from './data/long-tail-c23-slides2';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.microsoft.com/en-us/microsoft-365/powerpoint', // PowerPoint, beside the AI slide makers and add-ins
  'https://www.google.com/slides/about/', // Google Slides, beside the AI slide makers
  'https://sam.gov/', // US federal solicitations, beside the AI RFP and proposal writers
  'https://www.grants.gov/', // US federal grants, beside the AI grant writer
  'https://www.contractsfinder.service.gov.uk/', // UK public tenders, beside the AI bid writer
  'https://candid.org/', // a nonprofit grants database, beside the AI grant writer
  'https://www.pandadoc.com/', // a proposal and e-signature platform, beside the AI proposal writers
  'https://qwilr.com/', // a proposal platform, beside the AI proposal writers
  'https://www.servicetitan.com/', // trade-contractor software, beside the AI proposal writer for trades
  'https://www.drawio.com/', // a diagram editor, beside the AI diagram generators
  'https://app.diagrams.net/', // a diagram editor, beside the AI diagram generators
  'https://dbdiagram.io/', // an ERD editor, beside the AI ERD generators
  'https://www.typeform.com/', // a form builder, beside the AI form builder
  'https://www.jotform.com/', // a form builder, beside the AI form builder
  'https://www.sweetprocess.com/', // SOP software, beside the AI SOP writer
  'https://analytics.google.com/', // web analytics, beside the AI agency-reporting tool
  'https://www.education.gov.au/', // an education department, beside the AI school-report comment writer
  'https://www.k-startup.go.kr/', // Korean start-up funding, beside the Korean AI business-plan writer
  'https://www.sba.gov/', // small-business guidance, beside the AI business-plan writers
  'https://www.linkedin.com/', // a professional network, beside the AI resume-to-website builders
  'https://www.squarespace.com/', // a website builder, beside the AI resume-to-website builders
  'https://plato.stanford.edu/', // a philosophy encyclopedia, beside the AI philosopher chat
];

const PARENTS_AND_SIBLINGS = [
  'https://thechatbotgenius.com/', // the parent of White Paper System's claimed subdomain
  'https://www.thechatbotgenius.com/', // the parent of White Paper System's claimed subdomain
  'https://webiculum.com/', // webiculum's root, not claimed (only app.webiculum.com is)
  'https://www.webiculum.com/', // webiculum's root, not claimed (only app.webiculum.com is)
  'https://maria.webiculum.com/', // a CV website webiculum could publish on a subdomain
];

const SHARED_PLATFORMS = [
  'https://meeting-note-production.up.railway.app/privacy', // a policy or page on a shared platform
  'https://hirusha-devops.duckdns.org/privacy', // a policy or page on a shared platform
  'https://easywork4you.vercel.app/privacy', // a policy or page on a shared platform
  'https://support-hr-platform.pages.dev/articles/documents/use-ai-template-builder', // a policy or page on a shared platform
  'https://pitchduck-real-deck-embed.pages.dev/privacy.html', // a policy or page on a shared platform
  'https://openflowkit-docs.pages.dev/ai-generation', // a policy or page on a shared platform
  'https://upwork-proposal-writer-production.up.railway.app/privacy', // a policy or page on a shared platform
  'https://masadaqmk.github.io/upwork/privacy.html', // a policy or page on a shared platform
  'https://zeroblind2025.github.io/Sop-writer-legal', // a policy or page on a shared platform
  'https://mohammadasif-sde.github.io/Open-PrivacyPolicy/capturesop-privacy-policy.html', // a policy or page on a shared platform
  'https://reflectai-production-9eae.up.railway.app/privacy.html', // a policy or page on a shared platform
  'https://proposalcraft-3v9.pages.dev/privacy', // a policy or page on a shared platform
  'https://app-05-proposal-generator.vercel.app/privacy', // a policy or page on a shared platform
  'https://grant-ai-indol.vercel.app/privacy.html', // a policy or page on a shared platform
  'https://powergrant-marketing.pages.dev/privacy', // a policy or page on a shared platform
  'https://sara-chatbot.vercel.app/privacy', // a policy or page on a shared platform
  'https://pdfgen-api.vercel.app/privacy', // a policy or page on a shared platform
  'https://mapen-web.pages.dev/policy/privacy', // a policy or page on a shared platform
  'https://opstatement.duckdns.org/privacy', // a policy or page on a shared platform
  'https://dhwm8qm6dq90h.cloudfront.net/ai-guideline', // a policy or page on a shared platform
  'https://ivo-website.webflow.io/privacy', // a policy or page on a shared platform
  'https://pool-butter-d20.notion.site/Privacy-Policy-14d9a4c9d7f942e1963b6396eaca04ec', // a policy or page on a shared platform
];

const LEFT_OUT = [
  'https://www.proposalai.ai/privacy', // a policy template with bracketed sections to replace
  'https://www.sopsai.io/privacy', // a draft with "[LEGAL_ENTITY_NAME]"
  'https://penstip.com/privacy', // a draft with a pptsaas.example address
  'https://privacy.zws.ink/privacy/tender', // a tender-service template with placeholders
  'https://brightlayerstudio.xyz/form-builder-updated/privacy.php', // a template notice
  'https://ivora.life/privacy', // "[Your Business Address]"
  'https://preznt.online/privacy', // a deck service whose own backend calls no model
  'https://cvtowebsite.com/privacy-policy.php', // a page that does not say the product uses AI
  'https://www.formcreatorai.com/Security-Privacy', // a page that does not say the product uses AI
  'https://www.chat2mind.site/privacy', // a page that does not say the product uses AI
  'https://flegrowth.co.jp/service/dx-web/kakiage-kun/terms', // a page that does not say the product uses AI
  'https://www.charitygrantwriter.com/privacy', // a page that does not say the product uses AI
  'https://www.grantfounders.com/privacy', // a page that does not say the product uses AI
  'https://tryformai.xyz/privacy', // a page that does not say the product uses AI
  'https://buildform.ai/privacy/', // a page that does not say the product uses AI
  'https://www.portfol.site/privacy', // a page that does not say the product uses AI
  'https://usmanhaider.dev/privacy', // a page that does not say the product uses AI
  'https://pitchera.ai/privacy', // a page that does not say the product uses AI
  'https://aidrawio.com/ja/ai-erd-generator', // a page that does not say the product uses AI
  'https://teachboard.app/terms.html', // a general product where AI is one feature
  'https://www.reslift.io/privacy', // a general product where AI is one feature
  'https://simple-cv-builder.com/privacy.php', // a general product where AI is one feature
  'https://www.graph-maker.ai/privacy', // a general product where AI is one feature
  'https://www.glideflow.pro/privacy', // a general product where AI is one feature
  'https://www.coolform.co/privacy', // a general product where AI is one feature
  'https://surveythis.online/docs/ai-analysis', // a general product where AI is one feature
  'https://survey.yesucan.co.kr/en/legal/terms', // a general product where AI is one feature
  'https://ideanote.io/legal/ai-terms', // a general product where AI is one feature
  'https://corridraw.com/docs/ai/ai-generate/', // a general product where AI is one feature
  'https://www.reportburster.com/docs/artificial-intelligence', // a general product where AI is one feature
  'https://getdeckle.dev/privacy', // a general product where AI is one feature
  'https://www.aicarpus.com/forms-iq-privacy-policy', // a general product where AI is one feature
  'https://ainotetaker.zladson.com/legal/privacy', // a personal or studio host, as earlier passes decided
  'https://knowme.cv/privacy', // a portfolio builder whose published pages may sit on its host
  'https://www.sop-prompter.online/privacy', // an interview copilot app and extension
  'https://aichartmotion.com/privacy', // a macOS app
  'https://www.flow2chat.com/privacy-policy', // a local browser extension
  'https://securedgateway.link/privacy-policy.html', // a local browser extension
  'https://cleantender.co.uk/resources/guides/ai-bid-tool-gdpr-compliance-uk', // seen only on a blog, guide or marketing page
  'https://calcstack.co/blog/ai-powered-diagramming-future-of-visual-communication', // seen only on a blog, guide or marketing page
  'https://www.aidiagrammaker.com/blog/ai-erd-diagram-generator', // seen only on a blog, guide or marketing page
  'https://accountmade.com/blog/ai-ddq-automation-that-knows-when-not-to-answer', // seen only on a blog, guide or marketing page
  'https://supamakers.com/learn/ai-for-govcon/ai-fundamentals', // seen only on a blog, guide or marketing page
  'https://zaxim.app/privacy', // seen only on a blog, guide or marketing page
  'https://grants.club/kb/ai-future-of-grants/building-your-ai-grants-policy.html', // seen only on a blog, guide or marketing page
  'https://www.executivecompass.co.uk/blog/news/ai-in-bid-writing/', // a consultancy, agency or guide
  'https://www.layer3labs.io/templates/ai-document-generation-sop', // a consultancy, agency or guide
  'https://cueball.ai/courses/full-cycle-hr-ai/lessons/when-to-automate-hiring-spotting-the-real-wins', // a consultancy, agency or guide
  'https://iverel.com/ai-services-terms', // a consultancy, agency or guide
  'https://truetech.dev/ai-development/services/nlp/meeting-minutes-auto-generation.html', // a consultancy, agency or guide
  'https://ergini.com/blog/ai-meeting-notes', // a consultancy, agency or guide
  'https://cyberax.com/ai-playbook/vendor-risk-assessment', // a consultancy, agency or guide
  'https://lintgrc.com/ai-governance/ai-vendor-security-questionnaire-llm-due-diligence-checklist/', // a consultancy, agency or guide
  'https://reflectmind.com/de/blog/ki-tools-dsgvo-datenschutz-praesentationen', // seen only on a blog, guide or marketing page
  'https://cabrilloclub.com/insights/ai-proposal-writing-for-gov-contracts-automation-vs-compliance', // seen only on a blog, guide or marketing page
  'https://smallai.in/blogs/diagram-anything-templates', // seen only on a blog, guide or marketing page
  'https://www.gpt-forms-creator.com/privacy-policy', // a ChatGPT app, not a standalone service
];

const NAMESAKES = [
  'https://www.interpol.int/', // beside Iterpol (iterpol.com)
  'https://www.slidepatch.io/', // beside Slide Patch (slidepatch.com)
  'https://www.sliderun.com/', // beside SlideRun (sliderun.ai)
  'https://www.slidekick.com/', // beside SlideKick (slidekick.it)
  'https://www.ivern.com/', // beside Ivern Slides (ivern.ai)
  'https://www.bidscript.com/', // beside BidScript (bidscript.co.uk)
  'https://www.proposem.io/', // beside Proposem (proposem.com)
  'https://www.xdocs.com/', // beside xdocs (xdocs.app)
  'https://www.sopdoc.com/', // beside SOPdoc (sopdoc.ai)
  'https://www.diagramforge.com/', // beside DiagramForge (diagramforge.dev)
  'https://www.flowcraft.com/', // beside FlowCraft (flowcraft.app)
  'https://www.bizketch.com/', // beside Bizketch (bizketch.ai)
  'https://www.mindspar.com/', // beside Mindspar (mindspar.app)
  'https://www.sparklink.com/', // beside sparklink.bio
  'https://www.pilora.com/', // beside ShipReport (getpilora.com)
];

describe('twenty-third-session slides and office-documents (slides2) traps', () => {
  it('adds 30 rows, each with one domain (GrantGPT two) and no prefix, three of them regional', () => {
    expect(longTailC23Slides2Tools.length).toBe(30);
    expect(longTailC23Slides2Tools.every((t) => t.urlPrefixes.length === 0)).toBe(true);
    expect(longTailC23Slides2Tools.filter((t) => t.domains.length !== 1).map((t) => t.id)).toEqual([
      'grantgpt-mygrantgpt',
    ]);
    expect(catalogRegion('bizketch')).toBe('korea');
    expect(catalogRegion('bizplanner-israel')).toBe('middle-east');
    expect(catalogRegion('thedigitalresume-in')).toBe('india');
    expect(longTailC23Slides2Tools.filter((t) => catalogRegion(t.id) === 'global').length).toBe(27);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC23Slides2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite', () => {
    expectEachClassifiedAs(sourceUrls(longTailC23Slides2Tools));
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([
      ...GENERAL_SITES,
      ...PARENTS_AND_SIBLINGS,
      ...SHARED_PLATFORMS,
      ...LEFT_OUT,
      ...NAMESAKES,
    ]);
  });
});
