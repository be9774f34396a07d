// One number with its label and a line of context.

interface StatProps {
  label: string;
  value: string;
  detail?: string;
}

export function Stat({ label, value, detail }: StatProps) {
  return (
    <div className="stat">
      <dt>{label}</dt>
      <dd>
        <span className="stat-value">{value}</span>
        {detail && <span className="stat-detail">{detail}</span>}
      </dd>
    </div>
  );
}
