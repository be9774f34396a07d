import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { VERSION } from "../test/planFixtures";
import { PlanOrigin } from "./PlanOrigin";

describe("PlanOrigin", () => {
  it("names the foods the plan left out because the notes refuse them", () => {
    const version = {
      ...VERSION,
      provenance: { ...VERSION.provenance, refused_foods: ["olives", "tofu"] },
    };
    render(<PlanOrigin version={version} />);
    expect(screen.getByText("Left out, as your notes ask")).toBeInTheDocument();
    expect(screen.getByText("olives, tofu")).toBeInTheDocument();
  });

  it("says nothing of refusals when the notes refuse no food", () => {
    render(<PlanOrigin version={VERSION} />);
    expect(screen.queryByText("Left out, as your notes ask")).toBeNull();
  });
});
