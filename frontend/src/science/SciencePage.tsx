// Scientists' page: the models serving has live, and the A/B report of each experiment with
// the promotion it may lead to. Training runs and the registry stay in the Dagster and MLflow UIs.
import { Page } from "../ui/Page";
import { Panel } from "../ui/Panel";
import { Experiments } from "./Experiments";
import { ModelsInService } from "./ModelsInService";

export function SciencePage() {
  return (
    <Page title="Experiments">
      <Panel title="Models in service">
        <ModelsInService />
      </Panel>
      <Panel title="A/B report">
        <Experiments />
      </Panel>
    </Page>
  );
}
