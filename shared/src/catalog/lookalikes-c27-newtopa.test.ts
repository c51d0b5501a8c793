// Traps beside the rows the twenty-seventh session's first newtop pass added (data/long-tail-c27-newtopa.ts) and the
// chooch.ai host it added to Chooch's entry: the ordinary sites next to each kind of tool (trust-and-safety bodies,
// the crypto network BitMind runs on, survey and review platforms, container and ML infrastructure, SEO suites,
// bug-bounty platforms, schools, fitness, credit bureaus, telephony), the lead-list hosts the pass read and left out,
// the shared-platform and third-party pages met for lead-list products, general products and guides met in the
// searches, and sites whose names sit close to the new entries. None of them may classify; every new host must reach
// its own entry. Not trapped: accio.ai, aftershoot.ai, airia.ai and claila.ai, .ai hosts beside listed products
// (Accio, Aftershoot, Airia, CLAILA) that may be those vendors' own; no page on them was found (the merge's look-ups
// too), so they are neither listed nor asserted not to be AI.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC27NewtopaTools } from './data/long-tail-c27-newtopa';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.tspa.org/', // the trust-and-safety professionals' body, beside Clavata
  'https://bittensor.com/', // the crypto network BitMind's subnet runs on
  'https://taostats.io/', // a Bittensor explorer, beside BitMind
  'https://www.qualtrics.com/', // a survey platform, beside Beehive AI
  'https://www.surveymonkey.com/', // a survey platform, beside Beehive AI
  'https://www.docker.com/', // the containers AIchor builds experiments in
  'https://www.instadeep.com/', // AIchor's vendor's company site, not read
  'https://opencv.org/', // a computer-vision library, beside Chooch
  'https://www.semrush.com/', // an SEO suite, beside Addlly AI and effectly.ai
  'https://www.hackerone.com/', // a bug-bounty platform, beside Bugtri
  'https://www.bugcrowd.com/', // a bug-bounty platform, beside Bugtri
  'https://www.tes.com/', // a teachers' resource site, beside TeachersFlow
  'https://www.strava.com/', // a fitness app, beside FitWiz
  'https://www.experian.com/', // a credit bureau, beside Synnax
  'https://www.twilio.com/', // telephony, beside Ayra AI's voice agents
  'https://www.kaggle.com/', // a data-science community, beside AIchor
];

const LEFT_OUT = [
  'https://bugbase.ai/bounty-hunter-terms', // bug-bounty terms that do not say AI
  'https://www.climatealpha.ai/risk-and-resilience-indicators', // climate indicators, not said to be AI
  'https://deepar.ai/deepar-studio-app-create-edit-perfect-content/', // an AR face-filter studio, not said to be AI
  'https://help.deepar.ai/en/articles/4351307-type-of-effects', // the AR SDK's help centre
  'https://www.answer.ai/posts/2023-12-12-launch.md', // an AI R&D lab's launch post, no product on the host
  'https://developer.connectappypie.com/docs/triggers', // Appy Pie Connect's developer docs (beside appypieautomate.ai)
  'https://helpcenter.threatq.com/Integration_Documentation/cdf/alphaMountain_CDF.htm', // a third party's guide to alphaMountain.ai
  'https://research.cowrie.pro/projects/aspecta-id', // a third party's note on Aspecta
  'https://www.mangoapps.com/help/app_builder_app_overview', // a workforce platform with an AI app builder
  'https://www.appmint.io/docs/appengine/automation/ai-generated-workflows/', // a platform with an AI workflow feature
  'https://knogin.com/api/docs/modules/alert-intelligence', // a security platform's alert module
  'https://docs.digitechnomads.com/features/calendar', // a company's docs for a suite with meeting detection
  'https://solver.press/about', // a publication of AI-generated hypotheses
  'https://www.blackhat.ie/methodology', // a threat-intelligence news feed
  'https://hemiao.ai/en/download/', // a page that does not say AI
  'https://clout.you/privacy-policy/', // a policy that does not say AI
  'https://influoai.co/en/privacy', // an influencer marketplace whose policy does not say AI
  'https://finntang.com/en/methodology', // a BaZi reading method that does not say AI
  'https://zeedata.io/api/docs', // API docs whose service sits on another host
  'https://mango.francescobellingeri.com/docs/getting-started/how-it-works', // a personal developer host
  'https://builtbycorey.com/case/mooncake', // a portfolio case study
  'https://decoder.thaiamuletscollection.com/destiny-decoder-methodology', // a shop's subdomain
];

