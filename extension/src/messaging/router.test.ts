import { uuidv7 } from '@lantern/shared';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { dispatch, handle } from './router';

const page = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
const contentScript = { id: fakeBrowser.runtime.id, url: 'https://chatgpt.com/c/1', tab: { id: 4 } } as never;
const justification = {
  id: uuidv7(),
  at: Date.now(),
  kind: 'justification',
  toolId: 'deepseek',
  reason: 'Needed for a client',
};

const queued: string[] = [];
handle('queueEvent', async ({ event }) => {
  queued.push(event.id);
  return { id: event.id };
});

describe('background message router', () => {
  it("queues an extension page's event", async () => {
    expect(await dispatch({ type: 'queueEvent', event: justification }, page)).toEqual({
      ok: true,
      value: { id: justification.id },
    });
    expect(queued).toContain(justification.id);
  });

  it('refuses page-only messages from a content script (a hostile page cannot record anything)', async () => {
    const reply = await dispatch(
      { type: 'queueEvent', event: { ...justification, id: uuidv7() } },
      contentScript,
    );
    expect(reply).toEqual({ ok: false, error: 'not allowed from a web page' });
  });

  it('refuses other extensions, unknown messages and bad shapes', async () => {
    expect(
      await dispatch({ type: 'queueEvent', event: justification }, { ...page, id: 'someone-else' }),
    ).toMatchObject({ ok: false });
    expect(await dispatch({ type: 'deleteEverything' }, page)).toEqual({
      ok: false,
      error: 'unknown message',
    });
    const withUrl = { ...justification, id: uuidv7(), url: 'https://chatgpt.com/c/1?q=secret' };
    expect(await dispatch({ type: 'queueEvent', event: withUrl }, page)).toMatchObject({ ok: false });
    expect(queued).toHaveLength(1);
  });

  it('answers an error, not silence, for a declared message without a handler', async () => {
    expect(await dispatch({ type: 'syncNow' }, page)).toEqual({ ok: false, error: 'no handler for syncNow' });
  });
});
