// The frame of the signed-out pages: the brand and one card.
import type { ReactNode } from "react";
import { Page } from "../ui/Page";

export function AuthPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main id="main" className="auth-page">
      <p className="brand brand-large" aria-hidden="true">
        NexFitra
      </p>
      <div className="panel auth-card">
        <Page title={title}>{children}</Page>
      </div>
    </main>
  );
}
