/** The most of one file the guard reads; beyond it the file is not checked (docs/privacy.md). */
export const MAX_FILE_BYTES = 1024 * 1024;

/** Text-like files the guard can read; images, PDFs and office files are not checked. */
const TEXT_TYPES = /^(?:text\/|application\/(?:json|xml|csv|x-sh|javascript|x-yaml|sql))/;
const TEXT_NAMES =
  /\.(?:txt|csv|tsv|json|md|log|xml|ya?ml|sql|env|ini|conf|pem|key|js|ts|py|java|go|rb|cs|c|h|cpp|sh|ps1)$/i;

/** The text of the files that can be read, read locally; never sent. */
export async function readableText(files: FileList | readonly File[] | null | undefined): Promise<string> {
  const parts: string[] = [];
  for (const file of Array.from(files ?? [])) {
    if (file.size > MAX_FILE_BYTES) continue;
    if (!TEXT_TYPES.test(file.type) && !TEXT_NAMES.test(file.name)) continue;
    try {
      parts.push(await file.text());
    } catch {
      // unreadable (removed, permission): nothing to check
    }
  }
  return parts.join('\n');
}
