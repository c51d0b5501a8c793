// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BarChart } from './BarChart';
import { labelIndices, niceMax } from './chart-scale';
import { LineChart } from './LineChart';

afterEach(cleanup);

describe('LineChart', () => {
  it('draws one line per series, scaled into the plot, with a readable data table', () => {
    const { container } = render(
      <LineChart
        title="Active users per week"
        labels={['W1', 'W2', 'W3']}
        series={[
          { name: 'Users', values: [10, 40, 30] },
          { name: 'Tools', values: [2, 3, 5] },
        ]}
      />,
    );
    expect(screen.getByRole('img', { name: 'Active users per week' })).toBeTruthy();
    const lines = container.querySelectorAll('polyline');
    expect(lines).toHaveLength(2);
    const ys = (lines[0]!.getAttribute('points') ?? '').split(' ').map((p) => Number(p.split(',')[1]));
    // The highest value is drawn highest (smallest y), the lowest lowest.
    expect(ys[1]).toBeLessThan(ys[2]!);
    expect(ys[2]).toBeLessThan(ys[0]!);
    expect(screen.getByRole('row', { name: /W2 40 3/ })).toBeTruthy();
  });

  it('says there is no data rather than drawing an empty frame', () => {
    render(<LineChart title="Adoption" labels={[]} series={[{ name: 'Users', values: [] }]} />);
    expect(screen.getByText('No data for this period yet.')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });
});

describe('BarChart', () => {
  it('draws bars proportional to their values and prints each value', () => {
    const { container } = render(
      <BarChart
        title="Users by category"
        bars={[
          { label: 'Chat', value: 100 },
          { label: 'Coding', value: 50 },
        ]}
      />,
    );
    const rects = [...container.querySelectorAll('rect')].map((r) => Number(r.getAttribute('width')));
    expect(rects[0]).toBeCloseTo(rects[1]! * 2, 5);
    expect(container.querySelector('.chart-label')?.textContent).toContain('Chat');
    expect(screen.getByText('50')).toBeTruthy();
  });

  it('shortens long labels but keeps the full text as the title', () => {
    const long = 'Evaluating, promoting or managing workers';
    const { container } = render(<BarChart title="Purposes" bars={[{ label: long, value: 3 }]} />);
    const label = container.querySelector('.chart-label');
    expect(label?.querySelector('title')?.textContent).toBe(long);
    expect(label?.textContent).toContain('…');
  });
});

describe('chart scales', () => {
  it('rounds axis maxima up to friendly numbers', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(230)).toBe(250);
    expect(niceMax(1001)).toBe(2000);
  });

  it('spreads axis labels over long series, keeping both ends', () => {
    expect(labelIndices(3)).toEqual([0, 1, 2]);
    const idx = labelIndices(90, 6);
    expect(idx).toHaveLength(6);
    expect(idx[0]).toBe(0);
    expect(idx.at(-1)).toBe(89);
  });
});
