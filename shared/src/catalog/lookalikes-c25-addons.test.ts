// Traps beside the rows the twenty-fifth session's add-on pass added (data/long-tail-c25-addons.ts): the platforms and
// marketplaces the add-ons and bots run on (Slack, Microsoft Teams and AppSource, Atlassian and Forge, monday.com,
// Moodle and Canvas, Photoshop, Blender, Roblox, Unity, Twitch, Discord, Telegram, Zendesk, HubSpot, Google Workspace,
// Shopify, WordPress, Figma and Canva), the parent sites under which the prefix rows sit, add-on makers whose pages
// say their apps use no AI, the shared-platform copies of bot and app policies the pass read, and names close to the
// new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC25AddonsTools } from './data/long-tail-c25-addons';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://slack.com/', // the platform the Slack bots run on
  'https://slack.com/marketplace', // Slack's app directory, where many of the bots read are listed
  'https://www.microsoft.com/en-us/microsoft-teams/group-chat-software', // Microsoft Teams, beside LEO AI
  'https://appsource.microsoft.com/', // Microsoft's add-in store
  'https://www.atlassian.com/', // Jira and Confluence, beside the Forge apps
  'https://marketplace.atlassian.com/', // the Atlassian Marketplace
  'https://developer.atlassian.com/platform/forge/', // the Forge platform the Jira and Confluence apps are built on
  'https://monday.com/marketplace', // the monday.com app marketplace, beside Friday AI
  'https://moodle.org/plugins/', // Moodle's plugin directory, beside the LTI grading tools
  'https://www.instructure.com/canvas', // Canvas LMS, beside EduGears AI and Eduface
  'https://www.imsglobal.org/activity/learning-tools-interoperability', // the LTI standard the graders connect through
  'https://www.adobe.com/products/photoshop.html', // Photoshop, beside Photoshop Kung Fu
  'https://exchange.adobe.com/', // Adobe's plugin exchange
  'https://www.blender.org/', // Blender, beside the 3D add-ons
  'https://extensions.blender.org/', // Blender's extension directory
  'https://superhivemarket.com/', // the Blender add-on market (formerly Blender Market)
  'https://create.roblox.com/', // Roblox Studio, beside ScriptWeaver
  'https://unity.com/', // a game engine whose editor plugins were searched
  'https://assetstore.unity.com/', // Unity's asset store
  'https://www.twitch.tv/', // the platform Delta Cohost runs on
  'https://dev.twitch.tv/', // Twitch's developer site
  'https://discord.com/', // the platform the Discord bots run on
  'https://discord.com/developers/docs/intro', // Discord's developer documentation
  'https://telegram.org/', // the platform the Telegram bots run on
  'https://core.telegram.org/bots', // Telegram's bot documentation
  'https://www.zendesk.com/marketplace/', // the Zendesk app marketplace
  'https://ecosystem.hubspot.com/marketplace/apps', // the HubSpot app marketplace
  'https://marketplace.visualstudio.com/', // the Visual Studio and Azure DevOps marketplace
  'https://workspace.google.com/marketplace', // the Google Workspace Marketplace
  'https://apps.shopify.com/', // the Shopify App Store
  'https://wordpress.org/plugins/', // the WordPress plugin directory
  'https://www.figma.com/community', // Figma's plugin community
  'https://www.canva.com/apps', // Canva's app directory
  'https://mail.google.com/', // Gmail, beside ReplyOnce
  'https://outlook.live.com/', // Outlook, beside the add-ins met
  'https://www.delta.com/', // an airline, beside Delta Cohost
];

const PARENTS = [
  'https://be4.software/', // the maker's site under which the sprint-report app's prefix sits
  'https://www.centworks.io/', // CentWorks' site under which Friday AI's prefix sits
  'https://centworks.io/', // the same without www.
  'https://docs.acceleration-engineering.com/', // the maker's docs under which Skyline's prefix sits
  'https://acceleration-engineering.com/', // the maker's site
  'https://cyberfrog.tech/', // the parent of roleplay.cyberfrog.tech
  'https://astroyds.com/', // the parent of scriptweaver.astroyds.com
  'https://sourcechain.org/', // the parent of claw.sourcechain.org
];

const NO_AI = [
  'https://lovestockleaf.com/', // Zendesk apps that send no ticket data anywhere
  'https://wf.sixteam.pro/privacy.html', // HubSpot workflow actions, no AI
  'https://companydataguys.com/privacy-policy', // a HubSpot enrichment app that says it uses no LLM
  'https://systomatics.com/gapps-privacy.html', // a Google Chat workflow bot, no AI
  'https://excel-works.com/home/privacy365', // an Excel calculus add-in
  'https://poweruserful.com/privacy-policy-add-in', // an Office add-in that keeps data in the tenant
  'https://www.gwaddons.com/privacy-policy', // Google Workspace add-ons (certificates), no AI
  'https://grammaker.com/privacy', // a Telegram bot and channel manager, no AI
  'https://otomosolutions.com/', // a monday.com JSON export app
  'https://chatbot.barrycarlyon.co.uk/privacy/', // a Twitch command bot
];

