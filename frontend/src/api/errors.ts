// One error type for every failed request, with 422 bodies mapped onto form fields.
import type { ValidationIssue } from "./types";

/** Where a 422's messages belong: a field's name, or the form as a whole. */
export interface FieldErrors {
  fields: Record<string, string[]>;
  form: string[];
}

const NO_ERRORS: FieldErrors = { fields: {}, form: [] };
const REQUEST_PARTS = new Set(["body", "query", "path", "header", "cookie"]);

export class ApiError extends Error {
  readonly status: number;
  readonly validation: FieldErrors;

  /** `status` 0 means the request never got an answer (offline, server down). */
  constructor(status: number, message: string, validation: FieldErrors = NO_ERRORS) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.validation = validation;
  }

  get isNetwork(): boolean {
    return this.status === 0;
  }
}

/** Pydantic prefixes validator messages with their kind; the rest is the API's own text. */
function readable(message: string): string {
  return message.replace(/^(Value|Assertion) error, /, "");
}

/** Split FastAPI's `detail` list by field: `["body", "height_cm"]` goes to `height_cm`. */
export function fieldErrors(issues: readonly ValidationIssue[]): FieldErrors {
  const result: FieldErrors = { fields: {}, form: [] };
  for (const issue of issues) {
    const path = issue.loc.filter((part, at) => !(at === 0 && REQUEST_PARTS.has(String(part))));
    const field = path[0];
    const message = readable(issue.msg);
    if (typeof field === "string") {
      (result.fields[field] ??= []).push(message);
    } else {
      result.form.push(message);
    }
  }
  return result;
}

function isIssueList(value: unknown): value is ValidationIssue[] {
  return (
    Array.isArray(value) &&
    value.every(
      (item) => typeof item === "object" && item !== null && "loc" in item && "msg" in item,
    )
  );
}

/** The error for a non-2xx answer, from its status and parsed JSON body (if any). */
export function errorFromResponse(status: number, body: unknown): ApiError {
  const detail =
    typeof body === "object" && body !== null && "detail" in body ? body.detail : undefined;
  if (isIssueList(detail)) {
    const validation = fieldErrors(detail);
    const first = Object.values(validation.fields)[0]?.[0] ?? validation.form[0];
    return new ApiError(status, first ?? "The request was not valid.", validation);
  }
  if (typeof detail === "string") return new ApiError(status, detail);
  return new ApiError(status, `The server answered ${String(status)}. Please try again.`);
}

export const NETWORK_MESSAGE = "Cannot reach NexFitra. Check your connection and try again.";
