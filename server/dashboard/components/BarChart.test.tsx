// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import type uPlot from 'uplot';
import { afterEach, describe, expect, it } from 'vitest';
import { BarChart, barChartOptions, fitLabel } from './BarChart';
import { formatCompact, type ChartTheme } from './UPlotChart';

afterEach(cleanup);

const theme: ChartTheme = { colors: ['#111'], font: '12px serif', text: '#000', muted: '#333', grid: '#eee' };
const long = 'Evaluating, promoting or managing workers';

describe('BarChart', () => {
  it('is an image named by its title, with every full label and value in a table', () => {
    render(
      <BarChart
        title="Users by category"
        bars={[
          { label: 'Chat', value: 1200 },
          { label: long, value: 50 },
        ]}
      />,
    );
    expect(screen.getByRole('img', { name: 'Users by category' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Users by category' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['Chat1.2K', `${long}50`]);
  });

  it('says so when nothing was recorded', () => {
    render(<BarChart title="Purposes" bars={[]} />);
    expect(screen.getByText('Nothing recorded yet.')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('shortens long labels on the canvas to fit the label column', () => {
    expect(fitLabel('Chat')).toBe('Chat');
    expect(fitLabel(long)).toHaveLength(28);
    expect(fitLabel(long).endsWith('…')).toBe(true);
  });

  it('lays bars out top to bottom with a tick and label for each, values from 0', () => {
    const bars = [
      { label: 'Chat', value: 100 },
      { label: long, value: 50 },
    ];
    const opts = barChartOptions(bars, formatCompact)(400, theme);
    expect(opts.height).toBe(52);
    expect(opts.scales!.x).toMatchObject({ ori: 1, dir: -1, range: [-0.5, 1.5] });
    const u = {} as uPlot;
    const axis = opts.axes![0]!;
    const splits = (axis.splits as (u: uPlot) => number[])(u);
    expect(splits).toEqual([0, 1]);
    expect((axis.values as (u: uPlot, s: number[]) => string[])(u, splits)).toEqual(['Chat', fitLabel(long)]);
    const range = opts.scales!.y!.range as (u: uPlot, min: number, max: number) => [number, number];
    expect(range(u, 50, 100)).toEqual([0, 100]);
  });
});
