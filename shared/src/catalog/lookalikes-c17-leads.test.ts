// Traps beside the rows the seventeenth session's leads pass added (data/long-tail-c17-leads.ts): the general sites
// next to AI character platforms, agents, model web apps and gateways; the parent and sibling paths of the claimed
// subdomain and URL prefixes; hosts the pass read and left out (drafts, copies of other vendors' terms, mobile-only
// apps, articles, shared hosts, the brief's unproven aliases and renamed YC hosts); and sites sharing a name with the
// new entries. Every trap must stay unclassified; every new host must classify to its own entry.
//
// aicompaniondev.com dropped: listed in data/long-tail-c27-reconcile.ts (session 27).
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC17LeadsTools } from './data/long-tail-c17-leads';

const GENERAL_SITES = [
  'https://discord.com/', // where Shapes began, beside the character platforms
  'https://telegram.org/', // Yoriso and Brainy also answer there
  'https://www.whatsapp.com/', // a channel for BuildMyAgent's bots
  'https://vimeo.com/', // video hosting, beside the Sora, Veo, Kling and Seedance apps
  'https://www.shutterstock.com/', // stock images, beside the image apps
  'https://www.kuaishou.com/', // Kling's maker, not one of the independent Kling apps
  'https://ppg.kwai-pro.com/doodle/aDqchCbz.html', // Kling AI's own terms on Kuaishou's general host, read and not claimed
  'https://www.bytedance.com/', // Seedance's maker
  'https://www.browserstack.com/', // the general testing site beside the claimed Test Companion docs
  'https://www.browserstack.com/docs/automate/selenium', // a sibling docs path that is not the AI product
  'https://aggiii.com/', // the site beside the claimed Nano Banana path
  'https://navitech.cloud/', // parent of the claimed companion.navitech.cloud
  'https://www.nylas.com/', // email and calendar APIs; Notetaker's docs never say AI
  'https://www.lexisnexis.com/en-ca/', // legal publisher; only the catalog's Lexis+ path is claimed elsewhere
  'https://www.testingbot.com/', // a testing grid with no AI page found
  'https://tilda.cc/', // a site builder whose AI assistant terms came up beside the German character search
];

const LEFT_OUT = [
  'https://doranchat.com/terms.html', // draft terms with blanks
  'https://lunentia.ai/legal/privacy-policy', // draft policy with placeholders
  'https://docs.klingai2.org/kling-ai-terms-of-api-paid-service', // a copy of Kling AI's terms on another host
  'https://www.seedancev30.ai/en/terms', // terms that never say what the product does
  'https://www.seedancing.app/privacy', // an iOS app
  'https://babechat.vercel.app/policy/privacy-policy', // a shared host
  'https://voxelforge-1gt.pages.dev/hunyuan-3d.html', // an article on a shared host
  'https://www.fixpic.app/blog/does-sora-allow-watermark-removal', // a watermark tool that does not say AI
  'https://cleanwatermark.ai/zh-CN/legal/privacy-policy', // link lookups, not AI processing
  'https://veo3.kr/privacy-policy', // its policy never says AI
  'https://agentbuilders.app/acceptable-use', // hosting for agent-built apps
  'https://autonoms.ai/terms', // a marketplace of automations
  'https://www.stocklib.es/licencia-imegenes-ai.html', // a stock site with an AI section
  'https://clerk.com/privacy', // an authentication company the Clerked search returned
  'https://clerky.com/privacy', // legal paperwork for startups, another namesake
  'https://goodie.ai/', // an alias no Goodie page ties to higoodie.com
  'https://profound.ai/', // an alias no Profound page ties to tryprofound.com
  'https://runapi.co/', // an alias no RunAPI page ties to runapi.ai
  'https://clerked.ai/', // a renamed YC host with no vendor page found
  'https://copperlane.ai/', // likewise
];

const NAMESAKES = [
  'https://www.shapes.com/', // beside Shapes (shapes.inc)
  'https://www.persona.com/', // beside Persona (characterpanda.com)
  'https://www.mirage.com/', // beside Mirage AI (mirage.ai.kr)
  'https://www.brainy.com/', // beside Brainy (askbrainy.com)
  'https://www.harmonized.com/', // beside Harmonized AIOS
  'https://www.kling.com/', // beside Kling.art and Kling 5.0 AI
  'https://www.opus.com/', // beside OpusFlair
];

describe('seventeenth-session leads traps', () => {
  it('adds 58 rows: one prefix row each for Aggiii and BrowserStack, xchar with two hosts, the rest one domain', () => {
    expect(longTailC17LeadsTools.length).toBe(58);
    const prefixRows = longTailC17LeadsTools.filter((t) => t.urlPrefixes.length > 0).map((t) => t.id);
    expect(prefixRows).toEqual(['aggiii-nano-banana', 'browserstack-test-companion']);
    const multi = longTailC17LeadsTools.filter((t) => t.domains.length > 1).map((t) => t.id);
    expect(multi).toEqual(['xchar']);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC17LeadsTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts, subdomains and paths', () => {
    expectEachClassifiedAs({
      'https://talk.shapes.inc/': 'shapes-inc',
      'https://docs.shapes.inc/': 'shapes-inc',
      'https://shapes.inc/aistockanalyst/faq': 'shapes-inc', // the sixteenth session's consumer trap, now this lead's entry
      'https://nt-1912.caichat.ai/en/help/creating-chatbot': 'caichat-ai',
      'https://blog.veo3free.ai/how-does-veo-3-handle-user-privacy-and-what-data-does-it-collect-during-generation':
        'veo3free-ai',
      'https://docs.modellix.ai/minimax/hailuo-02-fl2v': 'modellix',
      'https://docs.powertokens.ai/en/zmodelImage/ali/qwen-edit': 'powertokens',
      'https://aggiii.com/nanobanana/terms': 'aggiii-nano-banana',
      'https://www.browserstack.com/docs/test-companion/app-testing/automate-tests':
        'browserstack-test-companion',
      'https://browserstack.com/docs/test-companion/web-testing/test-lifecycle/automate-tests':
        'browserstack-test-companion',
    });
  });

  it('leaves general sites, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...LEFT_OUT, ...NAMESAKES]);
  });
});
