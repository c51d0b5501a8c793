// Supplier facts of pass 4b (tools 151–300 of TOP_TOOL_IDS without any fact before): the vendor's own
// page, `read` from a stored copy found through search (or, where a vendor publishes its docs as a public
// repository, that page's source file); a plan the page does not speak of stays "not known".
import { defineSuppliers, read } from './define';

const CODERABBIT_FAQ = 'https://docs.coderabbit.ai/faq';
const CODERABBIT_NOTE =
  'CodeRabbit FAQ, Data Security (read from its docs repository source, Aug 2025): trains only on public datasets, never on proprietary code or private repositories; no plan is excepted.';

const JENNI_PRIVACY = 'https://docs.jenni.ai/docs/account/privacy';
const JENNI_NOTE =
  'Jenni help, Privacy: drafts, prompts and outputs are never used to train models, Jenni’s or its upstream providers’ (contractually barred); no plan is excepted.';

const PLAUD_AI_POLICY = 'https://au.plaud.ai/pages/ai-data-usage-transparency-policy';

const TEXTCORTEX_DATA = 'https://textcortex.com/de/post/how-we-handle-data-at-textcortex';

const WISPR_FAQ = 'https://docs.wisprflow.ai/articles/3467817258-security-and-compliance-faq';

export const pass4bSuppliers = /* @__PURE__ */ defineSuppliers([
  {
    toolId: 'coderabbit',
    free: read('no', CODERABBIT_FAQ, CODERABBIT_NOTE),
    team: read('no', CODERABBIT_FAQ, CODERABBIT_NOTE),
    enterprise: read('no', CODERABBIT_FAQ, CODERABBIT_NOTE),
    retention: read(
      'Encrypted code caches and code-index vectors kept between reviews; both can be switched off, leaving nothing stored after a review',
      CODERABBIT_FAQ,
      'CodeRabbit FAQ, Data Security: caching and code indexing speed up reviews and can each be disabled.',
    ),
  },
  {
    toolId: 'botpress',
    dpa: read(
      'https://botpress.com/legal/data-processing-agreement',
      'https://botpress.com/legal/data-processing-agreement',
      'Botpress Data Processing Agreement (last updated 2024-04-24), supplementing its Terms of Service.',
    ),
  },
  {
    toolId: 'voiceflow',
    dpa: read(
      'https://voiceflow.com/legal/dpa',
      'https://voiceflow.com/legal/dpa',
      'Voiceflow Data Processing Addendum: incorporated into its Terms of Service, no separate signature needed; includes the EU SCCs.',
    ),
  },
  {
    toolId: 'cloudflare-ai-gateway',
    retention: read(
      'Request logs (prompts, responses, tokens, cost) kept until deleted, up to a per-gateway storage limit set by plan; payload logging can be switched off per request',
      'https://developers.cloudflare.com/ai-gateway/observability/logging/',
      'AI Gateway logging docs: logs persist for as long as you keep them; when the limit is reached new logs stop being saved. A March 2026 changelog adds the cf-aig-collect-log-payload header.',
    ),
  },
  {
    toolId: 'photoroom',
    free: read(
      'yes',
      'https://help.photoroom.com/en/articles/10067660-does-the-ai-learn-from-your-images',
      'Photoroom help: designs made in the app are used to train its AI by default; each user account can opt out ("Improve the model for everyone"). API images are neither stored nor used for training.',
    ),
  },
  {
    toolId: 'wispr-flow',
    enterprise: read(
      'no',
      'https://wisprflow.ai/post/enterprise-privacy-and-security-overview',
      'Wispr’s enterprise privacy overview: Privacy Mode (zero data retention, never used for training) is on by default for Enterprise accounts; a user may still report a single transcription for diagnostics.',
    ),
    soc2: read(
      true,
      WISPR_FAQ,
      'Wispr security and compliance FAQ (June 2026): SOC 2 Type I completed April 2026 (security scope), report under NDA; ISO 27001 only at Stage 1 then.',
    ),
  },
  {
    toolId: 'v0',
    free: read(
      'yes',
      'https://v0.app/policy',
      'Vercel AI Policy (Aug 2025): prompts, inputs and interactions may train Vercel’s own models (not third parties’); opting out needs the right paid subscription. Code hosted on Vercel is never used.',
    ),
  },
  {
    toolId: 'jenni',
    free: read('no', JENNI_PRIVACY, JENNI_NOTE),
    team: read('no', JENNI_PRIVACY, JENNI_NOTE),
    enterprise: read('no', JENNI_PRIVACY, JENNI_NOTE),
  },
  {
    toolId: 'gptzero',
    soc2: read(
      true,
      'https://gptzero.me/news/student-privacy-policy',
      'GPTZero’s student privacy page: SOC 2 Type II assessment completed, with annual third-party SOC 2 audits.',
    ),
  },
  {
    toolId: 'plaud',
    free: read(
      'no',
      PLAUD_AI_POLICY,
      'Plaud AI Data Usage Transparency Policy (May 2026): audio, transcripts and summaries are never used to train or develop models without explicit consent; its AI providers are contractually barred too. Applies to all app users.',
    ),
    retention: read(
      'Kept on the device by default; with Private Cloud Sync on, cloud copies are kept until the user deletes them or turns sync off',
      PLAUD_AI_POLICY,
      'Plaud AI Data Usage Transparency Policy, storage and retention sections.',
    ),
    dataRegions: read(
      ['US', 'Germany', 'Japan', 'Singapore'],
      PLAUD_AI_POLICY,
      'Plaud AI Data Usage Transparency Policy: Private Cloud Sync servers in the United States, Germany, Japan and Singapore; data goes to the one matching the user’s region.',
    ),
  },
  {
    toolId: 'glean',
    soc2: read(
      true,
      'https://help.glean.com/en/articles/10093412-glean-deployment-options',
      'Glean deployment options: every tenant is single-tenant (Glean cloud or the customer’s own); Glean regularly undergoes SOC 2 Type II audits.',
    ),
  },
  {
    toolId: 'textcortex',
    free: read(
      'yes',
      TEXTCORTEX_DATA,
      'TextCortex “how we handle data” (German edition): data given through the app, browser extension or API may be used to improve its models unless the user opts out by form; knowledge-base uploads are not used by default.',
    ),
    retention: read(
      'Knowledge-base documents kept only as long as the user keeps them; deletion removes them permanently',
      TEXTCORTEX_DATA,
      'TextCortex “how we handle data” (German edition), knowledge-base section.',
    ),
  },
  {
    toolId: 'hebbia',
    dpa: read(
      'https://www.hebbia.com/dpa',
      'https://www.hebbia.com/dpa',
      'Hebbia Data Processing Agreement, part of its Master Services Agreement (GDPR, UK GDPR and US state laws such as the CCPA).',
    ),
  },
]);
