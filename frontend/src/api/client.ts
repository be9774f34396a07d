// Every product-API call the web app makes, typed by the generated OpenAPI schema.
import createClient from "openapi-fetch";
import { errorFromResponse } from "./errors";
import type { paths } from "./schema";
import type { Session } from "./session";
import type { MealCreate, ProfileChanges, Role, WeightCreate, WorkoutCreate } from "./types";

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

export function createApi(session: Session, baseUrl: string) {
  const client = createClient<paths>({ baseUrl, fetch: session.fetch });
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
