// A titled card: one region of a page, named by its heading.
import { useId, type ReactNode } from "react";

interface PanelProps {
  title: string;
  className?: string;
  children: ReactNode;
}

export function Panel({ title, className = "", children }: PanelProps) {
  const id = useId();
  return (
    <section className={`panel ${className}`.trim()} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
