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

  it('only asks to open the page or to close; Escape closes without dismissing for good', () => {
    const open = vi.fn();
    const close = vi.fn();
    drawNotice(document.body, view, { open, close });
    const [primary, later] = [...document.querySelectorAll('button')];
    expect(primary!.textContent).toBe('Register and accept');
    primary!.click();
    expect(open).toHaveBeenCalledOnce();
    later!.click();
    expect(close).toHaveBeenLastCalledWith(false);
    primary!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(close).toHaveBeenCalledTimes(2);
  });

  it('lets an inform notice be closed for good', () => {
    const close = vi.fn();
    drawNotice(document.body, { ...view, status: 'approved', dismissible: true }, { open: vi.fn(), close });
    const later = [...document.querySelectorAll('button')].find((b) => b.textContent === "Don't show again")!;
    later.click();
    expect(close).toHaveBeenCalledWith(true);
  });

  it('says what is still owed in one short sentence', () => {
    expect(noticeMessage({ ...view, owes: { register: false, acceptPolicy: true, acceptConditions: false }, policyChanged: true })).toMatch(
      /policy has changed/,
    );
    expect(noticeMessage({ ...view, status: 'review' })).toMatch(/so IT can review/);
  });
});
