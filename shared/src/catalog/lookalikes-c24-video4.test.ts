// Traps beside the rows the twenty-fourth session's fourth video pass added (data/long-tail-c24-video4.ts): the
// ordinary sites next to each kind of AI video tool it added (video hosts and social platforms the clippers and
// faceless generators publish to, a story forum, stock media, property portals, fashion and marketplace sites, a Bible
// site and a church magazine beside the sermon clipper, a children's publisher, Russian video hosts), the parent of the
// claimed SymplyAI subdomain, the shared-platform copies, drafts, query-only pages and left-out hosts the pass read, and
// sites whose names sit close to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC24Video4Tools } from './data/long-tail-c24-video4';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.youtube.com/', // a video host, beside the clippers and faceless generators that publish there
  'https://www.tiktok.com/', // a social platform, beside the short-form generators
  'https://www.instagram.com/', // a social platform, beside the short-form generators
  'https://vimeo.com/', // a video host, beside the AI video generators
  'https://www.reddit.com/', // a forum story videos are made from, beside PostToVideo
  'https://www.pexels.com/', // a stock-footage site the generators pull from
  'https://www.zillow.com/', // a property portal, beside the real-estate listing video
  'https://www.realtor.com/', // a property portal, beside the real-estate listing video
  'https://www.zara.com/', // a fashion retailer, beside the AI fashion shoots
  'https://www.etsy.com/', // a marketplace, beside the product-ad video tools
  'https://www.biblegateway.com/', // a Bible site, beside the sermon clipper
  'https://outreachmagazine.com/resources/80161-video-clips-made-easy.html', // a church magazine met in the searches
  'https://www.scholastic.com/', // a children's publisher, beside the bedtime-story generator
  'https://rutube.ru/', // a Russian video host, beside the Russian video generators
  'https://www.kinopoisk.ru/', // a Russian film site, beside the Russian video generators
  'https://www.werbung.de/', // an advertising site, beside the German video direction board
];

const PARENTS = [
  'https://symplyai.io/', // the parent of SymplyAI's claimed face-swap subdomain, not read
  'https://www.symplyai.io/', // the parent of SymplyAI's claimed face-swap subdomain, not read
];

const SHARED_PLATFORMS = [
  'https://realtime-avatar-docs.pages.dev/guides/lipsync', // Realtime Avatar's docs copied on a shared platform
  'https://localizeme-9s2.pages.dev/blog-video-subtitling-captions.html', // a blog on a shared platform
  'https://try-wideframe.pages.dev/blog/how-to-add-captions-in-multiple-languages-with-ai', // a blog on a shared platform
  'https://ytsummarizer-bek.pages.dev/user-agreement', // terms on a shared platform
  'https://promptwise-marketing.pages.dev/media-upload-agreement', // terms on a shared platform
  'https://usepersonalize.webflow.io/terms-of-service', // terms on a shared platform
  'https://elenstoryai-z7p8l.ondigitalocean.app/children-privacy', // a policy on a shared platform
  'https://sites.google.com/view/captio-privacypolicy/home', // a mobile app's policy on a shared platform
  'https://sites.google.com/view/hkaivideogenerator/privacy-policy', // a mobile app's policy on a shared platform
];

