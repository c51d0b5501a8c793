// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type MockTree, renderWithApi } from '../testing/mock-api';
import { useToolNames } from './useToolNames';

const get = vi.hoisted(() => vi.fn());
const apiTree: MockTree = { admin: { tools: { get: { query: get } } } };

function Names({ ids }: { ids: string[] }) {
  const name = useToolNames(ids);
  return <p>{ids.map(name).join(' | ')}</p>;
}

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

describe('useToolNames', () => {
  it('names catalog tools itself and asks the server only about the others on the page', async () => {
    get.mockResolvedValue([{ id: 'org-writer', name: 'Acme Writer' }]);
    renderWithApi(<Names ids={['chatgpt', 'org-writer', 'gone-tool', 'org-writer']} />, apiTree);
    await screen.findByText('ChatGPT | Acme Writer | gone-tool | Acme Writer');
    expect(get).toHaveBeenCalledTimes(1);
    expect(get).toHaveBeenCalledWith({ ids: ['gone-tool', 'org-writer'] });
  });

  it('makes no call when every tool on the page is in the catalog', async () => {
    renderWithApi(<Names ids={['chatgpt', 'claude']} />, apiTree);
    await screen.findByText('ChatGPT | Claude');
    expect(get).not.toHaveBeenCalled();
  });
});
