// Query keys and the read hooks every page shares (TanStack Query caches and dedupes them).
import { keepPreviousData, QueryClient, useQuery } from "@tanstack/react-query";
import type { DateRange, Days } from "./client";
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
  plan: ["plan"],
  // Keyed by the current version, so a new version refetches what depends on it.
  planHistory: (current: number | null, limit: number) => ["plan-history", current, limit],
  planDiff: (from: number, to: number) => ["plan-diff", from, to],
  planAdherence: (days: number) => ["plan-adherence", days],
  grocery: (version: number, days: Days) => ["grocery", version, days],
  feedback: (version: number) => ["feedback", version],
  reading: ["reading"],
  expenditure: ["expenditure"],
  experiments: ["experiments"],
  report: (key: string) => ["report", key],
  promotions: ["promotions"],
  models: ["models"],
} as const;

/** How often a page asks again while serving has not answered a job yet. */
const POLL_MS = 2000;

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

/** The current plan and its latest job, asked again every few seconds while it is pending. */
export function usePlan() {
  const api = useApi();
  return useQuery({
    queryKey: keys.plan,
    queryFn: api.currentPlan,
    refetchInterval: (query) => (query.state.data?.status === "pending" ? POLL_MS : false),
  });
}

export function usePlanHistory(current: number | null, limit: number) {
  const api = useApi();
  return useQuery({
    queryKey: keys.planHistory(current, limit),
    queryFn: () => api.planHistory(0, limit),
    placeholderData: keepPreviousData,
  });
}

export function usePlanDiff(from: number, to: number) {
  const api = useApi();
  return useQuery({ queryKey: keys.planDiff(from, to), queryFn: () => api.planDiff(from, to) });
}

export function usePlanAdherence(days: number) {
  const api = useApi();
  return useQuery({ queryKey: keys.planAdherence(days), queryFn: () => api.planAdherence(days) });
}

export function useGrocery(version: number, days: Days, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: keys.grocery(version, days),
    queryFn: () => api.grocery(days),
    enabled,
  });
}

export function useFeedback(version: number) {
  const api = useApi();
  return useQuery({ queryKey: keys.feedback(version), queryFn: () => api.feedback(version) });
}

/** The notes reading, asked again every few seconds while serving has not read them. */
export function useReading() {
  const api = useApi();
  return useQuery({
    queryKey: keys.reading,
    queryFn: api.reading,
    refetchInterval: (query) => (query.state.data?.status === "pending" ? POLL_MS : false),
  });
}

export function useExpenditure() {
  const api = useApi();
  return useQuery({ queryKey: keys.expenditure, queryFn: api.expenditure });
}

export function useExperiments() {
  const api = useApi();
  return useQuery({ queryKey: keys.experiments, queryFn: api.experiments });
}

export function useReport(key: string) {
  const api = useApi();
  return useQuery({ queryKey: keys.report(key), queryFn: () => api.report(key) });
}

export function usePromotions() {
  const api = useApi();
  return useQuery({ queryKey: keys.promotions, queryFn: api.promotions });
}

export function useModels() {
  const api = useApi();
  return useQuery({ queryKey: keys.models, queryFn: api.models });
}
