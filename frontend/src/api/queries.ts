// Query keys and the read hooks every page shares (TanStack Query caches and dedupes them).
import { QueryClient, useQuery } from "@tanstack/react-query";
import type { DateRange } from "./client";
import { useApi } from "./context";
import { ApiError } from "./errors";

export const keys = {
  me: ["me"],
  profile: ["profile"],
  targets: ["targets"],
  progress: (days: number) => ["progress", days],
  weights: (range: DateRange) => ["weights", range],
  workouts: (range: DateRange) => ["workouts", range],
  meals: (range: DateRange) => ["meals", range],
  users: (offset: number) => ["users", offset],
} as const;

/** Retries only requests that got no answer; a 4xx will not change by asking again. */
export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failures, error) => error instanceof ApiError && error.isNetwork && failures < 2,
      },
    },
  });
}

export function useProfile() {
  const api = useApi();
  return useQuery({ queryKey: keys.profile, queryFn: api.profile });
}

export function useTargets(enabled = true) {
  const api = useApi();
  return useQuery({ queryKey: keys.targets, queryFn: api.targets, enabled });
}

export function useProgress(days: number) {
  const api = useApi();
  return useQuery({ queryKey: keys.progress(days), queryFn: () => api.progress(days) });
}

export function useMeals(range: DateRange) {
  const api = useApi();
  return useQuery({ queryKey: keys.meals(range), queryFn: () => api.meals(range) });
}

export function useWeights(range: DateRange) {
  const api = useApi();
  return useQuery({ queryKey: keys.weights(range), queryFn: () => api.weights(range) });
}

export function useWorkouts(range: DateRange) {
  const api = useApi();
  return useQuery({ queryKey: keys.workouts(range), queryFn: () => api.workouts(range) });
}
