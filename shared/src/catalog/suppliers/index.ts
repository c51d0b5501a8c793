// Supplier risk facts per plan tier (ISO/IEC 42001 A.10.3), kept apart from the catalog and the
// classifier: imported as `@lantern/shared/suppliers` by the server, the dashboard and the extension's
// acknowledgement page only, so the extension's background bundle never carries them.
import { assistantSuppliers } from './facts-assistants';
import { assistantSuppliers2 } from './facts-assistants-2';
import { cloudSuppliers } from './facts-cloud';
import { moreSuppliers } from './facts-more';
import { pass4bSuppliers } from './facts-p4b';
import { pass4bSuppliers2 } from './facts-p4b-2';
import { pass4cSuppliers } from './facts-p4c';
import { pass4aSuppliers } from './facts-p4a';
import { pass4dSuppliers } from './facts-p4d';
import { pass5bSuppliers } from './facts-p5b';
import { pass5aSuppliers } from './facts-p5a';
import { pass6bSuppliers } from './facts-p6b';
import { pass6aSuppliers } from './facts-p6a';
import { pass6cSuppliers } from './facts-p6c';
import { pass6cSuppliers2 } from './facts-p6c-2';
import { pass6dSuppliers } from './facts-p6d';
import { pass6dSuppliers2 } from './facts-p6d-2';
import { pass6dSuppliers3 } from './facts-p6d-3';
import { pass7aSuppliers } from './facts-p7a';
import { pass8aSuppliers } from './facts-p8a';
import { pass13rSuppliers } from './facts-p13r';
import { pass15Suppliers } from './facts-p15';
import { pass16Suppliers } from './facts-p16';
import { pass17Suppliers } from './facts-p17';
import { pass19aSuppliers } from './facts-p19a';
import { pass19bSuppliers } from './facts-p19b';
import { mergeProfiles } from './define';
import { saasSuppliers } from './facts-saas';
import { saasSuppliers2 } from './facts-saas-2';
import { workToolSuppliers } from './facts-work-tools';
import { workToolSuppliers2 } from './facts-work-tools-2';
import { FACT_NAMES, profileFacts, unknownProfile, type SupplierProfile } from './schema';
import { TOP_TOOL_IDS } from './top-tools';

export * from './schema';
export { TOP_TOOL_IDS } from './top-tools';
export { FACT_LABELS, NOT_KNOWN_TEXT, factValueText } from './labels';

// pass 4d adds facts to tools earlier files list: mergeProfiles fills in only what they left unknown.
const researched: readonly SupplierProfile[] = mergeProfiles([
  ...assistantSuppliers,
  ...assistantSuppliers2,
  ...workToolSuppliers,
  ...moreSuppliers,
  ...cloudSuppliers,
  ...workToolSuppliers2,
  ...saasSuppliers,
  ...saasSuppliers2,
  ...pass4bSuppliers,
  ...pass4bSuppliers2,
  ...pass4aSuppliers,
  ...pass4cSuppliers,
  ...pass4dSuppliers,
  ...pass5bSuppliers,
  ...pass5aSuppliers,
  ...pass6bSuppliers,
  ...pass6aSuppliers,
  ...pass6cSuppliers,
  ...pass6cSuppliers2,
  ...pass6dSuppliers,
  ...pass6dSuppliers2,
  ...pass6dSuppliers3,
  ...pass7aSuppliers,
  ...pass8aSuppliers,
  ...pass13rSuppliers,
  ...pass15Suppliers,
  ...pass16Suppliers,
  ...pass17Suppliers,
  ...pass19aSuppliers,
  ...pass19bSuppliers,
]);

/**
 * Every supplier profile compiled into this build: each researched tool, then every other top tool with
 * all its facts "not known" (so coverage is measurable), in TOP_TOOL_IDS order where listed.
 */
export const supplierProfiles: readonly SupplierProfile[] = /* @__PURE__ */ allProfiles();

function allProfiles(): SupplierProfile[] {
  const byId = new Map(researched.map((p) => [p.toolId, p]));
  const ordered = TOP_TOOL_IDS.map((id) => byId.get(id) ?? unknownProfile(id));
  const extra = researched.filter((p) => !TOP_TOOL_IDS.includes(p.toolId));
  return [...ordered, ...extra];
}

/** Profiles by tool id. */
export function indexProfiles(profiles: readonly SupplierProfile[]): ReadonlyMap<string, SupplierProfile> {
  return new Map(profiles.map((p) => [p.toolId, p]));
}

const compiled = /* @__PURE__ */ indexProfiles(supplierProfiles);

/** The compiled profile of a tool, or one saying nothing is known. */
export function supplierProfileFor(toolId: string): SupplierProfile {
  return compiled.get(toolId) ?? unknownProfile(toolId);
}

export interface FactsCoverage {
  /** Tools in the measured list. */
  tools: number;
  /** Tools with at least one known fact. */
  anyKnown: number;
  /** Per fact name, how many of the tools have it known. */
  byFact: Record<string, number>;
}

/** How many of `toolIds` (default: the top 300) have each fact known in `profiles`. */
export function factsCoverage(
  profiles: readonly SupplierProfile[],
  toolIds: readonly string[] = TOP_TOOL_IDS,
): FactsCoverage {
  const byId = indexProfiles(profiles);
  const byFact: Record<string, number> = Object.fromEntries(FACT_NAMES.map((n) => [n, 0]));
  let anyKnown = 0;
  for (const id of toolIds) {
    const known = profileFacts(byId.get(id) ?? unknownProfile(id)).filter(([, f]) => f.status === 'known');
    if (known.length > 0) anyKnown++;
    for (const [name] of known) byFact[name] = (byFact[name] ?? 0) + 1;
  }
  return { tools: toolIds.length, anyKnown, byFact };
}
