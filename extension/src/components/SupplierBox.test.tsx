import { supplierProfileFor, unknownProfile } from '@lantern/shared/suppliers';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SupplierBox } from './SupplierBox';

afterEach(cleanup);

const box = () => screen.getByRole('region', { name: 'What the supplier does with your inputs' });

describe('SupplierBox on the acknowledgement page', () => {
  it('lists the compiled facts for the tool, each linking to its source with the day checked', () => {
    const profile = supplierProfileFor('claude');
    const free = profile.trainsOnInputs.free;
    if (free.status !== 'known') throw new Error('fixture changed');
    render(<SupplierBox toolId="claude" />);
    const item = within(box())
      .getAllByRole('listitem')
      .find((li) => li.textContent?.startsWith('Trains on inputs by default (free plan): '))!;
    expect(within(item).getByText('Yes')).toBeTruthy();
    const link = within(item).getByRole('link', { name: `source, checked ${free.checked}` });
    expect(link.getAttribute('href')).toBe(free.source);
    // Every listed fact has its own source link; nothing unknown is listed as if known.
    const known = Object.values(profile.trainsOnInputs).filter((f) => f.status === 'known').length;
    expect(within(box()).getAllByRole('link').length).toBeGreaterThanOrEqual(known);
    expect(within(box()).queryByText('Not known')).toBeNull();
  });

  it('says plainly when nothing is known about the supplier', () => {
    render(<SupplierBox toolId="quillmind" profile={unknownProfile('quillmind')} />);
    expect(box().textContent).toContain('Not known: Lantern has no sourced facts about this supplier yet.');
    expect(within(box()).queryAllByRole('link')).toHaveLength(0);
  });
});
