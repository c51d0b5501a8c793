import { supplierProfileFor, unknownProfile } from '@lantern/shared/suppliers';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, setLanguage } from '../i18n';
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
    const link = within(item).getByRole('link', {
      name: `source, checked ${formatDate(Date.parse(`${free.checked}T12:00:00Z`))}`,
    });
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

describe('SupplierBox in German', () => {
  afterEach(() => setLanguage(null));

  it('translates the heading, the fact labels and the yes/no words', () => {
    setLanguage('de-DE');
    render(<SupplierBox toolId="claude" />);
    const region = screen.getByRole('region', { name: 'Was der Anbieter mit Ihren Eingaben macht' });
    const item = within(region)
      .getAllByRole('listitem')
      .find((li) => li.textContent?.startsWith('Trainiert standardmäßig mit Eingaben (kostenloser Tarif): '));
    expect(item?.textContent).toContain('Ja');
    expect(region.textContent).not.toContain('Trains on inputs');
  });
});
