// Traps beside the rows the twenty-second session's second design pass added (data/long-tail-c22-design2.ts): the
// ordinary sites next to each kind of AI tool it added (a design canvas, a component library, colour, font, icon and
// SVG sites, texture libraries, wallpapers, print-on-demand and marketplace sites, a fabric printer, dress, fashion
// and jewellery shops, packaging and app-store sites, home-improvement and interior sites, a gemmology institute), the
// parent of the claimed subdomain, the shared-platform copies and left-out hosts the pass read, and sites whose
// names sit close to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC22Design2Tools } from './data/long-tail-c22-design2';

const GENERAL_SITES = [
  'https://www.figma.com/', // a design tool, beside the Figma plugin, the UI canvas and the design-system generator
  'https://www.canva.com/', // a design tool, beside the mockup, pattern and palette generators
  'https://www.heroui.com/', // the HeroUI component library, beside HeroUI Studio
  'https://nextui.org/', // HeroUI's former library site, beside HeroUI Studio
  'https://coolors.co/', // a colour-palette site, beside the AI palette generator
  'https://www.pantone.com/', // a colour authority, beside the AI palette generator
  'https://fonts.google.com/', // a font library, beside the AI font generator
  'https://www.dafont.com/', // a font library, beside the AI font generator
  'https://iconify.design/', // an icon library, beside the AI icon generators
  'https://thenounproject.com/', // an icon library, beside the AI icon generators
  'https://www.flaticon.com/', // an icon library, beside the AI icon generators
  'https://www.svgrepo.com/', // an SVG library, beside the AI SVG generators and converters
  'https://polyhaven.com/', // a texture library, beside the AI PBR texture generator
  'https://ambientcg.com/', // a texture library, beside the AI PBR texture generator
  'https://www.textures.com/', // a texture library, beside the AI PBR texture generator
  'https://wallhaven.cc/', // a wallpaper site, beside the AI wallpaper generator
  'https://www.spoonflower.com/', // a fabric printer, beside the AI pattern generator
  'https://www.printful.com/', // a print-on-demand provider, beside the AI print-on-demand designs and mockups
  'https://www.printify.com/', // a print-on-demand provider, beside the AI print-on-demand designs and mockups
  'https://placeit.net/', // a mockup-template site, beside the AI mockup generators
  'https://www.etsy.com/', // a marketplace, beside the mockup and print-on-demand tools
  'https://www.shopify.com/', // a commerce platform, beside the AI product photography tools
  'https://www.davidsbridal.com/', // a dress shop, beside the AI dress designer
  'https://www.zara.com/', // a fashion retailer, beside the AI fashion designer
  'https://www.bluenile.com/', // a jewellery retailer, beside the AI jewellery image generator
  'https://www.gia.edu/', // a gemmology institute met in the searches, beside the AI jewellery image generator
  'https://www.packhelp.com/', // a packaging printer, beside the AI packaging layout tool
  'https://developer.apple.com/', // Apple's developer site, beside the AI App Store screenshot composer
  'https://www.ikea.com/', // a furniture retailer, beside the AI interior designers
  'https://www.houzz.com/', // an interior-design site, beside the AI interior and kitchen designers
  'https://www.homedepot.com/', // a home-improvement retailer, beside the AI kitchen and landscape designers
];

const PARENTS = [
  'https://lucids.top/', // the parent of Prompt Coder's claimed subdomain
  'https://www.lucids.top/', // the parent of Prompt Coder's claimed subdomain
];

