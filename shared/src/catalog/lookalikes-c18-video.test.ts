// Traps beside the rows the eighteenth session's video pass added (data/long-tail-c18-video.ts): the ordinary sites
// next to each kind of AI video tool (video hosting, stock footage, property listings, freelance marketplaces,
// streaming, children's books, screen recording), the parents of claimed subdomains and the agency behind one vendor,
// the shared-platform copies and the left-out hosts the pass read, and sites whose names sit close to the new entries.
// None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC18VideoTools } from './data/long-tail-c18-video';

const GENERAL_SITES = [
  'https://www.youtube.com/', // video hosting, where the faceless-channel tools publish
  'https://vimeo.com/', // video hosting, beside the AI video editors
  'https://www.pexels.com/', // stock footage, beside the blog-to-video tools that search it
  'https://www.pond5.com/', // stock footage, beside the text-to-video generators
  'https://www.zillow.com/', // property listings, beside the AI property-tour makers left out
  'https://www.fiverr.com/', // human freelancers, beside the AI UGC-ad generators
  'https://www.netflix.com/', // dubbed films, beside the AI dubbing services
  'https://www.scholastic.com/', // children's books, beside the AI bedtime-story videos
  'https://www.ted.com/', // talks, beside the AI clippers
  'https://obsproject.com/', // a screen recorder, beside the AI demo-video tools
  'https://www.spreadfilms.com/', // the video agency behind spreadfilms.ai
  'https://featherimpact.com/', // parent of the claimed record.featherimpact.com
  'https://film862.com/', // a stock site, parent of the AiKINO subdomain listed elsewhere
];

const SHARED_PLATFORMS = [
  'https://ai-video-generator-legal.netlify.app/privacy-policy', // an AI video app's policy on netlify.app
  'https://haleemapps.blogspot.com/2026/05/privacy-policy-ai-video-generator.html', // an app policy on blogspot.com
  'https://dfetttx41ns2m.cloudfront.net/privacy-policy.html', // an avatar app's policy on cloudfront.net
  'https://aivideotranslator.pages.dev/legal/privacy', // a draft video-translation policy on pages.dev
  'https://aihappyhorse.pages.dev/terms', // a video generator's terms on pages.dev
  'https://goviral-six.vercel.app/privacy', // a clip farmer on vercel.app
  'https://siteaisummary.pages.dev/privacy', // a YouTube summariser's policy on pages.dev
  'https://landingpage-yt-summary.vercel.app/policy.html', // a YouTube summariser on vercel.app
  'https://way-app.zeabur.app/static/agreement_1.html', // an AI content service on zeabur.app
  'https://elenstoryai-z7p8l.ondigitalocean.app/children-privacy', // a story app on ondigitalocean.app
  'https://aiscreenrecorder-com.pages.dev/features/pii-auto-redaction', // an AI screen recorder on pages.dev
  'https://unaveenj.github.io/Youtube-Summary-Chrome-Plugin/privacy-policy.html', // an extension policy on github.io
  'https://jakubsobotka.notion.site/Ai-Cartoon-Privacy-Policy-1d263721779f8028831fc218f92e8165', // a notion.site policy
];

