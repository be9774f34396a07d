// The A/B report of one experiment: the split check first, the recommendation, each variant,
// each metric, then the promotion it may lead to.
import { ApiError } from "../api/errors";
import { useReport } from "../api/queries";
import type { ExperimentReport } from "../api/types";
import { dayOf, formatDay } from "../lib/dates";
import { humanise } from "../lib/labels";
import { QueryState } from "../ui/QueryState";
import { MetricCard } from "./MetricCard";
import { PromoteChallenger } from "./PromoteChallenger";
import { RecommendationBox } from "./RecommendationBox";
import { SampleRatioCheck } from "./SampleRatioCheck";

export function ReportView({ experiment }: { experiment: string }) {
  const report = useReport(experiment);
  // 404/409: no report can be made yet (e.g. no randomised plan served); say why, calmly.
  if (report.error instanceof ApiError && [404, 409].includes(report.error.status)) {
    return <p>No report yet: {report.error.message}.</p>;
  }
  return (
    <QueryState query={report} loadingLabel="Loading the report…">
      {(data) => <Report report={data} />}
    </QueryState>
  );
}

function Report({ report }: { report: ExperimentReport }) {
  // The split check says its own warning; the others follow it.
  const warnings = report.warnings.filter((warning) => !warning.startsWith("sample ratio"));
  return (
    <div className="report">
      <SampleRatioCheck report={report} />
      {warnings.map((warning) => (
        <p key={warning} className="alert alert-warning">
          {warning}
        </p>
      ))}
      <RecommendationBox report={report} />
      <table>
        <caption>
          {humanise(report.treatment)} against {report.control}, exported{" "}
          {formatDay(dayOf(report.exported_at), true)}
        </caption>
        <thead>
          <tr>
            <th scope="col">Variant</th>
            <th scope="col">Model versions</th>
            <th scope="col">Users</th>
            <th scope="col">Plans</th>
          </tr>
        </thead>
        <tbody>
          {report.variants.map((variant) => (
            <tr key={variant.variant}>
              <th scope="row">{humanise(variant.variant)}</th>
              <td>{variant.model_versions.join(", ") || "–"}</td>
              <td>{variant.users.toLocaleString("en-GB")}</td>
              <td>{variant.plans.toLocaleString("en-GB")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Metrics</h3>
      <ul className="metrics">
        {report.metrics.map((result) => (
          <MetricCard key={result.metric} result={result} />
        ))}
      </ul>
      <PromoteChallenger report={report} />
    </div>
  );
}
