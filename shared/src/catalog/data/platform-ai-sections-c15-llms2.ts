// Fifteenth-session llms.txt pass, second round (issue 15, 2026-12-06): AI sections of general SaaS as paths on the
// vendor's own host, never the host. The fourteenth session read API Evangelist's verbatim llms.txt copies; this pass
// read the same organisation's copies for the SaaS the brief named and their neighbours (Salesloft, SendGrid, Buffer,
// Sprout Social, ClickUp, Airtable, ServiceNow, monday, Smartsheet, Mailchimp, HubSpot, Webex, Docusign, Typeform,
// SurveyMonkey, QuickBooks, Xero, Squarespace, Evernote, Todoist, Dialpad, Wrike, RingCentral, Apollo, Brevo,
// ActiveCampaign, Gusto, Canva, Miro, Notion, Zoom, Shopify, Wix, Zoho, Freshworks, Salesforce, Adobe, Dropbox,
// Intercom, Zendesk, Figma, Amplitude, Pipedrive, Ahrefs, Prezi, PandaDoc, Qualtrics, BigCommerce, Make; Bitrix24,
// Workday, Tableau, Lucid and Rippling have no copy here). Their new llms files index developer APIs only (Buffer,
// ActiveCampaign, Gusto, Dialpad, Ahrefs) or insights articles (Sprout Social), so the rows come from the other thing
// those repositories keep: copies of the vendors' own blog posts (each with its original URL), where a post links the
// vendor's AI page. Two more rows come from vendors' own repositories (PostHog's website, Kagi's documentation: Kagi
// Translate, the AI-only subdomain of a general search engine), and one alias from Google Cloud's docs. Each prefix is
// written in the form its source names; the classifier matches the www./bare twin of a prefix itself.
// Measured on 31 AI-section URLs met in this pass (vendor pages, vendor repositories and third-party leads): 14/31
// (45.2%) before, 24/31 (77.4%) after these rows and the NotebookLM aliases below.
// Alias added to an existing entry (CHECKED_C15): notebooklm (data/search.ts) gets notebooklm.cloud.google.com and
// notebooklm.cloud.google, NotebookLM Enterprise's home for Google and third-party identities.
// Left out, for want of a vendor's page naming the path: ClickUp's clickup.com/brain (its /pricing, /max, /agents
// pages are named only in third-party files; the ClickUp blog copy here is a stub), ServiceNow's Now Assist page (both
// www.servicenow.com/products/now-assist.html and /now-platform/now-assist.html appear only in third-party files; the
// vendor's docs and community pages describe an in-instance panel with no host of its own), Google Vids
// (workspace.google.com/products/vids and vids.google.com only in third-party articles and API Evangelist's own
// generated index), Amazon Q's q.aws.amazon.com (one third-party note), Salesloft, Bitrix24, SendGrid and Sprout
// Social (no AI page named in any copy), Mailchimp's /solutions/ai-tools (its llms file does not say where it came
// from), HubSpot's /products/aeo and /products/crm/ai-crm (answer-engine analytics and a CRM page, not an AI tool),
// Airtable's Cobuilder (under the general /platform/app-building page), Wrike's developer llms.txt, and the
// planview.com/ai page a Wrike comparison post links (a competitor's page, unread).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C15, defineTools } from './define';

export const platformAiSectionToolsC15Llms2: Tool[] = defineTools(
  'embedded-saas',
  [
    // Airtable's own blog post launching Airtable AI (https://blog.airtable.com/airtable-ai-launch/, 2024-03-26; copy
    // at api-evangelist/airtable@bf54c38c3352d3871f6eece3a5c2a797a5b9f458
    // blogs/2024-03-26-launching-a-faster-simpler-more-secure-way-to-unlock-ai-and.md) ends by sending readers to
    // www.airtable.com/platform/ai to learn more about Airtable AI. The rest of airtable.com stays unclaimed.
    {
      id: 'airtable-ai',
      name: 'Airtable AI',
      vendor: 'Airtable',
      urlPrefixes: ['www.airtable.com/platform/ai'],
      source: 'https://blog.airtable.com/airtable-ai-launch/',
    },
    // A Squarespace blog post (https://www.squarespace.com/blog/types-of-business-structures, 2026-04-23; copy at
    // api-evangelist/squarespace@8f0089369260cc8ae1fa4ddc813dfc454946068a
    // blogs/2026-04-23-types-of-business-structures-to-consider.md) links building a website to Squarespace's AI
    // website builder page at /websites/ai-website-builder.
    {
      id: 'squarespace-ai-website-builder',
      name: 'Squarespace AI Website Builder',
      vendor: 'Squarespace',
      category: 'coding',
      urlPrefixes: ['www.squarespace.com/websites/ai-website-builder'],
      source: 'https://www.squarespace.com/blog/types-of-business-structures',
    },
    // Wrike's blog post on its AI certification (https://www.wrike.com/blog/ai-elite-mastery-cert/; copy at
    // api-evangelist/wrike@056d3669c9524accd041855953adcf71723bd501
    // blogs/2026-04-27-want-to-boost-ai-adoption-try-wrikes-ai-elite-mastery-certif.md) links Wrike AI at /ai/, Wrike
    // Copilot at /ai/copilot/ and its AI agents at /ai/agents/; other Wrike posts in the copy link the same pages.
    {
      id: 'wrike-ai',
      name: 'Wrike AI (Copilot and AI agents)',
      vendor: 'Wrike',
      urlPrefixes: ['www.wrike.com/ai'],
      source: 'https://www.wrike.com/blog/ai-elite-mastery-cert/',
    },
    // PostHog's own website repository: the page at posthog.com/ai is "PostHog AI" (chat with your product data,
    // formerly Max), product handle posthog_ai. The rest of posthog.com (analytics, docs, the AI-observability
    // product for developers' own LLM apps) stays unclaimed.
    {
      id: 'posthog-ai',
      name: 'PostHog AI',
      vendor: 'PostHog',
      // posthog.com/max (2026-12-06, leads3): the assistant's earlier page, "Max AI" (product handle max_ai), in the same
      // repository at https://github.com/PostHog/posthog.com/blob/27c65ea156347bc8066a8e5f64b2db6c98a73ef8/src/pages/max/index.tsx
      urlPrefixes: ['posthog.com/ai', 'posthog.com/max'],
      source: 'https://github.com/PostHog/posthog.com/blob/05b4f8b78fe4ddb2dcb49e49bb9b94323595633d/src/pages/ai/index.tsx',
    },
    // Kagi's own documentation repository: Kagi Translate, at translate.kagi.com, translates with language models
    // (text, websites, documents, proofreading). The AI-only subdomain of a general search engine; kagi.com itself,
    // news.kagi.com and browser.kagi.com stay unclaimed. Kagi's Assistant, FastGPT and Summarizer are entries already.
    {
      id: 'kagi-translate',
      name: 'Kagi Translate',
      vendor: 'Kagi',
      category: 'translation',
      domains: ['translate.kagi.com'],
      source: 'https://github.com/kagisearch/kagi-docs/blob/9e08f5088da2d3aa14fa678ad9e5061c594a6585/docs/kagi/translate/index.md',
    },
  ],
  { checked: CHECKED_C15 },
);
