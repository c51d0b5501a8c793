import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NoticeView } from '../../enforce/messages';
import { drawNotice, noticeMessage } from '../notice.content/draw';

const view: NoticeView = {
  toolName: 'ChatGPT <img src=x onerror=alert(1)>',
  status: 'conditional',
  conditions: 'No customer data.',
  owes: { register: true, acceptPolicy: true, acceptConditions: true },
  policyChanged: false,
  dismissible: false,
  companyWorkspace: null,
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('in-page notice', () => {
  it('shows tool, status and conditions as text, never as HTML', () => {
    drawNotice(document.body, view, { open: vi.fn(), close: vi.fn() });
    const region = document.querySelector('[role="region"]')!;
    expect(region.getAttribute('aria-label')).toBe('Lantern: AI use notice');
    expect(region.querySelector('img')).toBeNull();
    expect(region.textContent).toContain('ChatGPT <img src=x onerror=alert(1)> · Approved with conditions');
    expect(region.textContent).toContain('Conditions: No customer data.');
  });

  // Script-made events (what a hostile page can produce) carry isTrusted: false; jsdom cannot make a
  // trusted one, so the employee's real clicks are proven in Chromium (tests/e2e/notice-hostile.test.ts
  // and tests/e2e/experience.test.ts click with the real mouse).
  it('ignores clicks and keys that a script makes, on every button', () => {
    const open = vi.fn();
    const close = vi.fn();
    drawNotice(document.body, { ...view, status: 'approved', dismissible: true }, { open, close });
    const buttons = [...document.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Register and accept', "Don't show again"]);
    for (const button of buttons) {
      button.click();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    }
    expect(open).not.toHaveBeenCalled();
    expect(close).not.toHaveBeenCalled();
  });

  it('says to use the company workspace, with the admin link only when it is https', () => {
    drawNotice(
      document.body,
      { ...view, companyWorkspace: { link: 'https://chatgpt.com/?ws=acme' } },
      { open: vi.fn(), close: vi.fn() },
    );
    const line = document.querySelector('.workspace')!;
    expect(line.textContent).toContain('Use the company workspace');
    expect(line.querySelector('a')?.getAttribute('href')).toBe('https://chatgpt.com/?ws=acme');
    document.body.innerHTML = '';
    drawNotice(
      document.body,
      { ...view, companyWorkspace: { link: 'javascript:alert(1)' } },
      { open: vi.fn(), close: vi.fn() },
    );
    expect(document.querySelector('.workspace a')).toBeNull();
  });

  it('says what is still owed in one short sentence', () => {
    expect(
      noticeMessage({
        ...view,
        owes: { register: false, acceptPolicy: true, acceptConditions: false },
        policyChanged: true,
      }),
    ).toMatch(/policy has changed/);
    expect(noticeMessage({ ...view, status: 'review' })).toMatch(/so IT can review/);
  });
});
