// The plan's pages: the week, the grocery list, the history.
import { NavLink } from "react-router";

const PAGES = [
  { to: "/plan", label: "Week" },
  { to: "/plan/grocery", label: "Grocery list" },
  { to: "/plan/history", label: "History" },
] as const;

export function PlanNav() {
  return (
    <nav aria-label="Plan" className="sub-nav">
      <ul>
        {PAGES.map((page) => (
          <li key={page.to}>
            <NavLink to={page.to} end>
              {page.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
