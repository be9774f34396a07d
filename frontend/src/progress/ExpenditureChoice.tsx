// Opt in to (or out of) a calorie target that follows measured expenditure.
import { useState, type SubmitEvent } from "react";
import { useApi } from "../api/context";
import { FormAlert } from "../forms/FormAlert";
import { Saved } from "../forms/Saved";
import { SubmitButton } from "../forms/SubmitButton";
import { useSubmit } from "../forms/useSubmit";

export function ExpenditureChoice({ using }: { using: boolean }) {
  const api = useApi();
  const [wanted, setWanted] = useState(using);
  const [saved, setSaved] = useState<string | null>(null);
  const submission = useSubmit(api.targetExpenditure, (answer) => {
    setSaved(
      answer.use_for_targets
        ? "Your target now follows your logs."
        : "Your target now follows the formula.",
    );
  });
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    setSaved(null);
    submission.submit(wanted);
  };
  return (
    <form onSubmit={onSubmit} noValidate className="form" aria-label="Calorie target source">
      <label className="choice">
        <input
          type="checkbox"
          checked={wanted}
          onChange={(event) => {
            setWanted(event.target.checked);
          }}
        />
        Base my calorie target on my measured expenditure
      </label>
      <FormAlert errors={submission.formErrors} fieldErrors={submission.fieldErrors} />
      <SubmitButton pending={submission.pending} label="Save" />
      <Saved message={saved} />
    </form>
  );
}
