// Traps beside the rows the eighteenth session's fetchb pass added (data/long-tail-c18-fetchb.ts): general sites next
// to the AI coding plan, prompt tool and chat room, the rest of the site whose one tool page is claimed, the parents of
// relay hosts claimed alone, a relay on a shared platform, the left-out hosts the lists named, and sites whose names
// sit close to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC18FetchbTools } from './data/long-tail-c18-fetchb';

const GENERAL_SITES = [
  'https://www.namepepper.com/', // the naming agency whose one tool page (Myriad) is claimed
  'https://www.namepepper.com/free-tools', // its other free tools
  'https://www.tableau.com/', // BI vendor with an AI feature, left out
  'https://www.dopt.com/', // product-adoption platform with AI insights, left out
  'https://www.chattermill.com/', // feedback analytics with AI insights, left out
  'https://astro.build/', // the static-site generator fujiya228's directory is built with
  'https://www.cloudflare.com/', // a general cloud MackDing lists for review, left out
  'https://portal.qiniu.com/', // a general cloud console MackDing lists for review, left out
];

const PARENTS = [
  'https://gpt.ge/', // parent of the claimed api.gpt.ge
  'https://v36.cm/', // parent of the claimed api.v36.cm
  'https://v3.cm/', // parent of the claimed api.v3.cm
  'https://maynor1024.live/', // parent of the claimed apipro.maynor1024.live
  'https://tokencloud.ai/', // parent of the claimed ai.tokencloud.ai
  'https://kksj.org/', // parent of the claimed cnapi.kksj.org
  'https://openai-ch.top/', // parent of the claimed api.openai-ch.top
  'https://ekan8.com/', // parent of the claimed api.ekan8.com
  'https://996444.cn/', // parent of the claimed api.996444.cn
  'https://paintbot.top/', // parent of the claimed oneapi.paintbot.top
  'https://comfly.chat/', // parent of the claimed ai.comfly.chat
  'https://aikeji.vip/', // parent of the claimed api.aikeji.vip
  'https://gpts.vin/', // parent of the claimed api.gpts.vin
  'https://timebackward.com/', // parent of the claimed api.timebackward.com
  'https://openai-up.com/', // parent of the claimed api.openai-up.com
  'https://wlai.vip/', // parent of the claimed api.wlai.vip
  'https://ai-gaochao.cn/', // parent of the claimed api.ai-gaochao.cn
  'https://xjai.cc/', // parent of the claimed new.xjai.cc
  'https://sbgpt.site/', // parent of the claimed go.sbgpt.site
  'https://nio.gs/', // parent of the claimed api.nio.gs
  'https://rcouyi.com/', // parent of the claimed api.rcouyi.com
];

const SHARED_PLATFORMS = [
  'https://aigateway.vercel.app/', // a relay's docs on vercel.app
];

const LEFT_OUT = [
  'https://payforgpt.com/', // a payment proxy for overseas AI subscriptions
  'https://z-image-ai.org/', // a fan site named after an open image model
  'https://zimageturbo.org/z-image-best-practice', // a fan site named after an open image model
  'https://altern.ai/', // a directory of AI tools
  'https://diffusiondb.com/', // a directory of Stable Diffusion apps
  'https://dual-subtitles.com/', // a subtitle extension the list does not call AI
  'https://www.aiapipk.com/', // a price board of relay stations
  'https://lutopia.app/', // a forum for AI companions and their humans
  'https://co.yes.vg/', // a relay the list gives no name
  'https://api.ezchat.top/', // a "site created" page listed for review
  'https://topjl.cn/', // a "site created" page listed for review
  'https://aiclaude.site/', // an AI news site listed for review
];

const NAMESAKES = [
  'https://www.commandcode.com/', // beside Command Code (commandcode.ai)
  'https://www.zyloo.com/', // beside Zyloo (zyloo.io)
  'https://www.apimart.com/', // beside APIMart (apimart.ai)
  'https://anyrouter.com/', // beside AnyRouter (anyrouter.dev)
  'https://www.megallm.com/', // beside MegaLLM (megallm.io)
  'https://poixe.ai/', // beside Poixe AI (poixe.com)
  'https://www.doro.com/', // beside Doro AI (doro.lol)
];

describe('c18 fetchb lookalikes', () => {
  it('adds 92 listed rows', () => {
    expect(longTailC18FetchbTools).toHaveLength(92);
  });

  it('classifies every new host and prefix', () => {
    expectEachClassifiedAs(ownUrls(longTailC18FetchbTools), { api: true });
  });

  it('classifies pages on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://commandcode.ai/pricing': 'command-code',
      'https://zyloo.io/subscription': 'zyloo',
      'https://www.namepepper.com/free-tools/ai-content-prompt-tool': 'namepepper-myriad',
      'https://api.gpt.ge/v1/models': 'api-gpt-ge',
      'https://platform.ephone.ai/': 'ephone-ai',
      'https://api.chatanywhere.tech/v1/chat/completions': 'chatanywhere-api',
      'https://api.wlai.vip/v1/models': 'yunwu-ai',
      'https://api2.aigcbest.top/v1/models': 'aigcbest',
      'https://api.bianxie.ai/v1/models': 'bianxie-ai',
      'https://apicore.ai/': 'apimart',
      'https://gptgod.online/': 'gptgod',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...PARENTS, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
