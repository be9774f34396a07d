// One metric, treatment against control: values, lift with its intervals, chance to win.
import type { MetricResult } from "../api/types";
import { chance, interval, metricName, percentChange, pValue, value, VERDICTS } from "./format";

export function MetricCard({ result }: { result: MetricResult }) {
  const rows: [string, string][] = [
    ["Control", value(result.control)],
    ["Treatment", value(result.treatment)],
    [
      "Lift",
      result.lift === null || result.lift === undefined
        ? (result.note ?? "–")
        : percentChange(result.lift),
    ],
  ];
  if (result.ci) {
    const p =
      result.p_value === null || result.p_value === undefined ? "" : `, ${pValue(result.p_value)}`;
    rows.push(["95 % interval", `${interval(result.ci)}${p}`]);
  }
  if (result.sequential_ci) rows.push(["Always-valid interval", interval(result.sequential_ci)]);
  if (result.chance_to_win !== null && result.chance_to_win !== undefined) {
    rows.push(["Chance to win", chance(result.chance_to_win)]);
  }
  return (
    <li className={`metric ${result.verdict}`}>
      <h4>
        {metricName(result.metric)} <span className="badge">{result.role}</span>
      </h4>
      <p className="hint">
        {result.description}; {result.higher_is_better ? "higher" : "lower"} is better.
      </p>
      <dl className="summary">
        {rows.map(([term, detail]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{detail}</dd>
          </div>
        ))}
        <div>
          <dt>Verdict</dt>
          <dd className="verdict">{VERDICTS[result.verdict]}</dd>
        </div>
      </dl>
    </li>
  );
}
