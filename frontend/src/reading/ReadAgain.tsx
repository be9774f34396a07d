// Ask serving to read the saved notes again (a model may be live now that was not before).
import { useApi } from "../api/context";
import { ActionButton } from "../forms/ActionButton";

export function ReadAgain() {
  const api = useApi();
  return <ActionButton label="Read my notes again" send={api.readAgain} />;
}
