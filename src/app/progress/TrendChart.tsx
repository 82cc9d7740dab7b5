import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import { progressTimeRange } from './progress-series';
import 'uplot/dist/uPlot.min.css';

export interface TrendSeries {
  label: string;
  colour: string;
  values: ReadonlyArray<number | null>;
}

const AXIS = { stroke: '#9da7b3', grid: { stroke: '#30363d', width: 1 }, ticks: { stroke: '#30363d', width: 1 }, font: '12px system-ui, sans-serif' };
const HEIGHT = 200;

const format = (v: number | null | undefined, unit: string, digits: number): string => (v === null || v === undefined ? '–' : `${v.toFixed(digits)}${unit}`);

/**
 * One measure over the sessions (uPlot, dates on the x axis), a point per session. A table of the
 * same numbers follows for screen readers and for reading exact values.
 */
export function TrendChart({ title, unit, t, series, digits = 1 }: { title: string; unit: string; t: readonly number[]; series: readonly TrendSeries[]; digits?: number }) {
  const box = useRef<HTMLDivElement>(null);
  // Rebuilt only when the numbers change, not on every render of the page (the arrays are new each time).
  const data = JSON.stringify([t, series]);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const width = el.clientWidth || 600;
    const first = t[0], last = t[t.length - 1];
    const u = new uPlot(
      {
        width,
        height: HEIGHT,
        // The sessions' own span gets the sensible window; a span a person dragged out (zoom) is kept.
        scales: { x: { time: true, range: (_u, min, max) => (min === first && max === last ? progressTimeRange(t) ?? [min, max] : [min, max]) } },
        axes: [{ ...AXIS }, { ...AXIS, size: 56, values: (_u, splits) => splits.map((s) => `${s}${unit}`) }],
        series: [
          { label: 'Session' },
          ...series.map((s) => ({ label: s.label, stroke: s.colour, width: 2, spanGaps: true, points: { show: true, size: 7, fill: s.colour }, value: (_u: uPlot, v: number | null) => format(v, unit, digits) })),
        ],
        legend: { live: true },
      },
      [[...t], ...series.map((s) => [...s.values])] as uPlot.AlignedData,
      el,
    );
    const resize = new ResizeObserver(() => {
      const w = el.clientWidth;
      if (w > 0 && w !== u.width) u.setSize({ width: w, height: HEIGHT });
    });
    resize.observe(el);
    return () => {
      resize.disconnect();
      u.destroy();
    };
  }, [data, unit, digits]);

  return (
    <figure className="trend-chart" data-testid="trend-chart">
      <figcaption>{title}</figcaption>
      <div ref={box} aria-hidden="true" />
      <details>
        <summary>Numbers</summary>
        <table>
          <thead><tr><th scope="col">Session</th>{series.map((s) => <th key={s.label} scope="col">{s.label}</th>)}</tr></thead>
          <tbody>
            {t.map((time, i) => (
              <tr key={`${time}-${i}`}>
                <th scope="row">{new Date(time * 1000).toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })}</th>
                {series.map((s) => <td key={s.label}>{format(s.values[i], unit, digits)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
