import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Models, Promotion } from "../api/types";
import { json } from "../test/fakeServer";
import { REPORT, SRM_REPORT } from "../test/planFixtures";
import { renderApp } from "../test/render";
import { SciencePage } from "./SciencePage";

const MODELS: Models = {
  experiment: "planner-ab",
  registered_model: "nexfitra-planner",
  variants: [
    { variant: "champion", model_version: "1", weight: 0.9, loaded_at: "2024-06-10T08:00:00Z" },
    { variant: "challenger", model_version: "2", weight: 0.1, loaded_at: "2024-06-10T08:00:00Z" },
  ],
  last_refresh: "2024-06-11T10:00:00Z",
  last_error: null,
  notes_reader: "nexfitra-notes-reader v3",
};

const EXPERIMENTS = {
  data: [
    {
      key: "planner-ab",
      plans: 12097,
      users: 4000,
      in_experiment_plans: 12097,
      variants: { champion: 6020, challenger: 6077 },
      first_seen: "2024-05-01T00:00:00Z",
      last_seen: "2024-06-11T00:00:00Z",
    },
  ],
  count: 1,
};

const PROMOTION: Promotion = {
  id: 7,
  experiment: "planner-ab",
  challenger_version: "2",
  requested_at: "2024-06-11T10:00:00Z",
  status: "pending",
  requested_by: 1,
  champion_version: null,
  detail: "",
  completed_by: null,
  completed_at: null,
};

function render(routes = {}) {
  return renderApp(<SciencePage />, {
    at: "/science",
    routes: {
      "GET /api/v1/experiments/models": () => json(200, MODELS),
      "GET /api/v1/experiments": () => json(200, EXPERIMENTS),
      "GET /api/v1/experiments/planner-ab/report": () => json(200, REPORT),
      "GET /api/v1/experiments/promotions": () => json(200, []),
      ...routes,
    },
  });
}

describe("SciencePage", () => {
  it("shows the models serving has live, with their traffic", async () => {
    render();
    expect(await screen.findByRole("row", { name: "Champion 1 90 % 10 Jun" })).toBeVisible();
    expect(screen.getByRole("row", { name: "Challenger 2 10 % 10 Jun" })).toBeVisible();
    expect(
      screen.getByText("Notes are read by the dedicated reader nexfitra-notes-reader v3."),
    ).toBeVisible();
  });

  it("says the models read the notes when no dedicated reader is registered", async () => {
    render({
      "GET /api/v1/experiments/models": () => json(200, { ...MODELS, notes_reader: null }),
    });
    expect(await screen.findByText("Notes are read by each variant's model.")).toBeVisible();
  });

  it("says when serving cannot say which models are live", async () => {
    render({
      "GET /api/v1/experiments/models": () =>
        json(503, { detail: "serving cannot say which models are live: unreachable" }),
    });
    const models = screen.getByRole("region", { name: "Models in service" });
    expect(await within(models).findByRole("alert")).toHaveTextContent(
      "serving cannot say which models are live",
    );
  });

  it("reads the split check first, then the recommendation, lifts and chance to win", async () => {
    render();
    const report = screen.getByRole("region", { name: "A/B report" });
    const passed = await within(report).findByText(/Split check passed:/);
    expect(passed.closest("p")).toHaveTextContent(
      "Split check passed: users champion 2,000, challenger 2,000 against weights champion 50 %, challenger 50 % (p = 1.0).",
    );
    expect(within(report).getByText(/Recommendation: Promote the challenger\./)).toBeVisible();
    const adherence = within(report)
      .getByRole("heading", { name: /^Adherence/ })
      .closest("li");
    expect(adherence).toHaveTextContent("Lift+13.4 %");
    expect(adherence).toHaveTextContent("95 % interval+11.2 % to +15.7 %, p < 0.0001");
    expect(adherence).toHaveTextContent("Always-valid interval+9.9 % to +17.0 %");
    expect(adherence).toHaveTextContent("Chance to win99.9 %");
    expect(adherence).toHaveTextContent("VerdictBetter");
  });

  it("flags a sample ratio mismatch before anything else", async () => {
    render({ "GET /api/v1/experiments/planner-ab/report": () => json(200, SRM_REPORT) });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "Sample ratio mismatch. Users champion 1,100, challenger 900 against weights champion 50 %, challenger 50 % (p < 0.0001). Do not read the lifts below until the split is fixed.",
    );
    const recommendation = screen.getByText(/Recommendation: Keep collecting\./).closest("p");
    if (recommendation === null) throw new Error("no recommendation");
    expect(alert.compareDocumentPosition(recommendation)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(recommendation).toHaveTextContent(
      "Sample ratio mismatch (p = 7.7e-06): investigate the split before reading any lift.",
    );
  });

  it("asks to promote the challenger's version, then shows the request's status", async () => {
    let promotions: Promotion[] = [];
    const { server } = render({
      "GET /api/v1/experiments/promotions": () => json(200, promotions),
      "POST /api/v1/experiments/planner-ab/promote": () => {
        promotions = [PROMOTION];
        return json(201, PROMOTION);
      },
    });
    expect(await screen.findByText("No promotion requested yet.")).toBeVisible();
    expect(screen.getByLabelText("Model version")).toHaveValue("2");
    await userEvent.setup().click(screen.getByRole("button", { name: "Ask to promote" }));
    const requests = await screen.findByRole("list", { name: "Promotion requests" });
    expect(requests).toHaveTextContent(
      "Version 2, asked 11 Jun: pending: the pipelines have not carried it out yet",
    );
    expect(await server.requests.find((r) => r.method === "POST")?.json()).toEqual({
      challenger_version: "2",
    });
  });

  it("says calmly why there is no report yet", async () => {
    render({
      "GET /api/v1/experiments/planner-ab/report": () =>
        json(404, { detail: "no randomised plan was served under experiment 'planner-ab'" }),
    });
    expect(
      await screen.findByText(
        "No report yet: no randomised plan was served under experiment 'planner-ab'.",
      ),
    ).toBeVisible();
  });
});
