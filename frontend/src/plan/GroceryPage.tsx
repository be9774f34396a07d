// The current plan's foods over chosen days, in grams and household units.
import { useState } from "react";
import { Link } from "react-router";
import type { Days } from "../api/client";
import { usePlan } from "../api/queries";
import { DateRangeFields } from "../forms/DateRangeFields";
import { Page } from "../ui/Page";
import { Panel } from "../ui/Panel";
import { QueryState } from "../ui/QueryState";
import { GroceryList } from "./GroceryList";
import { PlanNav } from "./PlanNav";
import { weekFrom } from "./week";

export function GroceryPage() {
  const current = usePlan();
  const [days, setDays] = useState<Days>(() => weekFrom(new Date()));
  return (
    <Page title="Grocery list">
      <PlanNav />
      <QueryState query={current} loadingLabel="Loading your plan…">
        {({ plan }) =>
          plan === null ? (
            <p>
              Your grocery list comes from your plan. <Link to="/plan">Make your plan</Link> first.
            </p>
          ) : (
            <Panel title="Shopping for">
              <DateRangeFields value={days} onChange={setDays} />
              <GroceryList version={plan.version} days={days} />
            </Panel>
          )
        }
      </QueryState>
    </Page>
  );
}
