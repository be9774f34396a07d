// Ask for a plan: the API queues a job and answers at once; the plan follows when serving has
// made it.
import { useApi } from "../api/context";
import { ActionButton } from "../forms/ActionButton";

export function RequestPlan({ label }: { label: string }) {
  const api = useApi();
  return <ActionButton label={label} pendingLabel="Asking…" primary send={api.requestPlan} />;
}
