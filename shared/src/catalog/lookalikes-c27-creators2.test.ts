// Traps beside the rows the twenty-seventh session's second creators pass added (data/long-tail-c27-creators2.ts): the
// ordinary sites next to each kind of AI tool it added (subscription-creator platforms beside the AI fan-message
// assistants, video hosting, stock footage and editors beside the AI clip makers, podcast directories, guest-booking
// and newsletter platforms beside the AI podcast tools, payment providers named in the policies), the parent of the
// one claimed subdomain, the shared-platform copies, staging and placeholder pages and left-out hosts the pass read,
// and sites whose names sit close to the new entries. Leads that may be AI products (tagcreator.ai, ytvoice.app,
// meetanlora.com, podcastranslate.com, blabla.ai) are not trapped here. None of them may classify; every new host must
// reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC27Creators2Tools } from './data/long-tail-c27-creators2';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://onlyfans.com/', // the subscription platform, beside the AI fan-message assistants
  'https://fansly.com/', // a subscription platform, beside Many-Fans and ChatClusive
  'https://www.fanvue.com/', // a subscription platform, beside Substy and FansChat
  'https://help.fanvue.com/en/articles/14290142-how-do-i-know-if-a-creator-is-ai', // the platform's help on AI creators
  'https://justfor.fans/', // a subscription platform named by ChatClusive
  'https://about.dfans.co/dFans-AI-Creator-Policy.html', // a platform's AI-creator policy, met in the searches
  'https://greystone.digital/', // the parent of FansChat's claimed subdomain
  'https://www.greystone.digital/', // the parent of FansChat's claimed subdomain
  'https://www.youtube.com/', // video hosting, beside the AI clip makers
  'https://studio.youtube.com/', // the creator dashboard, beside ViralCuts
  'https://www.tiktok.com/', // short video, beside the AI clip makers
  'https://vimeo.com/', // video hosting, beside StudioCut.Video
  'https://www.pexels.com/', // stock footage named by Crosscut AI
  'https://pixabay.com/', // stock footage, beside the AI editors
  'https://www.paystack.com/', // the payment provider named by Crosscut AI
  'https://www.kakaocorp.com/', // the social login named by MochaClip
  'https://www.imdb.com/', // film data, beside the AI movie-recap maker
  'https://podcasts.apple.com/', // podcast directory, beside the AI podcast tools
  'https://www.listennotes.com/', // podcast search, beside Newsfable
  'https://www.podmatch.com/', // podcast guest booking, beside PodPitchr
  'https://matchmaker.fm/', // podcast guest booking, beside PodPitchr
  'https://substack.com/', // newsletter platform, beside Newsfable
  'https://www.beehiiv.com/', // newsletter platform, beside Newsfable
  'https://www.lemonsqueezy.com/', // a payment provider named in the policies read
];

const SHARED_PLATFORMS = [
  'https://smythmyke.github.io/TubePilot/privacy.html', // TubePilot's policy on a shared platform
  'https://david-liu-g.github.io/chaptergen-privacy.html', // ChapterGen's policy on a shared platform
  'https://unaveenj.github.io/Youtube-Summary-Chrome-Plugin/privacy-policy.html', // an extension's policy on a shared platform
  'https://wawes.vercel.app/privacy-policy.html', // a playlist analyser on a shared platform
  'https://landingpage-yt-summary.vercel.app/policy.html', // YT Summary's policy on a shared platform
  'https://ai-voiceover-three.vercel.app/terms', // a TTS tool on a shared platform
  'https://sendmypitch.pages.dev/privacy.html', // SendMyPitch on a shared platform (as before)
  'https://ai-email-writer-dzv.pages.dev/privacy/', // a draft policy on a shared platform
  'https://ytsummarizer-bek.pages.dev/user-agreement', // a summariser on a shared platform
  'https://antorai-tools.netlify.app/tools/image_caption/privacy', // a caption tool on a shared platform
  'https://photocaptions-d1690.web.app/privacy-policy.html', // a mobile app's policy on a shared platform
  'https://sites.google.com/view/caption-it-tos/caption-it-ai-photo-captions-privacy-policy', // a mobile app's policy
];

