// The last step: the saved profile, the targets it gives, and the way to the dashboard.
import { Link } from "react-router";
import type { Profile } from "../api/types";
import { TargetsSummary } from "../dashboard/TargetsSummary";
import { ProfileSummary } from "../profile/ProfileSummary";
import { Panel } from "../ui/Panel";

// `missing_for_targets` names API fields; say them as the form does.
const FIELD_NAMES: Record<string, string> = {
  sex: "sex",
  age: "age",
  height_cm: "height",
  weight_kg: "weight",
  activity_level: "activity level",
  goal: "goal",
};

export function ReviewStep({ profile }: { profile: Profile }) {
  const missing = profile.missing_for_targets;
  return (
    <>
      {missing.length > 0 ? (
        <div role="alert" className="alert alert-warning">
          <p>
            Targets need a few more details:{" "}
            {missing.map((field) => FIELD_NAMES[field] ?? field).join(", ")}.{" "}
            <Link to="/onboarding/body">Add them</Link>
          </p>
        </div>
      ) : (
        <Panel title="Your daily targets">
          <TargetsSummary />
        </Panel>
      )}
      <Panel title="Your profile">
        <ProfileSummary profile={profile} />
      </Panel>
      <Link to="/dashboard" className="button primary">
        Go to your dashboard
      </Link>
    </>
  );
}
