// Traps beside the rows the twenty-first session's fetchc pass added (data/long-tail-c21-fetchc.ts): the ordinary
// sites next to each kind of tool it added (model hubs and ML platforms, OCR services, sign-in providers, threat
// intelligence feeds, the GPT store itself), the left-out hosts the pass read in the lists, the shared-platform copies
// it met, and sites whose names sit close to the new entries. None of them may classify; every new host must reach
// its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC21FetchcTools } from './data/long-tail-c21-fetchc';

const GENERAL_SITES = [
  'https://www.comet.ml/', // an ML experiment platform named beside Oumi
  'https://pytorch.org/', // a training framework, beside the model platform
  'https://www.onlineocr.net/', // a plain OCR converter, beside the OCR GPT
  'https://auth0.com/', // a sign-in provider, beside the GPT sign-in tool
  'https://otx.alienvault.com/', // a threat-intelligence exchange, beside the threat-intel GPT
  'https://attack.mitre.org/', // the ATT&CK knowledge base, beside the threat-intel GPT
];

const SHARED_PLATFORMS = [
  'https://inpainter.vercel.app/', // an inpainting demo on a shared platform
  'https://nmkd.itch.io/t2i-gui', // a Stable Diffusion GUI on a shared game store
];

const LEFT_OUT = [
  'https://synesthetic.ai/', // filed among Stable Diffusion prompt galleries
  'https://seabiscuit.ai/', // a GPT maker the list does not describe as an AI product
  'https://wale.ai/', // a GPT maker the list does not describe as an AI product
  'https://staf.ai/', // a GPT maker the list does not describe as an AI product
  'https://www.lucidbeads.com/', // a jewellery shop that made a GPT
  'https://kavirkaycee.com/product-manager-gpt', // a personal site
  'https://ljgonzalez.cl/', // a personal site
  'https://pagebrain.ai/promptsearch/', // a prompt search
  'https://www.aiprompt.io/', // a prompt generator
  'https://aitextpromptgenerator.com/', // a prompt generator
  'https://www.aigenprompt.com/zh-CN', // a prompt generator
  'https://aijiaolian.chat/midjourney', // a prompt tool
  'https://www.urania.ai/top-sd-artists', // an artist gallery
  'https://dallery.gallery/', // a prompt gallery
  'https://generrated.com/', // a prompt gallery
  'https://diffusiondb.com/', // a directory
  'https://www.jailbreakchat.com/', // a prompt site
  'https://phenaki.video/', // a research demo
  'https://neox.labml.ai/playground', // a research demo
  'https://digital-life-project.com/', // a research demo
  'https://newb.site/', // a ChatGPT mirror site
  'http://v.ourwechat.com/chatgpt.html', // a ChatGPT mirror site
  'https://readyplayer.me/', // an avatar platform the list does not call AI
  'https://gameanalytics.com/', // game analytics
];

const NAMESAKES = [
  'https://oumi.com/', // another TLD of Oumi's name
  'https://oumi.org/', // another TLD of Oumi's name
  'https://ocr.ai/', // a name close to ocr.chat
  'https://gptauth.com/', // GPT Auth's name without the hyphen
  'https://gpt-auth.io/', // another TLD of GPT Auth's name
  'https://threatintel.com/', // another TLD of Threat Intel Bot's name
  'https://threatintel.ai/', // another TLD of Threat Intel Bot's name
];

describe('twenty-first-session fetchc traps', () => {
  it('adds 4 rows, each with one domain and no prefix', () => {
    expect(longTailC21FetchcTools.length).toBe(4);
    expect(longTailC21FetchcTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC21FetchcTools), { api: true });
  });

  it('classifies the product pages the lists link, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://oumi.ai/docs/en/latest/index.html': 'oumi-ai',
      'https://get.ocr.chat/gpt': 'ocr-chat',
      'https://gpt-auth.com/': 'gpt-auth',
      'https://threatintel.bot/': 'threatintel-bot',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
