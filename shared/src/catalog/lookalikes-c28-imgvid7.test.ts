// Traps beside the rows the twenty-eighth session's seventh image-and-video pass added
// (data/long-tail-c28-imgvid7.ts): the ordinary sites next to each trade it served (car marketplaces, a wrap-film
// maker and the carmaker whose name a wrap designer carries, dental and builders' associations, a gemological
// institute, a property portal, funeral directors), the shared-platform copies, staging hosts, app developers' pages and
// left-out pages the pass read, and sites whose names sit close to the new entries. None of them may classify; every
// new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC28Imgvid7Tools } from './data/long-tail-c28-imgvid7';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.autotrader.com/', // a car marketplace, beside the dealer photo tools
  'https://www.cars.com/', // a car marketplace, beside the dealer photo tools
  'https://www.averydennison.com/', // a maker of vinyl wrap films, beside the wrap designers
  'https://www.tesla.com/', // the carmaker whose name Tesla Wrap Designer carries
  'https://www.ada.org/', // the dentists' association, beside the smile simulators
  'https://www.nahb.org/', // the home builders' association, beside VisualBuild, BEDRHome and USAIPools
  'https://gia.edu/gems-gemology/fall-2024-artificial-intelligence-in-jewelry-design', // a research article met, beside the jewellery tools
  'https://www.realtor.com/', // a property portal, beside the listing video tools
  'https://www.nfda.org/', // the funeral directors' association, beside FuneralSlides
];

const SHARED_PLATFORMS = [
  'https://autoai-oct-site.pages.dev/terms.html', // a car photo studio's terms on a shared platform
  'https://knowledge-base-9t4.pages.dev/PRD/AI_Generated_Image_20250909171927', // a menu app's product notes
  'https://shiyongshuomingexterior.pages.dev/', // an exterior-design app's manual on a shared platform
  'https://tryframe-app.pages.dev/privacy', // an eyewear try-on app's policy on a shared platform
  'https://glasstryon.pages.dev/privacy', // an eyewear try-on app's policy on a shared platform
  'https://privacy-nailart.vercel.app/', // a nail-art app's policy on a shared platform
  'https://makeupgpt.vercel.app/PRIVACY', // a makeup app's policy on a shared platform
  'https://v0-three-page-website-kappa.vercel.app/privacy', // a car customiser app's policy on a shared platform
  'https://tamnguyenvan.github.io/glassfit-policy/policy.html', // an extension's policy with "[DATE …]"
  'https://maze-roarer-705.notion.site/FramePlay-Privacy-Policy-3494d1a4006f8076bc57ec7055c762d5', // an app's policy on Notion
  'https://usepersonalize.webflow.io/terms-of-service', // a video outreach service on a shared platform
  'https://tally.so/r/44jVVr', // an app's face-data policy in a form
  'https://thrivecommunitychurch.github.io/Architecture/ai-pipeline.html', // a church's sermon pipeline notes
];

const LEFT_OUT = [
  'https://artifex-staging.exera.cloud/privacy', // a staging host
  'https://konohaslot78.net/privacy', // "TBD … placeholder"
  'https://oncemore.pet/privacy', // a tribute-video service whose policy names no AI processing
  'https://cuneytemir.com/apps/nailai/privacy', // an app developer's page
  'https://www.easytech-agency.net/privacy/ai-nail-design', // an agency's app policy
  'https://www.cherrbay.com/privacy-policy-for-nailux/', // an app developer's page
  'https://creativdigital.ro/ro/privacy-policy-smile-architect', // an agency's app policy
  'https://www.workflowlab.dev/build/packaging-mockup-generation-api', // a build guide for a model API
  'https://www.osiztechnologies.com/news/beware-the-online-menus-with-ai-food-photos', // a news page on a developer's site
  'https://sf.gazetteer.co/server-farm-to-table', // news about AI menu photos
  'https://interiorphotographer.photos/2026/06/05/ai-cinematic-interior-videos-how-they-work/', // a photographer's article
  'https://developwithfaith.com/blog/ai-sermon-clips-vertical-video-workflow-churches', // an agency's article
  'https://thetechnotricks.pro/ai-home-exterior-paint-generator/', // a guide to paint visualisers
  'https://www.leenkup.com/FaceTouchUp', // an article on surgery simulation
];

const NAMESAKES = [
  'https://vihaze.in/', // the parent of jewelgen.vihaze.in, not read
  'https://www.wrapstudio.com/', // beside WrapStudio AI (wrapstudio.ai), not read
  'https://www.visualbuild.com/', // beside VisualBuild (visualbuild.ca, visualbuild.app), not read
  'https://www.smilemirror.com/', // beside SmileMirror (smilemirror.ai), not read
  'https://www.smileproof.com/', // beside Smileproof (smileproof.ai), not read
  'https://www.photocen.net/', // beside PhotoCen (photocen.com), not read
  'https://www.fixaphoto.com/', // beside Car AI (fixaphoto.app), not read
  'https://www.usapools.com/', // beside USAIPools, not read
];

describe('twenty-eighth-session seventh image-and-video traps', () => {
  it('adds 18 rows, each with no prefix, in the expected regions', () => {
    expect(longTailC28Imgvid7Tools.length).toBe(18);
    expect(
      longTailC28Imgvid7Tools.every(
        (t) => t.domains.length === (t.id === 'visualbuild' ? 2 : 1) && t.urlPrefixes.length === 0,
      ),
    ).toBe(true);
    const regions = Object.fromEntries(longTailC28Imgvid7Tools.map((t) => [t.id, catalogRegion(t.id)]));
    expect(regions).toEqual({
      'dealer-vision-pro': 'global',
      carphotowizard: 'global',
      'car-ai-fixaphoto': 'global',
      'wrapstudio-ai': 'global',
      'tesla-wrap-designer': 'global',
      'ai-smile-simulator': 'global',
      smilemirror: 'global',
      smileproof: 'middle-east',
      visualbuild: 'global',
      bedrhome: 'global',
      usaipools: 'global',
      'jewelgen-vihaze': 'global',
      'diatech-studio': 'global',
      photocen: 'global',
      lyrclip: 'global',
      'lumai-video': 'global',
      revreels: 'global',
      'propertyvideos-ai': 'global',
    });
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC28Imgvid7Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC28Imgvid7Tools));
    expectEachClassifiedAs({
      'https://www.dealervisionpro.com/': 'dealer-vision-pro',
      'https://www.carphotowizard.com/': 'carphotowizard',
      'https://fixaphoto.app/terms': 'car-ai-fixaphoto',
      'https://www.wrapstudio.ai/': 'wrapstudio-ai',
      'https://www.tesla-wrap.net/': 'tesla-wrap-designer',
      'https://app.smilemirror.ai/': 'smilemirror',
      'https://smileproof.ai/': 'smileproof',
      'https://visualbuild.app/': 'visualbuild',
      'https://www.bedrhome.com/': 'bedrhome',
      'https://www.lyrclip.com/': 'lyrclip',
      'https://lumainow.com/terms': 'lumai-video',
      'http://revreels.com/legal': 'revreels',
      'https://www.photocen.com/': 'photocen',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
