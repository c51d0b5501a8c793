import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AcceptPanel } from './AcceptPanel';
import { Markdown } from './Markdown';
import { PolicyView } from './PolicyView';
import { RegistrationForm } from './RegistrationForm';
import { ToolCard } from './ToolCard';
import { chatgpt, claude, policyV1, policyV2 } from '../../testing/fixtures';

afterEach(cleanup);

describe('ToolCard', () => {
  it('shows vendor, status, conditions, supplier facts and the approved alternative', () => {
    render(
      <ToolCard tool={chatgpt} status="conditional" conditions="No customer data." alternative={claude} />,
    );
    const card = screen.getByRole('region', { name: /ChatGPT/ });
    expect(within(card).getByText('Approved with conditions')).toBeTruthy();
    expect(within(card).getByText(/by OpenAI/)).toBeTruthy();
    expect(within(card).getByText('No customer data.')).toBeTruthy();
    expect(within(card).getByText('Trains on your inputs by default')).toBeTruthy();
    expect(within(card).getByText('Claude').closest('p')?.textContent).toBe('Approved alternative: Claude');
  });

  it('says when a supplier fact is not known', () => {
    const unknown = {
      ...chatgpt,
      supplier: { trainsOnInputsByDefault: null, enterpriseTier: null, dataRegions: [] },
    };
    render(<ToolCard tool={unknown} status="review" conditions={null} alternative={null} />);
    expect(screen.getByText('Not known whether it trains on your inputs')).toBeTruthy();
    expect(screen.getByText(/IT has not decided on this tool yet/)).toBeTruthy();
  });
});

describe('Markdown and PolicyView', () => {
  it('renders raw HTML as text and drops unsafe links', () => {
    const { container } = render(<Markdown source={policyV1.body} />);
    expect(container.querySelector('script')).toBeNull();
    expect(container.textContent).toContain('<script>alert(1)</script>');
    const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://intranet.example/ai']);
    expect(container.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('shows version, date and, when asked again, what changed', () => {
    render(<PolicyView policy={policyV2} showChanges />);
    expect(screen.getByText(/Version 2/)).toBeTruthy();
    const changes = screen.getByRole('note', { name: 'What changed' });
    expect(within(changes).getByText('no longer allowed').tagName).toBe('STRONG');
  });

  it('hides "what changed" on a first reading', () => {
    render(<PolicyView policy={policyV1} showChanges={false} />);
    expect(screen.queryByRole('note', { name: 'What changed' })).toBeNull();
  });
});

describe('RegistrationForm', () => {
  const setup = (over: Partial<Parameters<typeof RegistrationForm>[0]> = {}) => {
    const onSubmit = vi.fn();
    render(
      <RegistrationForm
        toolName="ChatGPT"
        allowedDataClasses={['public', 'internal']}
        requireAcceptance
        asksForReview={false}
        onSubmit={onSubmit}
        {...over}
      />,
    );
    return onSubmit;
  };

  it('submits purpose, data classes in canonical order and the answer about people, once accepted', () => {
    const onSubmit = setup();
    fireEvent.change(screen.getByLabelText('What do you use it for?'), { target: { value: 'drafting' } });
    fireEvent.change(screen.getByLabelText('In a few words (optional)'), {
      target: { value: '  release notes ' },
    });
    fireEvent.click(screen.getByRole('checkbox', { name: /Internal/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /^Public/ }));
    fireEvent.click(screen.getByRole('radio', { name: 'No' }));
    fireEvent.click(screen.getByRole('button', { name: 'Register and accept' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toMatch(/accept the policy/);

    fireEvent.click(screen.getByRole('checkbox', { name: /I accept them/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Register and accept' }));
    expect(onSubmit).toHaveBeenCalledWith({
      purposeCategory: 'drafting',
      purposeText: 'release notes',
      dataClasses: ['public', 'internal'],
      affectsPeople: false,
    });
  });

  it('asks for a purpose before anything else', () => {
    const onSubmit = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Register and accept' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose what you use the tool for.');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('tells the employee IT will review an Annex III purpose', () => {
    setup();
    expect(screen.queryByText('IT will review this use.')).toBeNull();
    fireEvent.change(screen.getByLabelText('What do you use it for?'), {
      target: { value: 'recruitment-hr' },
    });
    expect(screen.getByText('IT will review this use.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Annex III, area 4');
  });

  it('points out data the organisation did not allow for the tool', () => {
    setup();
    fireEvent.click(screen.getByRole('checkbox', { name: /Personal data/ }));
    expect(screen.getByRole('status').textContent).toContain('not approved for personal data');
  });

  it('has a label for every control', () => {
    setup({ asksForReview: true });
    for (const control of document.querySelectorAll('input, select, textarea')) {
      expect(control.closest('label') ?? document.querySelector(`label[for="${control.id}"]`)).toBeTruthy();
    }
    expect(screen.getByText('Registering also asks IT to review this tool.')).toBeTruthy();
  });
});

describe('AcceptPanel', () => {
  it('accepts only after the box is ticked', () => {
    const onAccept = vi.fn();
    render(<AcceptPanel onAccept={onAccept} />);
    const button = screen.getByRole('button', { name: 'Accept' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox'));
    fireEvent.click(button);
    expect(onAccept).toHaveBeenCalledOnce();
  });
});
