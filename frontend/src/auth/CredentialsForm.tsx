// Email and password, shared by the login and registration pages.
import { useState, type SubmitEvent } from "react";
import { Field } from "../forms/Field";
import { FormAlert } from "../forms/FormAlert";
import { SubmitButton } from "../forms/SubmitButton";
import type { Submission } from "../forms/useSubmit";

export interface Credentials {
  email: string;
  password: string;
}

interface CredentialsFormProps {
  submission: Submission<Credentials>;
  action: string;
  pendingAction: string;
  newPassword?: boolean;
}

export function CredentialsForm({
  submission,
  action,
  pendingAction,
  newPassword = false,
}: CredentialsFormProps) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const { fieldErrors } = submission;
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    submission.submit({ email, password });
  };
  return (
    <form onSubmit={onSubmit} noValidate className="form">
      {/* The login form names the email `username` (OAuth2 password flow). */}
      <Field label="Email" name="email" errors={fieldErrors.email ?? fieldErrors.username}>
        {(control) => (
          <input
            {...control}
            type="email"
            autoComplete="email"
            value={email}
            onChange={(event) => {
              setEmail(event.target.value);
            }}
          />
        )}
      </Field>
      <Field
        label="Password"
        name="password"
        errors={fieldErrors.password}
        {...(newPassword ? { hint: "At least 8 characters." } : {})}
      >
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete={newPassword ? "new-password" : "current-password"}
            value={password}
            onChange={(event) => {
              setPassword(event.target.value);
            }}
          />
        )}
      </Field>
      <FormAlert errors={submission.formErrors} fieldErrors={fieldErrors} />
      <SubmitButton pending={submission.pending} label={action} pendingLabel={pendingAction} />
    </form>
  );
}
