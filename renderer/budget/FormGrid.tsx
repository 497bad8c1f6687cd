import WarningAmberRounded from '@mui/icons-material/WarningAmberRounded';
import { Box, Tooltip } from '@mui/material';
import { memo, useEffect, useMemo, useRef, useState, type ClipboardEvent, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { TEXT_CELL_MAX, type ComputedForm, type FormColumn } from '../../main/api';
import { isApiCallError, messageOf } from '../api/client';
import { useNotify } from '../ui/notifications';
import { formatAmount, formatPercent } from './amountFormat';
import {
  cellEditText,
  editableCells,
  headerRows,
  moveFrom,
  parentCodes,
  parseClipboardTable,
  planPaste,
  readEntry,
  type CellPosition,
  type ComputedLine,
  type FigureChange,
} from './gridModel';
import type { DisplayUnit } from '../../main/api';
import { gridStyles } from './gridStyles';

interface FormGridProps {
  computed: ComputedForm;
  /** The id of the heading that names the grid. */
  labelledBy: string;
  readOnly: boolean;
  /** Sends figures to main; rejects with main's error (a BAD_INPUT names the cell in its path). */
  save(changes: FigureChange[]): Promise<void>;
  onAddLine?: (line: ComputedLine) => void;
  onRemoveLine?: (line: ComputedLine) => void;
}

interface EditState extends CellPosition {
  /** The text the editor opens with: the cell's amount, or the key that started the edit. */
  startText: string;
  /** The cell's amount as editor text: confirming it unchanged sends nothing. */
  originalText: string;
  error: string | null;
  busy: boolean;
}

interface CellFlag extends CellPosition {
  message: string;
}

const saveFailed = 'Không lưu được số liệu. Vui lòng thử lại.';

function isEditor(target: EventTarget): target is HTMLInputElement {
  return target instanceof HTMLInputElement && target.hasAttribute('data-cell-editor');
}

/** The marker and the label come before the form's columns in every row. */
const LEADING_CELLS = 2;

/** The row of the table body that holds an element: rows and cells are found by their place, not by attributes on each cell. */
function bodyRowOf(element: Element): number {
  return element.closest('tr')?.sectionRowIndex ?? -1;
}

function positionOf(target: EventTarget): CellPosition | null {
  const cell = target instanceof Element ? target.closest<HTMLTableCellElement>('td[role="gridcell"]') : null;
  if (!cell) return null;
  return { row: bodyRowOf(cell), col: cell.cellIndex - LEADING_CELLS };
}

/**
 * One form as a spreadsheet: arrows move, Enter/F2 or typing edits, Enter commits and goes down, Tab goes right,
 * Escape cancels, Delete clears, and a block pasted from Excel fills the cells it covers in one save.
 * Events are handled once on the grid, so rows are plain memoised markup.
 */
export function FormGrid({ computed, labelledBy, readOnly, save, onAddLine, onRemoveLine }: FormGridProps) {
  const notify = useNotify();
  const { form, lines } = computed;
  const { columns, displayUnit: unit } = form;
  const editable = useMemo(
    () => (readOnly ? computed.lines.map(() => computed.form.columns.map(() => false)) : editableCells(computed)),
    [computed, readOnly],
  );
  const parents = useMemo(() => parentCodes(lines), [lines]);
  const openLines = useMemo(() => new Set(form.lines.filter((line) => line.openChildren).map((line) => line.code)), [form]);
  const header = useMemo(() => headerRows(columns), [columns]);
  const size = { rows: lines.length, cols: columns.length };

  const [requested, setActive] = useState<CellPosition>({ row: 0, col: 0 });
  const active = { row: Math.min(requested.row, size.rows - 1), col: Math.min(requested.col, size.cols - 1) };
  const [editing, setEditing] = useState<EditState | null>(null);
  const [flag, setFlag] = useState<CellFlag | null>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const focusPending = useRef(false);

  useEffect(() => {
    if (!focusPending.current || editing) return;
    focusPending.current = false;
    gridRef.current?.querySelector('tbody')?.rows[active.row]?.cells[active.col + LEADING_CELLS]?.focus();
  });

  const moveTo = (position: CellPosition) => {
    focusPending.current = true;
    setFlag(null);
    setActive(position);
  };

  const cellText = ({ row, col }: CellPosition) => cellEditText(lines[row], columns[col], unit);

  const startEdit = (position: CellPosition, startText: string): boolean => {
    if (!editable[position.row]?.[position.col]) return false;
    setFlag(null);
    setActive(position);
    setEditing({ ...position, startText, originalText: cellText(position), error: null, busy: false });
    return true;
  };

  /** Shows main's refusal at the cell it names, or in the snackbar when it names none. */
  const showFailure = (error: unknown) => {
    // The path is "<lineCode>.<columnKey>"; line codes may hold dots themselves ("B.1.x1"), column keys never do.
    const path = (isApiCallError(error) ? error.path : undefined) ?? '';
    const split = path.lastIndexOf('.');
    const row = split < 0 ? -1 : lines.findIndex((line) => line.code === path.slice(0, split));
    const col = split < 0 ? -1 : columns.findIndex((column) => column.key === path.slice(split + 1));
    if (row < 0 || col < 0) {
      notify.error(error);
      return;
    }
    moveTo({ row, col });
    setFlag({ row, col, message: messageOf(error, saveFailed) });
  };

  /** Confirms an edit; `next` is where the active cell goes afterwards, null to leave the focus where the user put it. */
  const commit = async (edit: EditState, text: string, next: CellPosition | null) => {
    const finish = () => {
      setEditing(null);
      if (next) moveTo(next);
    };
    if (text === edit.originalText) {
      finish();
      return;
    }
    const line = lines[edit.row];
    const column = columns[edit.col];
    if (!line || !column) return;
    const entry = readEntry(text, line, column, unit);
    if (!entry.ok) {
      setEditing({ ...edit, error: entry.message });
      return;
    }
    setEditing({ ...edit, error: null, busy: true });
    try {
      await save([entry.change]);
      finish();
    } catch (error) {
      setEditing({ ...edit, busy: false, error: messageOf(error, saveFailed) });
    }
  };

  /** Saves changes made outside the cell editor (paste, Delete); a refusal is shown at the cell it names. */
  const saveBlock = async (changes: FigureChange[], successMessage?: string) => {
    try {
      await save(changes);
      if (successMessage) notify.success(successMessage);
    } catch (error) {
      showFailure(error);
    }
  };

  const clear = (position: CellPosition) => {
    const line = lines[position.row];
    const column = columns[position.col];
    if (!line || !column || !editable[position.row]?.[position.col] || cellText(position) === '') return;
    // An empty entry is always readable: it clears the amount or the text.
    const entry = readEntry('', line, column, unit);
    if (entry.ok) void saveBlock([entry.change]);
  };

  const onEditorKey = (event: KeyboardEvent, input: HTMLInputElement) => {
    if (!editing) return;
    if (editing.busy) {
      event.preventDefault();
      return;
    }
    const commitTowards = (key: string) => {
      event.preventDefault();
      void commit(editing, input.value, moveFrom(editing, key, size, false) ?? editing);
    };
    if (event.key === 'Enter') commitTowards(event.shiftKey ? 'ArrowUp' : 'ArrowDown');
    else if (event.key === 'Tab') commitTowards(event.shiftKey ? 'ArrowLeft' : 'ArrowRight');
    else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') commitTowards(event.key);
    else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setEditing(null);
      focusPending.current = true;
    }
  };

  const onCellKey = (event: KeyboardEvent) => {
    if (event.key === 'Tab') {
      const col = active.col + (event.shiftKey ? -1 : 1);
      // At either end of a row Tab leaves the grid, so the keyboard never gets trapped in it.
      if (col < 0 || col >= size.cols) return;
      event.preventDefault();
      moveTo({ row: active.row, col });
      return;
    }
    const moved = moveFrom(active, event.key, size, event.ctrlKey || event.metaKey);
    if (moved) {
      event.preventDefault();
      moveTo(moved);
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      if (!startEdit(active, cellText(active)) && event.key === 'Enter') moveTo(moveFrom(active, 'ArrowDown', size, false) ?? active);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      clear(active);
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      if (startEdit(active, event.key)) event.preventDefault();
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (isEditor(event.target)) onEditorKey(event, event.target);
    else if (event.target instanceof HTMLElement && event.target.getAttribute('role') === 'gridcell') onCellKey(event);
  };

  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!isEditor(event.target) || !editing || editing.busy) return;
    const text = event.target.value;
    if (text === editing.originalText) setEditing(null);
    else void commit(editing, text, null);
  };

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    const text = event.clipboardData.getData('text/plain') || event.clipboardData.getData('text');
    const inEditor = isEditor(event.target);
    if (inEditor && !/[\t\n\r]/.test(text.replace(/\r?\n$/, ''))) return;
    if (readOnly || (!inEditor && positionOf(event.target) === null)) return;
    event.preventDefault();
    const start = editing ?? active;
    setEditing(null);
    const plan = planPaste(computed, editable, start, parseClipboardTable(text));
    if (plan.failure) {
      moveTo(plan.failure.position);
      setFlag({ ...plan.failure.position, message: `Chưa dán số liệu nào. ${plan.failure.message}` });
      return;
    }
    if (plan.changes.length === 0) {
      notify.info('Không ô nào trong vùng dán nhận số liệu: các ô tự tính không nhập trực tiếp được.');
      return;
    }
    const skipped = plan.skipped > 0 ? ` Bỏ qua ${plan.skipped} giá trị rơi vào ô tự tính hoặc ngoài biểu.` : '';
    void saveBlock(plan.changes, `Đã dán số liệu vào ${plan.changes.length} ô.${skipped}`);
  };

  const onCopy = (event: ClipboardEvent<HTMLDivElement>) => {
    if (isEditor(event.target) || positionOf(event.target) === null) return;
    event.preventDefault();
    event.clipboardData.setData('text/plain', cellText(active));
  };

  const onMouseDown = (event: MouseEvent<HTMLDivElement>) => {
    const position = positionOf(event.target);
    if (!position || isEditor(event.target) || (editing?.row === position.row && editing.col === position.col)) return;
    setFlag(null);
    setActive(position);
  };

  const onDoubleClick = (event: MouseEvent<HTMLDivElement>) => {
    const position = positionOf(event.target);
    if (position && !isEditor(event.target)) startEdit(position, cellText(position));
  };

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-line-action]') : null;
    const line = button ? lines[bodyRowOf(button)] : undefined;
    if (!button || !line) return;
    if (button.dataset.lineAction === 'add') onAddLine?.(line);
    else onRemoveLine?.(line);
  };

  return (
    <Box
      ref={gridRef}
      sx={gridStyles}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
      onPaste={onPaste}
      onCopy={onCopy}
      onMouseDown={onMouseDown}
      onDoubleClick={onDoubleClick}
      onClick={onClick}
    >
      <table role="grid" aria-labelledby={labelledBy} aria-readonly={readOnly}>
        <colgroup>
          <col className="col-marker" />
          <col className="col-label" />
          {columns.map((column) => (
            <col key={column.key} className={`col-${column.kind === 'money' ? 'amount' : column.kind}`} />
          ))}
        </colgroup>
        <thead>
          {header.map((cells, index) => (
            <tr key={index}>
              {index === 0 ? (
                <>
                  <th scope="col" rowSpan={header.length}>
                    STT
                  </th>
                  <th scope="col" rowSpan={header.length}>
                    Nội dung
                  </th>
                </>
              ) : null}
              {cells.map((cell) => (
                <th key={cell.key} scope={cell.colSpan > 1 ? 'colgroup' : 'col'} colSpan={cell.colSpan} rowSpan={cell.rowSpan}>
                  {cell.label}
                </th>
              ))}
            </tr>
          ))}
          <tr className="numbering">
            <th scope="col">A</th>
            <th scope="col">B</th>
            {columns.map((column) => (
              <th key={column.key} scope="col">
                {column.number}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((line, row) => (
            <GridRow
              key={line.code}
              line={line}
              columns={columns}
              unit={unit}
              editable={editable[row] ?? []}
              isParent={parents.has(line.code)}
              activeCol={active.row === row ? active.col : null}
              editor={editing?.row === row ? editing : null}
              flag={flag?.row === row ? flag : null}
              canAdd={Boolean(onAddLine) && !readOnly && openLines.has(line.code)}
              canRemove={Boolean(onRemoveLine) && !readOnly && line.extra}
            />
          ))}
        </tbody>
      </table>
    </Box>
  );
}

interface GridRowProps {
  line: ComputedLine;
  columns: readonly FormColumn[];
  unit: DisplayUnit;
  editable: readonly boolean[];
  isParent: boolean;
  /** The column of the active cell when it is on this row. */
  activeCol: number | null;
  editor: EditState | null;
  flag: CellFlag | null;
  canAdd: boolean;
  canRemove: boolean;
}

const GridRow = memo(function GridRow({ line, columns, unit, editable, isParent, activeCol, editor, flag, canAdd, canRemove }: GridRowProps) {
  const labelClass = ['label', line.bold ? 'bold' : '', line.italic ? 'italic' : ''].filter(Boolean).join(' ');
  return (
    <tr>
      <td className="marker">{line.marker}</td>
      <th scope="row" className={labelClass} style={{ paddingLeft: 8 + line.level * 16 }}>
        {line.label}
        {canAdd ? <LineAction action="add" title="Thêm dòng chi tiết" label={`Thêm dòng vào "${line.label}"`} /> : null}
        {canRemove ? <LineAction action="remove" title="Xóa dòng" label={`Xóa dòng "${line.label}"`} /> : null}
      </th>
      {columns.map((column, col) => (
        <GridCell
          key={column.key}
          line={line}
          column={column}
          unit={unit}
          editable={editable[col] === true}
          isParent={isParent}
          active={activeCol === col}
          editor={editor?.col === col ? editor : null}
          flag={flag?.col === col ? flag.message : null}
        />
      ))}
    </tr>
  );
});

/**
 * A plain button drawn by the grid's style sheet (its icon is a CSS mask): a form can hold hundreds of detail lines,
 * and an IconButton with a Tooltip on each was most of the time to draw the grid (bench/budget.mjs). The grid's click handler acts on it.
 */
function LineAction({ action, title, label }: { action: 'add' | 'remove'; title: string; label: string }) {
  return <button type="button" className={`line-action ${action}`} data-line-action={action} title={title} aria-label={label} />;
}

interface GridCellProps {
  line: ComputedLine;
  column: FormColumn;
  unit: DisplayUnit;
  editable: boolean;
  isParent: boolean;
  active: boolean;
  editor: EditState | null;
  flag: string | null;
}

function GridCell({ line, column, unit, editable, isParent, active, editor, flag }: GridCellProps) {
  const cell = line.cells[column.key];
  const enteredParent = isParent && cell?.source === 'entered' && column.kind === 'money';
  const error = editor?.error ?? flag;
  const className = [
    column.kind === 'text' ? 'text' : 'number',
    cell?.source === 'computed' ? 'computed' : '',
    enteredParent ? 'entered-parent' : '',
    cell === undefined && column.kind !== 'text' ? 'blank' : '',
    editable ? 'editable' : '',
    error ? 'flagged' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const text =
    column.kind === 'money' ? formatAmount(cell?.value ?? null, unit) : column.kind === 'percent' ? (cell ? formatPercent(cell.value) : '') : (line.texts?.[column.key] ?? '');
  return (
    <td
      role="gridcell"
      className={className}
      data-line={line.code}
      data-column={column.key}
      tabIndex={active ? 0 : -1}
      aria-selected={active}
      aria-readonly={!editable}
      title={enteredParent ? 'Số nhập trực tiếp cho dòng tổng' : column.kind === 'text' && text ? text : undefined}
    >
      {editor ? (
        <CellEditor label={`${line.label} – ${column.header}`} edit={editor} isText={column.kind === 'text'} />
      ) : (
        <>
          {cell?.warning ? (
            <Tooltip title={cell.warning}>
              <span role="img" className="warning">
                <WarningAmberRounded fontSize="inherit" />
              </span>
            </Tooltip>
          ) : null}
          {text}
        </>
      )}
      {error ? (
        <span role="alert" className="cell-error">
          {error}
        </span>
      ) : null}
    </td>
  );
}

/** An uncontrolled input: keys reach the grid's handler, which reads the text when the edit is confirmed. */
function CellEditor({ label, edit, isText }: { label: string; edit: EditState; isText: boolean }) {
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }, []);
  return (
    <input
      ref={inputRef}
      data-cell-editor=""
      aria-label={label}
      aria-invalid={edit.error !== null}
      defaultValue={edit.startText}
      readOnly={edit.busy}
      inputMode={isText ? 'text' : 'decimal'}
      maxLength={isText ? TEXT_CELL_MAX : undefined}
      autoComplete="off"
    />
  );
}
