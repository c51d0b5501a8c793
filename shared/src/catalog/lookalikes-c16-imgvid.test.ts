// Traps beside the rows and hosts the sixteenth session's imgvid pass added (data/long-tail-c16-imgvid.ts, and the
// hosts it gave `stable-horde`, `duix`, `flyworks`, `jellypod` and `vmeg`): the general creative software left out
// beside the AI products, the parents of the subdomains it claims, the vendors' repositories and packages on shared
// platforms, and sites that share a name with the new entries. Every trap must stay unclassified; every new host must
// classify to its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC16ImgvidTools } from './data/long-tail-c16-imgvid';

const GENERAL_SITES = [
  'https://www.picsart.com/', // Picsart's general editor; only its Creative APIs hosts are claimed
  'https://picsart.io/', // Picsart's developer site and docs
  'https://docs.picsart.io/docs/ai-model-provider-picsart',
  'https://resofter.com/', // the parent of the AI video creator's subdomain
  'https://mikuapi.org/', // the parent of the AI image subdomain
  'https://www.freepik.com/', // general stock and design sites with AI features, left out
  'https://www.canva.com/',
  'https://clipchamp.com/',
  'https://www.animoto.com/',
  'https://www.hitpaw.com/',
  'https://artlist.io/',
  'https://spline.design/',
];

const SHARED_PLATFORMS = [
  'https://github.com/speechlabinc/speechlab-platform-skill', // the vendors' repositories and packages
  'https://github.com/Acly/krita-ai-diffusion',
  'https://github.com/facefusion/facefusion',
  'https://github.com/SandAI-org/MAGI-1',
  'https://github.com/boson-ai/higgs-audio',
  'https://github.com/Haidra-Org/AI-Horde',
  'https://github.com/duixcom/Duix-Avatar',
  'https://github.com/Flyworks-AI/flyworks-mcp',
  'https://www.npmjs.com/package/@odysseyml/odyssey',
];

const NAMESAKES = [
  'https://krita.org/', // the painting application itself, beside the Krita AI Diffusion plugin's cloud
  'https://www.boson.com/', // IT-certification practice tests, beside Boson AI
  'https://www.melon.com/', // the Korean music streaming service, beside MelonSound
  'https://www.jobs.ch/', // the Swiss job board, beside jobfoto.ch
  'https://www.printful.com/', // print-on-demand, beside PrintPal
  'https://www.nouvelobs.com/', // the French news magazine, beside Nouvel
  'https://www.hookedonphonics.com/', // the reading programme, beside Hooked
];

describe('sixteenth-session imgvid traps', () => {
  it('adds 73 rows: one API-only row, two with two domains, the rest with one domain each', () => {
    expect(longTailC16ImgvidTools.length).toBe(73);
    const apiOnly = longTailC16ImgvidTools.filter((t) => t.domains.length === 0);
    expect(apiOnly.map((t) => t.id)).toEqual(['picsart-creative-apis']);
    const twoDomains = longTailC16ImgvidTools.filter((t) => t.domains.length === 2);
    // PlayTurbo's China host playturbo.cn joined in the eighteenth session (lookalikes-c18-lead.test.ts).
    expect(twoDomains.map((t) => t.id)).toEqual(['hooked-video', 'playturbo']);
    expect(longTailC16ImgvidTools.every((t) => t.domains.length <= 2 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host and API endpoint to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC16ImgvidTools), { api: true });
  });

  it('classifies the pages the vendors name, and the hosts given to existing entries', () => {
    expectEachClassifiedAs(
      {
        'https://documentation.api.odyssey.ml/': 'odyssey-world-model',
        'https://translate.speechlab.ai/': 'speechlab',
        'https://docs.interstice.cloud/installation': 'krita-ai-diffusion-interstice',
        'https://docs.facefusion.io/': 'facefusion',
        'https://magi.sand.ai/': 'sand-ai-magi',
        'https://boson.ai/demo/tts': 'boson-ai',
        'https://help.hooc.ai/': 'hooc-ai',
        'https://docs.musicapi.ai/credits-usage-guide': 'musicapi-ai',
        'https://help.crop.photo/': 'crop-photo',
        'https://docs.tryhooked.ai/api-reference/video/ugc-ads': 'hooked-video',
        'https://staging.powercut.ai/learn/how-to-convert-video-to-shorts': 'powercut-ai',
        'https://api.cheapaiapi.com/v1/task/sound-effect': 'cheapaiapi',
        'https://aihorde.net/api/': 'stable-horde',
        'https://www.duix.com/': 'duix',
        'https://hifly.cc/': 'flyworks',
        'https://hfw-api.hifly.cc/api/v2/hifly': 'flyworks',
        'https://jellypod.com/help/docs/podcasts-and-episodes/generating-episode-audio': 'jellypod',
        'https://www.vmeg.ai/help-center/credit-pricing': 'vmeg',
      },
      { api: true },
    );
  });

  it('leaves general sites, shared platforms and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...NAMESAKES]);
  });
});
