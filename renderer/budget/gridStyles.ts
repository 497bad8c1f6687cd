import type { SxProps, Theme } from '@mui/material';

// The paths of @mui/icons-material's AddRounded and DeleteOutlineRounded, drawn as CSS masks on the grid's line buttons.
const ADD_ICON = 'M18 13h-5v5c0 .55-.45 1-1 1s-1-.45-1-1v-5H6c-.55 0-1-.45-1-1s.45-1 1-1h5V6c0-.55.45-1 1-1s1 .45 1 1v5h5c.55 0 1 .45 1 1s-.45 1-1 1';
const REMOVE_ICON =
  'M6 19c0 1.1.9 2 2 2h8c1.1 0 2-.9 2-2V9c0-1.1-.9-2-2-2H8c-1.1 0-2 .9-2 2zM9 9h6c.55 0 1 .45 1 1v8c0 .55-.45 1-1 1H9c-.55 0-1-.45-1-1v-8c0-.55.45-1 1-1m6.5-5-.71-.71c-.18-.18-.44-.29-.7-.29H9.91c-.26 0-.52.11-.7.29L8.5 4H6c-.55 0-1 .45-1 1s.45 1 1 1h12c.55 0 1-.45 1-1s-.45-1-1-1z';
const iconMask = (path: string) =>
  `url("data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="${path}"/></svg>`)}")`;

/** One style sheet for the whole grid: a few thousand cells share class names instead of styling each cell. */
export const gridStyles: SxProps<Theme> = {
  overflow: 'auto',
  // Scrolled to the grid, the page shows it whole under the app bar, its header row staying in view.
  maxHeight: 'calc(100vh - 150px)',
  border: 1,
  borderColor: 'divider',
  borderRadius: 1,
  bgcolor: 'background.paper',
  '& table': { borderCollapse: 'separate', borderSpacing: 0, width: '100%', tableLayout: 'fixed', fontSize: '0.875rem' },
  '& col.col-marker': { width: 48 },
  '& col.col-label': { width: 'auto', minWidth: 280 },
  '& col.col-amount': { width: 148 },
  '& col.col-percent': { width: 88 },
  '& col.col-text': { width: 180 },
  '& thead': { position: 'sticky', top: 0, zIndex: 2 },
  '& th, & td': { borderRight: 1, borderBottom: 1, borderColor: 'divider', px: 1, py: 0.5, verticalAlign: 'middle' },
  '& thead th': { bgcolor: '#eef2f6', fontWeight: 700, textAlign: 'center', lineHeight: 1.3 },
  '& thead tr.numbering th': { fontWeight: 400, fontStyle: 'italic', fontSize: '0.75rem', color: 'text.secondary', py: 0.25 },
  '& tbody th.label': { fontWeight: 400, textAlign: 'left', overflowWrap: 'anywhere' },
  '& tbody th.label.bold': { fontWeight: 700 },
  '& tbody th.label.italic': { fontStyle: 'italic' },
  '& .line-action': {
    ml: 0.5,
    p: 0.25,
    width: 20,
    height: 20,
    verticalAlign: 'middle',
    border: 'none',
    borderRadius: '50%',
    bgcolor: 'transparent',
    color: 'action.active',
    cursor: 'pointer',
    '&::before': { content: '""', display: 'block', width: 16, height: 16, bgcolor: 'currentColor', maskSize: 'contain' },
    // High-contrast Windows replaces backgrounds with the canvas colour, which would hide a mask-drawn icon.
    '@media (forced-colors: active)': { '&::before': { forcedColorAdjust: 'none', bgcolor: 'ButtonText' } },
    '&:hover': { bgcolor: 'action.hover' },
    '&:focus-visible': { outline: 2, outlineColor: 'primary.main' },
  },
  '& .line-action.add::before': { maskImage: iconMask(ADD_ICON) },
  '& .line-action.remove::before': { maskImage: iconMask(REMOVE_ICON) },
  '& td.marker': { textAlign: 'center' },
  // No `position: relative` on every cell: each positioned cell would be a paint layer of its own.
  '& td[role="gridcell"]': { cursor: 'cell', outline: 'none', whiteSpace: 'nowrap' },
  '& td.number': { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  '& td.text': { textAlign: 'left', overflow: 'hidden', textOverflow: 'ellipsis' },
  '& td.text input': { textAlign: 'left' },
  '& td.computed': { bgcolor: '#f3f5f7', color: 'text.secondary' },
  '& td.computed.number': { color: 'text.primary' },
  '& td.entered-parent': { bgcolor: '#fff8e1', fontStyle: 'italic' },
  '& td.blank': { bgcolor: '#fafafa' },
  '& td[aria-selected="true"]': { boxShadow: (theme: Theme) => `inset 0 0 0 2px ${theme.palette.primary.main}` },
  // A flagged cell holds its error message, placed under it.
  '& td.flagged': { position: 'relative', boxShadow: (theme: Theme) => `inset 0 0 0 2px ${theme.palette.error.main}` },
  '& td .warning': { color: 'warning.dark', mr: 0.5, verticalAlign: 'middle', display: 'inline-flex', fontSize: '1rem' },
  '& td input': {
    width: '100%',
    font: 'inherit',
    textAlign: 'right',
    border: 'none',
    outline: 'none',
    bgcolor: 'transparent',
    p: 0,
  },
  '& td .cell-error': {
    position: 'absolute',
    top: '100%',
    right: 0,
    zIndex: 1,
    width: 260,
    whiteSpace: 'normal',
    textAlign: 'left',
    bgcolor: 'error.main',
    color: 'error.contrastText',
    fontSize: '0.75rem',
    fontStyle: 'normal',
    px: 1,
    py: 0.5,
    borderRadius: 1,
    boxShadow: 2,
  },
};
