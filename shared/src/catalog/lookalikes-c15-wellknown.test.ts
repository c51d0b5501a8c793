// Traps beside the hosts the fifteenth session's well-known pass added (data/long-tail-c15-wellknown.ts): the general
// sites and sibling API paths of the vendors whose AI product is only a part (Hostinger, Alibaba's Quark search), the
// shared platforms the sources live on, and sites that share a name with the new entries. Every trap must stay
// unclassified; every new host must classify to its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC15WellknownTools } from './data/long-tail-c15-wellknown';

const GENERAL_SITES = [
  'https://www.hostinger.com/', // web hosting; only the Horizons API path is claimed
  'https://developers.hostinger.com/api/vps/v1/virtual-machines', // Hostinger's other APIs beside Horizons
  'https://developers.hostinger.com/',
  'https://quark.cn/', // Alibaba's general search and browser; only ai.quark.cn is an AI entry
  'https://www.ycombinator.com/companies', // the directory behind the pinned YC scrape
];

const SHARED_PLATFORMS = [
  'https://github.com/hostinger/hostinger-agent-skills', // the vendors' repositories, on GitHub
  'https://github.com/elevenlabs/elevenlabs-docs',
  'https://www.skills.sh/', // a skills directory that mirrors the Horizons skill
];

const NAMESAKES = [
  'https://turbotax.intuit.com/', // tax software, beside Turbo AI
  'https://www.turbosquid.com/', // a 3D model store, beside Turbo AI
  'https://www.ptc.com/en/products/creo', // PTC's CAD software, beside CREAO
  'https://www.answers.com/', // a Q&A site, beside AnswerThis
  'https://www.lightfieldlab.com/', // holographic displays, beside Lightfield
  'https://www.11st.co.kr/', // a Korean shop, beside 11.ai
];

describe('fifteenth-session well-known traps', () => {
  it('adds rows with one matcher each', () => {
    expect(longTailC15WellknownTools.length).toBeGreaterThan(0);
    expect(longTailC15WellknownTools.every((t) => t.domains.length + t.urlPrefixes.length === 1)).toBe(true);
  });

  it('classifies every new host, bare and www, to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC15WellknownTools), { api: true });
  });

  it('classifies the app, API and docs subdomains the vendors name', () => {
    expectEachClassifiedAs({
      'https://developers.hostinger.com/api/horizons/v1/websites': 'hostinger-horizons',
      'https://developers.hostinger.com/api/horizons/v1/websites/12345': 'hostinger-horizons',
      'https://docs.runllm.com/sdk/api': 'runllm',
      'https://docs.creao.ai/features/agents': 'creao',
      'https://support.lightfield.app/articles/3050423158-understanding-how-lightfield-captures-data':
        'lightfield',
      'https://www.turbo.ai/blog/ai-vs-paper-note-taking': 'turbo-ai',
    });
  });

  it('leaves general sites, shared platforms and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...NAMESAKES]);
  });
});
