// The latest entries of one log, each with a delete button.
import type { UseQueryResult } from "@tanstack/react-query";
import { ActionAlert } from "../forms/ActionAlert";
import { useSubmit } from "../forms/useSubmit";
import { formatDay } from "../lib/dates";
import { QueryState } from "../ui/QueryState";

interface Entry {
  id: number;
}

interface RecentEntriesProps<T extends Entry> {
  title: string;
  query: UseQueryResult<{ data: T[]; count: number }>;
  day: (entry: T) => string;
  describe: (entry: T) => string;
  remove: (id: number) => Promise<unknown>;
}

export function RecentEntries<T extends Entry>({
  title,
  query,
  day,
  describe,
  remove,
}: RecentEntriesProps<T>) {
  const deletion = useSubmit(remove);
  return (
    <div className="recent">
      <h3>{title}</h3>
      <QueryState query={query}>
        {({ data }) =>
          data.length === 0 ? (
            <p className="hint">Nothing logged yet.</p>
          ) : (
            <ul className="entries">
              {data.map((entry) => (
                <li key={entry.id}>
                  <span className="entry-day">{formatDay(day(entry))}</span>
                  <span className="entry-text">{describe(entry)}</span>
                  <button
                    type="button"
                    className="button small"
                    disabled={deletion.pending}
                    aria-label={`Delete ${describe(entry)} on ${formatDay(day(entry))}`}
                    onClick={() => {
                      deletion.submit(entry.id);
                    }}
                  >
                    Delete
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
      <ActionAlert errors={deletion.formErrors} />
    </div>
  );
}
