// Traps beside the hosts the fifteenth session's new-lists helper added from the BC + AI Ecosystem directory,
// MadryLab's AI supply-chain dataset and 0xWelt's Awesome Vibe Coding (data/long-tail-c15-newlists.ts): the general
// software, schools, meetups and consultancies the lists name beside AI products, the shared platforms the lists live
// on, and sites that share a name with the new entries. Every trap must stay unclassified; every new host must classify to its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC15NewlistsTools } from './data/long-tail-c15-newlists';

const GENERAL_SOFTWARE_AND_ORGANIZATIONS = [
  'https://www.hootsuite.com/', // BC directory: general software whose AI is one feature (Hootsuite's is its own entry)
  'https://www.visier.com/',
  'https://klue.com/',
  'https://www.comm100.com/',
  'https://invoicer.ai/',
  'https://vorsto.ai/',
  'https://www.fennecapp.com/',
  'https://frontly.ai/',
  'https://durable.ai/', // a record beside Durable's durable.co, left out
  'https://aicamp.ai/', // the AICamp community site; its AI workspace is aicamp.so
  'https://bc-ai.ca/', // the association, schools, meetups, consultancies and a newsletter
  'https://www.ubc.ca/',
  'https://www.sfu.ca/',
  'https://produvia.com/',
  'https://softmaxdata.com/',
  'https://www.therundown.ai/',
  'https://www.renderforest.com/', // misses of the CC0 video list: general video editors and recorders
  'https://www.loom.com/',
  'https://www.tella.tv/',
  'https://supabase.com/', // Awesome Vibe Coding: platforms beside the AI builders
  'https://www.intercom.com/', // MadryLab's dataset: customer-service suites, infrastructure and ML-using consumer apps
  'https://www.zendesk.com/',
  'https://www.twilio.com/',
  'https://www.genesys.com/',
  'https://www.sendgrid.com/',
  'https://www.relativity.com/',
  'https://www.hopper.com/',
  'https://moovitapp.com/',
];

const SHARED_PLATFORMS = [
  'https://github.com/WalksWithASwagger/bc-ai-directory-public', // the lists and a vendor's repository, on GitHub
  'https://github.com/0xWelt/Awesome-Vibe-Coding',
  'https://github.com/VibesDIY/vibes.diy',
  'https://0xwelt.github.io/Awesome-Vibe-Coding/',
  'https://www.meetup.com/vancouver-ai-tech-talk/',
  'https://aiscout.framer.ai/', // a consultancy's site on Framer's hosting
  'https://docs.qingque.cn/', // Kuaishou's shared document platform
];

const NAMESAKES = [
  'https://www.proto.io/', // a prototyping tool, beside Proto's proto.cx
  'https://www.dittomusic.com/', // music distribution, beside ditto's ditto-ai.com
  'https://www.viewpoint.com/', // construction software, beside Viewpoint AI
  'https://www.minerva.edu/', // a university, beside Minerva Next
  'https://www.castos.com/', // podcast hosting, beside Castofly
  'https://www.montereybayaquarium.org/', // an aquarium, beside Monterey AI
  'https://sitecheck.sucuri.net/', // Sucuri's website malware scanner, beside SiteCheck's sitecheck.ai
];

describe('fifteenth-session new-lists traps', () => {
  it('adds only rows with domains', () => {
    expect(longTailC15NewlistsTools.length).toBe(55);
    expect(longTailC15NewlistsTools.every((t) => t.domains.length >= 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host, bare and www, to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC15NewlistsTools), { api: true });
  });

  it('classifies the app subdomains the lists name and the alias added to an existing entry', () => {
    expectEachClassifiedAs({
      'https://app.creativeflow.ai/': 'creativeflow-ai',
      'https://beta.codemaker.ai/': 'codemaker-ai',
      'https://agentaech.com/': 'aech-ai',
      'https://www.heyboss.xyz/': 'heyboss', // second host of the existing entry
    });
  });

  it('leaves general software, shared platforms and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SOFTWARE_AND_ORGANIZATIONS, ...SHARED_PLATFORMS, ...NAMESAKES]);
  });
});
