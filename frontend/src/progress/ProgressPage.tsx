// Weight with its trend, the weekly rate, adherence to targets and to the plan over a chosen
// window, and energy expenditure measured beside the formula's.
import { useState } from "react";
import { useProfile, useProgress } from "../api/queries";
import { ChoiceGroup } from "../forms/ChoiceGroup";
import { formatDay } from "../lib/dates";
import { Page } from "../ui/Page";
import { Panel } from "../ui/Panel";
import { QueryState } from "../ui/QueryState";
import { ExpenditurePanel } from "./ExpenditurePanel";
import { PlanAdherence } from "./PlanAdherence";
import { ProgressStats } from "./ProgressStats";
import { WeightChart } from "./WeightChart";

const WINDOWS = [
  { value: "7", label: "7 days" },
  { value: "28", label: "4 weeks" },
  { value: "90", label: "3 months" },
] as const;
type Window = (typeof WINDOWS)[number]["value"];

export function ProgressPage() {
  const [days, setDays] = useState<Window>("28");
  const profile = useProfile();
  const progress = useProgress(Number(days));
  return (
    <Page title="Progress">
      <ChoiceGroup
        legend="Window"
        name="window"
        options={WINDOWS}
        value={days}
        onChange={setDays}
      />
      <QueryState query={profile}>
        {({ units }) => (
          <QueryState query={progress} loadingLabel="Loading your progress…">
            {(data) => (
              <>
                <p className="hint">
                  {formatDay(data.start, true)} to {formatDay(data.end, true)}
                </p>
                <Panel title="Weight">
                  <WeightChart points={data.weight.points} units={units} />
                </Panel>
                <Panel title="This window">
                  <ProgressStats progress={data} units={units} />
                </Panel>
                <Panel title="Following your plan">
                  <PlanAdherence days={Number(days)} />
                </Panel>
              </>
            )}
          </QueryState>
        )}
      </QueryState>
      <Panel title="Energy expenditure">
        <ExpenditurePanel />
      </Panel>
    </Page>
  );
}
