import { Box, Button, Paper, Stack, Step, StepLabel, Stepper, Toolbar, Typography } from '@mui/material';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import type { WardProfile } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { isApiCallError, type Client } from '../api/client';
import { Spinner } from '../ui/LoadState';
import { useAction } from '../ui/useAction';
import { ProfileForm } from '../ward/ProfileForm';
import { ResidentialGroupsManager } from '../ward/ResidentialGroupsManager';
import { SignatoriesManager } from '../ward/SignatoriesManager';
import { DemoBanner } from './DemoBanner';
import { useIsSuperior, useSession } from './session';
import { TopBar } from './Shell';

const StaffManager = lazy(() => import('../staff/StaffManager').then((module) => ({ default: module.StaffManager })));

type StepKey = 'unit' | 'signatories' | 'residentialGroups' | 'staff' | 'done';

function stepsFor(superior: boolean): StepKey[] {
  return superior ? ['unit', 'signatories', 'staff', 'done'] : ['unit', 'signatories', 'residentialGroups', 'staff', 'done'];
}

/** Creates the installation's signing key unless it has one; a key made meanwhile elsewhere (CONFLICT) is just as good. */
async function ensureSigningKey(client: Client): Promise<void> {
  if ((await client.call('exchange.keyStatus', {})) !== null) return;
  try {
    await client.call('exchange.createKey', {});
  } catch (error) {
    if (!isApiCallError(error, 'CONFLICT')) throw error;
  }
}

/** First setup of the unit, in five steps; only the first is required, the others can be completed later. */
export function SetupWizard({ onFinish }: { onFinish(): void }) {
  const superior = useIsSuperior();
  const { status, refreshStatus } = useSession();
  const client = useClient();
  const run = useAction();
  const [finishing, setFinishing] = useState(false);
  const steps = stepsFor(superior);
  const [active, setActive] = useState(0);
  const [profile, setProfile] = useState<WardProfile | null>(null);
  const step = steps[active] ?? 'done';
  const next = () => setActive((index) => Math.min(index + 1, steps.length - 1));
  const back = () => setActive((index) => Math.max(index - 1, 0));
  // The key is made now so the enrolment form can be printed at once; a failure is shown but does not keep the user here.
  const finish = async () => {
    setFinishing(true);
    await run(() => ensureSigningKey(client));
    onFinish();
  };

  const labels: Record<StepKey, string> = {
    unit: superior ? 'Thông tin cơ quan' : 'Thông tin đơn vị',
    signatories: 'Người ký',
    residentialGroups: 'Tổ dân phố',
    staff: 'Cán bộ, công chức',
    done: 'Hoàn tất',
  };

  return (
    <Box sx={{ minHeight: '100vh' }}>
      <TopBar />
      <Toolbar />
      {status.isDemo ? <DemoBanner /> : null}
      <Box component="main" sx={{ p: 3, maxWidth: 1100, mx: 'auto' }}>
        <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
          Thiết lập ban đầu
        </Typography>
        <Stepper activeStep={active} alternativeLabel sx={{ mb: 3 }}>
          {steps.map((key) => (
            <Step key={key}>
              <StepLabel optional={optionalSteps.includes(key) ? <Typography variant="caption">Có thể bỏ qua</Typography> : undefined}>
                {labels[key]}
              </StepLabel>
            </Step>
          ))}
        </Stepper>
        <Paper variant="outlined" sx={{ p: 3 }}>
          <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
            {labels[step]}
          </Typography>
          {step === 'unit' ? (
            <ProfileForm
              profile={profile}
              submitLabel="Lưu và tiếp tục"
              onSaved={(saved) => {
                setProfile(saved);
                void refreshStatus();
                next();
              }}
            />
          ) : step === 'done' ? (
            <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
              <Typography>
                Đã xong phần thiết lập ban đầu. Các thông tin này có thể sửa hoặc bổ sung bất cứ lúc nào trong mục{' '}
                {superior ? 'Thông tin cơ quan' : 'Đơn vị'} và Cán bộ.
              </Typography>
              <Typography>
                Khi vào trang chủ, phần mềm tạo khóa ký dữ liệu của {superior ? 'cơ quan' : 'đơn vị'}. Phiếu đăng ký khóa (để {superior ? 'thủ trưởng cơ quan' : 'Chủ tịch'} ký, đóng
                dấu) được in trong mục «{superior ? 'Nhận dữ liệu từ xã, phường' : 'Gửi dữ liệu lên cấp trên'}».
              </Typography>
              <Stack direction="row" spacing={1}>
                <Button onClick={back}>Quay lại</Button>
                <Button variant="contained" disabled={finishing} onClick={() => void finish()}>
                  Vào trang chủ
                </Button>
              </Stack>
            </Stack>
          ) : (
            <OptionalStep onBack={back} onNext={next}>
              {step === 'signatories' ? <SignatoriesManager /> : null}
              {step === 'residentialGroups' ? <ResidentialGroupsManager /> : null}
              {step === 'staff' ? (
                <Suspense fallback={<Spinner />}>
                  <StaffManager />
                </Suspense>
              ) : null}
            </OptionalStep>
          )}
        </Paper>
      </Box>
    </Box>
  );
}

const optionalSteps: StepKey[] = ['signatories', 'residentialGroups', 'staff'];

function OptionalStep({ onBack, onNext, children }: { onBack(): void; onNext(): void; children: ReactNode }) {
  return (
    <Stack spacing={3}>
      {children}
      <Typography variant="body2" color="text.secondary">
        Bước này không bắt buộc: có thể bỏ qua và bổ sung sau.
      </Typography>
      <Stack direction="row" spacing={1}>
        <Button onClick={onBack}>Quay lại</Button>
        <Button variant="contained" onClick={onNext}>
          Tiếp tục
        </Button>
      </Stack>
    </Stack>
  );
}
