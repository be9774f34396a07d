import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { json } from "../test/fakeServer";
import { invalid } from "../test/fixtures";
import { renderApp } from "../test/render";
import { WeightForm } from "./WeightForm";

describe("WeightForm", () => {
  it("takes pounds from imperial users and sends kilograms", async () => {
    const user = userEvent.setup();
    const { server } = renderApp(<WeightForm units="imperial" />, {
      routes: {
        "POST /api/v1/me/weights": () =>
          json(201, { id: 1, measured_on: "2024-06-11", weight_kg: 81.6466266, weight_lb: 180 }),
      },
    });
    await user.type(screen.getByLabelText("Weight (lb)"), "180");
    await user.click(screen.getByRole("button", { name: "Log weight" }));
    expect(await screen.findByText("Logged 180.0 lb on 11 Jun.")).toBeInTheDocument();
    const body = (await server.requests.find((r) => r.method === "POST")?.json()) as {
      weight_kg: number;
    };
    expect(body.weight_kg).toBeCloseTo(180 * 0.45359237, 9);
    expect(screen.getByLabelText("Weight (lb)")).toHaveValue(null);
  });

  it("leaves an empty weight to the API and shows what it says", async () => {
    const user = userEvent.setup();
    const { server } = renderApp(<WeightForm units="metric" />, {
      routes: {
        "POST /api/v1/me/weights": () =>
          json(422, invalid([["body", "weight_kg"], "Input should be a valid number"])),
      },
    });
    await user.click(screen.getByRole("button", { name: "Log weight" }));
    expect(await screen.findByText("Input should be a valid number")).toBeInTheDocument();
    expect(screen.getByLabelText("Weight (kg)")).toHaveAttribute("aria-invalid", "true");
    expect(await server.requests[1]?.json()).toMatchObject({ weight_kg: null });
  });
});
