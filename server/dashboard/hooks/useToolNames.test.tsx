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
  it('names the tools on the page as the server does, in one call', async () => {
    get.mockResolvedValue([
      { id: 'org-writer', name: 'Acme Writer' },
      { id: 'chatgpt', name: 'ChatGPT (company account)' }, // the organisation renamed it
      { id: 'new-in-release', name: 'Brand New AI' }, // from a catalog release newer than this build
      { id: 'claude', name: 'Claude' },
    ]);
    renderWithApi(
      <Names ids={['chatgpt', 'org-writer', 'gone-tool', 'org-writer', 'new-in-release', 'claude']} />,
      apiTree,
    );
    await screen.findByText(
      'ChatGPT (company account) | Acme Writer | gone-tool | Acme Writer | Brand New AI | Claude',
    );
    expect(get).toHaveBeenCalledTimes(1);
    expect(get).toHaveBeenCalledWith({
      ids: ['chatgpt', 'claude', 'gone-tool', 'new-in-release', 'org-writer'],
    });
  });

  it('shows the ids until the server answers', async () => {
    get.mockReturnValue(new Promise(() => {}));
    renderWithApi(<Names ids={['chatgpt', 'claude', 'org-writer']} />, apiTree);
    await screen.findByText('chatgpt | claude | org-writer');
  });

  it('makes no call for a page without tools', async () => {
    renderWithApi(<Names ids={[]} />, apiTree);
    await new Promise((r) => setTimeout(r, 20));
    expect(get).not.toHaveBeenCalled();
  });
});
