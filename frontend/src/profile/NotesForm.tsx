// Free-text notes in the user's own words (stored encrypted by the API).
import { useState, type SubmitEvent } from "react";
import { useApi } from "../api/context";
import { Field } from "../forms/Field";
import { FormAlert } from "../forms/FormAlert";
import { Saved } from "../forms/Saved";
import { SubmitButton } from "../forms/SubmitButton";
import { useSubmit } from "../forms/useSubmit";
import type { ProfileFormProps } from "./ProfileFormProps";

const MAX_CHARS = 2000;

export function NotesForm({ profile, submitLabel, onSaved }: ProfileFormProps) {
  const api = useApi();
  const [notes, setNotes] = useState(profile.notes ?? "");
  const submission = useSubmit(api.updateProfile, onSaved);
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    submission.submit({ notes: notes.trim() === "" ? null : notes });
  };
  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <Field
        label="Anything else your coach should know?"
        name="notes"
        errors={submission.fieldErrors.notes}
        hint={`Schedule, foods you love or avoid, old injuries… up to ${String(MAX_CHARS)} characters; ${String(notes.length)} used.`}
      >
        {(control) => (
          <textarea
            {...control}
            rows={6}
            value={notes}
            onChange={(event) => {
              setNotes(event.target.value);
            }}
          />
        )}
      </Field>
      <FormAlert errors={submission.formErrors} fieldErrors={submission.fieldErrors} />
      <SubmitButton pending={submission.pending} label={submitLabel} />
      <Saved message={submission.succeeded ? "Saved." : null} />
    </form>
  );
}
