// Traps beside the rows the eighteenth session's design pass added (data/long-tail-c18-design.ts): the ordinary
// sites next to each kind of AI design tool (furniture and home stores, estate agents, 3D model marketplaces, logo
// and mockup marketplaces, tattoo and nail studios, fashion shops, slide templates), the parents of the claimed
// subdomains, the shared-platform copies and the left-out hosts the pass read, and sites whose names sit close to the
// new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC18DesignTools } from './data/long-tail-c18-design';

const GENERAL_SITES = [
  'https://www.ikea.com/', // furniture, beside the AI room redesigners
  'https://www.houzz.com/', // home-design photos and pros, beside the AI interior tools
  'https://www.zillow.com/', // property listings, beside the AI virtual-staging tools
  'https://www.turbosquid.com/', // a marketplace of 3D models made by people, beside the AI 3D generators
  'https://www.sketchfab.com/', // 3D model hosting, beside the AI 3D generators
  'https://www.placeit.net/', // template mockups, beside the AI mockup generators
  'https://www.dafont.com/', // a font archive, beside the AI logo makers
  'https://www.zalando.com/', // a fashion shop, beside the AI try-on tools
  'https://www.slidesgo.com/', // slide templates, left out as a general product
  'https://www.renderdoor.com/terms_and_conditions', // a human rendering studio read by the pass
  'https://renderpro.co/terms', // a human rendering studio read by the pass
  'https://road2.app/', // parent of the claimed app.road2.app
  'https://aidesigntools.icu/', // parent of the claimed figma.aidesigntools.icu
  'https://mvisualsonline.com/', // parent of the claimed roomify.mvisualsonline.com
  'https://www.flaticon.com/', // an icon library drawn by people, beside the AI icon generators
];

const SHARED_PLATFORMS = [
  'https://sites.google.com/view/alroommaker-pri/ana-sayfa', // a room-design app's policy on sites.google.com
  'https://sites.google.com/view/hairstyletryonhaircut-privacy', // a hairstyle app's policy on sites.google.com
  'https://olympos-apps-5adc1.web.app/homeai/privacy.html', // a home-design app's policy on web.app
  'https://sticky-privacy-legal.web.app/', // a sticker app's policy on web.app
  'https://myink-7yw.pages.dev/terms', // a tattoo generator's terms on pages.dev
  'https://privacy-nailart.vercel.app/', // a nail-art app's policy on vercel.app
  'https://shiyongshuomingexterior.pages.dev/', // an exterior-design app's manual on pages.dev
  'https://wackleapps.github.io/tattoogen-ai-legal/terms-of-service', // a tattoo app's terms on github.io
  'https://haleemapps.blogspot.com/2026/05/privacy-policy-ai-home-design.html', // a home-design app's policy on blogspot
  'https://luw-ai.gitbook.io/api/luw.ai-api-documentation/generators/pattern-ai', // an API's docs on gitbook.io
  'https://styleforme.pages.dev/legal/ai-disclosure', // an outfit styler's placeholder on pages.dev
  'https://shipup-sprite-sheet-maker.pages.dev/privacy/', // a logo generator's policy on pages.dev
];

const LEFT_OUT = [
  'https://logofoundry.app/terms', // favicon packs, not AI
  'https://aireframes.app/privacy', // its policy never says AI
  'https://intellirender.com/terms-of-service', // a template with placeholders
  'https://stylepromptstudio.com/privacy', // a beta placeholder
  'https://aicolorstory.com/legal/terms/', // a pre-launch draft
  'https://staging.roomverse.de/agb', // a staging host
  'https://tattoo-generator-stage.lusites.xyz/privacy', // a staging host
  'https://promptpage.site/en/terms', // an AI site builder hosting users' sites on its own domain
  'https://apps15.com/chromextention/privacy.html', // an extension policy on an app studio's host
  'https://mockupplacer.com/content-policy', // a mockup tool whose page never says the tool is AI
  'https://web.mockupsgenerator.com/acceptable-use', // PSD smart-object mockups, not AI
  'https://lam.sivokm.com/DigitalPrivacyPolicy.html', // an on-device pattern app
  'https://stickers.wiki/applegal/privacy', // a mobile-only sticker app
  'https://www.cherrbay.com/privacy-policy-for-nailux/', // a mobile-only nail app
  'https://theappiconfactory.com/privacy', // its policy speaks only of a "generation service"
  'https://appicongenerator.org/ar/acceptable-use', // an icon tool with AI features
  'https://www.appicon.site/privacy-policy', // an icon exporter, not AI
  'https://devbingo.xyz/privacy', // an outfit app on a host that is not its own
  'https://astaspasta.com/tos.html', // a styling app on a host that is not its own
  'https://ai-tools.modeltheme.com/logogenai-saas/?p=234', // a theme demo with placeholders
];

const NAMESAKES = [
  'https://www.logonaut.com/', // beside Logonaut (logonaut.app)
  'https://www.deckwizard.com/', // beside DeckWizard (deckwizard.ai)
  'https://www.rendershop.com/', // beside Rendershop (rendershop.ai)
  'https://www.lookvera.net/', // beside Lookvera (lookvera.com)
  'https://www.planterior.com/', // beside Planterior.ai
  'https://www.decora.com/', // beside Decora AI (decora.club)
  'https://www.deepstencil.ai/', // beside Deep Stencil (deepstencil.com)
  'https://www.dressesup.com/', // beside DressesUp (dressesup.org)
  'https://www.logofactory.com/', // beside LogoFactory (logofactory.ai)
  'https://www.changeoutfit.com/', // beside ChangeOutfit (changeoutfit.app)
  'https://www.stylecatch.com/', // beside StyleCatch AI (stylecatch.app)
];

describe('eighteenth-session design traps', () => {
  it('adds 36 rows, each with its own domains and no prefix', () => {
    expect(longTailC18DesignTools.length).toBe(36);
    expect(longTailC18DesignTools.every((t) => t.domains.length >= 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC18DesignTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://app.decoraihome.com/': 'decorai-rocket-digital',
      'https://www.wohnungdesign.de/agb': 'decorai-rocket-digital',
      'https://www.kiraumgestaltung.de/nutzungsbedingungen': 'decorai-rocket-digital',
      'https://www.decorai.live/privacy': 'decorai-rocket-digital',
      'https://app.road2.app/terms': 'propstage',
      'https://figma.aidesigntools.icu/user-agreement-en.html': 'aidesigntools-figma',
      'https://www.3dai.art/en/ai-acceptable-use-policy': '3dai-art',
      'https://www.exai.uk/llms-full.txt': 'exai-uk',
      'https://airoomdecor.app/docs/pattern': 'room-ai-airoomdecor',
      'https://1render.ru/en/terms': '1render',
      'https://roomify.mvisualsonline.com/terms': 'roomify-mvisuals',
      'https://www.aiappiconstudio.com/en/privacy': 'ai-app-icon-studio',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
