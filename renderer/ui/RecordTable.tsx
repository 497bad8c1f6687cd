import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { IconButton, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tooltip } from '@mui/material';
import type { ReactNode } from 'react';

export interface Column<T> {
  header: string;
  render(row: T): ReactNode;
  align?: 'left' | 'right' | 'center';
}

interface RecordTableProps<T> {
  /** Accessible name of the table, e.g. "Danh sách tổ dân phố". */
  label: string;
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey(row: T): string | number;
  /** How a row is named in its buttons: "Sửa Tổ dân phố số 1", "Xóa Tổ dân phố số 1". */
  rowName(row: T): string;
  onEdit?: (row: T) => void;
  onDelete?: (row: T) => void;
  /** Extra per-row buttons placed before edit and delete. */
  rowActions?: (row: T) => ReactNode;
}

export function RecordTable<T>({ label, rows, columns, rowKey, rowName, onEdit, onDelete, rowActions }: RecordTableProps<T>) {
  const hasActions = Boolean(onEdit || onDelete || rowActions);
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            {columns.map((column) => (
              <TableCell key={column.header} align={column.align} sx={{ fontWeight: 700 }}>
                {column.header}
              </TableCell>
            ))}
            {hasActions ? (
              <TableCell align="right" sx={{ fontWeight: 700 }}>
                Thao tác
              </TableCell>
            ) : null}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)} hover>
              {columns.map((column) => (
                <TableCell key={column.header} align={column.align}>
                  {column.render(row)}
                </TableCell>
              ))}
              {hasActions ? (
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {rowActions?.(row)}
                  {onEdit ? (
                    <Tooltip title="Sửa">
                      <IconButton aria-label={`Sửa ${rowName(row)}`} onClick={() => onEdit(row)} size="small">
                        <EditOutlined fontSize="small" />
                      </IconButton>
                    </Tooltip>
                  ) : null}
                  {onDelete ? (
                    <Tooltip title="Xóa">
                      <IconButton aria-label={`Xóa ${rowName(row)}`} onClick={() => onDelete(row)} size="small" color="error">
                        <DeleteOutlined fontSize="small" />
                      </IconButton>
                    </Tooltip>
                  ) : null}
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
