// The lists-b pass of session 13 (issue 15): creative and agent lists (an AI video tools list, an AI music list, an agent
// deployment platforms list, a catalogue of generative AI for game and anime production). Each added host must classify to its own entry; the general sites, sibling names and
// parents around them must stay unclassified.
import { describe, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified } from '../../testing/lookalikes';

const ADDED: Record<string, string> = {
  'https://modelslab.com/': 'modelslab',
  'https://modelslab.com/models': 'modelslab',
  'https://www.comfydeploy.com/': 'comfy-deploy',
  'https://comfydeploy.com/pricing': 'comfy-deploy',
  'https://workmusic.ai/': 'workmusic-ai',
  'https://www.stackai.com/': 'stack-ai',
  'https://stackai.com/pricing': 'stack-ai',
  // Game and anime production catalogue
  'https://kie.ai/infinitalk': 'kie-ai',
  'https://getcartwheel.com/': 'cartwheel-animation',
  'https://www.rokoko.com/products/vision': 'rokoko-vision',
  'https://rokoko.com/products/vision/pricing': 'rokoko-vision',
  'https://www.nvidia.com/en-us/omniverse/apps/audio2face/': 'nvidia-audio2face',
  'https://developer.nvidia.com/ace': 'nvidia-ace',
  'https://voisona.com/': 'voisona',
  'https://cevio.jp/': 'cevio-ai',
  'https://studio-neutrino.com/': 'neutrino-singing',
  'https://app.anything.world/': 'anything-world',
  'https://www.didimo.co/': 'didimo',
  'https://me.meshcapade.com/': 'meshcapade',
  'https://meshcapade.com/': 'meshcapade',
  'https://www.getleo.ai/': 'leo-ai-cad',
  'https://zoo.dev/zookeeper': 'zoo-zookeeper',
  'https://zoo.dev/text-to-cad': 'zoo-zookeeper',
  'https://spaitial.ai/': 'spaitial',
  'https://www.copainter.ai/en/lineart': 'copainter',
  'https://mangacolorizer.com/': 'mangacolorizer',
  'https://watashicolorizer.com/': 'watashi-colorizer',
  'https://vividmanga.com/': 'vividmanga',
  'https://anicomic.ai/': 'anicomic-ai',
  'https://mangaflow.studio/': 'mangaflow-studio',
  'https://comicai.com/': 'comic-ai',
  'https://www.comicsai.org/en/manga-screentone-generator': 'comicsai',
  'https://www.mangaka.app/': 'mangaka-app',
  'https://ismanga.com/': 'ismanga',
  'https://toriitranslate.com/': 'torii-translate',
  'https://mantra.co.jp/en/': 'mantra-engine',
  'https://crowdin.ai/': 'crowdin-ai',
  'https://www.alchemind.ai/': 'alchemind-ai',
  'https://www.rpggo.ai/': 'rpggo',
  'https://beeble.ai/': 'beeble-ai',
  'https://www.pixop.com/': 'pixop',
  'https://www.mago.studio/': 'mago-studio',
  'https://flowframes.app/': 'flowframes',
  'https://applio.org/': 'applio',
  'https://adam.new/cadam': 'adam-cad',
  // Aliases handed to existing entries
  'https://unity.com/products/muse': 'unity-ai',
  'https://developer.adobe.com/firefly-services/': 'adobe-firefly',
};

const NOT_AI = [
  // General video editors and caption tools the video list also names
  'https://www.capcut.com/',
  'https://clipchamp.com/',
  'https://filmora.wondershare.com/',
  'https://www.flexclip.com/',
  'https://www.renderforest.com/',
  'https://www.hitpaw.com/video-enhancer.html',
  'https://www.loom.com/',
  'https://www.tella.tv/',
  'https://zubtitle.com/',
  'https://vizzy.io/',
  'https://docs.qingque.cn/',
  // Focus-sound apps and libraries beside workmusic.ai
  'https://www.brain.fm/',
  'https://www.noisli.com/',
  'https://mynoise.net/',
  'https://lifeat.io/',
  'https://www.focusatwill.com/',
  // Similar names and parents
  'https://models.com/',
  'https://lab.com/',
  'https://stack.com/',
  'https://stackoverflow.com/',
  'https://www.workmusic.com/',
  // General 3D, animation, audio and localization software beside the game catalogue's AI services
  'https://www.rokoko.com/',
  'https://www.rokoko.com/products/smartsuit-pro',
  'https://www.nvidia.com/en-us/omniverse/',
  'https://developer.nvidia.com/',
  'https://developer.nvidia.com/cuda-toolkit',
  'https://zoo.dev/',
  'https://zoo.dev/design-studio',
  'https://unity.com/',
  'https://unity.com/products/unity-engine',
  'https://developer.adobe.com/',
  'https://crowdin.com/',
  'https://www.mixamo.com/',
  'https://www.reallusion.com/iclone/',
  'https://www.vocaloid.com/en/',
  'https://www.openutau.com/',
  'https://www.svp-team.com/',
  'https://www.clipstudio.net/en/',
  'https://medibangpaint.com/en/',
  'https://www.fmod.com/',
  'https://lokalise.com/',
  'https://www.sidefx.com/',
  'https://borisfx.com/products/silhouette/',
  // Similar names
  'https://world.com/',
  'https://didi.com/',
  'https://leo.com/',
  'https://zoo.com/',
  'https://pixabay.com/',
  'https://mago.com/',
  'https://mantra.com/',
  'https://torii.com/',
  'https://comic.com/',
  'https://manga.com/',
  'https://beeble.com/',
  'https://adam.com/',
  'https://kie.com/',
  'https://rpg.net/',
];

describe('lists-b pass (session 13) look-alikes', () => {
  it('classifies every host this pass added as its own entry', () => {
    expectEachClassifiedAs(ADDED);
  });
  it('leaves the general sites and look-alikes beside them unclassified', () => {
    expectNoneClassified(NOT_AI);
  });
});
