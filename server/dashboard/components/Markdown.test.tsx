// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Markdown } from './Markdown';

afterEach(cleanup);

describe('Markdown', () => {
  it('renders headings, emphasis, lists and safe links as elements', () => {
    render(
      <Markdown
        source={
          '# AI use policy\n\nUse **approved** tools only.\n\n- No customer data\n- Ask [IT](https://it.example.com)\n'
        }
      />,
    );
    expect(screen.getByRole('heading', { name: 'AI use policy' }).tagName).toBe('H3');
    expect(screen.getByText('approved').tagName).toBe('STRONG');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'IT' }).getAttribute('href')).toBe('https://it.example.com');
  });

  it('shows raw HTML and script links as text, never as markup', () => {
    const { container } = render(
      <Markdown
        source={'<img src=x onerror="alert(1)"> and [click](javascript:alert(1)) <script>bad()</script>'}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror="alert(1)">');
  });
});
