// Traps beside the rows the seventeenth session's docs pass added (data/long-tail-c17-docs.ts): general office,
// form, diagram and website products next to each AI kind, tools the pass read and left out (shared-platform copies,
// mobile-only apps, add-ons on a developer's general site, a builder that hosts its users' sites on its own host),
// and sites that share a name with the new entries. Every trap must stay unclassified; every new host must classify
// to its own entry.
//
// pdfchatai.app dropped: listed in data/long-tail-c27-reconcile.ts (session 27).
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC17DocsTools } from './data/long-tail-c17-docs';

const GENERAL_SITES = [
  'https://forms.app/en/ai-features-addendum', // a general form builder with an AI addendum, beside the AI form makers
  'https://www.jotform.com/ai-terms/', // the same, a form platform with AI features
  'https://landingi.com/help/credits/', // a landing-page builder whose credits pay for AI text, beside the AI site builders
  'https://de.tilda.cc/terms/generative-ai', // a website builder with an AI assistant
  'https://www.think-cell.com/en/company/ai-service-agreement', // PowerPoint charting software, beside the slide add-ins
  'https://slideroom.ai/en/gtc', // a PowerPoint content library add-in, not an AI generator
  'https://slidesgo.com/', // slide templates, beside the AI slide generators
  'https://creately.com/diagram-type/mind-map', // a diagramming suite, beside the AI mind-map tools
  'https://www.canva.com/', // a design suite; only its /ai/ section is claimed elsewhere
  'https://note.space/docs/ai/overview', // a notes app with an opt-in assistant, left out
  'https://teachboard.app/terms.html', // a teaching whiteboard with optional AI, left out
  'https://www.chartgo.com/files/termsofuse_en.html', // a plain chart maker, beside the AI chart and infographic tools
];

const LEFT_OUT = [
  'https://promptpage.site/en/terms', // publishes its users' sites on its own subdomains, left out
  'https://pitchduck-real-deck-embed.pages.dev/privacy.html', // a pages.dev copy of a deck maker's policy
  'https://easywork4you.vercel.app/privacy', // a mind-map extension's policy on vercel.app
  'https://genxform.appneural.workers.dev/terms', // a form generator on workers.dev
  'https://columnly-website.pages.dev/privacy.html', // a Sheets add-on's site on pages.dev
  'https://aismartnoter.web.app/privacy', // a note taker on Firebase hosting
  'https://bugslayerzoro.github.io/second-brain/privacy-policy.html', // a second-brain app on github.io
  'https://www.33aais.com/our-creations/ai-formula-builder/terms-of-service', // a Sheets add-on on an agency's site
  'https://redhoodsyndicate.com/slides-mate-ai/privacy-policy', // a Slides add-on on a developer's site
  'https://apercallc.com/terms/ainotepadplus', // an app studio's terms page for one of its apps
  'https://goldenowl.asia/rag-privacy-policy', // a software agency's demo platform
  'https://lr.run/p0-terms-of-service', // a company site carrying its slide tool's terms
  'https://www.chat2mind.site/privacy', // its policy does not say the maps come from AI
];

const NAMESAKES = [
  'https://www.interchat.com/', // beside Interchat
  'https://www.lindo.com/', // beside Lindo AI
  'https://www.supermem.com/', // beside Supermem
  'https://www.sitemachine.com/', // beside Site Machine
  'https://www.rebelsites.com/', // beside RebelSites
  'https://www.brightdeck.com/', // beside Brightdeck
  'https://www.surveyi.com/', // beside surveyi
  'https://www.figviz.org/', // beside Figviz
];

describe('seventeenth-session docs traps', () => {
  it('adds 64 rows with domains and no prefix', () => {
    expect(longTailC17DocsTools.length).toBe(64);
    expect(longTailC17DocsTools.every((t) => t.domains.length >= 1 && t.urlPrefixes.length === 0)).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC17DocsTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://app.supersheets.ai/privacy': 'supersheets-ai',
      'https://sitebuilder.adcreator-ai.com/privacy.html': 'adcreator-ai-site-builder',
      'https://docs.lindo.ai/getting-started/ai-credits': 'lindo-ai',
      'https://docs.rebelsites.ai/en/articles/71-': 'rebelsites-ai',
      'https://www.sitemachine.ai/tos': 'sitemachine-ai',
      'https://aipaper.cc/': 'swiftscholar-net',
      'https://dbm-ai.com/ai-form/terms/': 'dbm-ai-formai',
    });
  });

  it('leaves general sites, left-out tools and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...LEFT_OUT, ...NAMESAKES]);
  });
});
