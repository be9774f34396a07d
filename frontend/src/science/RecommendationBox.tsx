// What the report recommends, and for "keep collecting" how many users would settle it.
import type { ExperimentReport } from "../api/types";
import { sentence } from "./format";

const ACTIONS: Record<ExperimentReport["recommendation"]["action"], string> = {
  promote_challenger: "Promote the challenger",
  keep_champion: "Keep the champion",
  keep_collecting: "Keep collecting",
};

export function RecommendationBox({ report }: { report: ExperimentReport }) {
  const { action, reason, users_needed: needed, additional_users: more } = report.recommendation;
  return (
    <div className={`recommendation ${action}`}>
      <p>
        <strong>Recommendation: {ACTIONS[action]}.</strong> {sentence(reason)}
      </p>
      {needed !== null && needed !== undefined && (
        <p className="hint">
          About {needed.toLocaleString("en-GB")} users in both arms would settle it
          {more !== null && more !== undefined ? ` (${more.toLocaleString("en-GB")} more)` : ""}.
        </p>
      )}
    </div>
  );
}
