// The model versions serving has live now, with their share of traffic.
import { useModels } from "../api/queries";
import { dayOf, formatDay } from "../lib/dates";
import { humanise } from "../lib/labels";
import { QueryState } from "../ui/QueryState";
import { share } from "./format";

export function ModelsInService() {
  const models = useModels();
  return (
    <QueryState query={models} loadingLabel="Loading the models in service…">
      {(data) => (
        <>
          {data.last_error !== null && (
            <p className="alert alert-warning">
              Serving's last look at the registry found a problem: {data.last_error}. The models
              below are the last good ones.
            </p>
          )}
          <p>
            Notes are read by{" "}
            {data.notes_reader
              ? `the dedicated reader ${data.notes_reader}`
              : "each variant's model"}
            .
          </p>
          <table>
            <caption>
              Experiment {data.experiment}, registered model {data.registered_model}
            </caption>
            <thead>
              <tr>
                <th scope="col">Variant</th>
                <th scope="col">Model version</th>
                <th scope="col">Traffic</th>
                <th scope="col">Loaded</th>
              </tr>
            </thead>
            <tbody>
              {data.variants.map((variant) => (
                <tr key={variant.variant}>
                  <th scope="row">{humanise(variant.variant)}</th>
                  <td>{variant.model_version ?? "Reference planner"}</td>
                  <td>{share(variant.weight)}</td>
                  <td>{variant.loaded_at ? formatDay(dayOf(variant.loaded_at)) : "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </QueryState>
  );
}
