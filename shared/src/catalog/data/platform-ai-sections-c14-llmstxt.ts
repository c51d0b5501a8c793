// Fourteenth-session llms.txt pass (issue 15, 2026-12-06): AI sections of general SaaS as paths on the vendor's own
// host, never the host, each named in the vendor's own llms.txt (the vendor's word about its own pages) and read in the
// verbatim copies API Evangelist keeps (api-evangelist/<vendor>, commit named per row). 52 such repositories were read
// for the SaaS the pass targeted and their neighbours; 18 hold an llms/*.txt file. Copies that say API Evangelist
// generated them (Salesforce, ServiceNow, Zendesk, LinkedIn, Jira) or read as its own summaries (Grammarly, Evernote)
// were not used, nor Mailchimp's (it does not say where it came from), nor copies that only index developer
// documentation and APIs (Notion, Intercom, Zoom, Figma, Attio, Zapier, Outreach, Make, Hootsuite, Twilio), which name
// infrastructure, not a tool a person uses. HubSpot, Canva, Miro, Adobe, Dropbox, Box, monday, ClickUp, Airtable,
// Smartsheet, Webex, Wix, Squarespace, Freshworks, Zoho, Loom, Coda and others hold no copy; Shopify, Pipedrive,
// Calendly and Mural hold only a negative probe record; Workday has no repository here.
// Measured before: 30 AI-section URLs taken from the marketing-site copies (Atlassian, Webflow, Gong, ZoomInfo,
// Semrush, Slack, Klaviyo, Opera, Asana and the documentation copies the regional pass used) classified 18/30 (60.0%);
// after these rows and the aliases below, 25/30 (83.3%).
// Aliases added to existing entries (same sources, CHECKED_C14): webflow-ai (webflow.com/feature/ai,
// webflow.com/ai-site-builder), atlassian-intelligence (www.atlassian.com/software/confluence/ai) and
// semrush-ai-visibility (www.semrush.com/free-tools/ai-search-visibility-checker,
// enterprise.semrush.com/solutions/ai-optimization).
// Left out: www.atlassian.com/software/jira/ai and /jira/dev (their parent, www.atlassian.com/software/jira, is a trap
// in lookalikes.test.ts), webflow.com/feature/aeo (analytics about AI answers, not an AI tool), Semrush's AI
// Visibility Index site (published benchmarks) and pricing page, slack.com/ai-agents (kept as a trap elsewhere), and
// Loom, which Atlassian's file lists as a video tool with AI features (loom-ai already holds www.loom.com/ai).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C14, defineTools } from './define';

export const platformAiSectionToolsC14Llmstxt: Tool[] = defineTools(
  'agents',
  [
    // Atlassian's llms.txt (https://www.atlassian.com/llms.txt, served as text/plain), under "AI, Agents & Automation":
    // "Rovo Dev", an AI coding agent for IDEs, at /software/rovo-dev. Read in the copy at
    // api-evangelist/confluence@0066089ffb800425920b93bda43d534319785f4d llms/confluence-llms-atlassian.txt, which
    // does not name its own URL; it carries Atlassian's llms-txt tracking links and no API Evangelist generator note.
    {
      id: 'atlassian-rovo-dev',
      name: 'Rovo Dev',
      vendor: 'Atlassian',
      category: 'coding',
      urlPrefixes: ['www.atlassian.com/software/rovo-dev'],
      source: 'https://www.atlassian.com/llms.txt',
    },
    // ZoomInfo's llms.txt ("official information about ZoomInfo", citation https://www.zoominfo.com/llms.txt; copy at
    // api-evangelist/zoominfo@5fdc2d566ffc01aca3f2fff6480468fc86924da4 llms/zoominfo-llms.txt): "ZoomInfo Copilot - AI
    // agent for sales and marketing", product page www.zoominfo.com/copilot. The rest of www.zoominfo.com stays unclaimed.
    {
      id: 'zoominfo-copilot',
      name: 'ZoomInfo Copilot',
      vendor: 'ZoomInfo',
      urlPrefixes: ['www.zoominfo.com/copilot'],
      source: 'https://www.zoominfo.com/llms.txt',
    },
  ],
  { checked: CHECKED_C14 },
);
