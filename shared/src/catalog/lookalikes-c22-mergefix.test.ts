// Traps beside the rows the twenty-second session's merge pass added (data/long-tail-c22-mergefix.ts) and the second
// hosts and URL prefixes it gave to existing entries: the ordinary sites next to each kind of tool (load boards, job
// boards, a video platform, podcast hosting and editing, garden and texture sites, a messenger, a social scheduler, a
// radiology college), the sibling paths of the new prefixes on Dropbox's, Adobe's and Khan Academy's sites, the cases
// the pass left out on earlier passes' decisions (Aurora Inbox, Visual Advantage Studio's disclosure, Bedrock's
// overview page) and sites whose names sit close to the new entries. None of them may classify; every new host, the
// cited pages and each second host and prefix must reach their entries.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC22MergefixTools } from './data/long-tail-c22-mergefix';

const GENERAL_SITES = [
  'https://www.dat.com/', // a load board, beside the AI quote-reply drafter for freight brokers
  'https://www.truckstop.com/', // a load board, beside the AI quote-reply drafter for freight brokers
  'https://www.indeed.com/', // a job board, beside the AI interviewer
  'https://www.greenhouse.com/', // an applicant tracking system, beside the AI interviewer
  'https://www.youtube.com/', // the video platform, beside the AI faceless-video maker
  'https://www.buzzsprout.com/', // podcast hosting, beside the AI podcast editor
  'https://www.audacityteam.org/', // an audio editor, beside the AI podcast editor
  'https://www.gardenersworld.com/', // a gardening site, beside the AI landscape designer
  'https://polyhaven.com/', // a free texture library, beside the AI texture generator
  'https://www.textures.com/', // a texture library, beside the AI texture generator
  'https://www.whatsapp.com/', // the messenger, beside the AI agent builder and the companions' business agents
  'https://telegram.org/', // the messenger the AI companions chat on
  'https://later.com/', // a social scheduler, beside the AI marketing-content generator
  'https://cbr.org.br/', // Brazil's radiology college, beside the AI radiology-report tool
];

const SIBLING_PATHS = [
  'https://www.dropbox.com/plans', // Dropbox's plans, beside the Dash prefix
  'https://www.dropbox.com/dashboard', // a longer path that only starts with "dash"
  'https://www.adobe.com/products/premiere.html', // a video editor, beside the Adobe Podcast prefix
  'https://www.khanacademy.org/math', // Khan Academy's courses, beside the Khanmigo prefix
  'https://www.khanacademy.org/khan-labs-archive', // a longer path that only starts with "khan-labs"
];

const LEFT_OUT = [
  'https://www.aurorainbox.com/pt/2026/02/04/o-que-e-ia-conversacional', // a WhatsApp inbox whose AI agents are one module
  'https://help.aurorainbox.com/pt-BR/aurora-ai/agent-tools', // the same inbox's help on its AI module
  'https://visualadvantagestudio.com/policy/ai-disclosure', // a studio's copy of another vendor's disclosure (c18)
  'https://aws.amazon.com/bedrock/', // Bedrock's overview page stays unclaimed, as the earlier passes decided
];

const NAMESAKES = [
  'https://www.talentsystems.com/', // casting software, beside Talent Systems (talentsystems.ai)
  'https://www.aura.com/', // identity protection, beside Aura (joinaura.chat)
];

describe('twenty-second-session merge (mergefix) traps', () => {
  it('adds 10 rows, one domain each but Laudos.AI with two, and no prefix', () => {
    expect(longTailC22MergefixTools.length).toBe(10);
    expect(longTailC22MergefixTools.every((t) => t.urlPrefixes.length === 0)).toBe(true);
    const twoHosts = longTailC22MergefixTools.filter((t) => t.domains.length !== 1);
    expect(twoHosts.map((t) => [t.id, t.domains])).toEqual([['laudos-ai', ['laudos.ai', 'laudosai.com.br']]]);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC22MergefixTools), { api: true });
  });

  it('classifies the vendor pages the rows cite and the traps it dropped', () => {
    expectEachClassifiedAs({
      'https://www.freight-surge.com/insights/trustworthy-ai-agents-regulated-workflows': 'freightsurge',
      'https://www.freight-surge.com/insights/inside-the-inbox': 'freightsurge',
      'https://candidate.talentsystems.ai/docs/voice-interview/how-it-works': 'talent-systems',
      'https://scientist.talentsystems.ai/docs/platform-overview/data-flow': 'talent-systems',
      'https://www.getmyai.ai/docs/teams-and-permissions': 'getmyai',
      'https://www.getmyai.ai/blog/ai-chatbot-compliance-sdaia-saudi-arabia/': 'getmyai',
      'https://clipfactoryai.com/blog/will-youtube-demonetize-ai-faceless-videos-2026': 'clip-factory',
      'https://www.podli.co/blog/how-to-use-the-podli-transcript-editor': 'podli',
      'https://hadaa.app/blog/how-ai-landscape-design-works': 'hadaa',
      'https://textures.grixai.com/blog/ai-texture-generator-from-text': 'grix',
      'https://textures.grixai.com/blog/pbr-texture-generator': 'grix',
      'https://grixai.com/blog/how-to-generate-pbr-textures-ai': 'grix',
      'https://marketingstudios.ai/terms': 'marketing-studios-ai',
      'https://www.laudos.ai/docs/lgpd/ripd-simplificado': 'laudos-ai',
      'https://laudos.ai/en/lgpd': 'laudos-ai',
      'https://laudosai.com.br/privacidade': 'laudos-ai',
      'https://joinaura.chat/en/terms': 'aura-joinaura',
    });
  });

  it('classifies the second hosts and URL prefixes given to existing entries', () => {
    expectEachClassifiedAs({
      'https://airadiohost.com/privacy': 'airadio-host',
      'https://docs.famulor.de/ai-assistants/tools-and-functions': 'famulor',
      'https://docs.famulor.de/legal/voice-cloning-legal-information': 'famulor',
      'https://web.sarvam.dev/privacy-policy': 'sarvam',
      'https://unorouter.ai/zh-CN/moxing/kling-motion-control': 'unorouter',
      'https://www.liberateinc.com/blog/building-for-the-last-mile-the-system-of-action-for-insurance':
        'liberate-ai',
      'https://www.dropbox.com/dash': 'dropbox-dash',
      'https://www.adobe.com/products/podcast.html': 'adobe-podcast',
      'https://www.khanacademy.org/khan-labs': 'khanmigo',
    });
  });

  it('leaves general sites, sibling paths, left-out pages and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SIBLING_PATHS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
