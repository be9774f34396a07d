import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { json } from "../test/fakeServer";
import { EMPTY_PROFILE, invalid, PROFILE } from "../test/fixtures";
import { renderApp } from "../test/render";
import { BodyForm } from "./BodyForm";

describe("BodyForm", () => {
  it("shows the API's message next to the field it names and keeps every value", async () => {
    const user = userEvent.setup();
    renderApp(<BodyForm profile={EMPTY_PROFILE} submitLabel="Save" />, {
      routes: {
        "PATCH /api/v1/me/profile": () =>
          json(
            422,
            invalid([["body", "height_cm"], "Value error, must be between 100 and 250 cm, got 17"]),
          ),
      },
    });
    await user.click(screen.getByRole("radio", { name: "Female" }));
    await user.type(screen.getByLabelText("Age (years)"), "34");
    await user.type(screen.getByLabelText("Height (cm)"), "17");
    await user.click(screen.getByRole("button", { name: "Save" }));

    const height = screen.getByLabelText("Height (cm)");
    expect(await screen.findByText("must be between 100 and 250 cm, got 17")).toBeInTheDocument();
    expect(height).toHaveAttribute("aria-invalid", "true");
    expect(height).toHaveAccessibleDescription("must be between 100 and 250 cm, got 17");
    expect(screen.getByLabelText("Age (years)")).toHaveValue(34);
    expect(screen.getByRole("radio", { name: "Female" })).toBeChecked();
    expect(screen.getByRole("alert")).toHaveTextContent("Please correct the highlighted fields.");
  });

  it("sends imperial height and weight as typed, after converting what was typed in metric", async () => {
    const user = userEvent.setup();
    const saved = vi.fn();
    const { server } = renderApp(
      <BodyForm profile={PROFILE} submitLabel="Save" onSaved={saved} />,
      {
        routes: { "PATCH /api/v1/me/profile": () => json(200, { ...PROFILE, units: "imperial" }) },
      },
    );
    await user.click(screen.getByRole("radio", { name: "Imperial (lb, ft/in)" }));
    // 178 cm is 5 ft 10.1 in; 82.5 kg is 181.9 lb.
    expect(screen.getByLabelText("Height (ft)")).toHaveValue(5);
    expect(screen.getByLabelText("Height (in)")).toHaveValue(10.1);
    expect(screen.getByLabelText("Weight (lb)")).toHaveValue(181.9);
    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(await screen.findByText("Saved.")).toBeInTheDocument();
    expect(saved).toHaveBeenCalledOnce();
    const body = (await server.requests.find((r) => r.method === "PATCH")?.json()) as Record<
      string,
      unknown
    >;
    expect(body).toMatchObject({
      units: "imperial",
      height_ft: 5,
      height_in: 10.1,
      weight_lb: 181.9,
      age: 29,
    });
    expect(body).not.toHaveProperty("height_cm");
    expect(body).not.toHaveProperty("weight_kg");
  });

  it("disables saving while the request runs", async () => {
    const user = userEvent.setup();
    let answer: (response: Response) => void = () => undefined;
    renderApp(<BodyForm profile={PROFILE} submitLabel="Save" />, {
      routes: {
        "PATCH /api/v1/me/profile": () => new Promise<Response>((done) => (answer = done)),
      },
    });
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByRole("button", { name: "Saving…" })).toBeDisabled();
    answer(json(200, PROFILE));
    expect(await screen.findByRole("button", { name: "Save" })).toBeEnabled();
  });
});
