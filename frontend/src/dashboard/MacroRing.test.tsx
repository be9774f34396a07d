import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { MacroRing } from "./MacroRing";

describe("MacroRing", () => {
  it("fills the share eaten and says the numbers in words", () => {
    const { container } = render(<MacroRing label="Protein" eaten={45} target={180} unit="g" />);
    expect(screen.getByRole("img", { name: "Protein: 45 of 180 g" })).toBeInTheDocument();
    const fill = container.querySelector(".ring-fill");
    const [filled, whole] = (fill?.getAttribute("stroke-dasharray") ?? "").split(" ").map(Number);
    expect((filled ?? 0) / (whole ?? 1)).toBeCloseTo(0.25);
  });

  it("marks going over the target and draws nothing for zero", () => {
    const { container, rerender } = render(
      <MacroRing label="Fat" eaten={90} target={64} unit="g" />,
    );
    expect(screen.getByRole("img", { name: "Fat: 90 of 64 g, over target" })).toBeInTheDocument();
    expect(container.querySelector(".ring-fill")).toHaveClass("over");
    rerender(<MacroRing label="Fat" eaten={0} target={64} unit="g" />);
    expect(container.querySelector(".ring-fill")).toBeNull();
  });
});
