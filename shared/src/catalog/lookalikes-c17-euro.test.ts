// Traps beside the rows of the seventeenth session's `euro` pass (data/regional-c17-euro.ts): general sites whose AI
// feature sits beside the new regional tools (site builders, mail, hosting, call services), the parents of the AI
// subdomains the pass claimed, agencies and shared hosts it read and left out, and sites sharing a name with a new
// entry. Every trap must stay unclassified, and every new host, with the vendor pages the rows cite, must classify to
// its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { regionalC17EuroTools } from './data/regional-c17-euro';

const GENERAL_SITES = [
  'https://tilda.cc/', // a site builder with an AI assistant, beside the AI writing tools
  'https://www.squarespace.com/', // likewise
  'https://web.de/', // mail with a beta writing assistant
  'https://www.goto.com/', // meetings and support with AI features
  'https://www.one.com/', // hosting with AI terms
  'https://www.bureau24.fr/', // a call-answering service with a chatbot add-on, beside the AI phone receptionists
  'https://www.antwoordservice-telefoonservice.nl/', // a human answering service, beside Sainer
  'https://mijntelefoniste.nl/', // likewise
  'https://www.ictrecht.nl/', // a law firm writing about AI terms
  'https://www.test.de/', // a consumer magazine on AI images
  'https://sikt.no/', // a public agency whose KI-chat is for its members
  'https://www.mojanorwegia.pl/', // a portal with an AI assistant on one path
];

const PARENTS_AND_LEFT_OUT = [
  'https://anedcenter.com/', // parent of the claimed aned-ai.anedcenter.com
  'https://emilia.digital/', // parent of the claimed ai.emilia.digital
  'https://airbot.cloud/', // parent of the claimed omni.airbot.cloud
  'https://empacode.com/', // Ubora AI's maker, a mobile app, left out
  'https://www.targetfirst.com/cgu-ia', // an integrator's AI terms, left out
  'https://businessaissist.com/terms-conditions', // an agency that sets up assistants, left out
  'https://lunioncom.com/cgv-ia', // likewise
  'https://dkral.cz/vop/', // an AI automation consultant, left out
  'https://moinord.de/legal/agb-ki', // a digital agency's app suite, left out
  'https://agi-smart-solutions.de/', // a web agency reselling AI text credits, left out
];

const SHARED_PLATFORMS = [
  'https://getaillm.vercel.app/terms', // French terms on vercel.app
  'https://goguai.netlify.app/conditiile_prestare_servicii', // a Discord bot's terms on netlify.app
  'https://ai-mashinani-compass.vercel.app/privacy', // a Kenyan tool on vercel.app
  'https://kinyaai.up.railway.app/privacy', // a Kinyarwanda classifier on railway.app
  'https://studio--jurisdictio-8316b.us-central1.hosted.app/terms', // a legal AI on Firebase hosting
];

const NAMESAKES = [
  'https://www.siesta.com/', // beside Siesta AI
  'https://www.tributar.com/', // beside Tributar Intelligence
  'https://www.lexpro.com/', // beside LexPro
  'https://www.marketled.com/', // beside MarketLed
  'https://www.callkom.de/', // beside Callkom
  'https://www.omnibot.com/', // beside Omnibot
  'https://www.aleema.com/', // beside Aleema
];

describe('seventeenth-session euro traps', () => {
  it('adds 50 rows, each with one domain and no prefix', () => {
    expect(regionalC17EuroTools.length).toBe(50);
    expect(regionalC17EuroTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC17EuroTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://platform.iaonline.ai/policies/terms': 'ia-online',
      'https://beta.tuttu.ai/terms': 'tuttu-ai',
      'https://es.altpilot.ai/t%C3%A9rminos/': 'altpilot-ai',
      'https://npsai1.npsai.com/terms-conditions.html': 'npsai',
      'https://omni.airbot.cloud/ar/terms': 'omnibot-airbot',
      'https://ai.emilia.digital/terms-of-use': 'emilia-ai',
      'https://aned-ai.anedcenter.com/privacy.html': 'aned-ai',
      'https://informatyk.ai/prywatnosc/informatyk.ai': 'informatyk-ai',
    });
  });

  it('leaves general sites, parents, left-out hosts, shared platforms and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...PARENTS_AND_LEFT_OUT, ...SHARED_PLATFORMS, ...NAMESAKES]);
  });
});
