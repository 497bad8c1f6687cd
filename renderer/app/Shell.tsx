import { AppBar, Box, Button, Drawer, List, ListItemButton, ListItemText, ListSubheader, Stack, Toolbar, Typography } from '@mui/material';
import { Suspense, useMemo, useState } from 'react';
import { roleLabels } from '../accounts/labels';
import { useClient } from '../api/ClientContext';
import { Spinner } from '../ui/LoadState';
import { useAction } from '../ui/useAction';
import { ChangePasswordDialog } from './ChangePasswordDialog';
import { DemoBanner } from './DemoBanner';
import { NavigationContext, navigationFor, type Screen } from './navigation';
import { screens } from './screens';
import { useSession } from './session';

const drawerWidth = 232;

/** The app frame after login: top bar, left navigation, demo banner and the current screen. */
export function Shell() {
  const { status } = useSession();
  const [screen, setScreen] = useState<Screen>('home');
  const navigation = useMemo(() => ({ screen, navigate: setScreen }), [screen]);
  const groups = navigationFor(status.installationRole, status.account?.role);
  const CurrentScreen = screens[screen];

  return (
    <NavigationContext.Provider value={navigation}>
      <Box sx={{ display: 'flex', minHeight: '100vh' }}>
        <TopBar />
        <Drawer variant="permanent" sx={{ width: drawerWidth, flexShrink: 0, '& .MuiDrawer-paper': { width: drawerWidth } }}>
          <Toolbar />
          <Box component="nav" aria-label="Điều hướng chính" sx={{ overflowY: 'auto' }}>
            {groups.map((group, index) => (
              <List
                key={group.label ?? index}
                dense
                subheader={group.label ? <ListSubheader component="div">{group.label}</ListSubheader> : undefined}
              >
                {group.items.map((item) => (
                  <ListItemButton
                    key={item.screen}
                    selected={item.screen === screen}
                    aria-current={item.screen === screen ? 'page' : undefined}
                    onClick={() => setScreen(item.screen)}
                    sx={{ pl: group.label ? 3 : 2 }}
                  >
                    <ListItemText primary={item.label} />
                  </ListItemButton>
                ))}
              </List>
            ))}
          </Box>
        </Drawer>
        <Box component="main" sx={{ flexGrow: 1, minWidth: 0 }}>
          <Toolbar />
          {status.isDemo ? <DemoBanner /> : null}
          <Suspense fallback={<Spinner />}>
            <CurrentScreen key={screen} />
          </Suspense>
        </Box>
      </Box>
    </NavigationContext.Provider>
  );
}

export function TopBar() {
  const client = useClient();
  const run = useAction();
  const { status, refreshStatus } = useSession();
  const [changingPassword, setChangingPassword] = useState(false);
  const account = status.account;

  const logout = async () => {
    const result = await run(() => client.call('auth.logout', {}));
    if (result.ok) await refreshStatus();
  };

  return (
    <AppBar position="fixed" elevation={0} sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
      <Toolbar sx={{ gap: 2 }}>
        <Typography variant="h6" component="p" noWrap sx={{ flexGrow: 1 }}>
          Sổ Dân Chủ{status.unitName ? ` · ${status.unitName}` : ''}
        </Typography>
        {account ? (
          <Box sx={{ textAlign: 'right', lineHeight: 1.2 }}>
            <Typography variant="body2" sx={{ fontWeight: 500 }}>
              {account.fullName}
            </Typography>
            <Typography variant="caption">{roleLabels[account.role]}</Typography>
          </Box>
        ) : null}
        <Stack direction="row" spacing={1}>
          <Button color="inherit" variant="outlined" size="small" onClick={() => setChangingPassword(true)}>
            Đổi mật khẩu
          </Button>
          <Button color="inherit" variant="outlined" size="small" onClick={() => void logout()}>
            Đăng xuất
          </Button>
        </Stack>
      </Toolbar>
      <ChangePasswordDialog open={changingPassword} onClose={() => setChangingPassword(false)} />
    </AppBar>
  );
}
