import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Decision } from '@lantern/shared';
import type { InventoryToolRow } from '../inventory/tools';
import { profileFacts } from '@lantern/shared/suppliers';
import { activeSupplierProfile } from '../catalog/active';
import type { KnownTools } from '../tools/known-tools';

/**
 * Supplier risk facts per plan (A.10.3) as properties: each fact's value or "unknown", and for a known
 * fact the page it was read on and the day (suppliers.csv has the same facts with notes).
 */
function supplierProps(toolId: string) {
  return profileFacts(activeSupplierProfile(toolId)).flatMap(([name, f]) =>
    f.status === 'known'
      ? [
          prop(`supplier.${name}`, typeof f.value === 'boolean' ? String(f.value) : f.value),
          prop(`supplier.${name}.source`, `${f.source} (checked ${f.checked})`),
        ]
      : [prop(`supplier.${name}`, 'unknown')],
  );
}

/** A tool is "in use" once someone was seen using it or registered a use of it. */
export const inUse = (t: InventoryToolRow) => t.users > 0 || t.registrations > 0;

const LANTERN_VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** Hosts and URL prefixes as IRIs; wildcard hosts (*.openai.azure.com) are not IRIs and go to properties. */
function endpoints(hosts: string[], prefixes: string[]): { iris: string[]; patterns: string[] } {
  const iris = new Set<string>();
  const patterns: string[] = [];
  for (const h of hosts) {
    if (h.includes('*')) patterns.push(h);
    else iris.add(`https://${h}/`);
  }
  for (const p of prefixes) iris.add(`https://${p}`);
  return { iris: [...iris], patterns };
}

/** The catalog's source is a URL, sometimes followed by a note ("... (MIT)"): keep the URL part. */
function documentationUrl(source: string): string | null {
  const first = source.trim().split(/\s+/)[0] ?? '';
  if (!first.startsWith('https://')) return null;
  try {
    return new URL(first).href;
  } catch {
    return null;
  }
}

const prop = (name: string, value: unknown) => ({
  name: `lantern:${name}`,
  value: Array.isArray(value) ? value.join(', ') : String(value),
});

type KnownTool = ReturnType<KnownTools['get']>;

/** Lantern's view of the tool as properties: its decision, use, signals and supplier facts. */
function serviceProperties(
  t: InventoryToolRow,
  tool: KnownTool,
  d: Decision | undefined,
  patterns: string[],
) {
  return [
    prop('status', t.status),
    prop('enforcement', t.enforcement ?? 'none'),
    prop('source', t.source),
    ...(tool?.source ? [prop('supplierFactsSource', tool.source)] : []),
    prop('category', t.category),
    prop('users', t.users),
    prop('registrations', t.registrations),
    ...(t.firstSeenAt !== null ? [prop('firstSeen', new Date(t.firstSeenAt).toISOString())] : []),
    ...(t.lastSeenAt !== null ? [prop('lastSeen', new Date(t.lastSeenAt).toISOString())] : []),
    ...(t.signals.length > 0 ? [prop('signals', t.signals)] : []),
    ...(d?.conditions ? [prop('conditions', d.conditions)] : []),
    ...(d && d.allowedDataClasses.length > 0 ? [prop('allowedDataClasses', d.allowedDataClasses)] : []),
    ...(t.flags.annexIII.length > 0 ? [prop('annexIIIAreasToReview', t.flags.annexIII)] : []),
    ...(patterns.length > 0 ? [prop('endpointPatterns', patterns)] : []),
    ...supplierProps(t.toolId),
  ];
}

/** One tool in use as a CycloneDX service. */
function bomService(t: InventoryToolRow, tool: KnownTool, d: Decision | undefined) {
  const own = t.source === 'organisation';
  const { iris, patterns } = endpoints(
    [...(tool?.domains ?? []), ...(tool?.apiEndpoints ?? [])],
    [...(tool?.urlPrefixes ?? []), ...(tool?.apiPrefixes ?? [])],
  );
  const classes = Object.entries(t.dataClasses).filter(([, n]) => (n ?? 0) > 0);
  const docs = documentationUrl(tool?.source ?? '');
  return {
    'bom-ref': `lantern-tool:${t.toolId}`,
    provider: { name: t.vendor },
    name: t.name,
    description: `AI tool (${t.category}) seen by Lantern`,
    ...(iris.length > 0 ? { endpoints: iris } : {}),
    'x-trust-boundary': !own,
    trustZone: own ? 'organisation' : 'external-supplier',
    ...(classes.length > 0
      ? { data: classes.map(([c]) => ({ flow: 'inbound' as const, classification: c })) }
      : {}),
    ...(docs ? { externalReferences: [{ type: 'documentation' as const, url: docs }] } : {}),
    properties: serviceProperties(t, tool, d, patterns),
  };
}

/**
 * The organisation's AI services as a CycloneDX 1.6 bill of materials: one `services` entry per AI
 * tool in use, with the provider, its endpoints, the data classes people registered putting in
 * (`data[].classification`, flowing into the service), and Lantern's decision as properties.
 */
export function aiServicesBom(
  tools: InventoryToolRow[],
  known: KnownTools,
  decisions: Map<string, Decision>,
  now: number,
) {
  const services = tools
    .filter(inUse)
    .sort((a, b) => a.toolId.localeCompare(b.toolId))
    .map((t) => bomService(t, known.get(t.toolId), decisions.get(t.toolId)));
  return {
    $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: `urn:uuid:${randomUUID()}`,
    version: 1,
    metadata: {
      timestamp: new Date(now).toISOString(),
      lifecycles: [{ phase: 'operations' }],
      tools: {
        components: [
          {
            type: 'application',
            name: 'Lantern',
            version: LANTERN_VERSION,
            description: 'AI use inventory: browser extension and self-hosted server',
          },
        ],
      },
    },
    services,
  };
}
