import { useId } from 'react';
import { formatCompact, niceMax } from './chart-scale';

export interface Bar {
  label: string;
  value: number;
}

interface BarChartProps {
  title: string;
  bars: readonly Bar[];
  format?: (n: number) => string;
}

const W = 520;
const ROW = 26;
const LABEL_W = 226;
const VALUE_W = 56;
/** At 12 px, about 7.5 px a character: 28 characters fit the label column (the chart tests measure it). */
const MAX_LABEL = 28;

/** Long labels are cut to fit; the full text stays available as the SVG title (tooltip, screen readers). */
const fit = (label: string) => (label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label);

/** Horizontal bars: long category names stay readable, and each bar carries its number as text. */
export function BarChart({ title, bars, format = formatCompact }: BarChartProps) {
  const titleId = useId();
  const max = niceMax(Math.max(0, ...bars.map((b) => b.value)));
  const barW = W - LABEL_W - VALUE_W;
  const H = Math.max(ROW, bars.length * ROW);
  return (
    <figure className="chart">
      <figcaption id={titleId} className="chart-title">
        {title}
      </figcaption>
      {bars.length === 0 ? (
        <p className="chart-empty">Nothing recorded yet.</p>
      ) : (
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={titleId} className="chart-svg">
          {bars.map((b, i) => {
            const w = (b.value / max) * barW;
            const y = i * ROW;
            return (
              <g key={b.label}>
                <text x={LABEL_W - 8} y={y + ROW / 2} dy="0.32em" textAnchor="end" className="chart-label">
                  <title>{b.label}</title>
                  {fit(b.label)}
                </text>
                <rect
                  x={LABEL_W}
                  y={y + 4}
                  width={Math.max(w, 1)}
                  height={ROW - 8}
                  rx={3}
                  className="chart-bar"
                />
                <text x={LABEL_W + w + 6} y={y + ROW / 2} dy="0.32em" className="chart-value">
                  {format(b.value)}
                </text>
              </g>
            );
          })}
        </svg>
      )}
    </figure>
  );
}
