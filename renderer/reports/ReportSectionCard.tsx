import { Box, Button, List, ListItem, ListItemText, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { ReportSection } from '../../main/api';
import { formatDate, formatNumber } from '../ui/format';

interface SectionProps {
  section: ReportSection;
  number: number;
  /** Null when the narrative cannot be changed (finalized, or an account that only reads). */
  onSaveNarrative: ((text: string) => Promise<boolean>) | null;
}

function Figures({ section }: { section: ReportSection }) {
  return (
    <Table size="small" aria-label={`Số liệu: ${section.title}`}>
      <TableHead>
        <TableRow>
          <TableCell>Nội dung</TableCell>
          <TableCell align="right">Số lượng</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {section.figures.map((figure) => (
          <TableRow key={figure.label}>
            <TableCell>{figure.label}</TableCell>
            <TableCell align="right">{formatNumber(figure.value)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Items({ section }: { section: ReportSection }) {
  if (section.items.length === 0) return null;
  return (
    <List dense aria-label={`Hồ sơ: ${section.title}`} disablePadding>
      {section.items.map((item, index) => (
        <ListItem key={index} disableGutters>
          <ListItemText primary={item.date ? `${formatDate(item.date)}: ${item.text}` : item.text} />
        </ListItem>
      ))}
    </List>
  );
}

/** The narrative, editable while the report is a draft; empty goes back to the sentence compiled from the figures. */
function Narrative({ section, onSave }: { section: ReportSection; onSave: ((text: string) => Promise<boolean>) | null }) {
  const [text, setText] = useState(section.narrative);
  const [shown, setShown] = useState(section.narrative);
  if (shown !== section.narrative) {
    setShown(section.narrative);
    setText(section.narrative);
  }
  if (!onSave) return <Typography sx={{ whiteSpace: 'pre-line' }}>{section.narrative}</Typography>;
  const changed = text.trim() !== section.narrative;
  return (
    <Stack spacing={1}>
      <TextField
        label={`Nội dung báo cáo mục ${section.title}`}
        value={text}
        onChange={(event) => setText(event.target.value)}
        multiline
        minRows={2}
        fullWidth
        helperText={section.narrativeEdited ? 'Đã viết lại; số liệu cập nhật không thay đổi đoạn này.' : 'Câu tự động theo số liệu; có thể viết lại.'}
      />
      <Stack direction="row" spacing={1}>
        <Button size="small" variant="outlined" disabled={!changed} onClick={() => void onSave(text)}>
          Lưu nội dung
        </Button>
        {section.narrativeEdited ? (
          <Button size="small" onClick={() => void onSave('')}>
            Dùng câu tự động
          </Button>
        ) : null}
      </Stack>
    </Stack>
  );
}

export function ReportSectionCard({ section, number, onSaveNarrative }: SectionProps) {
  return (
    <Paper variant="outlined" component="section" aria-label={section.title} sx={{ p: 2 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
        {number}. {section.title}
      </Typography>
      <Stack spacing={2}>
        <Narrative section={section} onSave={onSaveNarrative} />
        <Box>
          <Figures section={section} />
          <Items section={section} />
        </Box>
      </Stack>
    </Paper>
  );
}
