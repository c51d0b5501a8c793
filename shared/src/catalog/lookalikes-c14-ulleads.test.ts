// Traps beside the hosts the fourteenth session's unlicensed-leads helper added from the misses of
// manallen/awesome-ai-tools-by-traffic, maysunyoung/awesome-ai-tools and the a16z and Sequoia portfolio scrapes
// (data/long-tail-c14-ulleads.ts): the general software and infrastructure those lists name beside AI products, the
// shared platforms the vendors' repositories live on, and sites that share a name with the new entries. Every trap
// must stay unclassified; every new host must classify to its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC14UlleadsTools } from './data/long-tail-c14-ulleads';

const GENERAL_SOFTWARE_AND_INFRASTRUCTURE = [
  'https://www.canva.com/', // the two misses of the traffic list: general software whose AI is a section
  'https://www.notion.com/',
  'https://www.databricks.com/', // a16z and Sequoia AI sectors: data platforms, automation suites, chips, cars
  'https://www.servicenow.com/',
  'https://www.uipath.com/',
  'https://www.nvidia.com/',
  'https://waymo.com/',
  'https://www.anduril.com/',
  'https://www.navan.com/',
  'https://www.cyberlink.com/', // maysunyoung: editors and suites that list an AI feature
  'https://www.blackmagicdesign.com/',
  'https://www.izotope.com/',
  'https://www.autodesk.com/',
  'https://unity.com/',
  'https://www.semrush.com/',
  'https://trello.com/',
];

const SHARED_PLATFORMS = [
  'https://github.com/thunderbit-com/thunderbit-mcp-server', // the vendors' repositories, on GitHub
  'https://github.com/day-ai/day-ai-sdk',
  'https://github.com/myshell-ai/OpenVoice',
];

const NAMESAKES = [
  'https://www.thunderbird.net/', // Mozilla's mail client, beside Thunderbit
  'https://www.roxy.com/', // a surf brand, beside Rox
  'https://wordsmith.org/', // A.Word.A.Day, beside Wordsmith's legal AI
  'https://www.dayforce.com/', // HR software, beside Day AI
  'https://www.seam.co/', // Seam Labs' smart-lock API, beside Seam AI's getseam.ai
];

describe('fourteenth-session unlicensed-leads traps', () => {
  it('adds only rows with a domain each', () => {
    expect(longTailC14UlleadsTools.length).toBe(28);
    expect(longTailC14UlleadsTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host, bare and www, to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC14UlleadsTools), { api: true });
  });

  it('classifies the app and docs subdomains the vendors name', () => {
    expectEachClassifiedAs({
      'https://app.myshell.ai/explore': 'myshell',
      'https://app.thunderbit.com/console/api-keys': 'thunderbit',
      'https://docs.heymilo.ai/guides/invite-candidates/sourcing': 'heymilo',
      'https://admin.hatz.ai/': 'hatz-ai',
      'https://app.speakai.co/developers': 'speak-ai',
      'https://work.toqan.ai/spaces/create': 'toqan',
      'https://documents.cxgenie.ai/bots/workflow': 'cx-genie',
      'https://dashboard.superflows.ai/': 'superflows',
      'https://www.crescendocx.ai/blog/what_we_have_learned_from_deploying_generative_ai_in_cx': 'crescendo', // alias of the existing entry
    });
  });

  it('leaves general software, shared platforms and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SOFTWARE_AND_INFRASTRUCTURE, ...SHARED_PLATFORMS, ...NAMESAKES]);
  });
});
