// One to five stars as a radio group, drawn as stars.

interface StarRatingProps {
  value: number | null;
  onChange: (stars: number) => void;
  errors?: string[] | undefined;
}

const STARS = [1, 2, 3, 4, 5];

export function StarRating({ value, onChange, errors = [] }: StarRatingProps) {
  return (
    <fieldset className="stars" aria-invalid={errors.length > 0}>
      <legend>Stars</legend>
      <div className="star-list">
        {STARS.map((stars) => (
          <label key={stars} className={value !== null && stars <= value ? "star lit" : "star"}>
            <input
              type="radio"
              name="stars"
              value={stars}
              checked={value === stars}
              onChange={() => {
                onChange(stars);
              }}
            />
            <span aria-hidden="true">★</span>
            <span className="visually-hidden">
              {stars === 1 ? "1 star" : `${String(stars)} stars`}
            </span>
          </label>
        ))}
      </div>
      {errors.length > 0 && <p className="field-error">{errors.join(" ")}</p>}
    </fieldset>
  );
}