const SHARED_PLATFORMS = [
  'https://wirestudio-landing.pages.dev/terms', // a policy or page on a shared platform
  'https://myink-7yw.pages.dev/terms', // a policy or page on a shared platform
  'https://fontplant.pages.dev/terms', // a policy or page on a shared platform
  'https://brand-studio-ai.pages.dev/terms', // a policy or page on a shared platform
  'https://instantui.pages.dev/glossary/', // a policy or page on a shared platform
  'https://design-md-generator.pages.dev/privacy', // a policy or page on a shared platform
  'https://ai-interior-landing.pages.dev/privacy', // a policy or page on a shared platform
  'https://photospro-marketing-production.pages.dev/terms', // a policy or page on a shared platform
  'https://ai-svg-icon-gen.vercel.app/terms', // a policy or page on a shared platform
  'https://aiart0011.github.io/LogoWiz/', // a policy or page on a shared platform
  'https://olympos-apps-5adc1.web.app/homeai/privacy.html', // a mobile app's policy on a shared platform
  'https://haleemapps.blogspot.com/2026/05/privacy-policy-ai-home-design.html', // a mobile app's policy on a blog host
];

const LEFT_OUT = [
  'https://www.tshirtgen.com/policies/privacy-policy', // a mobile-only app's policy
  'http://aidreamhome.cc/privacy', // a mobile-only app's policy
  'https://dropshirt.art/terms.html', // a mobile-only app's terms
  'https://screenmockups.app/privacy', // a mobile-only app's policy
  'https://invityai.forvibe.app/privacy-policy', // a mobile-only app's policy on an app studio's host
  'https://magicinvite.thoughtfulstudios.ai/products/magicinvite/privacy.html', // a mobile-only app's policy
  'https://brand-generator.com/privacy', // a policy that does not say AI
  'https://brandstylegenerator.com/privacy', // a policy that does not say AI
  'https://www.embellify.com/legal/terms', // terms that do not say AI
  'https://12icon.com/license', // a licence that does not say AI
  'https://www.appscreenshotmagic.com/privacy', // a policy that does not say AI
  'https://appstorescreenshots.ai/privacy', // AI only in the domain name
  'https://artfulvector.com/privacy', // "model inference" but no word of AI
  'https://www.furnishar.eu/terms', // a 3D and AR viewer, no AI
  'https://weddinginvites.us/privacy', // an in-browser editor, no AI
  'https://thisisdev.whatifby.com/terms', // a dev host whose terms do not say AI
  'https://customfont.app/privacy', // a handwriting-font tool with one optional AI feature
  'https://generato.app/privacy.html', // a Figma data plugin with bring-your-own-key AI
  'https://shirtaki-design-studio.com/privacy.html', // a Shopify customiser whose AI is conditional
  'https://zakeke.zendesk.com/hc/en-us/articles/24190036352924-AI-Design-Generator', // one feature of a product customiser
  'https://spaces.opencharts.com/help/app-designer', // one mode of a whiteboard product
  'https://www.uigel.com/showcases/3d-icon-gallery/terms-and-conditions', // an AI studio inside a UI-kit shop
  'https://t-shirt-prints.com/privacy-policy', // a shop that sells AI images
  'https://wowcardsai.com/en/offer/', // a card service whose admin designs with AI tools
  'https://mockify.tezsid.me/privacy-policy', // a personal beta
  'https://www.ptaszynski.me/work/spark', // a designer's private side project
  'https://patternweaver.ai/blog/commercial-license-ai-patterns', // seen only on a guide on its blog
  'http://stagedbyai.com/blog/staging-images/legal-aspects-of-ai-virtual-staging-compliance-and-best-practices', // a guide
  'https://www.tigmi.co/glossary/ai-mood-board', // a glossary entry
  'https://snappyit.ai/blog/ai-jewelry-model-generator-guide', // a guide
  'https://modelia.ai/blog/ai-generated-shoes', // a guide
  'https://archgee.com/blog/ai-sketch-to-render', // a guide
  'https://archmaster.app/blog/ai-design/sketch-to-render-ai-architects', // a guide
  'https://www.stytrix.com/glossary/generative-ai', // a glossary entry
  'https://instantinteriorai.com/', // seen only as a citation
  'https://advancedpremediasolutions.com/terms-conditions', // an AI platform's terms on a premedia company's site
  'https://secondstream.co/generation-terms', // AI generation terms that do not say what the product is
  'https://jewelerstudio.ai/?p=4923', // a bare `?p=` page
  'https://www.patternpioneerstudio.com/legal/license', // a pattern shop, no AI
  'https://luxbespoke.com/', // a footwear maker met in the searches
];

