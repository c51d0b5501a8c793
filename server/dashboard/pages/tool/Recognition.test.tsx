// @vitest-environment happy-dom
import { catalog } from '@lantern/shared';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Recognition, recognitionLines } from './Recognition';

afterEach(cleanup);

// Entries of the compiled catalog, not fixtures: what an admin sees on these tools' pages today.
const entry = (id: string) => {
  const tool = catalog.find((t) => t.id === id);
  if (!tool) throw new Error(`fixture changed: ${id} is not in the catalog`);
  return tool;
};

describe('Recognition on the tool page', () => {
  it('lists the AI sections of a general API beside the pages, so an embedded-only signal is explained', () => {
    const box = entry('box-ai');
    if (!box.apiPrefixes?.length) throw new Error('fixture changed: box-ai has no API prefix');
    const lines = recognitionLines(box);
    expect(lines.map((l) => l.label)).toEqual(['Pages', 'Requests from other sites']);
    expect(lines[1]!.value).toBe(box.apiPrefixes.join(', '));
    render(<Recognition tool={box} />);
    expect(screen.getByText(box.apiPrefixes.join(', '), { exact: false })).toBeTruthy();
  });

  it('counts extension ids and quotes store-name words instead of printing every id', () => {
    const tool = catalog.find((t) => t.extensionIds.length > 1 && t.domains.length > 0);
    if (!tool) throw new Error('fixture changed: no entry with several extension ids');
    const line = recognitionLines(tool).find((l) => l.label === 'Browser extensions');
    expect(line?.value).toContain(`${tool.extensionIds.length} extension ids`);
    for (const id of tool.extensionIds) expect(line?.value).not.toContain(id);
    const withWords = catalog.find((t) => (t.extensionNameWords ?? []).length > 0);
    if (!withWords) throw new Error('fixture changed: no entry with store-name words');
    const wordsLine = recognitionLines(withWords).find((l) => l.label === 'Browser extensions');
    expect(wordsLine?.value).toContain(`“${withWords.extensionNameWords![0]}”`);
  });

  it('leaves out kinds an entry does not use, and shows a dash when it has none', () => {
    const chatgpt = recognitionLines(entry('chatgpt')).map((l) => l.label);
    expect(chatgpt[0]).toBe('Pages');
    const bare = { ...entry('chatgpt'), domains: [], urlPrefixes: [], apiEndpoints: [], extensionIds: [] };
    delete (bare as { apiPrefixes?: string[] }).apiPrefixes;
    delete (bare as { extensionNameWords?: string[] }).extensionNameWords;
    expect(recognitionLines(bare)).toEqual([]);
    render(<Recognition tool={bare} />);
    expect(screen.getByText('—')).toBeTruthy();
  });
});
