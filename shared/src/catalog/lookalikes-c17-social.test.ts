// Traps for the seventeenth session's social pass (data/long-tail-c17-social.ts): the social networks, schedulers,
// editors and meme sites that sit beside each creator AI tool, the general or personal sites hosting pages the pass
// read and left out, shared-platform and staging copies, and sites whose names echo the new entries. None of these may
// classify; every new host, and each vendor page the rows cite, must classify to its own entry.
//
// At the merge of the twenty-second session: clipfactoryai.com (Clip Factory) was listed from the vendor's own page
// (data/long-tail-c22-mergefix.ts), so its trap was dropped.
// c27 leads9 (2026-12-07): the staging.vlogme.ai/glossary trap went: vlogme.ai is now listed (`vlogme`, its own API docs say it generates talking-avatar videos) and its staging host is the same product's.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC17SocialTools } from './data/long-tail-c17-social';

const GENERAL_SITES = [
  'https://www.tiktok.com/', // the platform the clippers and slideshow makers publish to
  'https://www.twitch.tv/', // streams, beside the stream clippers
  'https://www.pinterest.com/', // pins, beside the AI pin writers
  'https://www.reddit.com/', // stories, beside the Reddit-story video makers
  'https://www.linkedin.com/', // posts, beside the AI post and carousel writers
  'https://giphy.com/', // GIF library, beside the AI meme makers
  'https://later.com/', // a social scheduler, beside the AI posting agents
  'https://www.capcut.com/', // a general video editor, read and left out
  'https://picsart.com/', // a general photo editor whose AI influencer studio was read and left out
  'https://thetechtive.id/', // parent of clipper.thetechtive.id, a local clipping app left out
  'https://www.borstphoto.com/', // a photo studio hosting PostPilot's terms, left out
  'https://kaizynn.com/', // parent of moonshot.kaizynn.com, left out
];

const SHARED_AND_LEFT_OUT = [
  'https://captionai-phi.vercel.app/privacy', // a caption writer on vercel.app
  'https://makeugc-staging.webflow.io/custom-avatar-policy', // a staging copy on webflow.io
  'https://xtweetly-agent.pages.dev/privacy', // a tweet agent on pages.dev
  'https://xagent-api.furkanbeydemirr.workers.dev/privacy', // the same agent's API on workers.dev
  'https://peakclips-marketing.pages.dev/acceptable-use', // PeakClips' policy, read only on pages.dev
  'https://capsera.vercel.app/terms', // a caption generator on vercel.app
  'https://tarantaranta.github.io/app-legal-pages/privacy_policy_memepilot.html', // a meme app's policy on github.io
  'https://starter.a3i.ai/terms', // a template starter site
  'https://clipper.thetechtive.id/terms-and-conditions', // a local app on a general site's subdomain
  'https://nitedreamworks.com/terms/auto-clipper', // a mobile-only clipper
  'https://meemai.app/privacy.html', // a mobile-only meme captioner
  'https://www.socialcal.app/instagram-caption-generator', // a scheduler with an AI caption feature
  'https://clipmaker.art/terms-of-service', // a clip cutter whose AI moment pick is optional
  'https://reelcaption.cc/privacy', // a caption tool whose policy does not mention AI
];

const NAMESAKES = [
  'https://www.postpilot.com/', // direct-mail marketing, beside PostAutomatic and PostStudio
  'https://www.ppl.xyz/', // an influencer game, read beside the AI UGC makers
  'https://www.toki.com/', // beside Toki AI
  'https://www.clipbot.com/', // beside ClipBot
  'https://www.memeface.com/', // beside MemeFace
  'https://www.easysub.com/', // beside EasySub
  'https://www.threadvid.net/', // beside ThreadVid
];

describe('seventeenth-session social traps', () => {
  it('adds 64 rows, each with its own domains and no prefix', () => {
    expect(longTailC17SocialTools.length).toBe(64);
    expect(longTailC17SocialTools.every((t) => t.domains.length >= 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC17SocialTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://tanstack.carousels-generator.com/cgu': 'carousels-generator',
      'https://developers.layers.com/docs/projects/settings-influencers': 'layers-ai-influencers',
      'https://docs.autoposting.ai/concepts/agents.md': 'autoposting-ai',
      'https://docs.mossworks.io/guide/ideas.html': 'mossworks',
      'https://www.clipai.app/terms': 'clip-ai-app',
      'https://clipengine.app/': 'clipengine',
    });
  });

  it('leaves general sites, shared platforms, left-out pages and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_AND_LEFT_OUT, ...NAMESAKES]);
  });
});
