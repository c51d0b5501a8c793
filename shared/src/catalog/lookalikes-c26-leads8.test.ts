// Traps beside the rows the twenty-sixth session's leads8 pass added (data/long-tail-c26-leads8.ts): the ordinary sites
// next to each kind of AI tool it added (meeting-video and captioning vendors beside MediaScribe, insurance and CRM
// software beside Kadence, mortgage software beside Addy AI, crisis lines beside NOPE, design and print sites beside the
// image tools, procurement portals beside Projectory, YouTube analytics beside Outlier, collection agencies and dialers
// beside the collection agents, Instagram and DM tools beside the DM agents, trading sites beside ChartMentor, Czech
// language sites beside korekthor), the shared-platform, staging and mirror copies, the left-out hosts the pass read,
// and sites whose names sit close to the new entries. None of them may classify; every new host must reach its own
// entry. The traps older tests kept on MediaScribe, Kadence and Outlier are dropped from those files and listed in the
// data file's header.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC26Leads8Tools } from './data/long-tail-c26-leads8';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.tightropemedia.com/', // MediaScribe's maker's general site
  'https://support.cablecast.tv/s/articles/how-cablecast-and-mediascribe-narrate-work-together', // Tightrope's general product
  'https://www.ada.gov/', // accessibility rules, beside MediaScribe
  'https://www.appliedsystems.com/', // insurance-agency software, beside Kadence
  'https://www.hubspot.com/', // a CRM, beside Kadence and the DM agents
  'https://www.icemortgagetechnology.com/', // a mortgage LOS, beside Addy AI
  'https://www.fanniemae.com/', // a mortgage agency, beside Addy AI
  'https://988lifeline.org/', // a crisis line, beside NOPE
  'https://www.canva.com/posters/', // poster design, beside Posternity
  'https://sam.gov/', // federal procurement, beside Projectory
  'https://www.youtube.com/', // video, beside Outlier
  'https://vidiq.com/', // YouTube analytics, beside Outlier
  'https://collectia.dk/en/artificial-intelligence/', // a collection agency's AI explainer
  'https://www.webio.com/faq/what-is-a-collections-agent', // a collections FAQ in general terms
  'https://www.instagram.com/', // DMs, beside SmartDM.ai, SquadOS and bb9.ai
  'https://manychat.com/', // DM automation, beside the DM agents
  'https://www.tradingview.com/', // charts, beside ChartMentor
  'https://prirucka.ujc.cas.cz/', // a Czech language handbook, beside korekthor
  'https://www.silenykorektor.cz/blog/opravovac-pravopisu-jake-jsou-moznosti', // a human proofreader's blog
  'https://openchairpro.com/help/instagram-dm-concierge', // salon software with an AI DM feature
  'https://mail.misar.io/docs/api-reference/sales-agent', // an email suite's sales-agent feature
  'https://www.poster.ly/docs/billing/credits', // a social scheduler's AI credits
  'https://www.beyondcommerce.app/luna', // a commerce platform's assistant
  'https://blog.panterranetworks.com/insights/what-an-ai-receptionist-should-actually-do', // a UCaaS vendor's blog
  'https://docs.eventhex.ai/instarecap/attendee-experience/', // an event platform's recap feature
  'https://docs.algo-trade-analytics.com/guides/pine-script-editor/ai-chat', // a trading suite's chat panel
  'https://help.getbanyan.co/outpilot/agents/reply-agent/', // a LinkedIn outreach suite's agent
];

const SHARED_PLATFORMS = [
  'https://navicade.pages.dev/resources/ai-in-insurance-agencies', // a guide on a shared platform
  'https://portfolio-9aa.pages.dev/pocket/terms/', // terms on a shared platform
  'https://ask-ai-chatbot.netlify.app/privacy', // a policy on a shared platform
  'https://luna-heaven.web.app/answers/what-is-voice-ai', // an answer page on a shared platform
  'https://wiz-myvocal.mintlify.app/api-reference/tts/ttsStream', // docs on a shared platform
  'https://samsearch.mintlify.app/features/proposal', // docs on a shared platform
  'https://gliiz-ai.vercel.app/docs/auto-reply', // docs on a shared platform
  'https://memost-docs.pages.dev/api/', // docs on a shared platform
  'https://sidegpt.openlaunch.ai/policies/privacy', // SideGPT's policy on a launch platform
  'https://docs-stg.dji.elqnt.ai/training-generation/02-requirements', // a staging host
  'https://skills.sh/bassimeledath/manim-video-maker/manimate', // an agent-skill listing
  'https://skills.cat/skills/publaibaq/manimate', // an agent-skill listing
];

