// Traps beside the rows the twentieth session's leads3 pass added (data/long-tail-c20-leads3.ts): the ordinary sites
// next to each kind of tool (procurement notices, load boards, safety regulators, the tariff schedule, takeoff software,
// game engines, tabletop tools, video calls, Indian law databases, business phones, search analytics, fiction), the
// shared-platform copies and the left-out pages the pass read, and sites whose names sit close to the new entries.
// None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC20Leads3Tools } from './data/long-tail-c20-leads3';

const GENERAL_SITES = [
  'https://www.boamp.fr/', // French public-procurement notices, beside Tenderbolt
  'https://www.dat.com/', // a freight load board, beside Numeo
  'https://www.osha.gov/', // US workplace-safety rules, beside SafeBrief
  'https://www.hse.gov.uk/', // UK health and safety guidance, beside Site Manager AI
  'https://hts.usitc.gov/', // the US tariff schedule, beside Camtom
  'https://www.planswift.com/', // takeoff software, beside Pilars
  'https://unity.com/', // a game engine, beside Journale
  'https://www.roblox.com/', // a game platform, beside Journale
  'https://www.dndbeyond.com/', // tabletop tools, beside Archivist and StormScape
  'https://roll20.net/', // a virtual tabletop, beside Archivist and StormScape
  'https://zoom.us/', // video calls, beside Sherlock AI
  'https://indiankanoon.org/', // an Indian case-law search, beside BharatLaw.ai
  'https://www.scconline.com/', // an Indian law database, beside BharatLaw.ai
  'https://www.ringcentral.com/', // business phones, beside Upfirst
  'https://search.google.com/search-console/about', // search analytics, beside Cite AI
  'https://www.wattpad.com/', // interactive fiction, beside Soulkyn
];

const SHARED_PLATFORMS = [
  'https://dndtavern.pages.dev/campaigns.html', // a page on a shared platform
  'https://aieducation-one.vercel.app/learn/ai-trade-compliance/ai-tariff-classification', // a page on a shared platform
  'https://phase1-docs.vercel.app/aiAgent.html', // a page on a shared platform
  'https://dlx-group-website.pages.dev/how-it-works.html', // a page on a shared platform
  'https://loopcv.freshdesk.com/support/solutions/articles/103000399849-knowledge-base', // a page on a shared platform
  'https://curtis.netlify.app/case-study/cvtailor', // a page on a shared platform
  'https://gutierrez-public-lab.pages.dev/skills/resume-tailoring', // a page on a shared platform
  'https://rajeshsabbani.blogspot.com/2025/10/ai-powered-one-stop-real-estate.html', // a page on a shared platform
];

const LEFT_OUT = [
  'https://bidterms.com/blog/i-tested-ai-tools-on-real-rfps-heres-what-i-found', // names an extraction engine, not AI
  'https://cleantender.co.uk/privacy', // a policy that does not say AI
  'https://visitoai.com/en/faq/events', // an events FAQ without AI
  'https://www.tarifflens.ai/blog/best-ai-hts-classification-tools-2026', // a buyer's guide, not its own product
  'https://jobr.pro/post/anatomy-of-a-good-auto-apply-agent', // a generic auto-apply explainer
  'https://lagdinai.no/blog/gdpr-og-ai-agentplattformer-hva-bedrifter-ma-vite', // a GDPR guide
  'https://inquira.health/nl/blog/ai-stemagenten-in-de-gezondheidszorg-een-gids-voor-24-7-patientcommunicatie', // a voice-agent guide that never names its own product
  'https://groath.ai/en/blog/ai-chatbot-for-real-estate', // a generic real-estate chatbot guide
  'https://jobaistream.com/automation-modes-controls', // a third-party page about Massive
  'https://hitchensgroup.com/llms/what-a-site-manager-ai-assistant-actually-does-on-site.md', // a third-party article about Site Manager AI
  'https://www.theailibrary.co/blog/sherlock-ai-interviews', // a directory article about Sherlock AI
  'https://www.trendhunter.com/trends/interview-integrity', // a trend article about Sherlock AI
];

