// Stars and a comment on one plan version; what was said before shows when it opens.
import { useState, type SubmitEvent } from "react";
import { useApi } from "../api/context";
import { useFeedback } from "../api/queries";
import type { Feedback } from "../api/types";
import { Field } from "../forms/Field";
import { FormAlert } from "../forms/FormAlert";
import { Saved } from "../forms/Saved";
import { SubmitButton } from "../forms/SubmitButton";
import { useSubmit } from "../forms/useSubmit";
import { QueryState } from "../ui/QueryState";
import { StarRating } from "./StarRating";

export function RatePlan({ version }: { version: number }) {
  const feedback = useFeedback(version);
  return (
    <QueryState query={feedback} loadingLabel="Loading your rating…">
      {(said) => <RatingForm version={version} said={said} />}
    </QueryState>
  );
}

function RatingForm({ version, said }: { version: number; said: Feedback }) {
  const api = useApi();
  const [stars, setStars] = useState<number | null>(said.stars);
  const [comment, setComment] = useState(said.comment ?? "");
  const submission = useSubmit((body: { stars: number | null; comment: string | null }) =>
    api.rate(version, body),
  );
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    submission.submit({ stars, comment: comment.trim() === "" ? null : comment });
  };
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="form"
      aria-label={`Rate plan version ${String(version)}`}
    >
      <StarRating value={stars} onChange={setStars} errors={submission.fieldErrors.stars} />
      <Field
        label="Comment (optional)"
        name="comment"
        errors={submission.fieldErrors.comment}
        hint="What worked, what did not: it helps the planner improve."
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={comment}
            onChange={(event) => {
              setComment(event.target.value);
            }}
          />
        )}
      </Field>
      <FormAlert errors={submission.formErrors} fieldErrors={submission.fieldErrors} />
      <SubmitButton pending={submission.pending} label="Save rating" />
      <Saved message={submission.succeeded ? "Thanks: your rating is saved." : null} />
    </form>
  );
}
