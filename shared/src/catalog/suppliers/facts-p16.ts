// Pass 16 (sixteenth session, 2026-12-06): facts still "not known" for top-300 tools, read in full where the vendor
// publishes the page's source in a public repository (cited at the address its docs generator serves it at), in
// the copies Open Terms Archive records of vendors' policies (ODC-By; attribution: Open Terms Archive; the source
// is the address the copy was fetched from) or in stored copies of vendor pages found through the search of stored
// pages. Every tool here was already listed by an earlier file: mergeProfiles in define.ts adds only facts that
// were still "not known" and never replaces a known one. Each note names the repository and commit, or the copy.
// A few facts are `cited3` (basis "not-fetched"): the vendor's page is named precisely and its wording was seen
// quoted the same way in several independent public notes, but the page itself was not read; they deserve a
// re-check against the live page first.
import { cited3, defineSuppliers, read3 } from './define';

const OTA = 'Read in full in Open Terms Archive’s recorded copy';

const KAGI_ASSISTANT = 'https://help.kagi.com/kagi/ai/assistant.html#privacy';
const kagiNoTraining = (plan: string): string =>
  `Kagi Assistant help page, Privacy: data from the Assistant is never used to train AI models, by Kagi or by the model providers, stated for every user (${plan}). Read from its source in kagisearch/kagi-docs at 9e08f50 (14 Aug 2026).`;
const CURSOR_SECURITY = 'https://www.cursor.com/security';
const CODERABBIT_WHY = 'https://docs.coderabbit.ai/overview/why-coderabbit';
const COPILOT_RESIDENCY =
  'https://docs.github.com/en/enterprise-cloud@latest/admin/data-residency/github-copilot-with-data-residency';
const COHERE_COMMITMENTS = 'https://cohere.com/enterprise-data-commitments';
const XAI_EUROPE_ADDENDUM = 'https://x.ai/legal/europe-privacy-policy-addendum';
const LOVABLE_PRIVACY = 'https://lovable.dev/privacy';
const GRAMMARLY_CBA = 'https://www.grammarly.com/terms/customer-business-agreement';
const ANTHROPIC_RESIDENCY = 'https://platform.claude.com/docs/en/manage-claude/data-residency';
const GROQ_AGREEMENT = 'https://console.groq.com/docs/legal/services-agreement';
const groqNoTraining = (plan: string): string =>
  `GroqCloud Services Agreement §4.2: Groq may not use Inputs or Outputs to train or fine-tune any models unless the customer permits or instructs it; §5.1 puts fee-free use under the same agreement (${plan}). Seen quoted verbatim in several public notes; not fetched.`;
const MISTRAL_CERTS =
  'https://help.mistral.ai/en/articles/347638-do-you-have-soc-2-or-iso-27001-certification';
const mistralCert = (framework: string): string =>
  `Mistral help centre, “Do you have SOC 2 or ISO 27001 certification?”: Mistral complies with the SOC 2 Type II and ISO 27001/27701 frameworks; reports and certificates via its Trust Center (${framework}). Wording seen quoted in several public notes; not fetched.`;

