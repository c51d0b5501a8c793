// Look-alikes beside the hosts the twelfth-session fetch pass on business-function lists (fetch-e) took from
// BotCube/awesome-bots and kairichard/awesome-nocode-lowcode (data/long-tail-c12-fe.ts): every new host classifies to its own entry; the messaging platforms,
// bot builders and agencies the list names beside AI products, parents of the hosts, and label-boundary look-alikes stay
// unclassified.
import { describe, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified } from '../../testing/lookalikes';

const GENERAL_SITES_LISTED_BESIDE_AI = [
  'https://www.messenger.com/',
  'https://www.manychat.com/',
  'https://www.twilio.com/',
  'https://smooch.io/',
  'https://www.sinch.com/',
  'https://www.microsoft.com/',
  'https://www.ibm.com/',
  'https://botlist.co/',
  'https://chatbotslife.com/',
  'https://chatbotsmagazine.com/',
  'https://www.topbots.com/',
  'https://www.chatbotsummit.com/',
  'https://www.botwiki.org/',
  'https://www.radbots.com/',
  'https://www.voxable.io/',
  'https://atchai.com/',
  'https://www.botstar.com/',
  'https://dashbot.io/',
  'https://instabot.io/',
  'https://vuix.io/',
  'https://www.hubspot.com/',
  'https://www.hotjar.com/',
  'https://fomo.com/',
  'https://salesflare.com/',
  'https://kartra.com/',
  'https://linkz.ai/',
];

const PARENTS_AND_SIBLINGS = [
  'https://www.microsoft.com/en-us/research/',
  'https://mipt.ru/',
  'https://flow.com/',
  'https://crew.com/',
];

const LABEL_BOUNDARY = [
  'https://meya.com/',
  'https://notmeya.ai/',
  'https://flowxo.com/',
  'https://jetlink.com/',
  'https://botscrew.net/',
  'https://ubisend.org/',
  'https://imperson.net/',
  'https://botcopy.net/',
  'https://exvisory.com/',
  'https://xbots.com/',
  'https://personify.com/',
  'https://botnation.com/',
  'https://witlingo.net/',
  'https://luis.com/',
  'https://myluis.ai/',
  'https://deeppavlov.com/',
  'https://chatamo.net/',
  'https://rul.com/',
  'https://myrul.ai/',
  'https://callurl.net/',
  'https://easyclaw.ai/',
  'https://transform.com/',
];

const EXPECTED: Record<string, string> = {
  'https://www.meya.ai/': 'meya-ai',
  'https://www.jetlink.io/': 'jetlink-io',
  'https://botscrew.com/': 'botscrew',
  'https://www.ubisend.com/': 'ubisend',
  'https://www.imperson.com/': 'imperson',
  'https://www.botcopy.com/': 'botcopy',
  'https://exvisory.ai/': 'exvisory-ai',
  'https://xbots.ai/': 'xbots-ai',
  'https://personify.ai/': 'personify-ai',
  'https://www.botnation.ai/': 'botnation-ai',
  'https://www.witlingo.com/': 'witlingo',
  'https://www.luis.ai/': 'microsoft-luis',
  'https://deeppavlov.ai/': 'deeppavlov',
  'https://chatamo.com/': 'chatamo',
  'https://www.rul.ai/': 'rulai',
  'https://callurl.com/': 'callurl',
  'https://easyclaw.com/': 'easyclaw',
  'https://www.wetransform.com/': 'wetransform-importer',
};

describe('look-alikes beside the twelfth-session fetch pass, business-function lists (fetch-e)', () => {
  it('finds every new host', () => {
    expectEachClassifiedAs(EXPECTED);
  });

  it('leaves general sites, parents and label look-alikes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES_LISTED_BESIDE_AI, ...PARENTS_AND_SIBLINGS, ...LABEL_BOUNDARY]);
  });
});