const SHARED_PLATFORMS = [
  'https://medium.com/call-time/data-driven-the-best-time-to-schedule-call-time-e7fa2c5ecd59', // CallTime.AI's blog on Medium
  'https://answerlabsinc.mintlify.app/sources', // answerr.ai's API docs on a shared docs platform
  'https://aspewebsite.pages.dev/en/privacy', // a policy on a shared platform, met beside Aspecta
];

const NAMESAKES = [
  'https://www.beehiiv.com/', // a newsletter platform, beside Beehive AI (beehive.ai)
  'https://www.clavata.com/', // beside Clavata (clavata.ai)
  'https://www.bitmind.com/', // beside BitMind (bitmind.ai)
  'https://www.coddo.com/', // beside Coddo (coddo.ai)
  'https://www.chipp.com/', // beside Chipp (chipp.ai)
  'https://www.speco.com/', // a security-camera maker, beside Speco (specoai.com)
  'https://www.parallax.com/', // beside PARALLAX (prlx.dev)
  'https://www.fitwiz.com/', // beside FitWiz (fitwiz.us)
  'https://www.botbat.com/', // beside BotBat (botbat.io)
  'https://www.mangotango.com/', // beside Mango Tango (mangotangoai.com)
  'https://www.ayra.com/', // beside Ayra AI (ayra.cx)
  'https://www.synnax.com/', // beside Synnax (synnax.ai)
  'https://www.effectly.com/', // beside effectly.ai
  'https://www.cloutai.com/', // beside CloutAI (cloutai.co.uk)
  'https://www.ai-go.com/', // beside AI GO (ai-go.app)
];

describe('twenty-seventh-session first newtop traps', () => {
  it('adds 22 rows, each with one domain and no prefix, CloutAI in europe and the rest global', () => {
    expect(longTailC27NewtopaTools.length).toBe(22);
    expect(longTailC27NewtopaTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(catalogRegion('cloutai')).toBe('europe');
    expect(
      longTailC27NewtopaTools
        .filter((t) => t.id !== 'cloutai')
        .every((t) => catalogRegion(t.id) === 'global'),
    ).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC27NewtopaTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC27NewtopaTools));
    expectEachClassifiedAs({
      'https://www.clavata.ai/blogs/clavata-vs-the-old': 'clavata',
      'https://docs.clavata.ai/getting_started/what_can_Clavata_do_for_you': 'clavata',
      'https://app.bitmind.ai/api/keys': 'bitmind',
      'https://www.beehive.ai/post/from-solo-melodies-to-harmonic-insights-the-symphony-of-customer-feedback':
        'beehive-ai',
      'https://docs.aichor.ai/getting-started-with-aichor/core-concepts': 'aichor',
      'https://www.addlly.ai/': 'addlly-ai',
      'https://www.coddo.ai/': 'coddo',
      'https://cloutai.co.uk/privacy': 'cloutai',
      'https://docs.synnax.ai/': 'synnax',
    });
  });

  it('adds chooch.ai to Chooch', () => {
    expectEachClassifiedAs({
      'https://chooch.ai/computer-vision/what-does-chooch-mean/': 'chooch',
      'https://chooch.ai/api': 'chooch',
      'https://apiv2.chooch.ai/predict': 'chooch',
      'https://www.chooch.com/api/': 'chooch',
    });
  });

  it('leaves general sites, left-out hosts, shared platforms and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...LEFT_OUT, ...SHARED_PLATFORMS, ...NAMESAKES]);
  });
});
