// Supplier facts read in a second pass: voice, search notebooks and more coding and writing tools.
// Where sources disagree (a vendor's marketing page against its terms, say), the plan in question is
// left "not known" or the note names the disagreement.
import { FACTS_CHECKED_2, defineSuppliers, fact as factOn } from './define';

/** Every fact here was read on FACTS_CHECKED_2. */
const fact = <T>(value: T, source: string, note?: string) => factOn(value, source, note, FACTS_CHECKED_2);

const ELEVENLABS_REVIEW = 'https://companyscope.io/vendors/elevenlabs';
const NOTEBOOKLM = 'https://verifywise.ai/ai-trust-index/notebooklm';
const WINDSURF_SECURITY = 'https://conductatlas.com/platform/windsurf/windsurf-security-data-handling/';
const TABNINE_PRIVACY = 'https://www.tabnine.com/code-privacy';

export const moreSuppliers = /* @__PURE__ */ defineSuppliers([
  {
    toolId: 'elevenlabs',
    free: fact(
      'yes',
      ELEVENLABS_REVIEW,
      'Compliance review: training is on by default for non-Enterprise plans; the opt-out works forward only.',
    ),
    enterprise: fact('no', ELEVENLABS_REVIEW, 'Compliance review: training is off by default on Enterprise.'),
    retention: fact(
      'Kept by default; Enterprise may use Zero Retention Mode for some API requests',
      'https://elevenlabs.io/docs/resources/zero-retention-mode',
    ),
    dataRegions: fact(['EU', 'US', 'India'], ELEVENLABS_REVIEW, 'Data residency options for Enterprise.'),
  },
  {
    toolId: 'grok',
    free: fact(
      'yes',
      'https://privacygpt.lynicis.dev/company/xai',
      'Summary of xAI’s policy: chats with Grok train its models by default; API accounts are excluded.',
    ),
    retention: fact(
      'Deleted Grok conversations removed within 30 days',
      'https://www.productionai.institute/ai-data-use/grok-on-x',
      'Summary of X’s help article, unless security or legal reasons require longer.',
    ),
  },
  {
    toolId: 'notebooklm',
    free: fact(
      'no',
      NOTEBOOKLM,
      'Personal accounts: not used to train foundational models unless the user sends thumbs up/down feedback.',
    ),
    team: fact('no', NOTEBOOKLM, 'Workspace uploads are never reviewed by humans or used to train models.'),
    enterprise: fact(
      'no',
      NOTEBOOKLM,
      'Workspace uploads are never reviewed by humans or used to train models.',
    ),
    retention: fact(
      'Feedback and the content sent with it: up to 3 years, detached from the account',
      NOTEBOOKLM,
    ),
  },
  {
    toolId: 'tabnine',
    // The code-privacy page says no plan's code trains shared models; a summary of the privacy policy says
    // standard users' snippets may: the individual plan stays "not known".
    team: fact(
      'no',
      TABNINE_PRIVACY,
      'Code is never used to train models other than the team’s own private models, which need an explicit opt-in.',
    ),
    enterprise: fact(
      'no',
      TABNINE_PRIVACY,
      'Code is never used to train models other than the team’s own private models, which need an explicit opt-in.',
    ),
    retention: fact(
      'Tabnine models: code kept only while the answer is computed',
      'https://docs.tabnine.com/main/welcome/readme/privacy',
      'Ephemeral processing; third-party chat models have their own policies.',
    ),
  },
  {
    toolId: 'windsurf',
    free: fact(
      'yes',
      'https://ptkd.com/journal/does-windsurf-keep-my-code-or-prompt-data',
      'Individual plans: without opting in to Zero Data Retention, code snippets may be logged and used as training data.',
    ),
    team: fact(
      'no',
      WINDSURF_SECURITY,
      'Summary of Windsurf’s security page: Zero Data Retention is the default for Teams.',
    ),
    enterprise: fact(
      'no',
      WINDSURF_SECURITY,
      'Summary of Windsurf’s security page: Zero Data Retention is the default for Enterprise.',
    ),
    soc2: fact(true, WINDSURF_SECURITY, 'SOC 2 Type II as of March 2024.'),
  },
  {
    toolId: 'jasper',
    team: fact(
      'yes',
      'https://baa-atlas.vercel.app/ai/jasper',
      'Terms of Service v4.1 (standard terms): input and output develop Jasper’s models; EU/UK users may object by email. Jasper’s marketing says otherwise.',
    ),
  },
  {
    toolId: 'character-ai',
    free: fact(
      'yes',
      'https://policies.character.ai/model-training',
      'Retains chat content to train and improve its models; users in the EEA and UK can switch it off.',
    ),
  },
  {
    toolId: 'meta-ai',
    free: fact(
      'yes',
      'https://voz.us/en/technology/250414/23447/meta-public-data-users-eu-ai.html',
      'AFP report of Meta’s announcement: questions sent to Meta AI train its models; EU users may object with a form.',
    ),
  },
]);
