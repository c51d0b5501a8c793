import type { Tool } from '@lantern/shared';

/**
 * What makes a browser count the catalog entry as used, one line per kind of signal: the pages a person
 * visits (domains, with their subdomains, and URL prefixes), the requests other sites' pages make to it
 * (API hosts and the AI sections of general APIs), and its browser extensions. Kinds the entry does not
 * use are left out; an entry with none at all says so.
 */
export function recognitionLines(tool: Tool): Array<{ label: string; value: string }> {
  const lines: Array<{ label: string; value: string }> = [];
  const pages = [...tool.domains, ...tool.urlPrefixes];
  if (pages.length > 0) lines.push({ label: 'Pages', value: pages.join(', ') });
  const requests = [...tool.apiEndpoints, ...(tool.apiPrefixes ?? [])];
  if (requests.length > 0) lines.push({ label: 'Requests from other sites', value: requests.join(', ') });
  const words = tool.extensionNameWords ?? [];
  if (tool.extensionIds.length > 0 || words.length > 0) {
    const parts: string[] = [];
    if (tool.extensionIds.length > 0)
      parts.push(`${tool.extensionIds.length} extension id${tool.extensionIds.length === 1 ? '' : 's'}`);
    if (words.length > 0) parts.push(`store names with ${words.map((w) => `“${w}”`).join(', ')}`);
    lines.push({ label: 'Browser extensions', value: parts.join('; ') });
  }
  return lines;
}

/** The "Recognised by" entry of the tool page's supplier facts. */
export function Recognition({ tool }: { tool: Tool }) {
  const lines = recognitionLines(tool);
  if (lines.length === 0) return <>—</>;
  return (
    <ul className="recognition">
      {lines.map((line) => (
        <li key={line.label}>
          <span className="muted">{line.label}:</span> {line.value}
        </li>
      ))}
    </ul>
  );
}
