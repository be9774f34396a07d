// Search-as-you-type over one of the real catalogs; each result is a button that picks it.
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useDebounced } from "../lib/useDebounced";
import { ErrorState } from "../ui/Status";

const MIN_CHARS = 2;
const DEBOUNCE_MS = 250;

interface Found<T> {
  data: T[];
  count: number;
}

export interface CatalogSearchProps<T extends { id: string; name: string }> {
  label: string;
  /** Which catalog: the query key's first part and the word in the result count. */
  noun: string;
  search: (q: string) => Promise<Found<T>>;
  describe: (item: T) => string;
  onPick: (item: T) => void;
  /** Offer the typed words themselves as a choice (liked foods may be words like "salmon"). */
  onPickText?: (text: string) => void;
}

export function CatalogSearch<T extends { id: string; name: string }>(
  props: CatalogSearchProps<T>,
) {
  const { label, noun, search, describe, onPick, onPickText } = props;
  const inputId = useId();
  const [text, setText] = useState("");
  const term = useDebounced(text.trim(), DEBOUNCE_MS);
  const enabled = term.length >= MIN_CHARS;
  // Results follow the typed text at once when it is cleared (after a pick), not a beat later.
  const shown = enabled && text.trim().length >= MIN_CHARS;
  const results = useQuery({
    queryKey: [noun, term],
    queryFn: () => search(term),
    enabled,
    staleTime: Infinity,
  });
  const pick = (choose: () => void) => {
    choose();
    setText("");
  };

  let status = `Type at least ${String(MIN_CHARS)} letters to search.`;
  if (shown && results.isFetching) status = "Searching…";
  else if (shown && results.data) {
    const { count, data } = results.data;
    status =
      count === 0
        ? `No ${noun} match “${term}”.`
        : `${String(data.length)} of ${String(count)} ${noun}`;
  }

  return (
    <div className="catalog-search">
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="search"
        autoComplete="off"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
        }}
      />
      <p role="status" className="hint">
        {status}
      </p>
      {shown && results.isError && (
        <ErrorState
          error={results.error}
          retry={() => {
            void results.refetch();
          }}
        />
      )}
      {shown && (results.data !== undefined || onPickText !== undefined) && (
        <ul className="results" aria-label={`Matching ${noun}`}>
          {onPickText && text.trim() !== "" && (
            <li>
              <button
                type="button"
                onClick={() => {
                  pick(() => {
                    onPickText(text.trim());
                  });
                }}
              >
                Add “{text.trim()}” as typed
              </button>
            </li>
          )}
          {results.data?.data.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                onClick={() => {
                  pick(() => {
                    onPick(item);
                  });
                }}
              >
                <span>{item.name}</span>
                <span className="result-detail">{describe(item)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
