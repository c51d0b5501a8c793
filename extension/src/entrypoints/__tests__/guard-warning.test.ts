import { afterEach, describe, expect, it } from 'vitest';
import { drawWarning, warningText, type WarningView } from '../guard.content/warning';

const view: WarningView = {
  toolName: 'ChatGPT <b>x</b>',
  kinds: ['payment-card'],
  classes: ['personal', 'confidential'],
  allowed: ['public', 'internal'],
  justify: false,
  alreadyAdded: false,
};

afterEach(() => {
  document.body.innerHTML = '';
});

function mount() {
  const host = document.createElement('div');
  document.body.append(host);
  return host.attachShadow({ mode: 'closed' });
}

describe('the data guard warning', () => {
  it('names the kind of data and what the policy allows, as text, never the content', () => {
    const text = warningText(view);
    expect(text.head).toBe('This looks like personal data and confidential data: a payment card number.');
    expect(text.policy).toBe('Your organisation allows public data and internal data in ChatGPT <b>x</b>.');
    const root = mount();
    drawWarning(root, view);
    expect(root.querySelector('b')).toBeNull();
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      'Cancel',
      'Paste anyway',
    ]);
  });

  it('ignores clicks a script dispatches: only trusted events choose', async () => {
    const root = mount();
    const open = drawWarning(root, view);
    const settled = { done: false };
    void open.choice.then(() => (settled.done = true));
    for (const b of root.querySelectorAll('button')) b.click();
    await new Promise((r) => setTimeout(r, 10));
    expect(settled.done).toBe(false);
    open.cancel();
    expect(await open.choice).toBe('cancel');
    expect(root.querySelector('[role="alertdialog"]')).toBeNull();
  });

  it('asks for a reason in justify mode, and only says so for files already added', () => {
    const root = mount();
    drawWarning(root, { ...view, justify: true });
    expect(root.querySelector('textarea')).not.toBeNull();
    const other = mount();
    drawWarning(other, { ...view, alreadyAdded: true });
    expect([...other.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['OK']);
    expect(warningText({ ...view, alreadyAdded: true }).head).toMatch(/^The file you added to/);
  });
});
