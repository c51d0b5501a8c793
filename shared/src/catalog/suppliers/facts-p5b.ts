// Supplier facts of pass 5b (2026-12-05): tools of the top 300 that had no fact yet. Each fact is read on
// the vendor's own page, mostly from the page's source in the vendor's public repository (the note says
// which); a plan the page does not speak of stays "not known". Where a page states a rule for every
// customer (no plan named), each plan the vendor offers gets the fact, with a note saying so.
import { defineSuppliers, read } from './define';

const DUST_SECURITY = 'https://dust.tt/home/security';
const DUST_SEEN = ' Read from the page’s source in dust-tt/dust (front/pages/home/security.tsx).';
const DUST_NO_TRAINING =
  'Dust security page: data is never used to train models and model providers keep none (zero data retention); stated for every workspace, no plan named; recorded for its team and enterprise plans, not for a free tier.' +
  DUST_SEEN;

const CIVITAI_PRIVACY = 'https://civitai.com/content/privacy';

const SW_SENSITIVE = 'https://superwhisper.com/docs/security/sensitive-data';
const SW_COMPLIANCE = 'https://superwhisper.com/docs/security/compliance';
const SW_SEEN = ' Read from the page’s source in superultrainc/superwhisper-docs.';
const SW_NO_TRAINING =
  'Superwhisper guide to sensitive data: it does not train on audio or text, and reaches cloud providers only under zero-data-retention API terms; stated for every model in a Superwhisper licence, no plan named.' +
  SW_SEEN;

const LABS_FX_PRIVACY = 'https://labs.google/fx/en-gb/privacy';
const LABS_FX_SCOPE =
  ' The notice covers labs.google/fx, whose FAQ names ImageFX, MusicFX, Whisk and Flow as its tools.';
const LABS_FX_TRAINING =
  'Google’s labs.google/fx privacy notice: interactions, outputs and feedback are used to improve Google products and machine-learning technologies; human reviewers read a share. No paid plan named.' +
  LABS_FX_SCOPE;
const LABS_FX_RETENTION =
  'History kept up to 18 months by default (can be switched off and deleted); interactions seen by human reviewers are kept apart from the account for up to 18 months';
const LABS_FX_RETENTION_NOTE = 'Google’s labs.google/fx privacy notice.' + LABS_FX_SCOPE;
const FLOW_PRIVACY = 'https://labs.google/fx/tools/flow/privacy';

export const pass5bSuppliers = /* @__PURE__ */ defineSuppliers([
  {
    toolId: 'dust',
    team: read('no', DUST_SECURITY, DUST_NO_TRAINING),
    enterprise: read('no', DUST_SECURITY, DUST_NO_TRAINING),
    dataRegions: read(
      ['EU', 'US'],
      DUST_SECURITY,
      'Dust security page, “Regional Hosting”: a workspace can be hosted in the EU or the US. Its docs (EU-hosted models) add that EU workspaces run at eu.dust.tt.' +
        DUST_SEEN,
    ),
    soc2: read(
      true,
      DUST_SECURITY,
      'Dust security page: “GDPR Compliant & SOC2 Type II Certified”, with a link to its trust centre.' +
        DUST_SEEN,
    ),
  },
  {
    toolId: 'civitai',
    dataRegions: read(
      ['US'],
      CIVITAI_PRIVACY,
      'Civitai privacy policy (last updated 1 February 2024), “International Visitors”: the services are hosted in the United States; data may also be moved to other countries to operate them. Read from the page’s source in civitai/civitai (src/static-content/privacy.md).',
    ),
  },
  {
    toolId: 'superwhisper',
    free: read('no', SW_SENSITIVE, SW_NO_TRAINING),
    team: read('no', SW_SENSITIVE, SW_NO_TRAINING),
    enterprise: read('no', SW_SENSITIVE, SW_NO_TRAINING),
    retention: read(
      'Transcription history and audio stored only on the user’s device; cloud processing under zero-data-retention API terms with its providers (not when dictating into a provider’s own consumer app)',
      SW_SENSITIVE,
      'Superwhisper guide to sensitive data: local models keep audio and text on the device; file sync carries settings, not transcripts.' +
        SW_SEEN,
    ),
    soc2: read(
      true,
      SW_COMPLIANCE,
      'Superwhisper compliance page: its latest SOC 2 report is available under NDA through its trust centre (no report type named).' +
        SW_SEEN,
    ),
    dpa: read(
      SW_COMPLIANCE,
      SW_COMPLIANCE,
      'Superwhisper compliance page: enterprise customers sign its Data Processing Addendum (self-serve signing link on the page, hosted by DocuSeal); the DPA lists its sub-processors.' +
        SW_SEEN,
    ),
  },
  {
    toolId: 'imagefx',
    free: read('yes', LABS_FX_PRIVACY, LABS_FX_TRAINING),
    retention: read(LABS_FX_RETENTION, LABS_FX_PRIVACY, LABS_FX_RETENTION_NOTE),
  },
  {
    toolId: 'whisk',
    free: read('yes', LABS_FX_PRIVACY, LABS_FX_TRAINING),
    retention: read(LABS_FX_RETENTION, LABS_FX_PRIVACY, LABS_FX_RETENTION_NOTE),
  },
  {
    toolId: 'google-labs',
    free: read(
      'yes',
      LABS_FX_PRIVACY,
      'Google’s labs.google/fx privacy notice: interactions, outputs and feedback are used to improve Google products and machine-learning models; human reviewers read a share. It covers the labs.google/fx tools only; other Labs experiments have their own notices.',
    ),
    retention: read(
      LABS_FX_RETENTION,
      LABS_FX_PRIVACY,
      'Google’s labs.google/fx privacy notice; other Labs experiments (outside labs.google/fx) have their own notices.',
    ),
  },
  {
    toolId: 'google-flow',
    free: read(
      'yes',
      FLOW_PRIVACY,
      'Google Flow privacy notice (effective 19 May 2026): prompts, uploads, outputs and feedback are used to improve Google products and machine-learning technologies, and human reviewers read a sample, unless “Help improve Flow” is switched off; no plan named.',
    ),
    retention: read(
      'Prompts, uploads, projects and outputs kept until the user deletes them (up to 72 hours more after deletion); samples seen by human reviewers kept apart from the account for up to 18 months',
      FLOW_PRIVACY,
      'Google Flow privacy notice: switching off “Help improve Flow” or deleting data does not remove samples already reviewed.',
    ),
  },
]);
