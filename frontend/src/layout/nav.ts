// The signed-in pages and who sees them.
import type { Role } from "../api/types";

interface NavItem {
  to: string;
  label: string;
  roles: readonly Role[];
}

const EVERYONE: readonly Role[] = ["user", "scientist", "admin"];
export const SCIENTISTS: readonly Role[] = ["scientist", "admin"];
export const ADMINS: readonly Role[] = ["admin"];

const NAV: readonly NavItem[] = [
  { to: "/dashboard", label: "Today", roles: EVERYONE },
  { to: "/plan", label: "Plan", roles: EVERYONE },
  { to: "/log", label: "Log", roles: EVERYONE },
  { to: "/progress", label: "Progress", roles: EVERYONE },
  { to: "/profile", label: "Profile", roles: EVERYONE },
  { to: "/science", label: "Experiments", roles: SCIENTISTS },
  { to: "/admin/users", label: "Users", roles: ADMINS },
];

export const navFor = (role: Role): NavItem[] => NAV.filter((item) => item.roles.includes(role));
