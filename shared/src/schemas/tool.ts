import { z } from 'zod/mini';
import { LIMITS } from '../protocol';
import {
  DaySchema,
  ExtensionIdSchema,
  HostnameSchema,
  ToolIdSchema,
  UrlPrefixSchema,
  textSchema,
} from './primitives';

export const TOOL_CATEGORIES = [
  'chat',
  'coding',
  'image',
  'video',
  'audio',
  'writing',
  'translation',
  'presentation',
  'meeting',
  'search',
  'agents',
  'developer-platform',
  'embedded-saas',
  'browser-extension',
  'productivity',
  'other',
] as const;
export const ToolCategorySchema = z.enum(TOOL_CATEGORIES);
export type ToolCategory = z.infer<typeof ToolCategorySchema>;

export const CATEGORY_LABELS: Record<ToolCategory, string> = {
  chat: 'Chat assistant',
  coding: 'Coding assistant',
  image: 'Image generation',
  video: 'Video generation',
  audio: 'Voice and music',
  writing: 'Writing',
  translation: 'Translation',
  presentation: 'Presentations and design',
  meeting: 'Meeting notes',
  search: 'AI search and research',
  agents: 'Agents and automation',
  'developer-platform': 'Model hubs and developer consoles',
  'embedded-saas': 'AI inside other SaaS',
  'browser-extension': 'AI browser extension',
  productivity: 'Productivity',
  other: 'Other',
};

/** What the supplier does with inputs (ISO/IEC 42001 A.10.3). `null` means not known. */
export const SupplierFactsSchema = z.strictObject({
  trainsOnInputsByDefault: z.nullable(z.boolean()),
  enterpriseTier: z.nullable(z.boolean()),
  dataRegions: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(20)),
});
export type SupplierFacts = z.infer<typeof SupplierFactsSchema>;

const hostList = z.array(HostnameSchema).check(z.maxLength(LIMITS.listPerTool));

/**
 * A word or short phrase that marks a browser extension's store name as AI when neither its id nor its
 * exact name is known: lower-case Latin letters and digits, phrases single-spaced (`chatgpt`,
 * `google gemini`). The classifier compares it with the name's tokens (catalog/extension-names.ts).
 */
export const ExtensionNameWordSchema = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(40),
    z.regex(
      /^[a-z0-9]+(?: [a-z0-9]+){0,4}$/,
      'must be one to five lower-case words of letters a-z or digits, single-spaced',
    ),
  );

/** A catalog entry or an organisation-defined tool. */
export const ToolSchema = z.strictObject({
  id: ToolIdSchema,
  name: textSchema(LIMITS.shortText, 1),
  vendor: textSchema(LIMITS.shortText, 1),
  category: ToolCategorySchema,
  domains: hostList,
  urlPrefixes: z.array(UrlPrefixSchema).check(z.maxLength(LIMITS.listPerTool)),
  apiEndpoints: hostList,
  /**
   * Requests to an AI section of a general API, as `host/path` (`api.box.com/2.0/ai`): a page's request
   * on exactly that host whose path starts with the path at a segment boundary is a call to this tool,
   * while the rest of the host is not. Optional: tools and releases without it stay valid.
   */
  apiPrefixes: z.optional(z.array(UrlPrefixSchema).check(z.maxLength(LIMITS.listPerTool))),
  extensionIds: z.array(ExtensionIdSchema).check(z.maxLength(LIMITS.listPerTool)),
  /**
   * Words that mark an extension as this tool by its store name, the last thing the classifier tries
   * (after store ids and exact names). Optional: tools and releases without it stay valid.
   */
  extensionNameWords: z.optional(z.array(ExtensionNameWordSchema).check(z.maxLength(LIMITS.listPerTool))),
  supplier: SupplierFactsSchema,
  /** Where the facts come from (a URL of the vendor's documentation, or "organisation"). */
  source: z.string().check(z.maxLength(300)),
  checked: DaySchema,
});
export type Tool = z.infer<typeof ToolSchema>;
