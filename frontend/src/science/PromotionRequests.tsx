// The promotion requests of one experiment, newest first, with what became of each.
import { usePromotions } from "../api/queries";
import type { Promotion } from "../api/types";
import { dayOf, formatDay } from "../lib/dates";
import { QueryState } from "../ui/QueryState";

const SHOWN = 5;

function outcome(request: Promotion): string {
  if (request.status === "pending") return "pending: the pipelines have not carried it out yet";
  if (request.status === "done") {
    return `done: the champion is now version ${request.champion_version ?? "?"}`;
  }
  return `failed${request.detail ? `: ${request.detail}` : ""}`;
}

export function PromotionRequests({ experiment }: { experiment: string }) {
  const promotions = usePromotions();
  return (
    <QueryState query={promotions} loadingLabel="Loading promotion requests…">
      {(all) => {
        const mine = all.filter((request) => request.experiment === experiment).reverse();
        if (mine.length === 0) return <p className="hint">No promotion requested yet.</p>;
        return (
          <ul className="promotions" aria-label="Promotion requests">
            {mine.slice(0, SHOWN).map((request) => (
              <li key={request.id}>
                Version {request.challenger_version ?? "@challenger"}, asked{" "}
                {formatDay(dayOf(request.requested_at))}:{" "}
                <span className={`promotion ${request.status}`}>{outcome(request)}</span>
              </li>
            ))}
          </ul>
        );
      }}
    </QueryState>
  );
}
