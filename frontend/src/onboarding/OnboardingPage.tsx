// Onboarding, one step per URL (/onboarding/<step>), so Back and reloads keep the place.
import { Link, Navigate, useNavigate, useParams } from "react-router";
import { useProfile } from "../api/queries";
import { Page } from "../ui/Page";
import { QueryState } from "../ui/QueryState";
import { STEPS } from "./steps";

export function OnboardingPage() {
  const { step: stepId } = useParams();
  const navigate = useNavigate();
  const profile = useProfile();
  const index = STEPS.findIndex((step) => step.id === stepId);
  const step = STEPS[index];
  if (step === undefined) return <Navigate to={`/onboarding/${STEPS[0]?.id ?? ""}`} replace />;
  const following = STEPS[index + 1];
  const next = () => {
    if (following) void navigate(`/onboarding/${following.id}`);
  };

  return (
    <Page title={step.title} intro={<p>{step.intro}</p>}>
      <nav aria-label="Onboarding steps">
        <ol className="steps">
          {STEPS.map((item, at) => (
            <li key={item.id}>
              <Link to={`/onboarding/${item.id}`} aria-current={at === index ? "step" : undefined}>
                <span className="step-number">{at + 1}</span> {item.title}
              </Link>
            </li>
          ))}
        </ol>
      </nav>
      <QueryState query={profile} loadingLabel="Loading your profile…">
        {(data) => <div key={step.id}>{step.render(data, next)}</div>}
      </QueryState>
    </Page>
  );
}
