// The lists-b pass of session 13 (issue 15): creative and agent lists (an AI video tools list, an AI music list, an agent
// deployment platforms list). Each added host must classify to its own entry; the general sites, sibling names and
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
];

describe('lists-b pass (session 13) look-alikes', () => {
  it('classifies every host this pass added as its own entry', () => {
    expectEachClassifiedAs(ADDED);
  });
  it('leaves the general sites and look-alikes beside them unclassified', () => {
    expectNoneClassified(NOT_AI);
  });
});
