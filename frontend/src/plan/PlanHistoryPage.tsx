// Every plan version, newest first, with why each was made and what changed.
import { useState } from "react";
import { usePlan, usePlanHistory } from "../api/queries";
import { Page } from "../ui/Page";
import { QueryState } from "../ui/QueryState";
import { HistoryEntry } from "./HistoryEntry";
import { PlanNav } from "./PlanNav";

const PAGE = 10;

export function PlanHistoryPage() {
  const current = usePlan().data?.plan?.version ?? null;
  const [limit, setLimit] = useState(PAGE);
  const history = usePlanHistory(current, limit);
  return (
    <Page title="Plan history">
      <PlanNav />
      <QueryState query={history} loadingLabel="Loading your plan history…">
        {({ data, count }) =>
          count === 0 ? (
            <p>No plan yet: your versions will be listed here.</p>
          ) : (
            <>
              <ol className="history">
                {data.map((version) => (
                  <HistoryEntry
                    key={version.version}
                    version={version}
                    current={version.version === current}
                  />
                ))}
              </ol>
              {data.length < count && (
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    setLimit(limit + PAGE);
                  }}
                >
                  Show older versions
                </button>
              )}
            </>
          )
        }
      </QueryState>
    </Page>
  );
}
