// Traps beside the rows the twentieth session's creators pass added (data/long-tail-c20-creators.ts): the ordinary
// sites next to each kind of AI creator tool (video, streaming and podcast platforms, channel statistics, design and
// newsletter tools, influencer platforms, a chat bot and VTuber software), the parents of the claimed subdomains and
// path, the shared-platform copies and the left-out hosts the pass read, and sites whose names sit close to the new
// entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC20CreatorsTools } from './data/long-tail-c20-creators';

const GENERAL_SITES = [
  'https://www.youtube.com/', // video hosting, beside the AI YouTube writers and thumbnail makers
  'https://studio.youtube.com/', // the creator dashboard, beside the AI YouTube analytics assistants
  'https://www.tiktok.com/', // short video, beside the AI short-video generators and hook tools
  'https://www.instagram.com/', // short video, beside the AI hook writers
  'https://www.twitch.tv/', // live streaming, beside the AI Twitch bot and translator
  'https://kick.com/', // live streaming, beside the AI streamer tools
  'https://obsproject.com/', // streaming software, beside the AI streamer tools
  'https://nightbot.tv/', // a classic chat bot, beside the AI Twitch chat bot
  'https://vtube-studio.com/', // VTuber software, beside the AI VTuber plan reviewer
  'https://socialblade.com/', // channel statistics, beside the AI channel analytics
  'https://www.photopea.com/', // an image editor, beside the AI thumbnail generators
  'https://www.buzzsprout.com/', // podcast hosting, beside the AI podcast tools
  'https://podcasters.spotify.com/', // podcast hosting, beside the AI podcast tools
  'https://www.patreon.com/', // creator memberships, beside the AI sponsorship tools
  'https://www.grin.co/', // influencer marketing, beside the AI sponsorship tools
  'https://dolian.org/', // the parent of the AI Trivia Video Generator's claimed subdomain
  'https://valueupdate.net/', // the parent of Slide2Video's claimed subdomain
  'https://boosttech.jp/', // the parent of SHORTBOOST's claimed subdomain
  'https://www.boosttech.jp/', // the parent of SHORTBOOST's claimed subdomain
  'https://www.enaga-labs.com/', // the parent of V-Mentor's claimed path
  'https://enaga-labs.com/other-app', // another path on V-Mentor's parent site
  'https://sico.software/', // SponsorMonster's maker, whose site hosts the cited policy
];

const SHARED_PLATFORMS = [
  'https://thumbgenai-gilt.vercel.app/privacy-policy', // a policy or page on a shared platform
  'https://av.celebritynews.workers.dev/criselda-https-thumbai.app/privacy', // a policy or page on a shared platform
  'https://creatorops-euh.pages.dev/privacy/', // a policy or page on a shared platform
  'https://ai-content-spy-website.pages.dev/privacy.html', // a policy or page on a shared platform
  'https://smythmyke.github.io/TubePilot/privacy.html', // a policy or page on a shared platform
  'https://commentaihome.vercel.app/privacy-policy', // a policy or page on a shared platform
  'https://32penkin.github.io/hook-score/privacy/', // a policy or page on a shared platform
  'https://peakclips-marketing.pages.dev/privacy', // a policy or page on a shared platform
  'https://dmsuite-podcast.pages.dev/privacy.html', // a policy or page on a shared platform
  'https://sendmypitch.pages.dev/privacy.html', // a policy or page on a shared platform
  'https://dus-tools.pages.dev/privacy.html', // a policy or page on a shared platform
  'https://david-liu-g.github.io/chaptergen-privacy.html', // a policy or page on a shared platform
  'https://landingpage-yt-summary.vercel.app/policy.html', // a policy or page on a shared platform
  'https://makeugc-staging.webflow.io/custom-avatar-policy', // a policy or page on a shared platform
  'https://sites.google.com/view/privacy-policy-kick-ai/home', // a policy or page on a shared platform
];

const LEFT_OUT = [
  'https://netrastudio.net/vaycanina/privacy.html', // a private single-operator tool
  'https://sm.4you.tel/privacy', // a private single-operator tool
  'https://creatorops.aix4u.com/privacy/', // an internal publishing tool
  'https://connect.influint.co/privacy', // an internal tool with no AI
  'https://www.neis.me/2026/youtube/privacy.php', // a personal site's operator tools
  'https://www.andretaissin.com/privacy.html', // a personal research tool
  'https://andinesutubeintelligence.com/api-compliance-quota', // an owner-operated report service with no AI
  'https://chanpilot.xyz/privacy', // a policy that does not say AI
  'https://klickgenai.com/trust', // a trust page that does not say AI
  'https://yfaceviral.com/privacy', // an unfilled policy that does not say AI
  'https://facelessshorts.video/en/privacy', // a policy that does not say AI
  'https://hookem.ai/privacy', // a policy that does not say AI
  'https://www.clipscholar.app/terms.html', // terms that do not say AI
  'https://influoai.co/en/privacy', // a policy that does not say AI
  'https://shortsbot.app/landing/privacy-policy', // a policy that does not say AI
  'https://vshorts.ai/google_api_services_disclosure', // a disclosure that does not say the product uses AI
  'https://www.yttg.app/privacy', // a policy that does not say AI
  'https://automaize.io/youtube-uploader-terms', // an uploader with no AI
  'https://itzskott.co.uk/privacy', // a chat bot with no AI
  'https://chatbot.barrycarlyon.co.uk/privacy/', // a chat bot with no AI
  'https://www.sponeach.com/privacy', // a sponsor page with no AI
  'https://postle.fr/integrations/tiktok/app-review', // a scheduler's review page with no AI
  'https://publisher.path2potential.co/privacy', // a publisher with no AI
  'https://thumbnailinsight.com/privacy.html', // checks that run in the browser with no AI
  'https://test.botdeck.xyz/privacy/policy', // a test host
  'https://dmcroww.tech/bots/twitch-eula.html', // a hobby bot
  'https://bikashthapa.com.np/tiktok/privacy', // a personal site
  'https://cemkoyluoglu.codes/yt-ai-summarizer/privacy-policy.html', // a personal site
  'https://webscenen8n.xyz/privacy.html', // an individual developer's tool
  'https://www.internetadvertisingsolutions.nl/yt-extension-privacy-policy.html', // an agency site's extension
  'https://www.giauco.vn/privacy-policy', // a general site's extension
  'https://dramaqueen.info/supplementary-privacy-agreement/', // screenwriting software whose AI is one feature
  'https://tubeanalytics.net/blog/ai-thumbnail-ctr-prediction', // an analytics product seen on its blog
  'https://particle.pro/legal/tos-podcast-api-product-schedule', // a podcast data API
  'https://theaibrief.pro/privacy', // a newsletter about AI, not a tool
  'https://aiwritesnews.com/privacy.html', // a satirical publication
  'https://smarvee.com/ai_policy', // a video production company's AI policy
  'https://www.thumbnailcreator.com/blog/predicting-thumbnail-ctr-with-ai', // seen only on its blog
  'https://tubeboosts.com/blog/predict-thumbnail-clicks-before-publish', // seen only on its blog
  'https://www.overseeros.com/blog/youtube-script-fact-checker', // seen only on its blog
  'https://www.hookproof.app/blog/ai-scripts-without-ai-slop', // seen only on its blog
  'https://sponsoragent.polsia.app/privacy', // an app on an app-builder's subdomain
  'https://nudify.it/es/use-policy', // an off-kind image tool, left as a lead
];

