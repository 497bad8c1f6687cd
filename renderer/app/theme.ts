import { createTheme } from '@mui/material/styles';
import { viVN } from '@mui/material/locale';
import { viVN as pickersViVN } from '@mui/x-date-pickers/locales';

/** Sober and readable on a 1366×768 office screen: dark blue accents, no uppercase buttons, Roboto bundled locally. */
export const theme = createTheme(
  {
    palette: {
      primary: { main: '#1f4e79' },
      secondary: { main: '#9c2a1f' },
      background: { default: '#f4f6f8' },
    },
    typography: {
      fontFamily: 'Roboto, "Segoe UI", Arial, sans-serif',
      button: { textTransform: 'none', fontWeight: 500 },
      h5: { fontWeight: 500 },
      h6: { fontWeight: 500 },
    },
    shape: { borderRadius: 6 },
    components: {
      MuiButton: { defaultProps: { disableElevation: true } },
      MuiTextField: { defaultProps: { size: 'small' } },
      MuiTableCell: { styleOverrides: { head: { backgroundColor: '#eef2f6' } } },
    },
  },
  pickersViVN,
  viVN,
);
