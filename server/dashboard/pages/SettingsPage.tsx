import { ReadOnlyNote } from '../components/Feedback';
import { PageHead } from '../components/Layout';
import { useCanWrite } from '../session';
import { ApiTokens } from './settings/ApiTokens';
import { EnrolmentTokens } from './settings/EnrolmentTokens';
import { GeneralSettings } from './settings/GeneralSettings';

export function SettingsPage() {
  const canWrite = useCanWrite();
  return (
    <>
      <PageHead title="Settings" intro="Privacy, sync and the tokens that let browsers and people in." />
      {!canWrite && <ReadOnlyNote />}
      <div className="grid">
        <GeneralSettings />
        <EnrolmentTokens />
        <ApiTokens />
      </div>
    </>
  );
}
