// Traps beside the rows the nineteenth session's spaces pass added (data/long-tail-c19-spaces.ts): the ordinary sites
// next to each kind of AI tool for 3D and physical spaces (3D-model and texture libraries, game-asset stores, CAD,
// property portals, furniture and garden shops, fabric printing, jewellers, DIY stores), the parents of the two
// subdomains claimed alone, the shared-platform copies and the left-out hosts the pass read, and sites whose names sit
// close to the new entries. None of them may classify; every new host must reach its own entry.
//
// At the merge of the twenty-second session: hadaa.app (Hadaa) and textures.grixai.com (Grix) were listed from the
// vendors' own pages (data/long-tail-c22-mergefix.ts), so their traps were dropped.
// Listed since: redesaign.com (RedesAIgn) by the twenty-fourth session's image pass, from its own articles about its AI redesign generator.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC19SpacesTools } from './data/long-tail-c19-spaces';

const GENERAL_SITES = [
  'https://www.thingiverse.com/', // a 3D-model library, beside the AI 3D generators
  'https://sketchfab.com/', // 3D-model hosting, beside the AI 3D generators
  'https://www.cgtrader.com/', // a 3D-model store, beside the 3D-generation APIs
  'https://polyhaven.com/', // free textures made by people, beside the AI texture generators
  'https://itch.io/', // a game and asset store, beside the AI sprite generators
  'https://www.opengameart.org/', // free game art, beside the AI game-asset tools
  'https://www.autodesk.com/', // CAD software, beside the AI floor-plan and render tools
  'https://www.zillow.com/', // a property portal, beside the AI virtual staging tools
  'https://www.realtor.com/', // a property portal, beside the AI listing tools
  'https://www.ikea.com/', // a furniture shop, beside the AI furniture visualisers
  'https://www.wayfair.com/', // a furniture shop, beside the AI room visualisers
  'https://www.homedepot.com/', // a DIY store, beside the AI kitchen previews
  'https://www.burpee.com/', // a seed and garden shop, beside the AI garden designers
  'https://www.spoonflower.com/', // fabric printing, beside the AI apparel-design platform
  'https://www.tiffany.com/', // a jeweller, beside the AI jewellery photography
  'https://housesdesign.org/', // the parent of facade.housesdesign.org, claimed alone
  'https://p5ina.dev/', // the developer domain whose subdomain gensprite.p5ina.dev is claimed alone
];

const SHARED_PLATFORMS = [
  'https://freepbrtextures-com.pages.dev/blog/ai-texture-generators/', // an AI texture site's blog on pages.dev
  'https://myink-7yw.pages.dev/terms', // a tattoo generator's terms on pages.dev
  'https://wackleapps.github.io/tattoogen-ai-legal/terms-of-service', // a tattoo app's terms on github.io
  'https://shiyongshuomingexterior.pages.dev/', // an exterior-design app's manual on pages.dev
  'https://privacy-nailart.vercel.app/', // a nail-art app's policy on vercel.app
  'https://stage-ai-three.vercel.app/privacy', // a virtual staging app's policy on vercel.app
  'https://privacy-policy-site-steel.vercel.app/apps/landscape-design-ai/', // a landscape app's policy on vercel.app
  'https://ai-property-describer.vercel.app/', // ImmobiliareAI's licensed API on vercel.app
  'https://consumer-dividends.pages.dev/legal/listingpro-terms.html', // a listing tool's terms on pages.dev
  'https://3dgpt.zeabur.app/privacy-policy', // an image-to-3D tool on zeabur.app
  'https://sites.google.com/view/sneaker-lab-custom-ai/ana-sayfa', // a sneaker app's policy on Google Sites
  'https://sites.google.com/view/hairstyleapp/privacy-policy', // a hairstyle app's policy on Google Sites
  'https://autocad-dt-help-site.pages.dev/ai/guide', // an AutoCAD plugin's AI guide on pages.dev
  'https://bim-automation-studio.github.io/privacy-policy.html', // Revit tools on github.io
  'https://rachelchen.itch.io/terms-of-service-for-game-assets', // an asset seller's terms on itch.io
];

