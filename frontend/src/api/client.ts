// Every product-API call the web app makes, typed by the generated OpenAPI schema.
import createClient from "openapi-fetch";
import { errorFromResponse } from "./errors";
import type { paths } from "./schema";
import type { Session } from "./session";
import type {
  ExperimentReport,
  ItemLock,
  MealCreate,
  ProfileChanges,
  Rating,
  ReadingAccept,
  Regenerate,
  Role,
  Thumb,
  WeightCreate,
  WorkoutCreate,
} from "./types";

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The body of a 2xx answer; anything else throws an ApiError. */
async function unwrap<T>(pending: Promise<Answer<T>>): Promise<T> {
  const { data, error, response } = await pending;
  if (!response.ok) throw errorFromResponse(response.status, error);
  return data as T;
}

/** A form's body: a field left empty is sent as null and the API says what it needs there. */
export type Draft<T> = { [K in keyof T]: T[K] | null };

const SEARCH_PAGE_SIZE = 8;

/** A date range of log listings, both days inclusive (ISO dates). */
export interface DateRange {
  from?: string;
  to?: string;
  limit?: number;
}

/** Both days inclusive (ISO dates). */
export interface Days {
  from: string;
  to: string;
}

export function createApi(session: Session, baseUrl: string) {
  const client = createClient<paths>({ baseUrl, fetch: session.fetch });
  const version = (number: number) => ({ params: { path: { version: number } } });
  const experiment = (key: string) => ({ params: { path: { key } } });
  return {
    register: (email: string, password: string) =>
      unwrap(client.POST("/api/v1/auth/register", { body: { email, password } })),
    login: (email: string, password: string) =>
      unwrap(
        client.POST("/api/v1/auth/login", {
          body: { username: email, password, scope: "" },
          bodySerializer: (body) => new URLSearchParams(body as Record<string, string>),
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
        }),
      ),
    me: () => unwrap(client.GET("/api/v1/me")),
    profile: () => unwrap(client.GET("/api/v1/me/profile")),
    updateProfile: (changes: ProfileChanges) =>
      unwrap(client.PATCH("/api/v1/me/profile", { body: changes })),
    targets: () => unwrap(client.GET("/api/v1/me/targets")),
    progress: (days: number) =>
      unwrap(client.GET("/api/v1/me/progress", { params: { query: { days } } })),
    searchFoods: (q: string) =>
      unwrap(
        client.GET("/api/v1/foods", { params: { query: { q, page_size: SEARCH_PAGE_SIZE } } }),
      ),
    searchExercises: (q: string) =>
      unwrap(
        client.GET("/api/v1/exercises", { params: { query: { q, page_size: SEARCH_PAGE_SIZE } } }),
      ),
    weights: (range: DateRange = {}) =>
      unwrap(client.GET("/api/v1/me/weights", { params: { query: range } })),
    logWeight: (body: Draft<WeightCreate>) =>
      unwrap(client.POST("/api/v1/me/weights", { body: body as WeightCreate })),
    deleteWeight: (id: number) =>
      unwrap(
        client.DELETE("/api/v1/me/weights/{weight_id}", { params: { path: { weight_id: id } } }),
      ),
    workouts: (range: DateRange = {}) =>
      unwrap(client.GET("/api/v1/me/workouts", { params: { query: range } })),
    logWorkout: (body: Draft<WorkoutCreate>) =>
      unwrap(client.POST("/api/v1/me/workouts", { body: body as WorkoutCreate })),
    deleteWorkout: (id: number) =>
      unwrap(
        client.DELETE("/api/v1/me/workouts/{workout_id}", { params: { path: { workout_id: id } } }),
      ),
    meals: (range: DateRange = {}) =>
      unwrap(client.GET("/api/v1/me/meals", { params: { query: range } })),
    logMeal: (body: Draft<MealCreate>) =>
      unwrap(client.POST("/api/v1/me/meals", { body: body as MealCreate })),
    deleteMeal: (id: number) =>
      unwrap(client.DELETE("/api/v1/me/meals/{meal_id}", { params: { path: { meal_id: id } } })),
    // Plans: a request is a job; the current plan says `pending` until serving has answered.
    currentPlan: () => unwrap(client.GET("/api/v1/me/plans")),
    requestPlan: () => unwrap(client.POST("/api/v1/me/plans")),
    planHistory: (offset: number, limit: number) =>
      unwrap(client.GET("/api/v1/me/plans/history", { params: { query: { offset, limit } } })),
    planDiff: (from: number, to: number) =>
      unwrap(
        client.GET("/api/v1/me/plans/{version}/diff/{other}", {
          params: { path: { version: from, other: to } },
        }),
      ),
    setLocks: (number: number, locks: ItemLock[]) =>
      unwrap(
        client.PUT("/api/v1/me/plans/{version}/locks", { ...version(number), body: { locks } }),
      ),
    regenerate: (number: number, body: Regenerate) =>
      unwrap(client.POST("/api/v1/me/plans/{version}/regenerate", { ...version(number), body })),
    planAdherence: (days: number) =>
      unwrap(client.GET("/api/v1/me/plans/adherence", { params: { query: { days } } })),
    grocery: ({ from, to }: Days) =>
      unwrap(client.GET("/api/v1/me/grocery", { params: { query: { from, to } } })),
    // The notes reading: suggestions until the user confirms them.
    reading: () => unwrap(client.GET("/api/v1/me/notes/reading")),
    readAgain: () => unwrap(client.POST("/api/v1/me/notes/reading")),
    acceptReading: (body: ReadingAccept) =>
      unwrap(client.POST("/api/v1/me/notes/reading/accept", { body })),
    feedback: (number: number) =>
      unwrap(client.GET("/api/v1/me/feedback/{version}", version(number))),
    rate: (number: number, body: Rating) =>
      unwrap(client.PUT("/api/v1/me/feedback/{version}", { ...version(number), body })),
    thumb: (number: number, body: Thumb) =>
      unwrap(client.PUT("/api/v1/me/feedback/{version}/thumbs", { ...version(number), body })),
    expenditure: () => unwrap(client.GET("/api/v1/me/expenditure")),
    targetExpenditure: (use: boolean) =>
      unwrap(client.PUT("/api/v1/me/expenditure", { body: { use_for_targets: use } })),
    // Scientists: the A/B report, promotion requests, the models serving has live.
    experiments: () => unwrap(client.GET("/api/v1/experiments")),
    // openapi-fetch widens the intervals' [low, high] tuples to arrays; the schema has tuples.
    report: (key: string) =>
      unwrap(
        client.GET("/api/v1/experiments/{key}/report", experiment(key)),
      ) as Promise<ExperimentReport>,
    promote: (key: string, challengerVersion: string | null) =>
      unwrap(
        client.POST("/api/v1/experiments/{key}/promote", {
          ...experiment(key),
          body: { challenger_version: challengerVersion },
        }),
      ),
    promotions: () => unwrap(client.GET("/api/v1/experiments/promotions")),
    models: () => unwrap(client.GET("/api/v1/experiments/models")),
    users: (offset: number, limit: number) =>
      unwrap(client.GET("/api/v1/admin/users", { params: { query: { offset, limit } } })),
    setRole: (userId: number, role: Role) =>
      unwrap(
        client.PATCH("/api/v1/admin/users/{user_id}/role", {
          params: { path: { user_id: userId } },
          body: { role },
        }),
      ),
  };
}

export type Api = ReturnType<typeof createApi>;
