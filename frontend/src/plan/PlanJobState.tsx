// Where the latest plan job stands: nothing asked yet, on its way (serving busy or down), or
// failed with serving's reasons. Nothing to say once the plan is ready.
import { Link } from "react-router";
import type { CurrentPlan } from "../api/types";
import { failureReasons, jobPurpose, readableDetail, waitingForServing } from "./jobs";
import { RequestPlan } from "./RequestPlan";

export function PlanJobState({ current }: { current: CurrentPlan }) {
  const { status, job, plan } = current;
  if (status === "none") {
    return (
      <div className="plan-state">
        <p>
          You have no plan yet. It is built from your profile: a week of workouts and meals that hit
          your targets.
        </p>
        <RequestPlan label="Make my plan" />
      </div>
    );
  }
  if (job === null) return null;
  if (status === "pending") {
    const what = jobPurpose(job);
    return (
      <div role="status" className="alert alert-info plan-state">
        {waitingForServing(job) ? (
          <p>
            <strong>The planner is not answering right now.</strong> Your request is kept: {what}{" "}
            will arrive by itself when the planner is back. You can leave this page.
          </p>
        ) : (
          <p>Making {what}… this takes a few seconds.</p>
        )}
        {plan !== null && <p>Until then, the plan below stays current.</p>}
        {job.reason === "renewal" && <p className="hint">Why: {readableDetail(job.detail)}</p>}
      </div>
    );
  }
  if (status === "failed") {
    const reasons = failureReasons(job);
    return (
      <div role="alert" className="alert alert-error plan-state">
        <p>
          <strong>We could not make {jobPurpose(job)}.</strong>
        </p>
        {reasons.length > 0 && (
          <ul>
            {reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        )}
        <p>
          Change what your <Link to="/profile">profile</Link> asks for, then try again.
        </p>
        <RequestPlan label="Try again" />
      </div>
    );
  }
  return null;
}
