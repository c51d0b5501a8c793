import { useId } from 'react';
import { formatCompact, labelIndices, niceMax, ticks } from './chart-scale';

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

const W = 520;
const H = 220;
const PAD = { top: 12, right: 12, bottom: 28, left: 44 };
const COLORS = ['var(--chart-1)', 'var(--chart-2)', 'var(--chart-3)', 'var(--chart-4)'];

/**
 * A small SVG line chart. Screen readers get the title and a data table (in a disclosure), since
 * lines alone say nothing to them.
 */
export function LineChart({ title, labels, series, format = formatCompact }: LineChartProps) {
  const titleId = useId();
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values)));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (labels.length <= 1 ? plotW / 2 : (i / (labels.length - 1)) * plotW);
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;

  return (
    <figure className="chart">
      <figcaption id={titleId} className="chart-title">
        {title}
      </figcaption>
      {labels.length === 0 ? (
        <p className="chart-empty">No data for this period yet.</p>
      ) : (
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={titleId} className="chart-svg">
          {ticks(max).map((t) => (
            <g key={t}>
              <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} className="chart-grid" />
              <text x={PAD.left - 6} y={y(t)} dy="0.32em" textAnchor="end" className="chart-axis">
                {format(t)}
              </text>
            </g>
          ))}
          {labelIndices(labels.length).map((i, n, all) => (
            <text
              key={i}
              x={x(i)}
              y={H - 8}
              // The outermost labels align inwards so they never run off the edge.
              textAnchor={
                all.length > 1 && n === 0
                  ? 'start'
                  : all.length > 1 && n === all.length - 1
                    ? 'end'
                    : 'middle'
              }
              className="chart-axis"
            >
              {labels[i]}
            </text>
          ))}
          {series.map((s, si) => (
            <polyline
              key={s.name}
              fill="none"
              stroke={COLORS[si % COLORS.length]}
              strokeWidth={2.5}
              strokeLinejoin="round"
              points={s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ')}
            />
          ))}
        </svg>
      )}
      {series.length > 1 && (
        <ul className="chart-legend">
          {series.map((s, si) => (
            <li key={s.name}>
              <span
                className="swatch"
                style={{ background: COLORS[si % COLORS.length] }}
                aria-hidden="true"
              />
              {s.name}
            </li>
          ))}
        </ul>
      )}
      {labels.length > 0 && (
        <details className="chart-data">
          <summary>Show data</summary>
          <table className="data-table compact">
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
      )}
    </figure>
  );
}
