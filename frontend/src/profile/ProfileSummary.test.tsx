import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { PROFILE } from "../test/fixtures";
import { ProfileSummary } from "./ProfileSummary";

const dietsShown = () => screen.getByText("Diets").nextElementSibling;

describe("ProfileSummary", () => {
  it("lists every diet, or says there is none", () => {
    const { unmount } = render(
      <ProfileSummary profile={{ ...PROFILE, diets: ["vegan", "gluten_free"] }} />,
    );
    expect(dietsShown()).toHaveTextContent(/^Vegan, Gluten free$/);
    unmount();
    render(<ProfileSummary profile={PROFILE} />);
    expect(dietsShown()).toHaveTextContent(/^No particular diet$/);
  });
});
