import { useEffect, useMemo, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
export const formatCompact = (n: number) => compact.format(n);

/** The series colours, in order; canvas needs real colours, so they are read from the CSS variables. */
const CHART_VARS = ['--chart-1', '--chart-2', '--chart-3', '--chart-4'];
const FALLBACK = ['#1f5fbf', '#d9731a', '#1d7a3e', '#8e3bbf'];

export interface ChartTheme {
  colors: string[];
  /** Axis text: the page's font at 12 px. */
  font: string;
  text: string;
  muted: string;
  grid: string;
}

export function chartTheme(el: Element): ChartTheme {
  const style = getComputedStyle(el);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    colors: CHART_VARS.map((v, i) => read(v, FALLBACK[i]!)),
    font: `12px ${style.fontFamily || 'system-ui, sans-serif'}`,
    text: read('--text', '#1b1f24'),
    muted: read('--muted', '#4d5661'),
    grid: '#e3e7ec',
  };
}

/**
 * Pages build chart inputs inline on every render. Keyed on their content, a chart is drawn again
 * only when a number or label changed, not on every render of its page.
 */
export function useByContent<T>(value: T): T {
  const key = JSON.stringify(value);
  return useMemo(() => JSON.parse(key) as T, [key]);
}

/** Canvas 2D is missing in happy-dom and jsdom (and can be switched off): the chart then keeps only its text. */
export function canDraw(): boolean {
  try {
    return document.createElement('canvas').getContext('2d') !== null;
  } catch {
    return false;
  }
}

interface UPlotChartProps {
  /** Builds the options for the host's width; keep it stable (useMemo) so the chart is not rebuilt each render. */
  options: (width: number, theme: ChartTheme) => uPlot.Options;
  data: uPlot.AlignedData;
  height: number;
  labelledBy: string;
}

/**
 * Mounts uPlot in a box as wide as its container and redraws it when the box is resized. The box
 * is an image named by the chart's title; the numbers are told to screen readers by the data table
 * each chart renders beside it.
 */
export function UPlotChart({ options, data, height, labelledBy }: UPlotChartProps) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el || !canDraw()) return;
    const width = () => Math.max(200, el.clientWidth);
    const chart = new uPlot({ ...options(width(), chartTheme(el)), height }, data, el);
    const resize = new ResizeObserver(() => {
      if (chart.width !== width()) chart.setSize({ width: width(), height });
    });
    resize.observe(el);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [options, data, height]);
  return (
    <div ref={host} role="img" aria-labelledby={labelledBy} className="chart-canvas" style={{ height }} />
  );
}
