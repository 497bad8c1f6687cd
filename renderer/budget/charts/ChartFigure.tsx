import { Box, Paper, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** Okabe–Ito colours: told apart with the common colour-vision deficiencies and in greyscale print. */
export const chartColors = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999'];

export function colorAt(index: number): string {
  return chartColors[index % chartColors.length] ?? '#999999';
}

interface ChartFigureProps {
  captionId: string;
  title: string;
  note?: string;
  chart: ReactNode;
  /** The same figures as a table, for screen readers and for reading exact amounts. */
  table: { headers: string[]; rows: { key: string; cells: string[] }[] };
}

export function ChartFigure({ captionId, title, note, chart, table }: ChartFigureProps) {
  return (
    <Paper variant="outlined" component="figure" aria-labelledby={captionId} sx={{ m: 0, p: 2, minWidth: 0 }}>
      <Typography id={captionId} component="figcaption" variant="subtitle2" sx={{ fontWeight: 700 }}>
        {title}
      </Typography>
      {note ? (
        <Typography variant="caption" color="text.secondary">
          {note}
        </Typography>
      ) : null}
      <Box sx={{ mt: 1 }}>{chart}</Box>
      <Box component="details" sx={{ mt: 1, '& table': { borderCollapse: 'collapse', fontSize: '0.8125rem' }, '& th, & td': { border: 1, borderColor: 'divider', px: 1, py: 0.25 } }}>
        <Box component="summary" sx={{ cursor: 'pointer', color: 'primary.main', fontSize: '0.875rem' }}>
          Xem số liệu dạng bảng
        </Box>
        <table aria-label={title}>
          <thead>
            <tr>
              {table.headers.map((header) => (
                <th key={header} scope="col">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.key}>
                {row.cells.map((cell, index) =>
                  index === 0 ? (
                    <th key={index} scope="row" style={{ textAlign: 'left', fontWeight: 400 }}>
                      {cell}
                    </th>
                  ) : (
                    <td key={index} style={{ textAlign: 'right' }}>
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </Box>
    </Paper>
  );
}
