/* Drawn by uPlot, like LineChart: see the note at the top of LineChart.tsx for the choice. */
import { useId, useMemo } from 'react';
import uPlot from 'uplot';
import { formatCompact, UPlotChart, useByContent, type ChartTheme } from './UPlotChart';

export interface Bar {
  label: string;
  value: number;
}

interface BarChartProps {
  title: string;
  bars: readonly Bar[];
  format?: (n: number) => string;
}

const ROW = 26;
const LABEL_W = 226;
const VALUE_W = 56;
/** At 12 px, about 7.5 px a character: 28 characters fit the label column. */
const MAX_LABEL = 28;

/** Long labels are cut to fit the canvas; the full text is in the chart's data table. */
export const fitLabel = (label: string) =>
  label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;

export const barChartHeight = (count: number) => Math.max(1, count) * ROW;

/**
 * Horizontal bars, first bar on top: the index scale runs down the left edge, where each bar's
 * (shortened) label is written; the value scale runs across, starting at 0, with each bar's number
 * written after it.
 */
export function barChartOptions(
  bars: readonly Bar[],
  format: (n: number) => string,
): (width: number, theme: ChartTheme) => uPlot.Options {
  return (width, theme) => ({
    width,
    height: barChartHeight(bars.length),
    padding: [0, VALUE_W, 0, 0],
    legend: { show: false },
    cursor: { show: false },
    scales: {
      x: { time: false, ori: 1, dir: -1, range: [-0.5, bars.length - 0.5] },
      y: { ori: 0, dir: 1, range: (_u, _min, max) => [0, Math.max(max, 1)] },
    },
    axes: [
      {
        side: 3,
        size: LABEL_W,
        gap: 8,
        font: theme.font,
        stroke: theme.text,
        grid: { show: false },
        ticks: { show: false },
        splits: () => bars.map((_, i) => i),
        values: (_u, splits) => splits.map((i) => fitLabel(bars[i]?.label ?? '')),
      },
      { show: false },
    ],
    series: [
      {},
      {
        label: 'Value',
        fill: theme.colors[0],
        stroke: theme.colors[0],
        paths: uPlot.paths.bars?.({ size: [(ROW - 8) / ROW, Infinity] }),
        points: { show: false },
      },
    ],
    hooks: {
      draw: [
        (u) => {
          const { ctx } = u;
          ctx.save();
          ctx.font = theme.font.replace('12px', `${Math.round(12 * uPlot.pxRatio)}px`);
          ctx.fillStyle = theme.muted;
          ctx.textBaseline = 'middle';
          ctx.textAlign = 'left';
          bars.forEach((b, i) => {
            const x = u.valToPos(b.value, 'y', true) + 6 * uPlot.pxRatio;
            ctx.fillText(format(b.value), x, u.valToPos(i, 'x', true));
          });
          ctx.restore();
        },
      ],
    },
  });
}

/** Horizontal bars: long category names stay readable, and each bar carries its number as text. */
export function BarChart({ title, bars, format = formatCompact }: BarChartProps) {
  const titleId = useId();
  const input = useByContent(bars);
  const data = useMemo<uPlot.AlignedData>(() => [input.map((_, i) => i), input.map((b) => b.value)], [input]);
  const options = useMemo(() => barChartOptions(input, format), [input, format]);
  return (
    <figure className="chart">
      <figcaption id={titleId} className="chart-title">
        {title}
      </figcaption>
      {bars.length === 0 ? (
        <p className="chart-empty">Nothing recorded yet.</p>
      ) : (
        <>
          <UPlotChart
            options={options}
            data={data}
            height={barChartHeight(bars.length)}
            labelledBy={titleId}
          />
          <table className="visually-hidden">
            <caption>{title}</caption>
            <tbody>
              {bars.map((b) => (
                <tr key={b.label}>
                  <th scope="row">{b.label}</th>
                  <td>{format(b.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </figure>
  );
}