const NAMESAKES = [
  'https://iconly.pro/', // the Iconly icon set, beside Iconly (iconly.ai)
  'https://www.telerik.com/products/mocking.aspx', // Telerik's JustMock library, beside JustMock (justmock.com)
  'https://www.flowmo.com/', // beside Flowmo (flowmo.ai)
  'https://www.nuvex.com/', // beside Nuvex (nuvex.design)
  'https://www.svgmaker.com/', // beside SVGMaker.io (svgmaker.io)
  'https://www.smartsvg.com/', // beside SmartSVG.ai (smartsvg.ai)
  'https://www.systema.com/', // beside Systema AI (systema-ai.app)
  'https://www.virtualfashion.com/', // beside Virtual Fashion (virtualfashion.app)
  'https://www.buildadress.com/', // beside Build-a-Dress (build-a-dress.com)
  'https://www.patterncanva.net/', // beside PatternCanva (patterncanva.com)
  'https://www.jewelrygen.com/', // beside JewelryGenDNA (jewelrygendna.com)
  'https://www.bgcreate.com/', // beside BGCreate (bgcreate.ai)
  'https://www.aifonts.com/', // beside AIfonts.art (aifonts.art)
  'https://www.kitchenremodel.com/', // beside Kitchen Remodel AI (kitchenremodelai.com)
  'https://www.postermock.com/', // beside PosterMock AI (postermockai.com)
  'https://www.vectorwitch.com/', // beside Vector Witch (supervector.io)
];

describe('twenty-second-session second design (design2) traps', () => {
  it('adds 27 rows, each with one domain and no prefix', () => {
    expect(longTailC22Design2Tools.length).toBe(27);
    expect(longTailC22Design2Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC22Design2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://heroui.studio/legal/terms': 'heroui-studio',
      'https://code.lucids.top/terms': 'prompt-coder-lucids',
      'https://systema-ai.app/privacy': 'systema-ai',
      'https://help.flowmo.ai/vibe-coding/ai-design-system-generation': 'flowmo',
      'https://flowmo.ai/': 'flowmo',
      'https://www.colorpalettegenerator.ai/privacy': 'color-palette-generator-ai',
      'https://aisvg.im/terms': 'aisvg-svg-generator',
      'https://iconly.ai/terms': 'iconly-ai',
      'https://svgapp.ai/privacy/': 'svgapp-ai',
      'https://supervector.io/privacy': 'vector-witch',
      'https://svgmaker.io/terms': 'svgmaker-io',
      'https://dev.svgmaker.io/privacy': 'svgmaker-io',
      'https://www.smartsvg.ai/legals/terms/': 'smartsvg-ai',
      'https://aifonts.art/privacy': 'aifonts-art',
      'https://www.patterncanva.com/commercial-licensing': 'patterncanva',
      'https://aiwallpaper.me/terms-of-service': 'aiwallpaper-me',
      'https://virtualfashion.app/privacy': 'virtual-fashion-app',
      'https://build-a-dress.com/privacy-policy': 'build-a-dress',
      'https://jewelrygendna.com/terms': 'jewelrygendna',
      'https://www.aiprintondemand.com/privacy': 'ai-print-on-demand',
      'https://productshot.studio/terms-of-service': 'product-shot-studio',
      'https://www.photoshootlabs.com/terms-of-service': 'photoshoot-ai-photoshootlabs',
      'https://bgcreate.ai/terms-of-service': 'bgcreate-ai',
      'https://postermockai.com/privacy.html': 'postermock-ai',
      'https://justmock.com/privacy-policy': 'justmock',
      'https://nuvex.design/ai-app-store-screenshots': 'nuvex-design',
      'https://packai.tech/privacy': 'pack-ai-packai',
      'https://designsmindai.com/privacy': 'interiorai-designmindai',
      'https://kitchenremodelai.com/privacy-policy': 'kitchen-remodel-ai',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...PARENTS, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
