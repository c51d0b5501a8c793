// Keeps the data files readable: each row names only what is known about a tool, and this fills in the
// rest with "not known" — null supplier facts and empty lists, never a guess.
import type { SupplierFacts, Tool, ToolCategory } from '../../schemas/tool';

/** The day every entry in this catalog was last checked. */
export const CHECKED = '2026-11-23';

/** Hostnames seeded from v2fly/domain-list-community (MIT licence), file data/<name>. */
export const v2fly = (file: string) =>
  `https://github.com/v2fly/domain-list-community/blob/master/data/${file} (MIT)`;

export interface ToolRow {
  id: string;
  name: string;
  vendor: string;
  /** Defaults to the file's category. */
  category?: ToolCategory;
  domains?: string[];
  urlPrefixes?: string[];
  apiEndpoints?: string[];
  extensionIds?: string[];
  supplier?: Partial<SupplierFacts>;
  /** Defaults to the product's own site, `https://<first domain, prefix or endpoint>`. */
  source?: string;
}

export function defineTools(category: ToolCategory, rows: readonly ToolRow[]): Tool[] {
  return rows.map((row) => {
    const home = row.domains?.[0] ?? row.urlPrefixes?.[0] ?? row.apiEndpoints?.[0] ?? '';
    return {
      id: row.id,
      name: row.name,
      vendor: row.vendor,
      category: row.category ?? category,
      domains: row.domains ?? [],
      urlPrefixes: row.urlPrefixes ?? [],
      apiEndpoints: row.apiEndpoints ?? [],
      extensionIds: row.extensionIds ?? [],
      supplier: {
        trainsOnInputsByDefault: row.supplier?.trainsOnInputsByDefault ?? null,
        enterpriseTier: row.supplier?.enterpriseTier ?? null,
        dataRegions: row.supplier?.dataRegions ?? [],
      },
      source: row.source ?? (home ? `https://${home}` : ''),
      checked: CHECKED,
    };
  });
}

export const AWS_REGIONS = [
  'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'sa-east-1', 'eu-central-1', 'eu-central-2',
  'eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-north-1', 'eu-south-1', 'eu-south-2', 'ap-south-1', 'ap-northeast-1',
  'ap-northeast-2', 'ap-northeast-3', 'ap-southeast-1', 'ap-southeast-2', 'me-central-1', 'il-central-1',
];
/** AWS consoles live on one host per region, so a service's console is one prefix per regional host. */
export const awsConsole = (service: string) => [
  `console.aws.amazon.com/${service}`,
  ...AWS_REGIONS.map((region) => `${region}.console.aws.amazon.com/${service}`),
];

/** Vertex AI serves each region from its own host, `<region>-aiplatform.googleapis.com`. */
export const VERTEX_REGIONS = [
  'us-central1', 'us-east1', 'us-east4', 'us-west1', 'us-west4', 'northamerica-northeast1', 'europe-west1',
  'europe-west2', 'europe-west3', 'europe-west4', 'europe-west9', 'asia-northeast1', 'asia-southeast1', 'australia-southeast1',
];