const LEFT_OUT = [
  'https://staging-influencers.openmined.org/privacy', // Syft Influencer on a staging host
  'https://velarapex.com/privacy.html', // "[Company Name]"
  'https://iwantadomainforvideoediting.com/privacy.html', // "APP NAME", "YOUR NAME / COMPANY"
  'https://privacy.michaelemil.com/', // a single operator's DM auto-reply
  'https://ig.learn3dfashion.com/privacy', // a single-tenant posting tool on another site's subdomain
  'https://snapcrap.abhiwrld.com/privacy-policy', // a hobby caption tool on a personal host
  'https://avioncitojuego.directory/privacy', // another product's policy on an unrelated host
  'https://www.replyrun.in/legal/meta-policy', // a Meta-policy page that does not say AI
  'https://shotcut.kr/legal/privacy.html', // a policy that does not say AI
  'https://www.mungmungai.com/privacy', // a policy that does not say AI
  'https://lonelyfans.gg/terms', // a creator platform, terms that do not say AI
  'https://creador.io/terms', // terms that do not say AI
  'https://vocap.io/en/blog/create-newsletter-from-podcast-ai', // a transcription blog
  'https://framecut-ai.com/blog/ultimate-b-roll-automation-guide/', // a blog with no product page read
  'https://voxplit.com/blog/how-to-turn-podcast-episode-into-newsletter', // a blog with no product page read
  'https://onlyfans-api.ai/blog/ai-chatbot-compliance-what-gets-banned', // an API vendor's blog
  'https://www.juicypulse.com/fanvue-ai-tools-creator-risk', // a creator-business publication
  'https://csuite.so/blog/ai-for-newsletter-writers', // a blog on AI for newsletter writers in general
  'https://podrewind.com/blog/how-to-prepare-podcast-interviews', // a podcast-prep guide
  'https://www.jinglemachineai.com/licensea-greement', // custom jingles sold as a service
  'https://writtashot.com/es/legal/terms', // screenwriting software with optional AI
  'https://vaceai.app/vi/privacy-policy', // a site named after an open model
  'https://musicgo.cc/user_agreement.html', // a mobile app's agreement
  'https://lovenotesong.com/policies/terms-of-service', // a Shopify store's terms
  'https://juicypulse.com/ai-chat-for-onlyfans-operations', // a creator-business publication
];

const NAMESAKES = [
  'https://substy.com/', // beside Substy (substy.ai)
  'https://www.fanschat.com/', // beside FansChat (fanschat.app)
  'https://manyfans.com/', // beside Many-Fans (many-fans.com)
  'https://www.clipmix.com/', // beside ClipMixAI (clipmixai.com)
  'https://www.mochaclip.kr/', // beside MochaClip (mochaclip.com)
  'https://www.viralcuts.com/', // beside ViralCuts (viralcutsia.com.br)
  'https://www.crosscut.com/', // a news site, beside Crosscut AI (crosscutai.app)
  'https://www.studiocut.com/', // beside StudioCut.Video (studiocut.video)
  'https://www.videorecap.com/', // beside Video Recap AI (videorecapai.com)
  'https://www.newsfable.net/', // beside Newsfable (newsfable.com)
  'https://www.kreatifta.id/', // beside KreatiftaAI (kreatifta.com)
];

describe('twenty-seventh-session second creators traps', () => {
  it('adds 15 rows, each with one domain (FansChat two), in their regions', () => {
    expect(longTailC27Creators2Tools.length).toBe(15);
    expect(longTailC27Creators2Tools.every((t) => t.urlPrefixes.length === 0)).toBe(true);
    expect(
      longTailC27Creators2Tools.every((t) => t.domains.length === (t.id === 'fanschat-app' ? 2 : 1)),
    ).toBe(true);
    const regions = Object.fromEntries(longTailC27Creators2Tools.map((t) => [t.id, catalogRegion(t.id)]));
    expect(regions).toMatchObject({
      'reply-fans': 'europe',
      clipmixai: 'europe',
      podpitchr: 'europe',
      mochaclip: 'korea',
      'viralcuts-apt4': 'latam',
      'crosscut-ai': 'africa',
      'substy-ai': 'global',
      'kreatifta-ai': 'global',
    });
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC27Creators2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC27Creators2Tools));
    expectEachClassifiedAs({
      'https://docs.substy.ai/en/articles/92-how-substy-s-ai-respects-platform-guidelines': 'substy-ai',
      'https://app.videorecapai.com/docs/billing-minutes': 'video-recap-ai',
      'https://fanschat.greystone.digital/legal/privacy': 'fanschat-app',
      'https://www.fanschat.app/': 'fanschat-app',
      'https://www.reply.fans/': 'reply-fans',
      'https://www.clipmixai.com/': 'clipmixai',
      'https://www.many-fans.com/': 'many-fans',
    });
  });

  it('leaves general sites, the parent, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
