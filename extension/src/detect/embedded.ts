import { HostnameSchema, type Classifier } from '@lantern/shared';

export interface EmbeddedHit {
  toolId: string;
  initiatorHost: string;
  endpointHost: string;
}

/**
 * A request observed by webRequest → an embedded-AI hit, or null. Counts only requests a web page
 * (not an extension, not the AI tool's own site) makes to a known AI API endpoint or API prefix.
 * Keeps the two hostnames and nothing else of either URL: never the prefix's path.
 */
export function classifyEmbedded(
  classifier: Classifier,
  requestUrl: string,
  initiator: string | undefined,
): EmbeddedHit | null {
  if (!initiator || !/^https?:/.test(initiator)) return null;
  const match = classifier.classifyApiRequest(requestUrl);
  if (!match) return null;
  let initiatorHost: string;
  let endpointHost: string;
  try {
    initiatorHost = new URL(initiator).hostname.toLowerCase();
    endpointHost = new URL(requestUrl).hostname.toLowerCase();
  } catch {
    return null;
  }
  // A tool's own site calling its own API is a visit, counted as one, not embedded AI; a general
  // site calling the AI section of its own API (`app.box.com` or `api.box.com` itself calling
  // `api.box.com/2.0/ai`) is the AI built into that SaaS.
  if (classifier.classifyUrl(initiatorHost)) return null;
  if (initiatorHost === endpointHost && match.via !== 'apiPrefix') return null;
  if (!HostnameSchema.safeParse(initiatorHost).success || !HostnameSchema.safeParse(endpointHost).success)
    return null;
  return { toolId: match.toolId, initiatorHost, endpointHost };
}
