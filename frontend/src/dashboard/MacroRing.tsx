// One target as a ring: the share eaten so far, with the numbers in words for screen readers.

const RADIUS = 40;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

interface MacroRingProps {
  label: string;
  eaten: number;
  target: number;
  unit: string;
}

export function MacroRing({ label, eaten, target, unit }: MacroRingProps) {
  const share = target > 0 ? eaten / target : 0;
  const over = share > 1;
  const filled = Math.min(share, 1) * CIRCUMFERENCE;
  const fmt = (value: number) => Math.round(value).toLocaleString("en-GB");
  const words = `${label}: ${fmt(eaten)} of ${fmt(target)} ${unit}${over ? ", over target" : ""}`;
  return (
    <figure className="ring">
      <svg viewBox="0 0 100 100" role="img" aria-label={words}>
        <circle className="ring-track" cx="50" cy="50" r={RADIUS} />
        {filled > 0 && (
          <circle
            className={over ? "ring-fill over" : "ring-fill"}
            cx="50"
            cy="50"
            r={RADIUS}
            strokeDasharray={`${String(filled)} ${String(CIRCUMFERENCE)}`}
            transform="rotate(-90 50 50)"
          />
        )}
        <text x="50" y="47" className="ring-value">
          {fmt(eaten)}
        </text>
        <text x="50" y="63" className="ring-target">
          / {fmt(target)} {unit}
        </text>
      </svg>
      <figcaption>{label}</figcaption>
    </figure>
  );
}
