// Rows and traps of the twenty-eighth session's fourth security pass (data/long-tail-c28-security4.ts): AICyberNav,
// GovernAI and Got AI Policy must reach their own entries; the certification bodies, consultancies and news sites met
// beside them, the prompt-DLP extensions that match patterns without AI, the platforms whose AI is one feature, the
// drafts and the shared-platform copies the pass read must stay unclassified.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC28Security4Tools } from './data/long-tail-c28-security4';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.dqsglobal.com/', // a certification body, met in the ISO 27001 query
  'https://hightable.io/iso-27001-policies-for-ai-companies', // an ISO 27001 auditor's templates and guides
  'https://iseoblue.com/post/iso-27001-and-ai/', // an ISO consultant's article
  'https://www.nrlabs.com/', // a CMMC consultancy, met in the CMMC query
  'https://klcconsulting.net/the-ai-edge-in-cmmc-compliance/', // a C3PAO's article
  'https://washingtontechnology.com/', // trade news, met in the CMMC query
  'https://informationsecuritybuzz.com/', // security news, met in the SOC-agent query
  'https://cdslegal.com/', // a legal-services firm's DSAR article
];

const LEFT_OUT = [
  'https://redactopia.com/privacy.html', // a prompt-DLP extension matching patterns locally, no AI
  'https://www.safeyourprompt.com/privacy.html', // Private Prompt: pattern matching and heuristics in the browser
  'https://www.veri-tech.net/support/ai', // an M365 compliance scanner whose Claude insights are one feature
  'https://www.securitytrax.com/ai-terms', // alarm-dealer software with optional AI features
  'https://www.aigovernancehub.uk/ai-transparency', // a governance platform: core features deterministic, AI in a few
  'https://brightfuturesteps.life/terms.html', // a nameless "our cybersecurity company" terms page
];

const SHARED_PLATFORMS = [
  'https://assistdesk-frontend.pages.dev/terms.html', // AssistDesk on a shared host
  'https://ai-helpdesk-1095465864763.us-central1.run.app/privacy-policy.html', // AI HelpDesk on Cloud Run
  'https://sensitive-guard.vercel.app/privacy-policy.html', // PromptShield on a shared host
  'https://confidential-ai.vercel.app/privacy', // Confidential Agent Guardrail on a shared host
];

describe('twenty-eighth-session security4 pass', () => {
  it('adds 3 rows, each with one domain and no prefix, global', () => {
    expect(longTailC28Security4Tools.map((t) => t.id)).toEqual([
      'aicybernav',
      'governai-app',
      'got-ai-policy',
    ]);
    expect(longTailC28Security4Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(longTailC28Security4Tools.every((t) => catalogRegion(t.id) === 'global')).toBe(true);
  });

  it('classifies every new host and the pages the rows cite to their own entries', () => {
    expectEachClassifiedAs(ownUrls(longTailC28Security4Tools), { api: true });
    expectEachClassifiedAs(sourceUrls(longTailC28Security4Tools));
  });

  it('leaves general sites, left-out pages and shared-platform copies unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...LEFT_OUT, ...SHARED_PLATFORMS]);
  });
});
