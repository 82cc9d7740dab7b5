import { useMemo } from 'react';
import type { PerFrameSeries } from '../../../shared/gait';
import { SIDE_COLOUR } from './draw-frame';
import { TimeSeriesChart, type ChartEvent, type ChartSeries } from './TimeSeriesChart';

interface Props {
  perFrame: PerFrameSeries;
  cursorT: number | null;
  onSeek: (t: number) => void;
}

const percent = (v: ReadonlyArray<number | null>) => v.map((x) => (x === null ? null : 100 * x));

export function GaitCharts({ perFrame, cursorT, onSeek }: Props) {
  const charts = useMemo(() => {
    const events: ChartEvent[] = perFrame.events.map((e) => ({ t: e.t, foot: e.foot, kind: e.kind }));
    const sides = (values: PerFrameSeries['kneeFlexionDeg']): ChartSeries[] => [
      { label: 'Left', colour: SIDE_COLOUR.left, values: values.left },
      { label: 'Right', colour: SIDE_COLOUR.right, values: values.right },
    ];
    return {
      events,
      knee: sides(perFrame.kneeFlexionDeg),
      foot: sides({ left: percent(perFrame.footHeight.left), right: percent(perFrame.footHeight.right) }),
      trunk: [{ label: 'Trunk', colour: '#3ddc97', values: perFrame.trunkLeanDeg }],
    };
  }, [perFrame]);

  return (
    <section className="report-section" aria-labelledby="report-charts-title">
      <h2 id="report-charts-title">Through the clip</h2>
      <p className="report-hint">
        <span className="report-key report-key-contact">solid lines</span> mark foot contacts,{' '}
        <span className="report-key report-key-toe-off">dashed lines</span> toe-offs, in the foot’s colour
        (<span className="report-left">left</span>, <span className="report-right">right</span>).
        Click a chart to show that moment in the frame viewer; drag across it to zoom, double-click to zoom out.
      </p>
      <div className="report-charts">
        <TimeSeriesChart title="Knee bend (0° = straight)" unit="°" t={perFrame.t} series={charts.knee} events={charts.events} cursorT={cursorT} onSeek={onSeek} />
        <TimeSeriesChart title="Foot height above the ground (% of leg length)" unit="%" t={perFrame.t} series={charts.foot} events={charts.events} cursorT={cursorT} onSeek={onSeek} />
        <TimeSeriesChart title="Trunk forward lean (0° = upright)" unit="°" t={perFrame.t} series={charts.trunk} events={charts.events} cursorT={cursorT} onSeek={onSeek} />
      </div>
    </section>
  );
}
