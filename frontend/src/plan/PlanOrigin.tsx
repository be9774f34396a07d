// How a plan version was made, in one quiet line, with the details a curious user can open.
import type { PlanVersion } from "../api/types";
import { humanise } from "../lib/labels";
import { fallbackLine, madeBy, notesLine, wishesLine } from "./origin";

export function PlanOrigin({ version }: { version: PlanVersion }) {
  const { provenance, exposure } = version;
  const fallback = fallbackLine(version);
  const wishes = wishesLine(provenance.wishes);
  return (
    <div className="origin">
      <p className="hint">
        {madeBy(version)} {notesLine(version)}
      </p>
      <details>
        <summary>How this plan was made</summary>
        <dl className="summary">
          <div>
            <dt>Answered by</dt>
            <dd>
              {humanise(exposure.variant)}
              {exposure.model_version === null ? "" : `, model version ${exposure.model_version}`}
            </dd>
          </div>
          {fallback !== null && (
            <div>
              <dt>Fallback</dt>
              <dd>{fallback}</dd>
            </div>
          )}
          {wishes !== null && (
            <div>
              <dt>Planned around your wishes</dt>
              <dd>{wishes}</dd>
            </div>
          )}
          {provenance.refused_foods.length > 0 && (
            <div>
              <dt>Left out, as your notes ask</dt>
              <dd>{provenance.refused_foods.join(", ")}</dd>
            </div>
          )}
          <div>
            <dt>Corrections</dt>
            <dd>
              {provenance.repairs.length === 0 ? (
                "None"
              ) : (
                <ul>
                  {provenance.repairs.map((repair) => (
                    <li key={`${repair.where}-${repair.message}`}>{repair.message}</li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
          <div>
            <dt>Time taken</dt>
            <dd>{`${provenance.seconds.toFixed(1)} s`}</dd>
          </div>
        </dl>
      </details>
    </div>
  );
}
