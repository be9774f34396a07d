// A button that sends one request with nothing to fill in, with its failure beside it.
import { ActionAlert } from "./ActionAlert";
import { useSubmit } from "./useSubmit";

interface ActionButtonProps {
  label: string;
  pendingLabel?: string;
  primary?: boolean;
  send: () => Promise<unknown>;
}

export function ActionButton({
  label,
  pendingLabel = label,
  primary = false,
  send,
}: ActionButtonProps) {
  const action = useSubmit(send);
  return (
    <div className="actions">
      <button
        type="button"
        className={primary ? "button primary" : "button"}
        disabled={action.pending}
        aria-busy={action.pending}
        onClick={() => {
          action.submit(undefined);
        }}
      >
        {action.pending ? pendingLabel : label}
      </button>
      <ActionAlert errors={action.formErrors} />
    </div>
  );
}
