// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import type uPlot from 'uplot';
import { afterEach, describe, expect, it } from 'vitest';
import { LineChart, lineChartData, lineChartOptions } from './LineChart';
import { canDraw, formatCompact, type ChartTheme } from './UPlotChart';

afterEach(cleanup);

const theme: ChartTheme = {
  colors: ['#111', '#222'],
  font: '12px serif',
  text: '#000',
  muted: '#333',
  grid: '#eee',
};
const series = [
  { name: 'Users', values: [10, 40, 30] },
  { name: 'Tools', values: [2, 3] },
];

describe('LineChart', () => {
  it('is an image named by its title, with its numbers in a data table', () => {
    render(<LineChart title="Active users per week" labels={['W1', 'W2', 'W3']} series={series} />);
    expect(screen.getByRole('img', { name: 'Active users per week' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Active users per week' });
    expect(within(table).getByRole('row', { name: /W2 40 3/ })).toBeTruthy();
    expect(within(table).getByRole('row', { name: /W3 30 0/ })).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Users', 'Tools']);
  });

  it('draws nothing where there is no canvas (happy-dom), keeping the text alternative', () => {
    expect(canDraw()).toBe(false);
    const { container } = render(<LineChart title="Adoption" labels={['W1']} series={[series[0]!]} />);
    expect(container.querySelector('canvas')).toBeNull();
    expect(screen.getByRole('table', { name: 'Adoption' })).toBeTruthy();
  });

  it('says there is no data rather than drawing an empty frame', () => {
    render(<LineChart title="Adoption" labels={[]} series={[{ name: 'Users', values: [] }]} />);
    expect(screen.getByText('No data for this period yet.')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('hands uPlot one column per series, aligned on the labels', () => {
    expect(lineChartData(['W1', 'W2', 'W3'], series)).toEqual([
      [0, 1, 2],
      [10, 40, 30],
      [2, 3, 0],
    ]);
  });

  it('names x ticks by their labels, starts y at 0 and colours each series', () => {
    const opts = lineChartOptions(['Mon', 'Tue', 'Wed'], series, formatCompact)(400, theme);
    const [x, y] = opts.axes!;
    const u = {} as uPlot;
    expect((x!.values as (u: uPlot, s: number[]) => string[])(u, [0, 2, 3])).toEqual(['Mon', 'Wed', '']);
    expect((y!.values as (u: uPlot, s: number[]) => string[])(u, [0, 1500])).toEqual(['0', '1.5K']);
    const range = opts.scales!.y!.range as (u: uPlot, min: number, max: number) => [number, number];
    expect(range(u, 10, 40)[0]).toBe(0);
    expect(range(u, 10, 40)[1]).toBeGreaterThanOrEqual(40);
    expect(opts.series.slice(1).map((s) => s.stroke)).toEqual(['#111', '#222']);
  });
});
