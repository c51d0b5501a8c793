// The blocklists pass of session 12 (issue 15): three hosts that open-source shadow-AI detectors' registries name for
// products already in the catalog (Rovo's own subdomain, Moveworks' second domain and Vertex AI's Taiwan-region endpoint). Each classifies to its
// entry; the general platforms beside them and the non-AI infrastructure hosts those registries also carry stay
// unclassified.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified } from '../../testing/lookalikes';
import { classifyApiRequest } from './index';

const ADDED_PAGES: Record<string, string> = {
  'https://rovo.atlassian.com/': 'atlassian-rovo',
  'https://rovo.atlassian.com/chat': 'atlassian-rovo',
  'https://moveworks.ai/': 'moveworks',
  'https://www.moveworks.ai/': 'moveworks',
};

const ADDED_ENDPOINTS: Record<string, string> = {
  'https://asia-east1-aiplatform.googleapis.com/v1/projects/p/locations/asia-east1/publishers/google/models/gemini:generateContent':
    'vertex-ai',
};

const STAY_UNCLASSIFIED = [
  // Atlassian's general hosts next to Rovo's
  'https://www.atlassian.com/',
  'https://api.atlassian.com/',
  'https://example.atlassian.net/wiki',
  'https://rovo.atlassian.com.example.net/', // the host as a label of someone else's domain
  'https://myrovo.atlassian.com/', // no label boundary
  'https://rovo.com/',
  // names next to Moveworks'
  'https://moveworks.ai.example.com/',
  'https://mymoveworks.ai/',
  'https://movework.ai/',
  'https://moveworks.io/',
  // Google hosts next to the Vertex endpoint
  'https://asia-east1-run.googleapis.com/',
  'https://www.googleapis.com/',
  'https://asia-east1-aiplatform.googleapis.com.example.org/',
  // infrastructure and general services the registries also list (not AI products, or shared hosts)
  'https://ably.net/',
  'https://ably-realtime.com/',
  'https://fastly.net/',
  'https://vscode-cdn.net/',
  'https://vsassets.io/',
  'https://shopifycloud.com/',
  'https://shopifysvc.com/',
  'https://thehubevents.com/',
  'https://ai.engineer/',
  'https://www.ai.engineer/',
  'https://api.figma.com/',
  'https://api.slack.com/',
  'https://api.notion.com/',
  'https://graph.microsoft.com/',
  'https://substrate.office.com/',
  'https://drive.googleapis.com/',
  'https://openaiapi-prod.azure-api.net/',
  'https://oaidalleapiprodscus.blob.core.windows.net/',
  'https://oaiusercontent.com/',
  'https://claudeusercontent.com/',
  'https://codeiumdata.com/',
  'https://characterai.io/',
  'https://openaiusercontent.com/',
  'https://cc-api-data.adobe.io/',
  'https://p13n.adobe.io/',
  'https://replit.app/',
  'https://replit.dev/',
  'https://coda.io/',
  'https://getguru.com/',
  'https://getclockwise.com/',
  'https://qatalog.com/',
  'https://miro.com/',
  'https://zapier.com/',
  'https://www.canva.com/',
  'https://www.notion.so/',
  'https://intercom.com/',
  'https://make.com/',
  'https://sourcegraph.com/',
  'https://github.com/',
  'https://api.github.com/',
  'https://vectra.ai/', // a network-security vendor, not an AI tool in the catalog's sense
];

describe('hosts from shadow-AI detectors\u2019 registries (blocklists pass, session 12)', () => {
  it('classifies every added page host to its own entry', () => {
    expectEachClassifiedAs(ADDED_PAGES);
  });

  it('classifies every added API endpoint to its own entry', () => {
    for (const [url, toolId] of Object.entries(ADDED_ENDPOINTS)) {
      expect(classifyApiRequest(url)?.toolId, url).toBe(toolId);
    }
  });

  it('leaves the general platforms and infrastructure hosts around them unclassified', () => {
    expectNoneClassified(STAY_UNCLASSIFIED);
  });
});