const SHARED_PLATFORMS = [
  'https://m1xzg.github.io/discord-bot-for-fun/PRIVACY_POLICY.md', // a Discord bot's policy on a shared platform
  'https://wilgub.github.io/DmGPT/privacy.html', // a Discord bot's policy on a shared platform
  'https://skuqre.github.io/rb-anise/ai-rules/', // a Discord bot's rules on a shared platform
  'https://openchat-landing.pages.dev/privacy.html', // a Telegram bot's policy on a shared platform
  'https://vault-therapist.pages.dev/privacy.html', // an Obsidian plugin's policy on a shared platform
  'https://evergreen-ai-for-confluence.pages.dev/privacy', // a Confluence app's policy on a shared platform
  'https://indesk.pages.dev/product-privacy-policy', // a Zendesk app's policy on a shared platform
  'https://tidysheet-1fl.pages.dev/legal/privacy-policy.html', // a template policy on a shared platform
  'https://northwatch-kb-sentinel.pages.dev/privacy', // a launch draft on a shared platform
  'https://ai-reply-generator-1f1.pages.dev/privacy.html', // a Gmail add-on's policy on a shared platform
  'https://assistant-2d7.pages.dev/privacy', // an assistant's policy on a shared platform
  'https://roguewombatsoftware.atlassian.net/wiki/spaces/AIS/pages/1376257/Privacy+Policy', // a Jira app's policy on a wiki
  'https://meltedmensoftware.atlassian.net/wiki/spaces/CSFC/pages/287145990/Privacy+Policy+Content+Score+for+Confluence', // the same
  'http://allure.up.railway.app/terms-of-service?lang=zh', // a Discord bot's terms on a shared platform
  'https://blendai.readthedocs.io/en/latest/credits.html', // a Blender add-on's docs on a shared platform
  'https://wooden-stork-8e7.notion.site/Privacy-Policy-for-AI-Description-Generator-2d6cf15c7d5680a6bad0c62ab0add7e9', // a Shopify app's policy
  'https://agate-spoon-bc6.notion.site/Maxima-App-for-Slack-Guidelines-for-Sub-Processors-2e9d99f0f42d8034a3cce56f450bbac4', // a Slack app's page
  'https://telegra.ph/Privacy-Policy-10-27-360', // a Telegram bot's policy on a shared platform
  'https://rentry.co/FilterAI-tos', // a Discord bot's terms on a paste site
  'https://copydrop-ai-service-136440849704.europe-west1.run.app/privacy', // a Shopify app's policy on a shared platform
  'https://iecyu9zanz.us-east-2.awsapprunner.com/privacy-policy', // a Shopify app's policy on a shared platform
  'https://knwbot.gitbook.io/markov-bot/terms/privacy-policy', // a Discord bot's docs on a shared platform
  'https://communityai.dpdns.org/terms', // a Discord bot on a free dynamic-DNS host
  'https://eu-east.go.ro/privacy', // a generator on a free dynamic-DNS host
  'https://sites.google.com/view/aiautomationtools/privacy-policy', // an extension's policy on a shared platform
  'https://spiffy-piroshki-27186a.netlify.app/', // an extension's policy on a shared platform
];

const NAMESAKES = [
  'https://twistly.com/', // beside Twistly (twistly.ai)
  'https://edugears.com/', // beside EduGears AI (edugears.ai)
  'https://eduface.com/', // beside Eduface (eduface.me)
  'https://susurra.com/', // beside Susurra (susurra.app)
  'https://wonkee.com/', // beside Wonkee (wonkee.io)
  'https://replyonce.com/', // beside ReplyOnce (replyonce.ai)
  'https://www.escultor.com/', // beside Escultor (escultor.net)
  'https://animecord.net/', // beside Animecord (animecord.com)
];

// Pages about add-ons on their makers' general sites, first claimed as URL prefixes; dropped at the merge.
const ABOUT_ADDON_PAGES = [
  'https://be4.software/stakeholder-sprint-report/privacy',
  'https://docs.acceleration-engineering.com/apps/skyline-ai-page-builder',
  'https://www.centworks.io/friday-ai/privacy-policy.html',
];

describe('twenty-fifth-session add-on traps', () => {
  it('adds 23 rows, global, each with one domain (the three prefix rows were dropped at the merge)', () => {
    expect(longTailC25AddonsTools.length).toBe(23);
    expect(longTailC25AddonsTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(longTailC25AddonsTools.every((t) => catalogRegion(t.id) === 'global')).toBe(true);
  });

  it('classifies every new host and prefix to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC25AddonsTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC25AddonsTools));
    expectEachClassifiedAs({
      'https://www.twistly.ai/privacy-policy-twistlyapp/': 'twistly',
      'https://lti.edugears.ai/': 'edugears-ai',
      'https://app.deltacohost.com/': 'delta-cohost',
      'https://deltacohost.com/': 'delta-cohost',
      'https://www.blendergpt.org/': 'blendergpt-grasslabs',
    });
  });

  it('leaves platforms, parents, non-AI add-ons, shared platforms and namesakes unclassified', () => {
    expectNoneClassified([
      ...GENERAL_SITES,
      ...PARENTS,
      ...NO_AI,
      ...SHARED_PLATFORMS,
      ...NAMESAKES,
      ...ABOUT_ADDON_PAGES,
    ]);
  });
});
