// The signed-in frame: skip link, header with the role's navigation, and the page.
import { useState } from "react";
import { Link, NavLink, Outlet } from "react-router";
import type { User } from "../api/types";
import { useAuth } from "../auth/AuthProvider";
import { navFor } from "./nav";

export function AppShell({ user }: { user: User }) {
  const { logout } = useAuth();
  const [leaving, setLeaving] = useState(false);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="header-row">
          <Link to="/" className="brand">
            NexFitra
          </Link>
          <span className="who">
            <span className="email">{user.email}</span>
            {user.role !== "user" && <span className="badge">{user.role}</span>}
          </span>
          <button
            type="button"
            className="button"
            disabled={leaving}
            onClick={() => {
              setLeaving(true);
              void logout();
            }}
          >
            Sign out
          </button>
        </div>
        <nav aria-label="Main">
          <ul className="nav-list">
            {navFor(user.role).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{item.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="app-main">
        <Outlet />
      </main>
    </>
  );
}
