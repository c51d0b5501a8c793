import type { IdClaims } from './client';
import { OidcRefusal } from './refusal';
import type { OidcSettings } from './settings';

export interface VerifiedPerson {
  /** `<issuer> <sub>`: stable at the provider, unlike an email address. */
  subject: string;
  email: string;
  name: string | null;
  department: string | null;
  manager: string | null;
  /** The dashboard role the groups map to; null when they map to none. */
  role: 'admin' | 'auditor' | null;
}

function text(claims: IdClaims, name: string | null): string | null {
  if (name === null) return null;
  const v = claims[name];
  return typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, 200) : null;
}

/** A claim that is a list of groups or a single value (e.g. `email` for providers without groups). */
function values(claims: IdClaims, name: string): string[] {
  const v = claims[name];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return [];
}

/** What the verified ID token says about the person, or a refusal naming the missing piece. */
export function personFromClaims(claims: IdClaims, s: OidcSettings): VerifiedPerson {
  const sub = text(claims, 'sub');
  if (!sub) throw new OidcRefusal('missing-claim', 'The identity provider sent no subject (`sub` claim).');
  const email = text(claims, s.emailClaim)?.toLowerCase() ?? null;
  if (!email || !/^[^\s@]+@[^\s@]+$/.test(email))
    throw new OidcRefusal(
      'missing-claim',
      `The identity provider did not send an email address (the \`${s.emailClaim}\` claim). Ask your administrator to release it to Lantern.`,
    );
  if (claims.email_verified === false && s.emailClaim === 'email')
    throw new OidcRefusal(
      'email-unverified',
      'The identity provider says this email address is not verified.',
      403,
    );
  const groups = values(claims, s.roleClaim);
  const role = groups.some((g) => s.adminGroups.includes(g))
    ? 'admin'
    : groups.some((g) => s.auditorGroups.includes(g))
      ? 'auditor'
      : null;
  return {
    subject: `${s.issuer.href} ${sub}`,
    email,
    name: text(claims, 'name'),
    department: text(claims, s.departmentClaim),
    manager: text(claims, s.managerClaim),
    role,
  };
}

export function requireRole(person: VerifiedPerson, s: OidcSettings): 'admin' | 'auditor' {
  if (person.role) return person.role;
  throw new OidcRefusal(
    'no-role',
    `${person.email} is not in a group with access to the Lantern dashboard (claim \`${s.roleClaim}\`). Ask your administrator to add you to an admin or auditor group.`,
    403,
  );
}
