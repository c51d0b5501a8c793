/*
 * Charts are drawn by uPlot (canvas). Chosen on size: built into the dashboard with a probe using
 * both libraries' needed parts, uPlot added 54 KB raw / 23.5 KB gzip -9 to the vendor chunk, Recharts
 * 423 KB / 122 KB (and pushed that chunk past the 800 KB limit the e2e build check holds). Canvas says
 * nothing to a screen reader, so each chart is an image named by its title with its numbers in a
 * table beside it (docs/dashboard.md, "Charts").
 */
import { useId, useMemo } from 'react';
import uPlot from 'uplot';
import { formatCompact, UPlotChart, useByContent, type ChartTheme } from './UPlotChart';

export interface Series {
  name: string;
  values: readonly number[];
}

interface LineChartProps {
  title: string;
  /** One label per point (days, weeks), shared by all series. */
  labels: readonly string[];
  series: readonly Series[];
  format?: (n: number) => string;
}

const HEIGHT = 220;
const SWATCHES = ['var(--chart-1)', 'var(--chart-2)', 'var(--chart-3)', 'var(--chart-4)'];

/** uPlot's columns: the point indices, then one column per series (a missing value counts as 0). */
export function lineChartData(labels: readonly string[], series: readonly Series[]): uPlot.AlignedData {
  const xs = labels.map((_, i) => i);
  return [xs, ...series.map((s) => xs.map((i) => s.values[i] ?? 0))];
}

/** Axis and series options: the y axis starts at 0, the x axis names points by their labels. */
export function lineChartOptions(
  labels: readonly string[],
  series: readonly Series[],
  format: (n: number) => string,
): (width: number, theme: ChartTheme) => uPlot.Options {
  return (width, theme) => {
    const axis = { font: theme.font, stroke: theme.muted, ticks: { show: false } };
    return {
      width,
      height: HEIGHT,
      legend: { show: false },
      cursor: { show: false },
      scales: {
        x: { time: false },
        y: { range: (_u, _min, max) => uPlot.rangeNum(0, Math.max(max, 1), 0.1, true) },
      },
      axes: [
        {
          ...axis,
          grid: { show: false },
          // Whole points only, far enough apart that a week label ("12 Oct") never meets the next.
          incrs: [1, 2, 3, 7, 14, 28, 56],
          space: 64,
          values: (_u, splits) => splits.map((i) => labels[i] ?? ''),
        },
        {
          ...axis,
          size: 48,
          grid: { stroke: theme.grid, width: 1 },
          values: (_u, splits) => splits.map(format),
        },
      ],
      series: [
        {},
        ...series.map((s, i) => ({
          label: s.name,
          stroke: theme.colors[i % theme.colors.length],
          width: 2.5,
          points: { show: labels.length === 1 },
        })),
      ],
    };
  };
}

/**
 * A line chart per period. Screen readers get the title and a data table (in a disclosure), since
 * lines alone say nothing to them.
 */
export function LineChart({ title, labels, series, format = formatCompact }: LineChartProps) {
  const titleId = useId();
  const input = useByContent({ labels, series });
  const data = useMemo(() => lineChartData(input.labels, input.series), [input]);
  const options = useMemo(() => lineChartOptions(input.labels, input.series, format), [input, format]);
  return (
    <figure className="chart">
      <figcaption id={titleId} className="chart-title">
        {title}
      </figcaption>
      {labels.length === 0 ? (
        <p className="chart-empty">No data for this period yet.</p>
      ) : (
        <UPlotChart options={options} data={data} height={HEIGHT} labelledBy={titleId} />
      )}
      {series.length > 1 && (
        <ul className="chart-legend">
          {series.map((s, si) => (
            <li key={s.name}>
              <span
                className="swatch"
                style={{ background: SWATCHES[si % SWATCHES.length] }}
                aria-hidden="true"
              />
              {s.name}
            </li>
          ))}
        </ul>
      )}
      {labels.length > 0 && <ChartData title={title} labels={labels} series={series} format={format} />}
    </figure>
  );
}

/** The chart's numbers as a table, in a disclosure: what screen readers get instead of lines. */
function ChartData({ title, labels, series, format }: Required<LineChartProps>) {
  return (
    <details className="chart-data">
      <summary>Show data</summary>
      <table className="data-table compact">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            {series.map((s) => (
              <th key={s.name} scope="col" className="num">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {labels.map((label, i) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {series.map((s) => (
                <td key={s.name} className="num">
                  {format(s.values[i] ?? 0)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
