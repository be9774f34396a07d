// What serving read in the notes, as suggestions the user confirms or edits; with no model to
// read them, the same form empty, to set by hand. Nothing of a reading applies until confirmed.
import { ApiError } from "../api/errors";
import { useReading } from "../api/queries";
import type { Profile, Reading } from "../api/types";
import { dayOf, formatDay } from "../lib/dates";
import { QueryState } from "../ui/QueryState";
import { ReadingForm } from "./ReadingForm";
import { ReadAgain } from "./ReadAgain";

interface NotesReadingProps {
  profile: Profile;
  /** Onboarding's way on: after confirming, or when there is nothing to confirm. */
  onDone?: () => void;
}

export function NotesReading({ profile, onDone }: NotesReadingProps) {
  const reading = useReading();
  const onward = onDone && (
    <button type="button" className="button primary" onClick={onDone}>
      Continue
    </button>
  );
  if (reading.error instanceof ApiError && reading.error.status === 404) {
    return (
      <>
        <p>You have written no notes, so there is nothing to read.</p>
        {onward}
      </>
    );
  }
  return (
    <QueryState query={reading} loadingLabel="Loading what your notes say…">
      {(data) => (
        <>
          <ReadingState reading={data} profile={profile} onDone={onDone} />
          {(data.status === "pending" || data.status === "accepted") && onward}
        </>
      )}
    </QueryState>
  );
}

interface ReadingStateProps {
  reading: Reading;
  profile: Profile;
  onDone: (() => void) | undefined;
}

function ReadingState({ reading, profile, onDone }: ReadingStateProps) {
  switch (reading.status) {
    case "pending":
      return (
        <p role="status" className="alert alert-info">
          {reading.job?.error
            ? "Your notes are waiting to be read: the planner is not answering right now. They will be read when it is back, and you can confirm them then. Meanwhile, set your allergies, diets, equipment and injuries under Preferences."
            : "Reading your notes…"}
        </p>
      );
    case "accepted":
      return (
        <>
          <p>
            You confirmed what your notes say
            {reading.decided_at ? ` on ${formatDay(dayOf(reading.decided_at))}` : ""}: it is part of
            your profile now, and every plan respects it.
          </p>
          <ReadAgain />
        </>
      );
    case "ready":
    case "failed":
      return (
        <>
          {reading.notes_read === true ? (
            <p>
              This is what we understood in your notes. Check it, change anything that is wrong,
              then confirm: only what you confirm is used.
            </p>
          ) : (
            <p className="alert alert-warning">
              Your notes could not be read automatically. If they mention allergies, a diet,
              equipment or injuries, set them here yourself.
            </p>
          )}
          {profile.notes !== null && (
            <figure className="notes-quote">
              <figcaption>Your notes</figcaption>
              <blockquote>{profile.notes}</blockquote>
            </figure>
          )}
          <ReadingForm
            key={reading.created_at}
            reading={reading}
            profile={profile}
            onConfirmed={onDone}
          />
        </>
      );
  }
}
