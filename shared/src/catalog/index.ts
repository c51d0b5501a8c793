// The AI tool catalog and the classifier over it. Organisation tools pushed by the server merge in
// through `createClassifier`, which the extension calls again whenever its configuration changes.
import type { Tool } from '../schemas/tool';
import { type Classifier, type ToolMatch, buildClassifier, mergeTools } from './classifier';
import { catalogTools } from './data';

export type { Classifier, ToolMatch } from './classifier';
export { buildClassifier, mergeTools } from './classifier';
export { extensionNameKey } from './extension-names';
export { normalizeHostname, parseTarget, type Target } from './normalize';
export { labelToAscii } from './punycode';

export const catalog: readonly Tool[] = catalogTools;

/** Catalog plus organisation tools; an organisation tool wins every conflict with the catalog. */
export function createClassifier(extraTools: readonly Tool[] = []): Classifier {
  return buildClassifier(extraTools.length === 0 ? catalog : mergeTools(catalog, extraTools));
}

// Built on first use, so importing @lantern/shared costs nothing for code that never classifies.
let catalogOnly: Classifier | undefined;
const defaultClassifier = (): Classifier => (catalogOnly ??= createClassifier());

/** Classifies a visited hostname or URL against the catalog alone. */
export const classifyUrl = (input: string): ToolMatch | null => defaultClassifier().classifyUrl(input);
/** Classifies a request URL against the catalog's AI API endpoints. */
export const classifyApiRequest = (url: string): ToolMatch | null =>
  defaultClassifier().classifyApiRequest(url);
/** Classifies an installed extension by store id or name against the catalog. */
export const classifyExtension = (idOrName: { id?: string; name?: string }): ToolMatch | null =>
  defaultClassifier().classifyExtension(idOrName);
/** The catalog prefix a URL matched (for example `github.com/copilot`), or null. */
export const matchedPrefix = (url: string): string | null => defaultClassifier().matchedPrefix(url);
export { catalogStats, isSpecificSource, sourceUrl, ageInDays, type CatalogStats } from './stats';
export { catalogRegion, REGIONS, type Region } from './data/regions';
export * from './release';
