// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithApi } from '../../testing/mock-api';
import { PolicyEditor } from './PolicyEditor';

afterEach(cleanup);

const initial = { title: 'AI use policy', body: '# AI use policy\n\nUse approved tools.\n' };

describe('PolicyEditor', () => {
  it('previews the Markdown as employees will see it while it is typed', () => {
    renderWithApi(<PolicyEditor initial={initial} onPublished={() => {}} />, {});
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(within(preview).getByRole('heading', { name: 'AI use policy' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Policy text (Markdown)'), {
      target: { value: '# AI use policy\n\n- **Never** paste customer data\n<script>alert(1)</script>' },
    });
    expect(within(preview).getByText('Never').tagName).toBe('STRONG');
    expect(preview.querySelector('script')).toBeNull();
    expect(preview.textContent).toContain('<script>alert(1)</script>');
  });

  it('will not publish the current text again', () => {
    renderWithApi(<PolicyEditor initial={initial} onPublished={() => {}} />, {});
    const publish = screen.getByRole<HTMLButtonElement>('button', { name: 'Publish new version' });
    expect(publish.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Policy text (Markdown)'), {
      target: { value: `${initial.body}\nMore.\n` },
    });
    expect(publish.disabled).toBe(false);
  });

  it('asks for "what changed" only when there is a previous version', () => {
    const { unmount } = renderWithApi(<PolicyEditor initial={initial} onPublished={() => {}} />, {});
    expect(screen.getByLabelText(/What changed/)).toBeTruthy();
    unmount();
    renderWithApi(<PolicyEditor initial={null} onPublished={() => {}} />, {});
    expect(screen.queryByLabelText(/What changed/)).toBeNull();
    expect(screen.getByRole('heading', { name: 'Publish the first policy' })).toBeTruthy();
  });
});
