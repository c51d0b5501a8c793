// Traps beside the rows the nineteenth session's builders pass added (data/long-tail-c19-builders.ts): the ordinary
// sites next to each kind of AI builder (site builders, no-code platforms, game platforms, form tools, test frameworks,
// code hosting), the shared-platform copies and the left-out hosts the pass read, and sites whose names sit close to the
// new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC19BuildersTools } from './data/long-tail-c19-builders';

const GENERAL_SITES = [
  'https://www.wix.com/', // a site builder, beside the AI website generators
  'https://www.squarespace.com/', // a site builder, beside the AI website generators
  'https://wordpress.org/', // the CMS, beside the AI WordPress code generator
  'https://webflow.com/', // a visual site builder, beside the AI UI generators
  'https://bubble.io/', // a no-code app builder, beside the prompt-to-app builders
  'https://www.roblox.com/', // a game platform, beside the AI game makers
  'https://itch.io/', // a game store, beside the AI HTML5 game generator
  'https://www.codeninjas.com/', // the coding-school franchise whose franchisee runs Game Forge AI
  'https://code.org/', // coding lessons for children, beside the kids' game studios
  'https://www.jotform.com/', // a form builder, beside the AI builders
  'https://playwright.dev/', // the test framework, beside the AI end-to-end test planner
  'https://gitlab.com/', // code hosting, beside the AI code generators
  'https://www.shopify.com/', // a store builder, beside the AI site builders
  'https://www.metabase.com/', // BI dashboards, beside the AI dashboard generator
  'https://www.cloudflare.com/', // hosting, beside the builders that deploy to it
];

const SHARED_PLATFORMS = [
  'https://arcadebox-6k3.pages.dev/terms.html', // an AI game maker's placeholder terms on pages.dev
  'https://3-7-90-50.sslip.io/terms', // an app builder's terms on an sslip.io address
  'https://datavision-ai.vercel.app/terms', // an AI chart tool on vercel.app
  'https://website-to-figma.vercel.app/privacy', // a capture extension's policy on vercel.app
  'https://dashin-doc.pages.dev/ai/', // an admin generator's docs on pages.dev
  'https://jetxu-llm.github.io/LlamaPReview-site/privacy.html', // a review bot's policy on github.io
  'https://scriptgenieai.github.io/privacy_policy_en.html', // a userscript generator's policy on github.io
  'https://chata.readme.io/docs/dashboards-user-guide', // an embedded analytics product's docs on readme.io
  'https://getaillm.vercel.app/terms', // a service's terms on vercel.app
  'https://fk-gde-workshop-2026.pages.dev/02-spec-gem.html', // a workshop page on pages.dev
];

