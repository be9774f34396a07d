import type { Profile } from "../api/types";

/** What onboarding and the profile page give each profile form. */
export interface ProfileFormProps {
  profile: Profile;
  submitLabel: string;
  onSaved?: (profile: Profile) => void;
}
