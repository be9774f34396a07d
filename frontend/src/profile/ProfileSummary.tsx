// The saved profile at a glance, in the user's units.
import type { Profile } from "../api/types";
import { humanise } from "../lib/labels";
import { formatWeight } from "../lib/units";

const list = (values: readonly string[], none = "None"): string =>
  values.length === 0 ? none : values.map(humanise).join(", ");

function height(profile: Profile): string {
  if (profile.height_cm === null) return "Not set";
  if (profile.units === "imperial") {
    return `${String(profile.height_ft ?? 0)} ft ${String(profile.height_in ?? 0)} in`;
  }
  return `${String(profile.height_cm)} cm`;
}

export function ProfileSummary({ profile }: { profile: Profile }) {
  const rows: [string, string][] = [
    ["Sex", profile.sex ? humanise(profile.sex) : "Not set"],
    ["Age", profile.age === null ? "Not set" : `${String(profile.age)} years`],
    ["Height", height(profile)],
    [
      "Weight",
      profile.weight_kg === null ? "Not set" : formatWeight(profile.weight_kg, profile.units),
    ],
    ["Activity", profile.activity_level ? humanise(profile.activity_level) : "Not set"],
    ["Goal", profile.goal ? humanise(profile.goal) : "Not set"],
    [
      "Training days",
      profile.days_per_week === null ? "Not set" : `${String(profile.days_per_week)} per week`,
    ],
    ["Allergies", list(profile.allergies)],
    ["Diets", list(profile.diets, "No particular diet")],
    ["Equipment", list(profile.equipment)],
    ["Injuries", list(profile.injuries)],
    ["Liked exercises", profile.liked_exercises.join(", ") || "None"],
    ["Liked foods", profile.liked_foods.join(", ") || "None"],
    ["Foods to avoid", profile.disliked_foods.join(", ") || "None"],
    ["Notes", profile.notes ?? "None"],
  ];
  return (
    <dl className="summary">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