const LEFT_OUT = [
  'https://www.toaigpt.com/en/terms.html', // a terms template not yet filled in
  'https://aicartoon.app/en/terms', // terms with a "[Company]" placeholder
  'https://www.realtoursai.com/terms', // terms full of placeholders
  'https://liveproperty.io/terms-of-service', // terms with a placeholder company
  'https://www.projectiris.space/privacy', // a policy with a placeholder company
  'https://synthlogix.monkhub.in/privacy', // a template policy on an agency's subdomain
  'https://videogen-tiktok-legal.lucasol.cc/privacy', // a private publishing tool
  'https://docs-stg.dji.elqnt.ai/training-generation/02-requirements', // a staging docs host
  'https://api.obzena.com/videoshot/term-of-use', // a mobile app's terms on an API host
  'https://www.genievideo.app/veo-privacy.html', // a mobile app's policy
  'https://chattwin.app/ai_kiss/privacy_policy/', // a mobile app's policy
  'https://moads.agency/privacy', // a template-video service on a digital agency's host
  'https://autodub.serfaty.site/privacy', // an extension on a personal host
  'https://animatemystorybook.com/ip-ai-policy.html', // a production studio that uses AI for clients
  'https://www.officinacreativa25.com/copia-di-privacy', // a production studio that uses AI for clients
  'https://www.goodhouse-ai.com/faq', // a production studio that uses AI for clients
  'https://www.animakertips.com/terms-and-conditions/', // an explainer-video agency
  'https://pirsonal.com/legal-center/responsible-ai-use/', // personalised-video software with optional AI
  'https://support.spiideo.com/en/articles/15070462-ai-highlights-and-stories-in-spiideo-play', // a camera platform's add-on
  'https://teachboard.app/terms.html', // a whiteboard with optional AI features
  'https://www.screenvod.com/en/privacy', // a screen recorder with AI titles
  'https://lipsync.studio/api-platform', // an API page that never says AI
  'https://docs.foxapi.cc/pages/en/api-manual/video-series/lipsync/lipsync-2', // an API manual that never says AI
  'https://seedancevideogenerator.net/pricing', // a pricing FAQ that never says AI
  'https://www.vidmageai.com/terms.html', // generic terms that never say what it makes
  'https://aishowx.com/zh-tw/terms-of-service', // terms that never say AI
  'https://demoit.ai/privacy-policy', // a demo recorder whose policy never says AI
  'https://www.demoable.io/privacy', // a demo recorder whose policy never says AI
  'https://happyreleaseday.com/privacy-policy', // a release-video maker whose policy never says AI
  'https://www.animation.inc/terms', // an app's terms that never say AI
  'https://toonstudio.ai/terms-of-use.html', // terms that never say AI
  'https://www.bedtime-stories.fun/privacy', // a story service whose policy never says AI
  'https://www.shortsmonkey.com/en/terms', // AI terms that never say what it makes
  'https://generator.enchantstartup.com/terms', // a generator whose contact is an adult site
  'https://vectorinc.co.jp/groupservice/avamo/terms', // an avatar service whose terms never say AI
];

const NAMESAKES = [
  'https://www.flowideo.net/', // beside Flowideo
  'https://www.neuvid.net/', // beside Neuvid
  'https://www.shorto.com/', // beside Shorto
  'https://www.replace.com/', // beside Replace.Video
  'https://www.koy.com/', // beside Koy Studio
  'https://www.draftmotion.com/', // beside DraftMotion
  'https://www.klipvo.net/', // beside Klipvo
  'https://www.twin.com/', // beside Twin Actor
  'https://www.unspool.com/', // beside Unspool Studio
  'https://www.demokaze.net/', // beside Demokaze
  'https://www.viral.com/', // beside Viral.ad
  'https://www.logreel.net/', // beside LogReel
];

describe('eighteenth-session video traps', () => {
  it('adds 75 rows, each with one domain and no prefix', () => {
    expect(longTailC18VideoTools.length).toBe(75);
    expect(longTailC18VideoTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC18VideoTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://www.chamelaion.com/dpa': 'chamelaion',
      'https://docs.chamelaion.com/api/resources/lipsync/methods/generate': 'chamelaion',
      'https://api.chamelaion.com/api/v1/lipsync/generate': 'chamelaion',
      'https://api.twin.actor/api/v1/avatar/generate': 'twin-actor',
      'https://record.featherimpact.com/terms.html': 'guide-recorder-featherimpact',
      'https://unspoolstudio.com/docs/guides/agent': 'unspool-studio',
      'https://www.kliptix.ai/legal/privacy?lang=en': 'kliptix',
      'https://spreadfilms.ai/agbs/': 'spreadfilms-ai',
      'https://app.adcreator-ai.com/privacy': 'adcreator-ai-com',
      'https://viralvideo.app/en/create/billing': 'viralvideo-app',
      'https://voooai.com/templates/short-drama-script-template': 'voooai',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
