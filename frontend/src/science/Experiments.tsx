// The experiments seen in plan exposures; the chosen one's report below.
import { useState } from "react";
import { useExperiments } from "../api/queries";
import { Field } from "../forms/Field";
import { SelectInput } from "../forms/inputs";
import { QueryState } from "../ui/QueryState";
import { ReportView } from "./ReportView";

const count = (n: number, noun: string): string =>
  `${n.toLocaleString("en-GB")} ${noun}${n === 1 ? "" : "s"}`;

export function Experiments() {
  const experiments = useExperiments();
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <QueryState query={experiments} loadingLabel="Loading experiments…">
      {({ data }) => {
        const key = chosen ?? data[0]?.key ?? null;
        if (key === null) return <p>No plan has been served under an experiment yet.</p>;
        return (
          <>
            <Field label="Experiment" name="experiment">
              {(control) => (
                <SelectInput
                  control={control}
                  options={data.map((item) => ({
                    value: item.key,
                    label: `${item.key}: ${count(item.users, "user")}, ${count(item.plans, "plan")}`,
                  }))}
                  value={key}
                  onChange={setChosen}
                  emptyLabel="Choose an experiment"
                />
              )}
            </Field>
            <ReportView key={key} experiment={key} />
          </>
        );
      }}
    </QueryState>
  );
}
