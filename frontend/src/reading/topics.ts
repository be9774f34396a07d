// The topics of a notes reading, in the order the API lists them, each a set of values. Known
// topics offer their whole vocabulary; a topic this app does not know yet offers what was found.
import type { Constraints, Profile } from "../api/types";
import { ALLERGENS, BODY_AREAS, DIETS, EQUIPMENT } from "../lib/enums";
import { humanise } from "../lib/labels";

export type TopicValues = Record<string, string[]>;

export interface Topic {
  key: string;
  legend: string;
  options: readonly string[];
}

const KNOWN: Record<string, { legend: string; options: readonly string[] }> = {
  allergies: { legend: "Allergies", options: ALLERGENS },
  diets: { legend: "Diets", options: DIETS },
  equipment: { legend: "Equipment you can use", options: EQUIPMENT },
  injuries: { legend: "Injuries to train around", options: BODY_AREAS },
};

/** Topics whose values are open words (foods the notes refuse): they offer what was found. */
const OPEN: Record<string, string> = { disliked_foods: "Foods to avoid" };

const asList = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** The reading's topics, as the API returned them; an open topic only where it found some. */
export function topicsOf(found: Constraints): Topic[] {
  return Object.entries(found)
    .map(([key, value]) => ({
      key,
      legend: KNOWN[key]?.legend ?? OPEN[key] ?? humanise(key),
      options: KNOWN[key]?.options ?? asList(value),
    }))
    .filter((topic) => topic.options.length > 0);
}

/** What the form starts from: the suggestions the profile lacks, or nothing when no model read
 * the notes. */
export function startingValues(
  found: Constraints,
  notesRead: boolean,
  profile: Profile,
): TopicValues {
  return Object.fromEntries(
    Object.entries(found).map(([key, value]): [string, string[]] => {
      const held = alreadyHeld(profile, key);
      return [key, notesRead ? asList(value).filter((item) => !held.includes(item)) : []];
    }),
  );
}

/** What the profile already holds on a topic: `["peanuts"]`, `["pescatarian"]`, or none. */
export const alreadyHeld = (profile: Profile, key: string): string[] =>
  asList((profile as unknown as Record<string, unknown>)[key]);
