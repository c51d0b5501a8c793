import { createInterface } from 'node:readline';
import { classifyApiRequest, classifyUrl } from '@lantern/shared';
import type { ToolMatch } from '@lantern/shared';

export interface ClassifyLine {
  input: string;
  toolId: string | null;
  name: string | null;
  category: string | null;
}

/** A visited site first, then an AI API endpoint. Never throws: bad input is simply unknown. */
export function classifyOne(input: string): ClassifyLine {
  let match: ToolMatch | null = null;
  try {
    const trimmed = input.trim();
    if (trimmed && trimmed.length <= 2048) {
      match =
        classifyUrl(trimmed) ??
        classifyApiRequest(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    }
  } catch {
    match = null;
  }
  return {
    input,
    toolId: match?.toolId ?? null,
    name: match?.tool.name ?? null,
    category: match?.tool.category ?? null,
  };
}

export async function classifyCommand(
  args: string[],
  out: (line: string) => void,
  input: NodeJS.ReadableStream,
): Promise<number> {
  const fromStdin = args.length === 0 || (args.length === 1 && args[0] === '-');
  if (!fromStdin) {
    for (const a of args) out(JSON.stringify(classifyOne(a)));
    return 0;
  }
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) out(JSON.stringify(classifyOne(line)));
  return 0;
}
