// The onboarding steps in order. After the notes, the user confirms what a model read in them
// (or, with no model, sets those constraints by hand).
import type { ReactNode } from "react";
import type { Profile } from "../api/types";
import { BodyForm } from "../profile/BodyForm";
import { NotesForm } from "../profile/NotesForm";
import { PreferencesForm } from "../profile/PreferencesForm";
import { NotesReading } from "../reading/NotesReading";
import { ReviewStep } from "./ReviewStep";

export interface Step {
  id: string;
  title: string;
  intro: string;
  render: (profile: Profile, next: () => void) => ReactNode;
}

const CONTINUE = "Save and continue";

export const STEPS: readonly Step[] = [
  {
    id: "body",
    title: "About you",
    intro: "Your body, activity and goal set your daily calorie and macro targets.",
    render: (profile, next) => <BodyForm profile={profile} submitLabel={CONTINUE} onSaved={next} />,
  },
  {
    id: "preferences",
    title: "Preferences",
    intro: "Plans never break these rules, and favour what you like.",
    render: (profile, next) => (
      <PreferencesForm profile={profile} submitLabel={CONTINUE} onSaved={next} />
    ),
  },
  {
    id: "notes",
    title: "Notes",
    intro: "Tell us the rest in your own words.",
    render: (profile, next) => (
      <NotesForm profile={profile} submitLabel={CONTINUE} onSaved={next} />
    ),
  },
  {
    id: "reading",
    title: "What your notes say",
    intro: "Confirm the rules your notes set, so every plan keeps to them.",
    render: (profile, next) => <NotesReading profile={profile} onDone={next} />,
  },
  {
    id: "review",
    title: "Check and finish",
    intro: "This is what your plans will be built from.",
    render: (profile) => <ReviewStep profile={profile} />,
  },
];
