import type { Enforcement, ToolStatus } from '@lantern/shared';

/** Short, neutral words for each status: they tell, they do not scold. */
export const STATUS_LABELS: Record<ToolStatus, string> = {
  approved: 'Approved',
  conditional: 'Approved with conditions',
  review: 'Not reviewed yet',
  prohibited: 'Not approved',
};

export const STATUS_HINTS: Record<ToolStatus, string> = {
  approved: 'Your organisation approved this tool.',
  conditional: 'You can use this tool under the conditions below.',
  review: 'IT has not looked at this tool yet. Registering your use asks them to.',
  prohibited: 'Your organisation has not approved this tool.',
};

export const ENFORCEMENT_LABELS: Record<Enforcement, string> = {
  monitor: 'Recorded only',
  inform: 'For your information',
  acknowledge: 'Register and accept the policy',
  justify: 'Give a reason to continue',
  block: 'Blocked',
};
