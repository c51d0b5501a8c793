// Traps beside the rows the sixteenth session's supwrite pass added (data/long-tail-c16-supwrite.ts, support and
// writing AI): the general helpdesk, messaging and writing software beside
// the new support agents and writers, the shared hosts some of these vendors publish on (Notion, pages.dev, Heroku,
// Vercel's marketplace, Apify) and the directories read as leads, and sites that share a name with the new entries.
// Every trap must stay unclassified; every new host must classify to its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC16SupwriteTools } from './data/long-tail-c16-supwrite';

const GENERAL_SITES = [
  'https://www.zendesk.com/', // helpdesks and messaging platforms beside the new support agents
  'https://www.intercom.com/',
  'https://www.helpscout.com/',
  'https://www.gorgias.com/',
  'https://www.kustomer.com/',
  'https://www.livechat.com/',
  'https://www.shopify.com/', // beside Bookbag's Shopify support agent
  'https://www.wati.io/', // Wati's Astra agent and its help host are not claimed
  'https://astra-help.wati.io/en/articles/11755918-how-does-lead-qualification-work-in-astra',
  'https://knowledge.callpage.io/en/articles/11776684-using-the-knowledge-base-for-your-voice-agent',
  'https://www.callpage.io/',
  'https://docs.document360.com/docs/ai-chatbot',
  'https://www.infobip.com/docs/agentos-ai-agents/knowledge-agents/overview',
  'https://www.reedsy.com/', // book and writing software beside the new story and book writers
  'https://www.literatureandlatte.com/scrivener',
  'https://www.duolingo.com/', // language learning beside Grammario
  'https://www.lokalise.com/', // localization platforms beside the document translators
  'https://www.crowdin.com/',
  'https://wordpress.org/', // beside the WordPress AI writers (AI Puffer, RakuWP)
  'https://www.ringcentral.com/', // phone systems beside the AI receptionists' call-forwarding guides
  'https://abesttools.com/api/humanize/docs', // a rule-based humanizer API, no ML by its own docs
];

const SHARED_PLATFORMS = [
  'https://edgetier.notion.site/Emotion-and-Sentiment-Detection-ae26e2f4c84143f4aa278386bfe0e9b6', // EdgeTier's docs on Notion
  'https://askvault-docs.pages.dev/integrations/shopify/use-cases/',
  'https://the-ghost-ai-backend-005c5dcbf4a6.herokuapp.com/detection/ai/', // the Ghost AI's API on a shared Heroku host
  'https://vercel.com/marketplace/assistloop/assistloop',
  'https://apify.com/dev00/text-ai-humanizer-api',
  'https://github.com/SaddexRnx/sdxrnx-AI-Tools-Directory', // directories read as leads
  'https://github.com/Jupitoverse/Jupitoverse',
  'https://github.com/kostja94/awesome-ai-tools',
];

const NAMESAKES = [
  'https://www.voc.com.cn/', // Voice of China news site, beside VOC.AI
  'https://ghost.org/', // the Ghost publishing platform, beside The Ghost AI
  'https://write.as/', // a blogging platform, beside Write.info
  'https://www.frontlineeducation.com/', // school HR software, beside Frontline
  'https://www.lullabytrust.org.uk/', // a UK charity, beside Lullaby
  'https://www.townandcountrymag.com/', // a magazine, beside Town
  'https://www.sierra.com/', // the outdoor retailer kostja94's list links for Sierra AI
  'https://www.typetalk.com/', // Nulab's team chat, beside Typetak
];

describe('sixteenth-session supwrite traps', () => {
  it('adds 82 rows with one domain each and nothing else', () => {
    expect(longTailC16SupwriteTools.length).toBe(82);
    expect(
      longTailC16SupwriteTools.every(
        (t) => t.domains.length === 1 && t.urlPrefixes.length === 0 && t.apiEndpoints.length === 0,
      ),
    ).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC16SupwriteTools), { api: true });
  });

  it('classifies the pages the vendors publish', () => {
    expectEachClassifiedAs({
      'https://docs.thankful.ai/flow': 'thankful-ai',
      'https://solvea.voc.ai/pt/customer-stories/holy-stone': 'voc-ai',
      'https://app.voicetta.com/': 'voicetta',
      'https://docs.nxtjob.ai/cover-letter/creating-cover-letters': 'nxtjob-ai',
      'https://www.town.com/docs/workflows/auto-draft': 'town-ai',
      'https://reverie.im/en/docs/stories/story-mode': 'reverie-im',
      'https://www.reverieinc.com/': 'reverie', // Reverie Language Technologies keeps its own entry
    });
  });

  it('leaves general sites, shared platforms and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...NAMESAKES]);
  });
});
