// Traps beside the hosts the tenth pass took by re-scanning every pinned list (data/long-tail-c10-rescan*.ts): sites
// the lists present as AI tools that are not (an art marketplace, a portrait-editing company named like an AI lab, a
// chat SDK), namesakes of new hosts under another suffix, and general SaaS the lists call AI. Every one must stay
// unclassified.
import { describe, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified } from '../../testing/lookalikes';

const LISTED_AS_AI_BUT_NOT = [
  'artsy.net', // an online art marketplace, listed in one Chinese list as an AI image generator
  'www.artsy.net',
  'anthropics.com', // Anthropics Technology (PortraitPro), not Anthropic (anthropic.com)
  'www.anthropics.com',
  'weavy.com', // a chat and collaboration SDK; the AI design tool is weavy.ai
  'headliner.app', // podcast audiograms
  'repurpose.io', // content cross-posting
  'www.cladwell.com', // a capsule-wardrobe app
  'whering.com',
];

const NAMESAKES = [
  'capsule.com', // an online pharmacy; Capsule, the AI shopping search, is capsule.ai
  'www.capsule.com',
  'clarion.com', // car audio; Clarion, the voice agent for healthcare, is clarion.ai
  'listnr.com', // LiSTNR, an Australian podcast app, listed in one Chinese list as a text-to-speech tool (Listnr AI is listnr.tech)
  'www.listnr.com',
];

describe('look-alikes beside the tenth long-tail pass', () => {
  it('leaves namesakes and sites listed as AI that are not AI tools unclassified', () => {
    expectNoneClassified([...LISTED_AS_AI_BUT_NOT, ...NAMESAKES]);
  });

  it('still finds the AI tools beside them', () => {
    const expected: Record<string, string> = {
      'https://capsule.ai/': 'capsule-ai',
      'https://www.clarion.ai/': 'clarion-ai',
      'https://llmgateway.io/dashboard': 'llm-gateway',
      'https://kissable.app/': 'kissable',
      'https://matter.ai/': 'j1-assistant',
    };
    expectEachClassifiedAs(expected);
  });
});
