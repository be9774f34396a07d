// The split check, read before anything else: a mismatch means no lift can be trusted.
import type { ExperimentReport } from "../api/types";
import { perVariant, pValue, share } from "./format";

export function SampleRatioCheck({ report }: { report: ExperimentReport }) {
  const { users, weights, p_value: p, mismatch } = report.sample_ratio;
  const counts = perVariant(users, (n) => n.toLocaleString("en-GB"));
  const split = perVariant(weights, share);
  if (mismatch) {
    return (
      <div role="alert" className="alert alert-error">
        <p>
          <strong>Sample ratio mismatch.</strong> Users {counts} against weights {split} (
          {pValue(p)}). Do not read the lifts below until the split is fixed.
        </p>
      </div>
    );
  }
  return (
    <p className="check-passed">
      <strong>Split check passed:</strong> users {counts} against weights {split} ({pValue(p)}).
    </p>
  );
}