const LEFT_OUT = [
  'https://memstore.dev/', // a memory API seen only on its homepage
  'https://shot.is/blog/ai-ugc-ads-cost', // a studio's cost post
  'https://yourvoic.com/api/docs/api-reference', // TTS models, AI not said
  'https://www.picify.co/help/getting-started/using-your-own-api-key', // BYOK help of an editor with free basic tools
  'https://www.tahaiportal.com/kb/prose-legal-operations/security-and-boundaries.html', // a portal hosting several products
  'https://asklex.law/how-it-works', // AI implied, not said
  'https://www.zvee.io/en/application-workspace', // a CV workspace with AI assistance
  'https://docs.infinite.tools/creator/posts/credits', // a credit page
  'https://www.prismposter.com/help/credits-billing/how-credits-work', // a credit page that does not say AI
  'https://outboundcalls.ai/blog/debt-collection-automation-complete-guide', // a guide in general terms
  'https://www.soberan.co/news/debt-collection-ai-agents', // a guide in general terms
  'https://www.cleat.ai/blog/ai-proposal-writing', // a guide in general terms
  'https://www.gapscout.ai/learn/ai-ad-creative', // an explainer
  'https://legalcollects.ai/pages/blog-ai-in-debt-collection.html', // an attorney-supervised collection service
  'https://www.aichatnav.com/privacy.html', // a sidebar that saves AI chats
  'https://poshet.co/apps/picu/terms', // an app company's host
  'https://getpocketbot.com/privacy', // a policy without AI wording
];

const NAMESAKES = [
  'https://www.mediascribe.com/', // beside MediaScribe (mediascribe.ai)
  'https://www.kadence.co/', // beside Kadence (startkadence.com)
  'https://www.kadencewp.com/', // a WordPress theme named Kadence
  'https://addy.io/', // an email-alias service, beside Addy AI (addy.com, addy.so)
  'https://www.nope.com/', // beside NOPE (nope.net)
  'https://www.posternity.com/', // beside Posternity (posternity.ai)
  'https://www.projectory.com/', // beside Projectory (projectory.ai)
  'https://outlier.org/', // an education namesake, beside Outlier (outlier.so)
  'https://www.picify.com/', // beside Picify (picify.io)
  'https://www.spinal.com/', // beside Spinal (withspinal.com)
  'https://www.talktomyagent.com/', // beside TalkToMyAgent (talktomyagent.io)
  'https://www.agentcollect.ai/', // beside AgentCollect (agentcollect.com)
  'https://smartdmai.online/privacy-policy', // a DM tool without AI (c21), beside SmartDM.ai
  'https://www.squados.com/', // beside SquadOS (squados.io)
  'https://www.bb9.com/', // beside bb9.ai
  'https://www.picky.com/', // beside Picky (usepicky.com)
  'https://www.chartmentor.com/', // beside ChartMentor (chartmentor.io)
  'https://www.korekthor.com/', // beside korekthor (korekthor.cz)
];

describe('twenty-sixth-session leads8 traps', () => {
  it('adds 17 rows, each with no prefix, with their regions', () => {
    expect(longTailC26Leads8Tools.length).toBe(17);
    expect(longTailC26Leads8Tools.every((t) => t.domains.length >= 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(longTailC26Leads8Tools.filter((t) => t.domains.length !== 1).map((t) => t.id)).toEqual([
      'addy-ai-mortgage',
    ]);
    expect(catalogRegion('korekthor')).toBe('europe');
    expect(catalogRegion('mediascribe')).toBe('global');
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC26Leads8Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC26Leads8Tools));
    expectEachClassifiedAs({
      'https://www.mediascribe.ai/academy/path-2-audio-descriptions/module-2-2-ai-accelerated-audio-description':
        'mediascribe',
      'https://www.startkadence.com/guides/call-quality-scorecard-speech-analytics-remote-producer-enablement':
        'kadence-voice-ai',
      'https://www.startkadence.com/guides/set-up-voice-ai-after-hours-answering-insurance-agency':
        'kadence-voice-ai',
      'https://addy.so/blog/mortgage-ai': 'addy-ai-mortgage',
      'https://addy.com/blog/ai-mortgage-technology': 'addy-ai-mortgage',
      'https://docs.nope.net/reference': 'nope-net',
      'https://posternity.ai/documentation/contributing-to-gallery.html': 'posternity',
      'https://outlier.so/docs/thumbnail-generator/generating-thumbnails': 'outlier-so',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
