// A form's request: pending state, the API's field errors, and fresh data after it succeeds.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError, type FieldErrors } from "../api/errors";

const NONE: FieldErrors = { fields: {}, form: [] };

export interface Submission<TVars> {
  submit: (vars: TVars) => void;
  pending: boolean;
  succeeded: boolean;
  /** Messages for named fields (422), to show next to each field. */
  fieldErrors: Record<string, string[]>;
  /** Messages for the form as a whole: a 422 not tied to a field, or any other failure. */
  formErrors: string[];
}

/**
 * Runs `send` on submit. The form's own state is untouched, so nothing typed is lost when the
 * request fails; every cached query is refetched after a success, since any write can move
 * targets and progress.
 */
export function useSubmit<TVars, TData>(
  send: (vars: TVars) => Promise<TData>,
  onSuccess?: (data: TData) => void,
): Submission<TVars> {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: send,
    onSuccess: async (data) => {
      await queryClient.invalidateQueries();
      onSuccess?.(data);
    },
  });
  const error = mutation.error;
  const validation = error instanceof ApiError ? error.validation : NONE;
  const hasFieldErrors = Object.keys(validation.fields).length > 0;
  let formErrors: string[] = [];
  if (error !== null) {
    formErrors = hasFieldErrors || validation.form.length > 0 ? validation.form : [error.message];
  }
  return {
    submit: mutation.mutate,
    pending: mutation.isPending,
    succeeded: mutation.isSuccess,
    fieldErrors: validation.fields,
    formErrors,
  };
}
