// The thumbs a version has had, looked up by what they rate.
import type { Feedback, Thumb } from "../api/types";

export type ThumbOf = (kind: Thumb["kind"], day: number, position: number) => boolean | null;

export function thumbLookup(feedback: Feedback | undefined): ThumbOf {
  const thumbs = feedback?.thumbs ?? [];
  return (kind, day, position) =>
    thumbs.find((t) => t.kind === kind && t.day === day && t.position === position)?.up ?? null;
}