const LEFT_OUT = [
  'https://imagetostl.pro/es/acceptable-use-policy', // a template with a placeholder support address
  'https://finder.rent/privacy.html', // an iOS floor-plan scanner
  'https://privacy.curbstudioai.com/support/', // the iOS app of Facade Studio AI
  'https://www.joisk.com/legal/generative-terms', // a draft summary of an app builder's generators
  'https://rellow.co/legal/privacy', // a listing desk whose policy does not say AI
  'https://cdn1.gomlai.com/html/terms-en.html', // HOQI's terms on a CDN host
  'https://designtorender.com/acceptable-use', // an acceptable-use policy that does not say AI
  'https://trivox.ai/privacy-policy', // a local prototype
  'https://yardguardianai.com/privacy', // a mobile landscape app
  'https://gunaydinappstudio.com/garden/privacy', // a mobile garden app on its studio's host
  'https://garden.happyfactory.app/privacy', // a garden planner with AI plant tips on the side
  'https://tpillars.co/terms.html', // a mobile interior app on its studio's host
  'https://www.easytech-agency.net/privacy/ai-nail-design', // a mobile nail app on its agency's host
  'https://www.cherrbay.com/privacy-policy-for-nailux/', // a mobile nail app on its studio's host
  'https://cybever.ai/beta-agreement', // a licence that does not say AI
  'https://3dgenerator.art/privacy', // a policy that does not say AI
  'https://help.stlflix.com/en/articles/12013917-stl-ai-platform-terms-of-use', // STL-AI inside STLFLIX's help centre
  'https://xdvietnam.com/', // the company host of an AutoCAD assistant extension
  'https://kephalabs.com/en/privacy', // a draft policy of a Revit add-in
  'https://revit-smarttools.com/privacy.html', // Revit tools with one AI feature
  'https://staging.shoetracker.ai/privacy', // a staging host
  'https://apps15.com/chromextention/privacy-policy.html', // a try-on extension on its studio's host
  'https://www.kleiders.com/licensing', // a licensing page that never says AI
  'https://jewelerstudio.ai/', // a policy met only at a ?p= address
  'https://www.dreamzar.app/post/how-to-plan-a-garden-design-from-scratch', // seen only on its blog
  'https://www.adstronaut.net/blog/is-AI-generated-fashion-art-copyrightable-a-simple-guide-for-designers', // blog only
  'https://www.optimaimage.com/blog/ai-house-design-generator', // seen only on its blog
  'https://www.homezia.fr/blog/combien-coute-le-home-staging-virtuel', // seen only on its blog
  'https://renderai.app/blog/how-to-use-sketchup-ai-rendering-for-architecture-and-interior-design', // blog only
  'https://getroomai.com/guides/sketch-to-render-ai-guide/', // seen only on its guides
  'https://www.rendero.ai/sketchup-ai-render', // seen only on its blog
  'https://archigenai.com/cloud-ai-rendering-client-confidentiality-architects-2026.html', // seen only on an essay
  'https://aismartdecor.com/blog/ai-home-renovation-software', // seen only on its blog
  'https://patternweaver.ai/blog/commercial-license-ai-patterns', // seen only on its blog
  'https://www.property-glow.com/es/blog/home-staging-virtual-ia', // seen only on its blog
  'https://liftmyplace.com/es/blog/why-watermarks-matter-virtual-staging-us-compliance', // seen only on its blog
  'https://eliteaiadvantage.com/blog/how-ai-writes-real-estate-listings', // seen only on its blog
  'https://vayuai.ai/writing/building-vayuai-cad', // seen only on its essay
  'https://42rows.com/guides/parametric-cad-api-python', // seen only on its guides
  'https://tashvi.ai/blog/ethical-considerations-ai-jewelry-design-creativity-ownership-authenticity', // blog only
  'https://www.modelia.ai/', // seen only on its blog
];

const NAMESAKES = [
  'https://www.3dly.com/', // beside 3dly (3dly.app)
  'https://www.create3d.com/', // beside Create3D.io
  'https://www.magicobj.ai/', // beside MagicObj (magicobj.com)
  'https://www.triverse.com/', // beside Triverse (triverse.ai)
  'https://www.metakraft.com/', // beside Metakraft (metakraft.ai)
  'https://www.texturegenius.ai/', // beside TextureGenius (texturegenius.com)
  'https://www.sprixen.ai/', // beside Sprixen (sprixen.com)
  'https://www.gridbrush.com/', // beside GridBrush AI Lab
  'https://www.sketch2space.ai/', // beside Sketch2Space (sketch2space.com)
  'https://www.floorpln.ai/', // beside Floorpln (floorpln.com)
  'https://www.architerior.com/', // beside Architerior AI (architeriorai.com)
  'https://www.sketchviz.com/', // beside SketchViz (sketchviz.app)
  'https://www.homerestyler.com/', // beside HomeRestyler (homerestyler.app)
  'https://www.furnitureviz.com/', // beside FurnitureViz (furnitureviz.ca)
  'https://www.st8ge.com/', // beside ST8GE (st8ge.app)
  'https://www.propilia.com/', // beside Propilia (propilia.app)
  'https://www.homerstage.fr/', // beside Homer Stage (homerstage.com)
  'https://www.stagingwizard.ai/', // beside Staging Wizard (stagingwizard.com)
  'https://www.immomatch.ch/', // beside immoMatch.ai
  'https://www.tattooflash.com/', // beside TattooFlash (tattooflash.art)
];

describe('nineteenth-session spaces traps', () => {
  it('adds 45 rows, each with no prefix', () => {
    expect(longTailC19SpacesTools.length).toBe(45);
    expect(longTailC19SpacesTools.every((t) => t.urlPrefixes.length === 0)).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC19SpacesTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://console.suzanne3d.com/documentation/text-to-3d': 'suzanne3d',
      'https://docs.metakraft.ai/docs/spark-3d/3d-model-generation/generate': 'metakraft-spark-3d',
      'https://docs.triverse.ai/api-endpoints/text-to-3d': 'triverse-ai',
      'https://billing.trimsheetfast.com/faq/what-is-an-ai-texture-generator': 'trimsheetfast',
      'https://gensprite.p5ina.dev/terms': 'gensprite',
      'https://facade.housesdesign.org/privacy': 'facade-studio-ai-web',
      'https://aifurniture.app/privacy': 'ai-furniture-visualiser',
      'https://www.immomatch.ai/fr/cgv.html': 'immomatch-ai',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
