import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Side } from '../../../shared/exercise-core';
import { SIDE_COLOUR } from './draw-frame';
import { fixedText } from './metric-format';

export interface ChartSeries {
  label: string;
  colour: string;
  values: ReadonlyArray<number | null>;
}

export interface ChartEvent {
  t: number;
  foot: Side;
  kind: 'contact' | 'toe-off';
}

interface Props {
  title: string;
  /** Written straight after each number on the axis and in the legend, e.g. '°' or '%'. */
  unit: string;
  t: readonly number[];
  series: readonly ChartSeries[];
  events: readonly ChartEvent[];
  /** Video time of the frame on the scrubber, drawn as a white line. */
  cursorT: number | null;
  onSeek: (t: number) => void;
}

const AXIS = { stroke: '#9da7b3', grid: { stroke: '#30363d', width: 1 }, ticks: { stroke: '#30363d', width: 1 }, font: '12px system-ui, sans-serif' };
const chartHeight = (width: number): number => (width < 500 ? 170 : 210);
/** A press that moves less than this is a click (seek); more is uPlot's drag-to-zoom. */
const CLICK_SLOP_PX = 4;

/** A time-series chart (uPlot) with the gait events as vertical lines: solid at contacts, dashed at toe-offs. */
export function TimeSeriesChart({ title, unit, t, series, events, cursorT, onSeek }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const cursorRef = useRef(cursorT);
  cursorRef.current = cursorT;
  const seekRef = useRef(onSeek);
  seekRef.current = onSeek;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const drawMarkers = (u: uPlot): void => {
      const { ctx, bbox } = u;
      const px = devicePixelRatio;
      ctx.save();
      ctx.beginPath();
      ctx.rect(bbox.left, bbox.top, bbox.width, bbox.height);
      ctx.clip();
      const vline = (time: number, colour: string, width: number, dash: number[]) => {
        const x = Math.round(u.valToPos(time, 'x', true));
        ctx.strokeStyle = colour;
        ctx.lineWidth = width * px;
        ctx.setLineDash(dash.map((d) => d * px));
        ctx.beginPath();
        ctx.moveTo(x, bbox.top);
        ctx.lineTo(x, bbox.top + bbox.height);
        ctx.stroke();
      };
      ctx.globalAlpha = 0.7;
      for (const e of events) vline(e.t, SIDE_COLOUR[e.foot], 1.5, e.kind === 'contact' ? [] : [4, 3]);
      ctx.globalAlpha = 1;
      if (cursorRef.current !== null) vline(cursorRef.current, '#ffffff', 2, []);
      ctx.restore();
    };
    const width = el.clientWidth;
    const u = new uPlot(
      {
        width,
        height: chartHeight(width),
        scales: { x: { time: false } },
        axes: [
          { ...AXIS, values: (_u, splits) => splits.map((s) => `${fixedText(s, 1)} s`) },
          { ...AXIS, size: 48, values: (_u, splits) => splits.map((s) => `${fixedText(s)}${unit}`) },
        ],
        series: [
          { label: 'Time', value: (_u, v) => (v === null ? '–' : `${fixedText(v, 2)} s`) },
          ...series.map((s) => ({
            label: s.label, stroke: s.colour, width: 2,
            value: (_u: uPlot, v: number | null) => (v === null ? '–' : `${fixedText(v)}${unit}`),
          })),
        ],
        cursor: { sync: { key: 'running-report' } },
        legend: { live: true },
        hooks: { draw: [drawMarkers] },
      },
      [[...t], ...series.map((s) => [...s.values])] as uPlot.AlignedData,
      el,
    );
    plot.current = u;

    let downX = 0;
    const down = (e: MouseEvent) => { downX = e.clientX; };
    const click = (e: MouseEvent) => {
      if (Math.abs(e.clientX - downX) > CLICK_SLOP_PX) return;
      const rect = u.over.getBoundingClientRect();
      seekRef.current(u.posToVal(e.clientX - rect.left, 'x'));
    };
    u.over.addEventListener('mousedown', down);
    u.over.addEventListener('click', click);
    const resize = new ResizeObserver(() => {
      const w = el.clientWidth;
      if (w > 0 && w !== u.width) u.setSize({ width: w, height: chartHeight(w) });
    });
    resize.observe(el);
    return () => {
      resize.disconnect();
      u.destroy();
      plot.current = null;
    };
  }, [t, series, events, unit]);

  useEffect(() => plot.current?.redraw(false, false), [cursorT]);

  return (
    <figure className="report-chart" data-testid="report-chart">
      <figcaption>{title}</figcaption>
      <div ref={box} className="report-chart-plot" />
    </figure>
  );
}
