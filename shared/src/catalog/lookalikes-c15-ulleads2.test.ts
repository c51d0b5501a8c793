// Traps beside the hosts the fifteenth session's second unlicensed-leads helper added from the misses of four
// unlicensed AI-tool directories (data/long-tail-c15-ulleads2.ts): the general marketing, analytics and ad-tech software
// those directories list beside AI products, the shared platforms some vendors' docs live on, the ad networks and other
// looked-up hosts that were left out, and sites that share a name with the new entries. Every trap must stay
// unclassified; every new host must classify to its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC15Ulleads2Tools } from './data/long-tail-c15-ulleads2';

const GENERAL_SOFTWARE = [
  'https://supermetrics.com/', // ionut85's marketing directory: analytics and ad software with an AI feature
  'https://funnel.io/',
  'https://improvado.io/',
  'https://agencyanalytics.com/',
  'https://www.swydo.com/',
  'https://hyros.com/',
  'https://www.adverity.com/',
  'https://www.appsflyer.com/',
  'https://www.branch.io/',
  'https://www.kochava.com/',
  'https://www.walmart.com/',
  'https://www.tableau.com/', // the Thai and mnjkairi1 directories: general software
  'https://www.wrike.com/',
  'https://www.canva.com/',
  'https://www.figma.com/',
];

const LEFT_OUT = [
  'https://www.thrad.ai/', // ad networks for AI chat apps, looked up and left out
  'https://koahlabs.com/',
  'https://swivel.ai/', // ad-trafficking operations; the page read does not show AI
  'https://kayzen.io/', // the ad platform itself, beside its kAI agent (a lead)
  'https://markdown2pdf.ai/', // a PDF converter for agents
];

const SHARED_PLATFORMS = [
  'https://markifact.mintlify.app/core-concepts/glossary', // a stored mirror of Markifact's docs on the docs host
  'https://quarkle.mintlify.app/introducing-quarkle/ai-features/quarkle-chat',
  'https://github.com/test-zeus-ai/testzeus-hercules', // TestZeus's open-source agent, on GitHub
];

const NAMESAKES = [
  'https://plus.ai/', // PlusAI's autonomous trucks, beside Plus AI for Slides (plusdocs.com)
  'https://www.janushenderson.com/', // an asset manager, beside Janis
  'https://www.meshpayments.com/', // spend management, beside the directory's Mesha agent
];

describe('fifteenth-session second unlicensed-leads traps', () => {
  it('adds only domain rows', () => {
    expect(longTailC15Ulleads2Tools.length).toBeGreaterThan(0);
    expect(longTailC15Ulleads2Tools.every((t) => t.domains.length >= 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host, bare and www, to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC15Ulleads2Tools), { api: true });
  });

  it('classifies the API and docs subdomains the vendors name', () => {
    expectEachClassifiedAs({
      'https://docs.markifact.com/core-concepts/glossary': 'markifact',
      'https://docs.suada.ai/api-reference/overview': 'suada-ai',
      'https://suada.ai/api/public/chat': 'suada-ai',
      'https://docs.getzingdata.com/docs/modeling-layer': 'zing-data',
      'https://www.janis.ai/docs/manychat/human-takeover.html': 'janis-ai',
    });
  });

  it('leaves general software, left-out hosts, shared platforms and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SOFTWARE, ...LEFT_OUT, ...SHARED_PLATFORMS, ...NAMESAKES]);
  });
});