const NAMESAKES = [
  'https://www.tenderbolt.com/', // beside Tenderbolt (tenderbolt.ai)
  'https://www.numeo.com/', // beside Numeo (numeo.ai)
  'https://www.safebrief.com/', // beside SafeBrief (safebrief.ai)
  'https://www.sitemanager.com/', // beside Site Manager AI (sitemanagerai.com)
  'https://www.camtom.com/', // beside Camtom (camtomx.com)
  'https://www.pilars.com/', // beside Pilars (pilars.ai)
  'https://www.journale.com/', // beside Journale (journale.ai)
  'https://www.archivist.com/', // beside Archivist AI
  'https://www.myarchivist.com/', // beside Archivist AI (myarchivist.ai)
  'https://www.rpgarchivist.com/', // beside Archivist AI (rpgarchivist.io)
  'https://www.stormscape.com/', // beside StormScape (stormscape.app)
  'https://www.soulkin.com/', // beside Soulkyn
  'https://www.sherlock.com/', // beside Sherlock AI (withsherlock.ai)
  'https://www.aetherlink.com/', // beside AetherLink (aetherlink.ai)
  'https://www.bharatlaw.com/', // beside BharatLaw.ai
  'https://www.upfirst.com/', // beside Upfirst (upfirst.ai)
  'https://www.cite.com/', // beside Cite AI (usecite.com)
];

describe('twentieth-session leads3 traps', () => {
  it('adds 15 rows, one with two domains, none with a prefix', () => {
    expect(longTailC20Leads3Tools.length).toBe(15);
    expect(longTailC20Leads3Tools.filter((t) => t.domains.length === 2).map((t) => t.id)).toEqual([
      'archivist-ai',
    ]);
    expect(longTailC20Leads3Tools.every((t) => t.domains.length >= 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC20Leads3Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://www.tenderbolt.ai/post/ia-analyse-dce-enjeux-cles': 'tenderbolt',
      'https://stg.numeo.ai/blog/numeo-ai-building-the-digital-workforce-for-logistics': 'numeo-ai',
      'https://safebrief.ai/blog/ai-vs-traditional-toolbox-talks/': 'safebrief-ai',
      'https://sitemanagerai.com/blog/construction-coshh-assessment-ai.html': 'site-manager-ai',
      'https://camtomx.com/blog/ai-revolutionizes-tariff-classification': 'camtom',
      'https://pilars.ai/how-ai-takeoff-works': 'pilars-ai',
      'https://www.journale.ai/docs/sdks': 'journale-ai',
      'https://www.myarchivist.ai/blog/behind-the-screen-ama-april-2026': 'archivist-ai',
      'https://rpgarchivist.io/blog/ai-in-ttrpgs': 'archivist-ai',
      'https://stormscape.app/blog/stop-taking-notes-start-playing': 'stormscape-app',
      'https://soulkyn.com/help/faq': 'soulkyn',
      'https://www.withsherlock.ai/blog/securing-remote-interviews-against-ai-assistance-with-sherlock-ai':
        'sherlock-ai-interviews',
      'https://aetherlink.ai/fi/blog/ai-chatbotit-muuttavat-eurooppalaista-asiakaspalvelua-vuonna-2026':
        'aetherlink-ai',
      'https://www.bharatlaw.ai/post/bharatlaw-ai-vs-manual-legal-research-speed-source-tracking-and-citation-control':
        'bharatlaw-ai',
      'https://help.upfirst.ai/en/articles/13889138-understanding-your-analytics-dashboard': 'upfirst-ai',
      'https://usecite.com/docs/': 'cite-ai-usecite',
      'https://citehq.ai/docs/documentation/understanding-ai-responses/': 'cite-ai-citehq',
    });
  });

  it('leaves general sites, shared platforms, left-out pages and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
