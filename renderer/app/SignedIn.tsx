import { useState } from 'react';
import { useChannel } from '../api/useChannel';
import { LoadState } from '../ui/LoadState';
import { useCan } from './session';
import { SetupWizard } from './SetupWizard';
import { Shell } from './Shell';

/** After login: the setup wizard while the unit has no profile (for those who may write it), else the app. */
export function SignedIn() {
  const profile = useChannel('ward.getProfile', {});
  const canWrite = useCan('ward.write');
  const [setupFinished, setSetupFinished] = useState(false);

  return (
    <LoadState source={profile}>
      {(current) =>
        current === null && canWrite && !setupFinished ? <SetupWizard onFinish={() => setSetupFinished(true)} /> : <Shell />
      }
    </LoadState>
  );
}
