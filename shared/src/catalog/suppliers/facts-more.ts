// Supplier facts read in later passes: voice, coding and companion tools. Same rules as
// facts-assistants.ts; where the vendor's own pages disagree, the plan in question stays "not known".
import { FACTS_CHECKED_2, defineSuppliers, fact as factOn, read } from './define';

/** Every `fact` here was read on FACTS_CHECKED_2, before `read`/`cited` were told apart. */
const fact = <T>(value: T, source: string, note?: string) => factOn(value, source, note, FACTS_CHECKED_2);

const TABNINE_PRIVACY = 'https://www.tabnine.com/code-privacy';
const ELEVENLABS_ZRM = 'https://elevenlabs.io/docs/eleven-api/resources/zero-retention-mode';

export const moreSuppliers = /* @__PURE__ */ defineSuppliers([
  {
    toolId: 'elevenlabs',
    retention: read(
      'Kept by default under the privacy policy; Enterprise may enable Zero Retention Mode for some products',
      ELEVENLABS_ZRM,
    ),
    dpa: read(
      'https://elevenlabs.io/dpa',
      'https://elevenlabs.io/dpa',
      'ElevenLabs Data Processing Addendum (last updated 11 November 2025).',
    ),
  },
  {
    toolId: 'tabnine',
    // The code-privacy page says no plan's code trains shared models; the individual plan stays "not
    // known" because the privacy policy reads otherwise.
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
    toolId: 'character-ai',
    free: fact(
      'yes',
      'https://policies.character.ai/model-training',
      'Retains chat content to train and improve its models; users in the EEA and UK can switch it off.',
    ),
  },
]);
