import { annexIIIFlag, sha256Hex, type PolicyVersion } from '@lantern/shared';
import type { RegistrationValues } from '../../components/registration';
import type { Acceptance } from '../../enforce/messages';
import { t } from '../../i18n';
import { sendMessage } from '../../messaging/client';

export type Outcome =
  | {
      kind: 'registered';
      reviewRequested: boolean;
      dataBeyondAllowed: boolean;
      annex: ReturnType<typeof annexIIIFlag>;
    }
  | { kind: 'accepted' };

/** The acceptance binds to the SHA-256 of exactly the policy body shown here. */
async function acceptanceOf(policy: PolicyVersion, conditionsSha256: string | null): Promise<Acceptance> {
  return { policyVersion: policy.version, policySha256: await sha256Hex(policy.body), conditionsSha256 };
}

/** What the page knows when the person acts: the tool, the policy shown, and whether acceptance is owed. */
export interface AckContext {
  toolId: string;
  policy: PolicyVersion | null;
  owesAcceptance: boolean;
  conditionsSha256: string | null;
}

/** Registers the tool, accepting the policy in the same step when that is owed. */
export async function register(ctx: AckContext, values: RegistrationValues): Promise<Outcome> {
  const { toolId, policy, owesAcceptance, conditionsSha256 } = ctx;
  const acceptance = policy && owesAcceptance ? await acceptanceOf(policy, conditionsSha256) : null;
  const answer = await sendMessage({ type: 'register', toolId, ...values, acceptance });
  return {
    kind: 'registered',
    reviewRequested: answer.reviewRequested,
    dataBeyondAllowed: answer.dataBeyondAllowed,
    annex: annexIIIFlag(values.purposeCategory),
  };
}

/** Accepts the policy (and the tool's conditions) shown. */
export async function accept({ toolId, policy, conditionsSha256 }: AckContext): Promise<Outcome> {
  if (!policy) throw new Error(t('ack.noPolicy'));
  await sendMessage({
    type: 'acceptPolicy',
    toolId,
    acceptance: await acceptanceOf(policy, conditionsSha256),
  });
  return { kind: 'accepted' };
}
