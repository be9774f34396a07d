interface SubmitButtonProps {
  pending: boolean;
  label: string;
  pendingLabel?: string;
}

/** The form's submit button; disabled while its request runs, so it cannot be sent twice. */
export function SubmitButton({ pending, label, pendingLabel = "Saving…" }: SubmitButtonProps) {
  return (
    <button type="submit" className="button primary" disabled={pending} aria-busy={pending}>
      {pending ? pendingLabel : label}
    </button>
  );
}