export const pass16Suppliers = /* @__PURE__ */ defineSuppliers([
  // Kagi's help centre (VitePress source in kagisearch/kagi-docs, served at help.kagi.com): the Assistant's privacy
  // section says data is never used to train AI models. The plan page lists a free Trial (100 AI interactions with
  // standard models) and Kagi offers Team plans with AI access, so the rule is recorded for both; Kagi names no
  // enterprise plan, so that stays "not known".
  {
    toolId: 'kagi-assistant',
    free: read3('no', KAGI_ASSISTANT, kagiNoTraining('free Trial plan: 100 AI interactions')),
    team: read3('no', KAGI_ASSISTANT, kagiNoTraining('Team plan')),
  },
  // Cursor's security page (stored copy, last updated 3 Oct 2024): SOC 2 Type I certified, Type II in progress.
  {
    toolId: 'cursor',
    soc2: read3(
      true,
      CURSOR_SECURITY,
      'Cursor security page (last updated 3 Oct 2024): Cursor is SOC 2 Type I certified and was completing SOC 2 Type II (expected Nov 2024); the report is sent on request. Read in a stored copy of the page.',
    ),
  },
  // CodeRabbit docs, "Why CodeRabbit?" (Docusaurus source in coderabbitai/coderabbit-docs, routeBasePath "/"):
  // its enterprise-readiness note lists SOC 2 Type II certification.
  {
    toolId: 'coderabbit',
    soc2: read3(
      true,
      CODERABBIT_WHY,
      'CodeRabbit docs, “Why CodeRabbit?”: CodeRabbit is built for production with SOC 2 Type II certification, GDPR compliance and zero data retention. Read from its source in coderabbitai/coderabbit-docs at 9994265 (page last changed 6 Jun 2025).',
    ),
  },
  // GitHub Docs, "GitHub Copilot with data residency" (GitHub Enterprise Cloud with data residency on GHE.com): an
  // enterprise policy keeps Copilot inference and its logs in the designated region, the US or the EU. Without that
  // policy no region is stated, so the values name the condition.
  {
    toolId: 'github-copilot',
    dataRegions: read3(
      [
        'United States (GHE.com data residency, policy on)',
        'European Union (GHE.com data residency, policy on)',
      ],
      COPILOT_RESIDENCY,
      'GitHub Docs, “GitHub Copilot with data residency”: with the “Restrict Copilot to data residency compliant models” policy (off by default), inference, prompts, responses and Copilot logs stay in the enterprise’s region, the US or the EU. Read from its source in github/docs at 99322ef.',
    ),
  },
  // Cohere's Enterprise Data Commitments (last update 8 Oct 2024, stored copy): on the Cohere SaaS Platform, prompts,
  // generations and fine-tune data train Cohere models unless the customer opts out in the dashboard; private and
  // cloud-platform deployments send Cohere no prompts or outputs. Free and team were recorded from Cohere's docs.
  {
    toolId: 'cohere-platform',
    enterprise: read3(
      'yes',
      COHERE_COMMITMENTS,
      'Cohere “Enterprise Data Commitments” (8 Oct 2024): on the SaaS Platform, prompts, generations and fine-tune data may train Cohere models unless opted out in dashboard settings; private and third-party cloud deployments send Cohere no inputs or outputs. Read in a stored copy.',
    ),
  },
  // xAI's Europe privacy policy addendum (effective 24 Apr 2025), part of the Grok privacy policy Open Terms Archive
  // records, §13.3: for users in Europe, xAI processes all personal information in the US, where its primary data
  // centres are. The main privacy policy, for everyone else, names no region, so the value says whom it covers.
  {
    toolId: 'grok',
    dataRegions: read3(
      ['United States (stated for users in Europe)'],
      XAI_EUROPE_ADDENDUM,
      `xAI Europe privacy addendum (24 Apr 2025), §13.3: for users in Europe, all personal information is processed in the US, where xAI’s main data centres are; the main policy names no region. ${OTA} (genai-contrib-versions, “Grok”), 18 May 2026.`,
    ),
  },
  // Lovable's privacy policy (last updated 14 Apr 2026), which covers the Free and Pro plans (Business and Enterprise
  // fall under its terms and DPA), §11 Retention.
  {
    toolId: 'lovable',
    retention: read3(
      'Free and Pro: personal data deleted within 30 days of account termination (backups up to 90 days), save fraud, legal or defence needs; customer data otherwise kept only as needed, deletable on request',
      LOVABLE_PRIVACY,
      `Lovable privacy policy (last updated 14 Apr 2026), §11; it also says customer data is kept up to 90 days unless law requires longer. Business and Enterprise fall under its terms and DPA. ${OTA} (genai-contrib-versions), recorded 6 Aug 2026.`,
    ),
  },
  // Superhuman (formerly Grammarly) Customer Business Agreement (effective 29 Oct 2025), 3.3: no fixed period for
  // business customers' data; it is deletable in the account and returned or destroyed at the end on request.
  {
    toolId: 'grammarly',
    retention: read3(
      'Business agreements: no fixed period; customers can export or delete data during the term, and at its end Superhuman returns or destroys it on written request (backups isolated, then deleted)',
      GRAMMARLY_CBA,
      `Superhuman (formerly Grammarly) Customer Business Agreement (effective 29 Oct 2025), 3.3, save data the law requires it to keep; the consumer privacy policy gives no period. ${OTA} (contrib-versions, “Grammarly”), recorded 17 Jan 2026.`,
    ),
  },
  // Claude API docs, "Data residency" (read in a copy of the page's MDX source kept in a public GitHub repository,
  // found through the GitHub index; not on the live page): workspace geo, where data is stored at rest, is "us"
  // only; inference runs in any geography by default ("global") or only in the US with inference_geo "us".
  {
    toolId: 'anthropic-console',
    dataRegions: read3(
      [
        'United States (data at rest: the only workspace geo)',
        'Any region for inference by default (US-only on request)',
      ],
      ANTHROPIC_RESIDENCY,
      'Claude API docs, “Data residency”: workspace geo (storage at rest, endpoint processing) is “us” only; inference_geo “global” (default) may run in any geography, “us” keeps inference in the US. Read in a copy of the page’s source in a public GitHub repository.',
    ),
  },
  // GroqCloud Services Agreement §4.2, quoted verbatim in several independent public notes (page "Last Modified 22 Jun
  // 2026" in one): no training on Inputs or Outputs without the customer's permission; §5.1 covers fee-free use. A
  // rule of the agreement every GroqCloud customer accepts, so recorded for the free tier, the paid Developer tier
  // (as team) and enterprise. `cited3`: the agreement itself was not read.
  {
    toolId: 'groq',
    free: cited3('no', GROQ_AGREEMENT, groqNoTraining('free tier')),
    team: cited3('no', GROQ_AGREEMENT, groqNoTraining('Developer tier, recorded as team')),
    enterprise: cited3('no', GROQ_AGREEMENT, groqNoTraining('Enterprise')),
  },
  // Mistral's help-centre article on certifications (listed in its Trust, Security & Compliance collection, read):
  // SOC 2 Type II and ISO 27001/27701, reports via its Trust Center. Company-wide, so recorded for Le Chat and the
  // API console. `cited3`: the article's text was seen quoted, not read.
  ...['le-chat', 'mistral-console'].map((toolId) => ({
    toolId,
    soc2: cited3(true, MISTRAL_CERTS, mistralCert('SOC 2 Type II')),
    iso27001: cited3(true, MISTRAL_CERTS, mistralCert('ISO/IEC 27001')),
  })),
]);
