import { Chip, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tooltip } from '@mui/material';
import { completenessWords, type CompletenessCell, type CompletenessMatrix } from '../../main/api';
import { formatDate, formatPercent } from '../ui/format';
import { periodLabel, stateColors } from './labels';

function CellChip({ cell, unitName, label }: { cell: CompletenessCell; unitName: string; label: string }) {
  return (
    <Tooltip title={cell.reason}>
      <Chip
        size="small"
        aria-label={`${unitName} – ${label}: ${completenessWords[cell.state].vi}. ${cell.reason}`}
        color={stateColors[cell.state]}
        variant={cell.state === 'notReceived' && !cell.overdue ? 'outlined' : 'filled'}
        label={completenessWords[cell.state].vi}
      />
    </Tooltip>
  );
}

/** Rows = wards, columns = content and period, a chip per cell; the last row gives each column's reporting rate. */
export function CompletenessTable({ matrix }: { matrix: CompletenessMatrix }) {
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label="Tình hình nhận dữ liệu theo xã, phường">
        <TableHead>
          <TableRow>
            <TableCell sx={{ fontWeight: 700 }}>Xã, phường</TableCell>
            {matrix.columns.map((column) => (
              <TableCell key={`${column.dataset} ${column.period}`} sx={{ fontWeight: 700 }}>
                {column.label}
                <br />
                <small>
                  {periodLabel(column.period)} – hạn {formatDate(column.deadline)}
                </small>
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {matrix.rows.map((row) => (
            <TableRow key={row.unitCode} hover>
              <TableCell>
                {row.unitName} ({row.unitCode})
              </TableCell>
              {row.cells.map((cell, index) => (
                <TableCell key={index}>
                  <CellChip cell={cell} unitName={row.unitName} label={matrix.columns[index]!.label} />
                </TableCell>
              ))}
            </TableRow>
          ))}
          <TableRow>
            <TableCell sx={{ fontWeight: 700 }}>Tỷ lệ đã gửi</TableCell>
            {matrix.columns.map((column) => (
              <TableCell key={`${column.dataset} ${column.period}`} sx={{ fontWeight: 700 }}>
                {column.rate.reported}/{column.rate.expected}
                {column.rate.percent === null ? '' : ` (${formatPercent(column.rate.percent)})`}
              </TableCell>
            ))}
          </TableRow>
        </TableBody>
      </Table>
    </TableContainer>
  );
}