const LEFT_OUT = [
  'https://www.websir.fr/en/terms-of-use', // publishes users' sites on websir.fr subdomains
  'https://promptpage.site/en/terms', // publishes users' sites on promptpage.site subdomains
  'https://www.getfolio.me/terms', // publishes users' portfolios under getfolio.me/p/
  'https://affilink.co/privacy', // hosts users' link-in-bio pages
  'https://agentbuilders.app/acceptable-use', // hosts apps deployed by agents
  'https://www.pulseware.com.au/ai-data-policy/', // a survey tool whose AI builder is one feature
  'https://edilitics.com/docs/visualize/auto-generate-charts', // a BI tool whose AI charts are one feature
  'https://www.choicely.com/aup', // an app builder whose AI builder is one feature
  'https://testorchestrator.com/learn/ai-test-case-generation', // test management with an AI feature
  'https://pageface.com/es/pages/legal/ai-policy', // a page builder's AI-feature policy
  'https://www.chartsai.com/privacy', // a policy that does not say AI
  'https://survai.io/policies/privacy-policy', // a policy that does not say AI
  'https://klego.dev/security', // a security page that does not say AI
  'https://review.ai/docs/faq', // an FAQ that does not say AI
  'https://www.vibracodeapp.com/refund', // a refund page that does not say AI
  'https://vibecc.viettk.com/refund', // a refund page that does not say AI
  'https://formulaworkspace.com/terms', // a formula tool's terms that do not say AI
  'https://govibeweb.com/legal/datenschutz', // a policy with [NAME] placeholders
  'https://aikidsclub.info/privacy', // a self-declared sample policy
  'https://app-staging.forms.ax/legal/privacy', // a draft on a staging host
  'https://storebuild.ai/', // its terms only reachable with a ?p= query
  'https://chatcraftweb.com/faq/index.html', // an Android-only app
  'https://screenmockups.app/privacy', // a mobile app
  'https://www.gpt-forms-creator.com/privacy-policy', // a ChatGPT app, not a standalone service
  'https://ultimateplay.com/terms', // hosts AI-made games rather than making them
  'https://aigames.maxihan.com/en/terms', // a game publishing platform
  'https://www.creandoweb.co/privacy', // a web agency using AI
  'https://studionewera.com/en/terms-ai-powered-website/', // a web agency's AI-assisted service
  'https://www.33aais.com/our-creations/ai-formula-builder/terms-of-service', // a Sheets add-on on a developer's site
  'https://formsuite.dev/sheetformula/privacy.html', // a formula helper on a developer's site
  'https://alexandersucala.com/tools/codereview-ai-privacy.html', // a GitHub App on a personal site
  'https://banner.extaddon.site/privacy-policy.html', // a banner extension's service
  'https://docs.unstoppabledomains.com/features/ai-site-builder.md', // a domain company's builder feature
  'https://www.domaintechnik.at/agb-anhang-6.html', // a hosting company's Baukasten AI annex
];

const NAMESAKES = [
  'https://www.bottie.com/', // beside Bottie.io
  'https://www.keytosite.fr/', // beside keytosite (keytosite.com)
  'https://www.mysite.com/', // beside Mysite.ai
  'https://www.apped.com/', // beside Apped (apped.dev)
  'https://www.appio.com/', // beside Appio (appio.in)
  'https://www.testcode.com/', // beside testcode.ai
  'https://www.assrt.com/', // beside Assrt (assrt.ai)
  'https://www.blueotter.com/', // beside BlueOtter (blueotter.io)
  'https://www.shakespiel.de/', // beside Shakespiel
  'https://www.dashn.com/', // beside Dashn.ai
  'https://www.htmlpage.com/', // beside HTMLPAGE AI (htmlpage.cn)
  'https://www.gameforge.com/', // a game publisher, beside Game Forge AI
  'https://www.vibenote.com/', // beside VibeNote.Studio
  'https://www.appoven.com/', // beside Appoven (appoven.io)
  'https://www.buildlegal.com/', // beside BuildLegal (buildlegal.ai)
  'https://www.cloosphere.com/', // beside Cloosphere (cloosphere.ai)
  'https://www.prompttoui.net/', // beside PtoUI (prompttoui.com)
  'https://www.wpcursor.net/', // beside WPCursor (wpcursor.com)
  'https://www.ai-game.com/', // beside AI Game Dev (ai-game.dev)
  'https://www.vibecodekids.com/', // beside VibeCodeKidz (vibecodekidz.org)
];

describe('nineteenth-session builders traps', () => {
  it('adds 20 rows, each with one domain and no prefix', () => {
    expect(longTailC19BuildersTools.length).toBe(20);
    expect(longTailC19BuildersTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC19BuildersTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://hola.htmlpage.cn/ai/architecture-overview': 'htmlpage-ai',
      'https://docs.testcode.ai/docs/understanding-test-generation': 'testcode-ai',
      'https://docs.cloosphere.ai/en/monitoring/dashboard': 'cloosphere',
      'https://www.buildlegal.ai/privacy': 'buildlegal-ai',
      'https://www.dashn.ai/en/terms': 'dashn-ai',
      'https://assrt.ai/t/ai-generated-playwright-e2e-tests': 'assrt-ai',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
