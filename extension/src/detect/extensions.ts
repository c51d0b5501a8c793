import { ExtensionIdSchema, LIMITS, type Classifier } from '@lantern/shared';

export interface InstalledExtension {
  id: string;
  name: string;
  enabled: boolean;
  type?: string;
}

export interface AiExtension {
  extensionId: string;
  toolId: string;
  name: string;
  enabled: boolean;
}

/** The installed extensions the catalog knows as AI, sorted so equal sets compare equal. */
export function findAiExtensions(
  classifier: Classifier,
  installed: readonly InstalledExtension[],
  ownId: string,
): AiExtension[] {
  const found: AiExtension[] = [];
  for (const ext of installed) {
    if (ext.id === ownId || (ext.type && ext.type !== 'extension')) continue;
    if (!ExtensionIdSchema.safeParse(ext.id).success) continue;
    const match = classifier.classifyExtension({ id: ext.id, name: ext.name });
    if (!match) continue;
    found.push({
      extensionId: ext.id,
      toolId: match.toolId,
      name: ext.name.slice(0, LIMITS.shortText),
      enabled: ext.enabled,
    });
  }
  return found
    .sort((a, b) => a.extensionId.localeCompare(b.extensionId))
    .slice(0, LIMITS.extensionsPerInventory);
}
