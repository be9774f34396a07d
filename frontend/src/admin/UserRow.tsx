// One account and its role, changed in place.
import { useState } from "react";
import { useApi } from "../api/context";
import type { Role, User } from "../api/types";
import { Field } from "../forms/Field";
import { SelectInput } from "../forms/inputs";
import { useSubmit } from "../forms/useSubmit";
import { ROLES } from "../lib/enums";
import { formatDay } from "../lib/dates";
import { options } from "../lib/labels";

export function UserRow({ user }: { user: User }) {
  const api = useApi();
  // The select shows the requested role while the change is saved, not the old one.
  const [requested, setRequested] = useState<Role>(user.role);
  const change = useSubmit((role: Role) => api.setRole(user.id, role));
  const problems = [...change.formErrors, ...Object.values(change.fieldErrors).flat()];
  return (
    <tr>
      <td>{user.email}</td>
      <td>{formatDay(user.created_at.slice(0, 10), true)}</td>
      <td>
        <Field label={`Role of ${user.email}`} name="role" errors={problems} hideLabel>
          {(control) => (
            <SelectInput
              control={control}
              options={options(ROLES)}
              value={change.pending ? requested : user.role}
              onChange={(role) => {
                if (role === null) return;
                setRequested(role);
                change.submit(role);
              }}
            />
          )}
        </Field>
      </td>
    </tr>
  );
}
