// The whole profile, editable after onboarding.
import { useProfile, useReading } from "../api/queries";
import { Page } from "../ui/Page";
import { Panel } from "../ui/Panel";
import { QueryState } from "../ui/QueryState";
import { BodyForm } from "./BodyForm";
import { NotesReading } from "../reading/NotesReading";
import { NotesForm } from "./NotesForm";
import { PreferencesForm } from "./PreferencesForm";

export function ProfilePage() {
  const profile = useProfile();
  const confirmedAt = useReading().data?.decided_at;
  return (
    <Page title="Profile">
      <QueryState query={profile} loadingLabel="Loading your profile…">
        {(data) => (
          <>
            <Panel title="Body and goal">
              <BodyForm profile={data} submitLabel="Save body and goal" />
            </Panel>
            <Panel title="Preferences">
              {/* Confirming the notes reading adds to these fields: start again from them. */}
              <PreferencesForm
                key={confirmedAt ?? "unconfirmed"}
                profile={data}
                submitLabel="Save preferences"
              />
            </Panel>
            <Panel title="Notes">
              <NotesForm profile={data} submitLabel="Save notes" />
              <h3>What your notes say</h3>
              <NotesReading profile={data} />
            </Panel>
          </>
        )}
      </QueryState>
    </Page>
  );
}
