// Admins list accounts and change their roles.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useApi } from "../api/context";
import { keys } from "../api/queries";
import { Page } from "../ui/Page";
import { QueryState } from "../ui/QueryState";
import { UserRow } from "./UserRow";

const PAGE_SIZE = 20;

export function UsersPage() {
  const api = useApi();
  const [offset, setOffset] = useState(0);
  const users = useQuery({
    queryKey: keys.users(offset),
    queryFn: () => api.users(offset, PAGE_SIZE),
    placeholderData: (previous) => previous,
  });
  return (
    <Page title="Users">
      <QueryState query={users} loadingLabel="Loading users…">
        {({ data, count }) => (
          <>
            <table className="users">
              <caption>
                {count} accounts; showing {offset + 1}–{offset + data.length}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Email</th>
                  <th scope="col">Joined</th>
                  <th scope="col">Role</th>
                </tr>
              </thead>
              <tbody>
                {data.map((user) => (
                  <UserRow key={user.id} user={user} />
                ))}
              </tbody>
            </table>
            <div className="pager">
              <button
                type="button"
                className="button"
                disabled={offset === 0}
                onClick={() => {
                  setOffset(Math.max(0, offset - PAGE_SIZE));
                }}
              >
                Previous
              </button>
              <button
                type="button"
                className="button"
                disabled={offset + PAGE_SIZE >= count}
                onClick={() => {
                  setOffset(offset + PAGE_SIZE);
                }}
              >
                Next
              </button>
            </div>
          </>
        )}
      </QueryState>
    </Page>
  );
}
