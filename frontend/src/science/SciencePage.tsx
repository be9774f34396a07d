// Scientists' home. The A/B report (exposures, plan quality and adherence per model version)
// and the registered model versions render here once the experiments API exists.
import { Page } from "../ui/Page";
import { Panel } from "../ui/Panel";

export function SciencePage() {
  return (
    <Page title="Experiments">
      <Panel title="A/B report and model versions">
        <p>
          The comparison of model versions in production arrives with the experiments API. Until
          then, the evaluation reports and the model registry are in the Dagster and MLflow UIs.
        </p>
      </Panel>
    </Page>
  );
}
