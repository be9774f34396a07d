import { describe, expect, it } from "vitest";
import { invalid } from "../test/fixtures";
import { ApiError, errorFromResponse, fieldErrors } from "./errors";

describe("fieldErrors", () => {
  it("puts each message under the field its location names", () => {
    const { detail } = invalid(
      [["body", "height_cm"], "Value error, must be between 100 and 250 cm, got 17"],
      [["body", "liked_foods", 3], "String should have at most 100 characters"],
      [["query", "days"], "Input should be less than or equal to 366"],
    );
    expect(fieldErrors(detail)).toEqual({
      fields: {
        height_cm: ["must be between 100 and 250 cm, got 17"],
        liked_foods: ["String should have at most 100 characters"],
        days: ["Input should be less than or equal to 366"],
      },
      form: [],
    });
  });

  it("keeps messages about the whole body for the form", () => {
    const { detail } = invalid([["body"], "Value error, give either age or birth_date, not both"]);
    expect(fieldErrors(detail)).toEqual({
      fields: {},
      form: ["give either age or birth_date, not both"],
    });
  });

  it("collects several messages for one field", () => {
    const { detail } = invalid(
      [["body", "password"], "too short"],
      [["body", "password"], "blank"],
    );
    expect(fieldErrors(detail).fields.password).toEqual(["too short", "blank"]);
  });
});

describe("errorFromResponse", () => {
  it("maps a 422 and leads with its first message", () => {
    const error = errorFromResponse(
      422,
      invalid([["body", "email"], "value is not a valid email"]),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(422);
    expect(error.message).toBe("value is not a valid email");
    expect(error.validation.fields.email).toEqual(["value is not a valid email"]);
  });

  it("uses a string detail as the message", () => {
    const error = errorFromResponse(409, { detail: "email already registered" });
    expect([error.status, error.message, error.validation]).toEqual([
      409,
      "email already registered",
      { fields: {}, form: [] },
    ]);
  });

  it("falls back to the status for bodies without a detail", () => {
    expect(errorFromResponse(502, "<html>Bad gateway</html>").message).toBe(
      "The server answered 502. Please try again.",
    );
    expect(errorFromResponse(500, null).isNetwork).toBe(false);
  });
});
