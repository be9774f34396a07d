// The whole profile, editable after onboarding.
import { useProfile } from "../api/queries";
import { Page } from "../ui/Page";
import { Panel } from "../ui/Panel";
import { QueryState } from "../ui/QueryState";
import { BodyForm } from "./BodyForm";
import { NotesForm } from "./NotesForm";
import { PreferencesForm } from "./PreferencesForm";

export function ProfilePage() {
  const profile = useProfile();
  return (
    <Page title="Profile">
      <QueryState query={profile} loadingLabel="Loading your profile…">
        {(data) => (
          <>
            <Panel title="Body and goal">
              <BodyForm profile={data} submitLabel="Save body and goal" />
            </Panel>
            <Panel title="Preferences">
              <PreferencesForm profile={data} submitLabel="Save preferences" />
            </Panel>
            <Panel title="Notes">
              <NotesForm profile={data} submitLabel="Save notes" />
            </Panel>
          </>
        )}
      </QueryState>
    </Page>
  );
}
