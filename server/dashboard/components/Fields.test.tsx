// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchField, SelectField } from './Fields';
import { Flags } from './Flags';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('SearchField', () => {
  it('searches once typing pauses, not on every keystroke', () => {
    vi.useFakeTimers();
    const onSearch = vi.fn();
    render(<SearchField label="Search" value="" onSearch={onSearch} debounceMs={300} />);
    const input = screen.getByLabelText('Search');
    fireEvent.change(input, { target: { value: 'co' } });
    act(() => {
      vi.advanceTimersByTime(100);
    });
    fireEvent.change(input, { target: { value: 'copilot ' } });
    act(() => {
      vi.advanceTimersByTime(299);
    });
    expect(onSearch).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(onSearch).toHaveBeenCalledExactlyOnceWith('copilot');
  });

  it('follows the URL when it changes underneath (back button)', () => {
    const { rerender } = render(<SearchField label="Search" value="claude" onSearch={() => {}} />);
    rerender(<SearchField label="Search" value="gemini" onSearch={() => {}} />);
    expect(screen.getByLabelText<HTMLInputElement>('Search').value).toBe('gemini');
  });
});

describe('SelectField', () => {
  it('is labelled, offers "any", and reports the choice', () => {
    const onChange = vi.fn();
    render(
      <SelectField
        label="Status"
        value=""
        anyLabel="Any status"
        options={[{ value: 'approved', label: 'Approved' }]}
        onChange={onChange}
      />,
    );
    const select = screen.getByLabelText<HTMLSelectElement>('Status');
    expect(select.options[0]?.textContent).toBe('Any status');
    fireEvent.change(select, { target: { value: 'approved' } });
    expect(onChange).toHaveBeenCalledWith('approved');
  });
});

describe('Flags', () => {
  it('words flags as prompts to review and names the Annex III area', () => {
    render(<Flags flags={{ sensitiveData: true, annexIII: [4] }} />);
    expect(screen.getByText('Personal data, not approved')).toBeTruthy();
    const annex = screen.getByText('Possible high-risk use: Annex III 4 (employment)');
    expect(annex.getAttribute('title')).toMatch(/Employment, workers management/);
  });

  it('shows a dash when nothing is flagged', () => {
    render(<Flags flags={{ sensitiveData: false, annexIII: [] }} />);
    expect(screen.getByText('—')).toBeTruthy();
  });
});
