// Daily weights as dots and their smoothed trend as a line, in plain SVG, with the same data
// as a table for screen readers and keyboard users.
import { useId } from "react";
import type { TrendPoint, Units } from "../api/types";
import { daysBetween, formatDay } from "../lib/dates";
import { formatWeight, fromKg, weightUnit } from "../lib/units";

const WIDTH = 640;
const HEIGHT = 260;
const PAD = { top: 16, right: 24, bottom: 40, left: 64 };
const Y_TICKS = 4;

interface Scale {
  x: (offset: number) => number;
  y: (value: number) => number;
  ticks: number[];
}

/** `span`: days from the first point to the last, so gaps between logged days show as gaps. */
function scale(values: number[], span: number): Scale {
  const low = Math.min(...values);
  const high = Math.max(...values);
  const margin = Math.max((high - low) * 0.1, 0.5);
  const [bottom, top] = [low - margin, high + margin];
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  return {
    x: (offset) => PAD.left + (span === 0 ? plotWidth / 2 : (offset / span) * plotWidth),
    y: (value) => PAD.top + ((top - value) / (top - bottom)) * plotHeight,
    ticks: Array.from({ length: Y_TICKS + 1 }, (_, at) => bottom + ((top - bottom) * at) / Y_TICKS),
  };
}

interface WeightChartProps {
  points: TrendPoint[];
  units: Units;
}

export function WeightChart({ points, units }: WeightChartProps) {
  const titleId = useId();
  const descId = useId();
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined) {
    return <p className="hint">Log your weight on a few days to see your trend here.</p>;
  }
  const plotted = points.map((point) => ({
    day: point.day,
    offset: daysBetween(first.day, point.day),
    weight: fromKg(point.weight_kg, units),
    trend: fromKg(point.trend_kg, units),
  }));
  const values = plotted.flatMap((point) => [point.weight, point.trend]);
  const { x, y, ticks } = scale(values, daysBetween(first.day, last.day));
  const line = plotted
    .map(
      (point, at) =>
        `${at === 0 ? "M" : "L"}${x(point.offset).toFixed(1)},${y(point.trend).toFixed(1)}`,
    )
    .join(" ");
  const middle = plotted[Math.floor((plotted.length - 1) / 2)] ?? plotted[0];
  const labelled = [...new Set([plotted[0], middle, plotted[plotted.length - 1]])];
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
      >
        <title id={titleId}>Weight and trend</title>
        <desc id={descId}>
          {`${String(points.length)} ${points.length === 1 ? "day" : "days"} logged from ${formatDay(first.day)} to ${formatDay(last.day)}; the trend went from ${formatWeight(first.trend_kg, units)} to ${formatWeight(last.trend_kg, units)}.`}
        </desc>
        {ticks.map((tick) => (
          <g key={tick} className="grid">
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} />
            <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end">
              {tick.toFixed(1)}
            </text>
          </g>
        ))}
        {labelled.map(
          (point) =>
            point && (
              <text
                key={point.day}
                className="axis"
                x={x(point.offset)}
                y={HEIGHT - 8}
                textAnchor="middle"
              >
                {formatDay(point.day)}
              </text>
            ),
        )}
        <path className="trend-line" d={line} />
        {plotted.map((point) => (
          <circle
            key={point.day}
            className="weight-dot"
            cx={x(point.offset)}
            cy={y(point.weight)}
            r={3.5}
          />
        ))}
      </svg>
      <figcaption>
        <span className="legend-dot" aria-hidden="true" /> Daily weight ({weightUnit(units)}){" "}
        <span className="legend-line" aria-hidden="true" /> Trend
      </figcaption>
      <details>
        <summary>Show the data as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Weight</th>
              <th scope="col">Trend</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.day}>
                <td>{formatDay(point.day, true)}</td>
                <td>{formatWeight(point.weight_kg, units)}</td>
                <td>{formatWeight(point.trend_kg, units)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
