// Which version this is, why it was made, and what changed from the one before.
import type { PlanVersion } from "../api/types";
import { dayOf, formatDay } from "../lib/dates";
import { PlanDiffView } from "./PlanDiffView";
import { whatIsNew, whyMade } from "./why";

export function VersionNote({ version }: { version: PlanVersion }) {
  return (
    <div className="version-note">
      <p>
        <strong>
          Version {version.version}, made {formatDay(dayOf(version.created_at))}.
        </strong>{" "}
        {whyMade(version)} {version.diff !== null && whatIsNew(version)}
      </p>
      {version.diff !== null && (
        <details>
          <summary>What changed since version {version.diff.from_version}</summary>
          <PlanDiffView diff={version.diff} />
        </details>
      )}
    </div>
  );
}
