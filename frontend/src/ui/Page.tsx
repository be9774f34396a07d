// A page's heading and document title; focus moves to the heading when the page opens, so
// screen readers announce where a navigation landed.
import { useEffect, useRef, type ReactNode } from "react";

interface PageProps {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}

export function Page({ title, intro, children }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · NexFitra`;
    heading.current?.focus();
  }, [title]);
  return (
    <div className="page">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {intro && <div className="intro">{intro}</div>}
      {children}
    </div>
  );
}
