// The form of supplier risk facts (ISO/IEC 42001 A.10.3), apart from the facts themselves: catalog
// releases carry this schema, so it stays small and free of data. The facts live in ./facts-*.ts.
import { z } from 'zod/mini';
import { DaySchema, ToolIdSchema } from '../../schemas/primitives';

/** A page a fact was read on: https, a real host, no whitespace. */
export const FactSourceSchema = z
  .string()
  .check(
    z.maxLength(400),
    z.regex(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(?:[/?#]\S*)?$/i, 'must be an https URL'),
  );

/** Nothing is recorded about this fact: the honest default, never a guess. */
export const NOT_KNOWN = { status: 'not-known' } as const;
const NotKnownSchema = z.strictObject({ status: z.literal('not-known') });

/**
 * How a known fact was checked. `stored-copy`: the page was found through a search of stored public pages
 * and its text was read. `not-fetched`: recorded from the vendor's own named page without its text being
 * fetched (well-established, vendor-stated facts only). Left out on facts recorded before the distinction.
 */
export const FACT_BASES = ['stored-copy', 'not-fetched'] as const;

/** A known fact: its value, the page that states it, the day that page was read, and an optional gloss. */
function factSchema<T extends z.ZodMiniType>(value: T) {
  return z.discriminatedUnion('status', [
    NotKnownSchema,
    z.strictObject({
      status: z.literal('known'),
      value,
      source: FactSourceSchema,
      checked: DaySchema,
      /** What the source says, in a few words of our own (plan names, exceptions, opt-outs). */
      note: z.optional(z.string().check(z.minLength(1), z.maxLength(300))),
      basis: z.optional(z.enum(FACT_BASES)),
    }),
  ]);
}

/** Does the supplier train its models on what people type, by default, on this plan? */
export const TRAINING_VALUES = ['yes', 'no', 'no-such-plan'] as const;
export const TrainingFactSchema = factSchema(z.enum(TRAINING_VALUES));
export const TextFactSchema = factSchema(z.string().check(z.minLength(1), z.maxLength(300)));
export const RegionsFactSchema = factSchema(
  z.array(z.string().check(z.minLength(1), z.maxLength(60))).check(z.minLength(1), z.maxLength(20)),
);
/** true: the source says the supplier holds it; false: the source says it does not. */
export const CertificationFactSchema = factSchema(z.boolean());
export const LinkFactSchema = factSchema(FactSourceSchema);

export const SUPPLIER_TIERS = ['free', 'team', 'enterprise'] as const;
export const CERTIFICATIONS = ['soc2', 'iso27001', 'iso42001'] as const;

/** Everything recorded about one tool's supplier, keyed by the catalog tool id. */
export const SupplierProfileSchema = z.strictObject({
  toolId: ToolIdSchema,
  trainsOnInputs: z.strictObject({
    free: TrainingFactSchema,
    team: TrainingFactSchema,
    enterprise: TrainingFactSchema,
  }),
  retention: TextFactSchema,
  dataRegions: RegionsFactSchema,
  certifications: z.strictObject({
    soc2: CertificationFactSchema,
    iso27001: CertificationFactSchema,
    iso42001: CertificationFactSchema,
  }),
  dpa: LinkFactSchema,
});
export type SupplierProfile = z.infer<typeof SupplierProfileSchema>;
export type TrainingFact = z.infer<typeof TrainingFactSchema>;
export type SupplierFact =
  | TrainingFact
  | z.infer<typeof TextFactSchema>
  | z.infer<typeof RegionsFactSchema>
  | z.infer<typeof CertificationFactSchema>; // a link fact has the text fact's type
export type KnownFact = Extract<SupplierFact, { status: 'known' }>;

/** Each fact of a profile under a stable name (`trainsOnInputs.free`, `certifications.soc2`, ...). */
export function profileFacts(profile: SupplierProfile): [string, SupplierFact][] {
  return [
    ...SUPPLIER_TIERS.map((tier): [string, SupplierFact] => [
      `trainsOnInputs.${tier}`,
      profile.trainsOnInputs[tier],
    ]),
    ['retention', profile.retention],
    ['dataRegions', profile.dataRegions],
    ...CERTIFICATIONS.map((c): [string, SupplierFact] => [`certifications.${c}`, profile.certifications[c]]),
    ['dpa', profile.dpa],
  ];
}

/** The names `profileFacts` gives, in its order: the columns of coverage counts and exports. */
export const FACT_NAMES = [
  ...SUPPLIER_TIERS.map((t) => `trainsOnInputs.${t}`),
  'retention',
  'dataRegions',
  ...CERTIFICATIONS.map((c) => `certifications.${c}`),
  'dpa',
] as const;

/** A profile in which nothing is known. */
export function unknownProfile(toolId: string): SupplierProfile {
  return {
    toolId,
    trainsOnInputs: { free: NOT_KNOWN, team: NOT_KNOWN, enterprise: NOT_KNOWN },
    retention: NOT_KNOWN,
    dataRegions: NOT_KNOWN,
    certifications: { soc2: NOT_KNOWN, iso27001: NOT_KNOWN, iso42001: NOT_KNOWN },
    dpa: NOT_KNOWN,
  };
}
