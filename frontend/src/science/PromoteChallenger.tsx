// Ask for the challenger's model version to become the champion. The pipelines move the
// registry alias and report back; the request's status shows below.
import { useState } from "react";
import { useApi } from "../api/context";
import type { ExperimentReport } from "../api/types";
import { ActionAlert } from "../forms/ActionAlert";
import { Field } from "../forms/Field";
import { SelectInput } from "../forms/inputs";
import { useSubmit } from "../forms/useSubmit";
import { PromotionRequests } from "./PromotionRequests";

export function PromoteChallenger({ report }: { report: ExperimentReport }) {
  const api = useApi();
  const served =
    report.variants.find((variant) => variant.variant === report.treatment)?.model_versions ?? [];
  const [version, setVersion] = useState<string | null>(served[served.length - 1] ?? null);
  const promote = useSubmit((chosen: string) => api.promote(report.experiment, chosen));
  const recommended = report.recommendation.action === "promote_challenger";
  return (
    <section className="promote" aria-labelledby="promote-heading">
      <h3 id="promote-heading">Promote the challenger</h3>
      {served.length === 0 ? (
        <p className="hint">The challenger served no model version: there is nothing to promote.</p>
      ) : (
        <>
          <p className="hint">
            {recommended
              ? "The report recommends it."
              : "The report does not recommend it: promote only for reasons the report cannot see."}{" "}
            The pipelines move the registry alias and report back here.
          </p>
          <div className="field-row">
            <Field
              label="Model version"
              name="challenger_version"
              errors={promote.fieldErrors.challenger_version}
            >
              {(control) => (
                <SelectInput
                  control={control}
                  options={served.map((name) => ({ value: name, label: name }))}
                  value={version}
                  onChange={setVersion}
                />
              )}
            </Field>
            <button
              type="button"
              className={recommended ? "button primary" : "button"}
              disabled={promote.pending || version === null}
              onClick={() => {
                if (version !== null) promote.submit(version);
              }}
            >
              Ask to promote
            </button>
          </div>
          <ActionAlert errors={promote.formErrors} />
        </>
      )}
      <PromotionRequests experiment={report.experiment} />
    </section>
  );
}
