// Thumbs up or down on one meal or exercise of a plan version; pressing the chosen one again
// takes it back.
import { useApi } from "../api/context";
import type { Thumb } from "../api/types";
import { ActionAlert } from "../forms/ActionAlert";
import { useSubmit } from "../forms/useSubmit";

interface ThumbsProps {
  version: number;
  kind: Thumb["kind"];
  day: number;
  position: number;
  /** What is rated, for the buttons' names ("Breakfast", "Goblet squat"). */
  label: string;
  up: boolean | null;
}

export function Thumbs({ version, kind, day, position, label, up }: ThumbsProps) {
  const api = useApi();
  const send = useSubmit((choice: boolean | null) =>
    api.thumb(version, { kind, day, position, up: choice }),
  );
  const press = (choice: boolean) => {
    send.submit(up === choice ? null : choice);
  };
  return (
    <div className="thumbs">
      <button
        type="button"
        className="thumb"
        aria-pressed={up === true}
        aria-label={`Like ${label}`}
        disabled={send.pending}
        onClick={() => {
          press(true);
        }}
      >
        <ThumbIcon />
      </button>
      <button
        type="button"
        className="thumb"
        aria-pressed={up === false}
        aria-label={`Dislike ${label}`}
        disabled={send.pending}
        onClick={() => {
          press(false);
        }}
      >
        <ThumbIcon down />
      </button>
      <ActionAlert errors={send.formErrors} />
    </div>
  );
}

/** A thumb outline (Feather's "thumbs-up"), turned over for "down". */
function ThumbIcon({ down = false }: { down?: boolean }) {
  return (
    <svg
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      className={down ? "thumb-icon down" : "thumb-icon"}
    >
      <path d="M14 9V5a3 3 0 0 0-3-3l-4 9v11h11.28a2 2 0 0 0 2-1.7l1.38-9a2 2 0 0 0-2-2.3zM7 22H4a2 2 0 0 1-2-2v-7a2 2 0 0 1 2-2h3" />
    </svg>
  );
}
