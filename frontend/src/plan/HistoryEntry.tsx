// One plan version in the history: when and why it was made, where it came from, and (on
// request) what changed and its rating.
import { useState } from "react";
import type { PlanVersionSummary } from "../api/types";
import { dayOf, formatDay } from "../lib/dates";
import { fallbackLine, madeBy, notesLine } from "./origin";
import { RatePlan } from "./RatePlan";
import { VersionDiff } from "./VersionDiff";
import { kcal } from "./week";
import { whatIsNew, whyMade } from "./why";

interface HistoryEntryProps {
  version: PlanVersionSummary;
  current: boolean;
}

export function HistoryEntry({ version, current }: HistoryEntryProps) {
  const [showDiff, setShowDiff] = useState(false);
  const [showRating, setShowRating] = useState(false);
  const number = version.version;
  return (
    <li className="history-entry">
      <h2>
        Version {number}
        {current && <span className="badge">current</span>}
      </h2>
      <p>
        {formatDay(dayOf(version.created_at), true)}: {whyMade(version)}{" "}
        {number > 1 && whatIsNew(version)}
      </p>
      <p className="hint">
        {madeBy(version)} {notesLine(version)} {fallbackLine(version)} Daily target{" "}
        {kcal(version.calories)}.
      </p>
      {number > 1 && (
        <details
          onToggle={(event) => {
            setShowDiff(event.currentTarget.open);
          }}
        >
          <summary>What changed since version {number - 1}</summary>
          {showDiff && <VersionDiff version={number} />}
        </details>
      )}
      <details
        onToggle={(event) => {
          setShowRating(event.currentTarget.open);
        }}
      >
        <summary>Rate version {number}</summary>
        {showRating && <RatePlan version={number} />}
      </details>
    </li>
  );
}
