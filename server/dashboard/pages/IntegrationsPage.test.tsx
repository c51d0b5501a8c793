// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type MockTree, renderWithApi } from '../testing/mock-api';
import { IntegrationsPage } from './IntegrationsPage';

const api = vi.hoisted(() => ({
  list: vi.fn(),
  create: vi.fn(),
  test: vi.fn(),
  setEnabled: vi.fn(),
  deliveries: vi.fn(),
  replay: vi.fn(),
}));
const apiTree: MockTree = {
  admin: {
    webhooks: {
      list: { query: api.list },
      create: { mutate: api.create },
      test: { mutate: api.test },
      setEnabled: { mutate: api.setEnabled },
      deliveries: { query: api.deliveries },
      replay: { mutate: api.replay },
    },
  },
};

const endpoint = {
  id: 'e1',
  name: 'SIEM',
  kind: 'standard',
  url: 'https://siem.example.com/hook',
  events: ['policy.published'],
  enabled: false,
  disabledReason: 'disabled after 13 failed tries of msg_1: HTTP 503',
  createdBy: 'admin:Dana',
  createdAt: Date.UTC(2026, 11, 1),
};

function renderPage(canWrite = true) {
  return renderWithApi(<IntegrationsPage />, apiTree, {
    role: canWrite ? 'admin' : 'auditor',
    name: 'Dana',
    canWrite,
  });
}

describe('Integrations page', () => {
  beforeEach(() => {
    api.list.mockResolvedValue({
      endpoints: [endpoint],
      email: { configured: false, server: null, from: null },
    });
    api.deliveries.mockResolvedValue([
      {
        id: 'd1',
        eventId: 'msg_1',
        type: 'policy.published',
        status: 'failed',
        attempts: 13,
        nextAttemptAt: null,
        lastError: 'HTTP 503',
        deliveredAt: null,
        createdAt: 1,
        tries: [],
      },
    ]);
    api.replay.mockResolvedValue({ deliveryId: 'd2' });
    api.setEnabled.mockResolvedValue({});
  });
  afterEach(() => {
    cleanup();
    vi.clearAllMocks();
  });

  it('shows a disabled endpoint, its delivery log, and replays a delivery', async () => {
    renderPage();
    expect(await screen.findByText('SIEM')).toBeTruthy();
    expect(screen.getByText(/not configured \(set SMTP_URL and SMTP_FROM/)).toBeTruthy();
    fireEvent.click(screen.getByText('Delivery log'));
    fireEvent.click(await screen.findByLabelText('Replay msg_1'));
    await waitFor(() => expect(api.replay).toHaveBeenCalledWith({ id: 'd1' }));
    fireEvent.click(screen.getByText('Enable'));
    await waitFor(() => expect(api.setEnabled).toHaveBeenCalledWith({ id: 'e1', enabled: true }));
  });

  it('shows why a save failed, and the secret once when it worked', async () => {
    api.create.mockRejectedValueOnce(
      new Error('test send to https://x.example failed: HTTP 404; nothing was saved'),
    );
    api.create.mockResolvedValueOnce({ id: 'e2', secret: 'whsec_abc' });
    renderPage();
    await screen.findByText('SIEM');
    fireEvent.change(screen.getByLabelText(/^Name/), { target: { value: 'Hook' } });
    fireEvent.change(screen.getByLabelText(/^URL/), { target: { value: 'https://x.example' } });
    fireEvent.click(screen.getByText('Test and save'));
    expect(await screen.findByText(/HTTP 404; nothing was saved/)).toBeTruthy();
    fireEvent.click(screen.getByText('Test and save'));
    expect(await screen.findByText('whsec_abc')).toBeTruthy();
  });

  it('is read-only for auditors', async () => {
    renderPage(false);
    await screen.findByText('SIEM');
    expect(screen.queryByText('Test and save')).toBeNull();
    expect(screen.queryByText('Enable')).toBeNull();
  });
});
