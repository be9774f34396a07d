// `/`: a profile that cannot give targets yet goes to onboarding, any other to the dashboard.
import { Navigate } from "react-router";
import { useProfile } from "./api/queries";
import { QueryState } from "./ui/QueryState";

export function Home() {
  const profile = useProfile();
  return (
    <QueryState query={profile}>
      {(data) => (
        <Navigate to={data.missing_for_targets.length > 0 ? "/onboarding" : "/dashboard"} replace />
      )}
    </QueryState>
  );
}
