// The shopping list for a plan version and a date range.
import type { Days } from "../api/client";
import { useGrocery } from "../api/queries";
import { formatDay } from "../lib/dates";
import { QueryState } from "../ui/QueryState";
import { grams } from "./week";

export function GroceryList({ version, days }: { version: number; days: Days }) {
  const ordered = days.from <= days.to;
  const grocery = useGrocery(version, days, ordered);
  if (!ordered) {
    return <p className="hint">Choose a last day on or after the first.</p>;
  }
  return (
    <QueryState query={grocery} loadingLabel="Loading your grocery list…">
      {(list) =>
        list.count === 0 ? (
          <p className="hint">Nothing to buy for these days.</p>
        ) : (
          <table className="grocery">
            <caption>
              {list.count} foods for {formatDay(list.start)} to {formatDay(list.end)}, plan version{" "}
              {list.version}
            </caption>
            <thead>
              <tr>
                <th scope="col">Food</th>
                <th scope="col">Amount</th>
                <th scope="col">Weight</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((item) => (
                <tr key={item.food_id}>
                  <th scope="row">{item.name}</th>
                  <td>{item.household ?? "–"}</td>
                  <td>{grams(item.grams)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      }
    </QueryState>
  );
}
