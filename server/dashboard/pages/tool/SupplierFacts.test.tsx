// @vitest-environment happy-dom
import { supplierProfileFor, unknownProfile } from '@lantern/shared/suppliers';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SupplierFacts } from './SupplierFacts';

afterEach(cleanup);

const rowOf = (label: string) => {
  const table = screen.getByRole('table', { name: 'Supplier risk facts' });
  return within(table).getByRole('rowheader', { name: label }).closest('tr')!;
};

describe('SupplierFacts on the tool page', () => {
  it('shows each known fact with a link to its source and the day it was checked', () => {
    // The compiled facts, not a fixture: what an admin sees for ChatGPT today.
    const profile = supplierProfileFor('chatgpt');
    if (profile.trainsOnInputs.enterprise.status !== 'known') throw new Error('fixture changed');
    render(<SupplierFacts profile={profile} />);
    const row = rowOf('Trains on inputs by default (enterprise plan)');
    expect(within(row).getByText('No')).toBeTruthy();
    const link = within(row).getByRole('link');
    expect(link.getAttribute('href')).toBe(profile.trainsOnInputs.enterprise.source);
    expect(row.textContent).toContain(`(checked ${profile.trainsOnInputs.enterprise.checked})`);
    const soc2 = rowOf('SOC 2');
    expect(soc2.textContent).toContain('Yes, certified');
  });

  it('says "Not known", with no link, for every fact nobody has read a source for', () => {
    render(<SupplierFacts profile={unknownProfile('quillmind')} />);
    const table = screen.getByRole('table', { name: 'Supplier risk facts' });
    expect(within(table).getAllByText('Not known')).toHaveLength(9);
    expect(within(table).queryAllByRole('link')).toHaveLength(0);
    expect(screen.getByText(/0 of 9 facts known/)).toBeTruthy();
  });

  it('links the DPA itself when it is known', () => {
    const profile = supplierProfileFor('notion-ai');
    if (profile.dpa.status !== 'known') throw new Error('fixture changed');
    render(<SupplierFacts profile={profile} />);
    const links = within(rowOf('Data processing agreement')).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([profile.dpa.value, profile.dpa.source]);
  });
});
