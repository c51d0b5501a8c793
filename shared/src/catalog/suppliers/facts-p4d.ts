// Supplier facts of pass 4d (2026-12-05): tools still without a fact, and facts missing from tools that
// already had some (a DPA, a certification). A row here for a tool an earlier file lists only adds what
// that file left "not known" (`mergeProfiles` in define.ts); it never replaces a known fact.
import { cited, defineSuppliers, read } from './define';

const OPENAI_DPA = 'https://openai.com/policies/data-processing-addendum/';
const OPENAI_DPA_NOTE =
  'OpenAI’s security and privacy page (read) says it offers customers a Data Processing Addendum, published at this address (not fetched); it covers the business offerings (API, ChatGPT Team, Enterprise, Edu), not consumer accounts.';

const ANTHROPIC_DPA = 'https://www.anthropic.com/legal/data-processing-addendum';
const ANTHROPIC_DPA_NOTE =
  'Anthropic’s Data Processing Addendum, part of its Commercial Terms (API, Claude Team and Enterprise); not fetched. Its help article on its processor role (read on a mirror of support.claude.com) says commercial customers control their users’ data.';

const CODEIUM_SECURITY = 'https://codeium.com/security';
const CODEIUM_ZDR =
  'Codeium (Windsurf) security page, updated 11 March 2025: zero-data-retention mode is on by default for Teams and Enterprise plans, and code sent in that mode is never trained on. Only the page’s opening (its certifications) was read in a stored copy.';

const GITHUB_DPA = 'https://github.com/customer-terms/github-data-protection-agreement';

const DIFY_CLOUD = 'https://docs.dify.ai/getting-started/cloud';

export const pass4dSuppliers = /* @__PURE__ */ defineSuppliers([
  {
    toolId: 'chatgpt',
    dpa: cited(OPENAI_DPA, OPENAI_DPA, OPENAI_DPA_NOTE),
  },
  {
    toolId: 'openai-platform',
    dpa: cited(OPENAI_DPA, OPENAI_DPA, OPENAI_DPA_NOTE),
  },
  {
    toolId: 'anthropic-console',
    dpa: cited(ANTHROPIC_DPA, ANTHROPIC_DPA, ANTHROPIC_DPA_NOTE),
  },
  {
    toolId: 'claude',
    dpa: cited(
      ANTHROPIC_DPA,
      ANTHROPIC_DPA,
      'Anthropic’s Data Processing Addendum (not fetched) covers the commercial plans only, Claude Team and Enterprise; Free, Pro and Max are consumer plans under the consumer terms.',
    ),
  },
  {
    toolId: 'windsurf',
    free: cited(
      'yes',
      CODEIUM_SECURITY,
      'Codeium (Windsurf) security page: individual users not in zero-data-retention mode may have code snippets and trajectories logged and used for training; the mode is opt-in on their profile page. Only the page’s opening was read.',
    ),
    team: cited('no', CODEIUM_SECURITY, CODEIUM_ZDR),
    enterprise: cited('no', CODEIUM_SECURITY, CODEIUM_ZDR),
  },
  {
    toolId: 'github-copilot',
    dpa: cited(
      GITHUB_DPA,
      GITHUB_DPA,
      'GitHub Data Protection Agreement, part of GitHub’s customer terms; it covers Copilot Business and Enterprise, where GitHub processes prompts as processor. Not fetched.',
    ),
  },
  {
    toolId: 'dify',
    dataRegions: read(
      ['US (AWS US-East)'],
      DIFY_CLOUD,
      'Dify Cloud FAQ: input and generated application data are stored on AWS servers in the US-East region. Read in the page source in the langgenius/dify-docs repository.',
    ),
  },
]);