const LEFT_OUT = [
  'https://facelessshorts.video/en/refund', // kept out as the c20 creators pass decided (its privacy page is a trap there)
  'https://picsreels.com/legal-use-of-ai-acceptable-use', // "[EFFECTIVE DATE]" placeholder
  'https://piclaunch.com/privacy', // "Draft — legal review required"
  'https://storytime.mercadias.com/legal/coppa', // bracketed counsel notes and placeholders
  'https://stage.klyvio.ai/privacy', // a staging host
  'https://cub.ee/?to=tariffs', // a query-only page
  'https://vidboard.ai/?p=185', // a query-only page
  'https://thatworksmedia.com/?p=10590', // a query-only page of a media agency
  'https://www.clipforge.us/privacy-policy', // a policy that does not say AI
  'https://reel-craft.com/privacy', // a policy that does not say AI
  'https://shortspilot.pro/privacy', // a policy that does not say AI
  'https://rendobar.com/docs/job-types/caption-burn', // a media-processing API
  'https://audiohighlight.com/transcribe-podcast', // a page that does not say AI
  'https://swapstudioai.com/privacy', // AI named only as not used for training
  'https://deepshot.ai/blog/safety', // a safety blog that does not say AI
  'https://avataar.ai/terms-conditions-velocity', // terms that do not say AI
  'https://whimsley.app/legal/coppa', // a notice that does not say AI
  'https://doc.kn1ght.app/en/price/credit', // credit docs that do not say AI
  'https://drawandanimate.com/privacy', // a mobile app
  'https://animagicj.com/contract/privacy_policy_animagic.html', // a mobile app
  'https://gptaivideogeneratorapp.com/privacy', // a mobile app
  'https://rahanetis.ee/autocaptions/privacy-policy', // a mobile app on its developer's site
  'https://superinteractica.ai/VideoAIprivacy_policy.html', // a mobile app on its developer's site
  'https://www.digitalrational.de/Allgemeine-Gesch%C3%A4ftsbedingungen', // a video freelancer
  'https://www.masterclass-avatare.com/sind-avatare-dsgvo-konform', // a course
  'https://hodgen.ai/blog/ai-video-pipeline-shopify-products-to-reels', // a brand owner's blog
  'https://www.kiavatar.ch/blog/sicherheit-und-datenschutz-so-schuetzen-sie-ihre-ki-avatar-daten', // a blog whose product page was not returned
  'https://vidxen.com/blog/category/industry-reports/', // a studio's industry report
  'https://aiinteam.com/voice-consent.html', // an agency's consent form
  'https://www.microcosmworks.com/case-studies/multi-language-caption-translation', // a developer's case study
  'https://salesaicourse.com/consistent-ai-spokespeople/', // a course
  'https://docs.glood.ai/ai-image-video-editor/faq.md', // a recommendations app's Shopify editor
  'https://shortsfactory.io/faq.html', // an AI-run set of channels, not a tool
  'https://aimusicservice.com/pages/terms-of-use', // a Shopify-store page
  'https://kifox.ai/ki-tools/fal-features-labels-inc-en/', // a directory
  'https://www.softplorer.com/ai-tools/guides/video/ai-video-privacy-guide', // a guide
  'https://aicreatorops.com/guides/ai-creator-identity-consistency', // a guide
  'https://unanswered.io/guide/is-it-legal-to-create-an-ai-influencer', // a guide
  'https://video-ai-guide.com/category-word/glossary-05-rights.html', // a glossary
  'https://toolforte.com/blog/ai-video-subtitle-translation-guide', // a guide
  'https://www.fygurs.com/use-cases/ai-game-highlights-compilation', // a use-case page
  'https://videolearningai.com/blog/chat-with-a-avatar', // a blog
  'https://www.warpefelt.se/videogen', // a research project
];

const NAMESAKES = [
  'https://www.clipscut.com/', // beside ClipsCut (clipscut.pro)
  'https://www.clipzy.com/', // beside Clipzy (clipzzy.app)
  'https://www.videoblade.com/', // beside Video Blade (video-blade.com)
  'https://www.theshowing.com/', // beside The Showing (theshowing.ai)
  'https://www.photta.com/', // beside Photta (photta.app)
  'https://www.banger.com/', // beside Banger.video (banger.video)
  'https://www.storynight.com/', // beside StoryNight (storynight.co)
  'https://www.sermonclips.com/', // beside Sermon Clips (sermon-clips.com)
  'https://www.animateimg.com/', // beside AnimateImg (animateimg.org)
  'https://www.explainly.com/', // beside Explainly (explainly.video)
  'https://www.autoshorts.com/', // beside AutoShorts Pro (autoshorts.shop)
  'https://www.viralstudio.com/', // beside ViralStudio.AI (saoas.yt)
];

describe('twenty-fourth-session fourth video pass traps', () => {
  it('adds 24 rows, each with one domain and no prefix, in the regions their pages give', () => {
    expect(longTailC24Video4Tools.length).toBe(24);
    expect(longTailC24Video4Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(catalogRegion('viralstudio-ai')).toBe('europe');
    expect(catalogRegion('werbe-spot')).toBe('europe');
    expect(catalogRegion('video-gen-videoneuro')).toBe('russia');
    expect(catalogRegion('clipscut')).toBe('global');
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC24Video4Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC24Video4Tools));
    expectEachClassifiedAs(
      {
        'https://realtimeavatar.ai/api/v1/lipsync': 'realtime-avatar',
        'https://realtimeavatar.ai/docs/api-reference/lipsync': 'realtime-avatar',
        'https://www.werbe.spot/agb': 'werbe-spot',
      },
      { api: true },
    );
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...PARENTS, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
