// The routes: signed-out pages, then the signed-in shell with each page and the roles it needs.
import { Route, Routes } from "react-router";
import { UsersPage } from "./admin/UsersPage";
import { RequireAuth, RequireRole } from "./auth/guards";
import { LoginPage } from "./auth/LoginPage";
import { RegisterPage } from "./auth/RegisterPage";
import { DashboardPage } from "./dashboard/DashboardPage";
import { Home } from "./Home";
import { AppShell } from "./layout/AppShell";
import { ADMINS, SCIENTISTS } from "./layout/nav";
import { LogPage } from "./logging/LogPage";
import { NotFound } from "./NotFound";
import { OnboardingPage } from "./onboarding/OnboardingPage";
import { GroceryPage } from "./plan/GroceryPage";
import { PlanHistoryPage } from "./plan/PlanHistoryPage";
import { PlanPage } from "./plan/PlanPage";
import { ProfilePage } from "./profile/ProfilePage";
import { ProgressPage } from "./progress/ProgressPage";
import { SciencePage } from "./science/SciencePage";

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/register" element={<RegisterPage />} />
      <Route path="/*" element={<SignedIn />} />
    </Routes>
  );
}

function SignedIn() {
  return (
    <RequireAuth>
      {(user) => (
        <Routes>
          <Route element={<AppShell user={user} />}>
            <Route index element={<Home />} />
            <Route path="onboarding/:step?" element={<OnboardingPage />} />
            <Route path="dashboard" element={<DashboardPage />} />
            <Route path="plan" element={<PlanPage />} />
            <Route path="plan/grocery" element={<GroceryPage />} />
            <Route path="plan/history" element={<PlanHistoryPage />} />
            <Route path="log" element={<LogPage />} />
            <Route path="progress" element={<ProgressPage />} />
            <Route path="profile" element={<ProfilePage />} />
            <Route
              path="science"
              element={
                <RequireRole user={user} roles={SCIENTISTS}>
                  <SciencePage />
                </RequireRole>
              }
            />
            <Route
              path="admin/users"
              element={
                <RequireRole user={user} roles={ADMINS}>
                  <UsersPage />
                </RequireRole>
              }
            />
            <Route path="*" element={<NotFound />} />
          </Route>
        </Routes>
      )}
    </RequireAuth>
  );
}