const NAMESAKES = [
  'https://www.nextblitz.com/', // beside NextBlitz (nextblitz.ai)
  'https://www.ourailegacy.org/', // beside Our AI Legacy
  'https://www.thumbnailai.com/', // beside Thumbnail AI (thumbnail-ai.app)
  'https://www.thumbo.com/', // beside Thumbo (thumbo.ai)
  'https://www.thumby.com/', // beside Thumby (thumby.app)
  'https://www.thumbnailgo.io/', // beside ThumbnailGo
  'https://www.ythumb.com/', // beside YThumbPro
  'https://www.thumbclick.com/', // beside ThumbClick (thumbclick.es)
  'https://www.autokliq.io/', // beside AutoKliq
  'https://www.faceless.com/', // beside GetFaceless
  'https://www.youtubeinsights.com/', // beside YouTube Insights (youtubeinsights.app)
  'https://www.channelboost.com/', // beside ChannelBoost (getchannelboost.com)
  'https://www.commentpilot.com/', // beside CommentPilot (commentpilot.ai)
  'https://www.podcastnotetaker.app/', // beside Podcast Note Taker
  'https://www.podyap.ai/', // beside Podyap
  'https://www.podpast.com/', // beside PodPast.ai
  'https://www.podnami.ai/', // beside Podnami
  'https://www.gstring.com/', // beside GString Bot
  'https://www.twitchtranslator.io/', // beside Twitch Stream Translator
  'https://www.shortstap.net/', // beside ShortsTap
  'https://www.vmentor.com/', // beside V-Mentor
  'https://www.hookshare.com/', // beside HookShare (hookshare.app)
  'https://www.bannerhook.io/', // beside banner·hook
  'https://www.hooktik.app/', // beside Hooktik
  'https://www.hooklayer.com/', // beside Hooklayer (hooklayer.dev)
  'https://www.hooktok.com/', // beside HookTok AI
  'https://www.clipa.com/', // beside Clipa (clipa.fun)
  'https://www.slide2video.com/', // beside Slide2Video
  'https://www.shortboost.com/', // beside SHORTBOOST
  'https://www.tacu.com/', // beside Tacu (tacu.ai)
  'https://www.wonda.com/', // beside Wonda (wonda.sh)
  'https://www.wondercat.com/', // beside Wonda's API host (api.wondercat.ai)
  'https://www.creatoragent.com/', // beside Creator Agent OS
  'https://www.sponsormonster.com/', // beside SponsorMonster (sponsormonster.app)
  'https://www.ureca.com/', // beside Ureca (ureca.ai)
  'https://www.dolian.com/', // beside the AI Trivia Video Generator's parent
];

describe('twentieth-session creators traps', () => {
  it('adds 35 rows, each with one domain or one path', () => {
    expect(longTailC20CreatorsTools.length).toBe(35);
    expect(longTailC20CreatorsTools.every((t) => t.domains.length + t.urlPrefixes.length === 1)).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC20CreatorsTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts, subdomains and path', () => {
    expectEachClassifiedAs({
      'https://staging.autokliq.com/privacy': 'autokliq',
      'https://docs.ureca.ai/legal/privacy': 'ureca-ai',
      'https://www.enaga-labs.com/v-mentor/en/privacy': 'v-mentor-enaga',
      'https://ai-trivia-video-generator.dolian.org/legal/privacy': 'ai-trivia-video-generator-dolian',
      'https://slide2video.valueupdate.net/privacy': 'slide2video',
      'https://shortboost.boosttech.jp/terms': 'shortboost-boosttech',
      'https://thumby.app/en/legal/privacy': 'thumby-app',
      'https://www.thumbclick.es/legal/privacy.html': 'thumbclick-es',
      'https://nextblitz.ai/legal/youtube': 'nextblitz',
      'https://hookshare.app/api/privacy': 'hookshare',
      'https://wonda.sh/blog/developer-guide-ai-video-generation': 'wonda-sh',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
