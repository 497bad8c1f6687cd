import AddOutlined from '@mui/icons-material/AddOutlined';
import { Box, Button, Paper, Stack, Typography } from '@mui/material';
import { memo } from 'react';
import type { FieldErrors } from '../../../ui/schemaForm';
import { DraftField, RowButtons, SumLine } from './draftFields';
import {
  criterionSum,
  firstErrorUnder,
  movedAt,
  newIndicator,
  removedAt,
  replacedAt,
  withCriterion,
  withIndicators,
  type CriterionDraft,
  type Edit,
  type IndicatorDraft,
} from './setDraft';

interface CriterionEditorProps {
  edit: Edit;
  criterion: CriterionDraft;
  index: number;
  count: number;
  errors: FieldErrors;
}

/** One criterion: its own fields, its indicators (add, remove, reorder) and the live sum of their points. */
export const CriterionEditor = memo(function CriterionEditor({ edit, criterion, index, count, errors }: CriterionEditorProps) {
  const name = `tiêu chí ${index + 1}`;
  const path = `criteria.${index}`;
  const change = (fields: Partial<CriterionDraft>) => edit(withCriterion(index, (current) => ({ ...current, ...fields })));
  return (
    <Paper component="fieldset" variant="outlined" sx={{ p: 2, m: 0 }}>
      <Typography component="legend" variant="subtitle1" sx={{ px: 0.5, fontWeight: 600 }}>
        Tiêu chí {index + 1}
      </Typography>
      <Stack spacing={1.5}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <DraftField label="Mã tiêu chí" width={14} value={criterion.key} onChange={(key) => change({ key })} error={errors[`${path}.key`]} />
          <DraftField label="Tên tiêu chí" value={criterion.label} onChange={(label) => change({ label })} error={errors[`${path}.label`]} />
          <DraftField label="Điểm tối đa của tiêu chí" width={14} decimal value={criterion.maxPoints} onChange={(maxPoints) => change({ maxPoints })} error={errors[`${path}.maxPoints`]} />
          <RowButtons
            name={name}
            index={index}
            count={count}
            removable={count > 1}
            onMove={(by) => edit((draft) => ({ ...draft, criteria: movedAt(draft.criteria, index, by) }))}
            onRemove={() => edit((draft) => ({ ...draft, criteria: removedAt(draft.criteria, index) }))}
          />
        </Stack>
        <DraftField label="Hướng dẫn chấm của tiêu chí" multiline value={criterion.guidance} onChange={(guidance) => change({ guidance })} error={errors[`${path}.guidance`]} />
        {criterion.indicators.map((item, position) => (
          <IndicatorEditor key={item.uid} edit={edit} indicator={item} criterionIndex={index} index={position} count={criterion.indicators.length} errors={errors} />
        ))}
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
          <Button size="small" startIcon={<AddOutlined />} onClick={() => edit(withIndicators(index, (items, current, draft) => [...items, newIndicator(draft, current)]))}>
            Thêm chỉ tiêu vào {name}
          </Button>
          <SumLine label="Tổng chỉ tiêu" check={criterionSum(criterion)} wholeName="điểm tối đa của tiêu chí" />
        </Box>
      </Stack>
    </Paper>
  );
});

interface IndicatorEditorProps {
  edit: Edit;
  indicator: IndicatorDraft;
  criterionIndex: number;
  index: number;
  count: number;
  errors: FieldErrors;
}

const IndicatorEditor = memo(function IndicatorEditor({ edit, indicator, criterionIndex, index, count, errors }: IndicatorEditorProps) {
  const name = `tiêu chí ${criterionIndex + 1}, chỉ tiêu ${index + 1}`;
  const path = `criteria.${criterionIndex}.indicators.${index}`;
  const editIndicators = (change: (items: IndicatorDraft[]) => IndicatorDraft[]) => edit(withIndicators(criterionIndex, change));
  const change = (fields: Partial<IndicatorDraft>) => editIndicators((items) => replacedAt(items, index, { ...items[index]!, ...fields }));
  return (
    <Box component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, m: 0, ml: { sm: 3 } }}>
      <Typography component="legend" variant="body2" sx={{ px: 0.5 }}>
        Chỉ tiêu {index + 1} của tiêu chí {criterionIndex + 1}
      </Typography>
      <Stack spacing={1.5}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <DraftField label="Mã chỉ tiêu" width={14} value={indicator.key} onChange={(key) => change({ key })} error={errors[`${path}.key`]} />
          <DraftField label="Tên chỉ tiêu" value={indicator.label} onChange={(label) => change({ label })} error={errors[`${path}.label`]} />
          <DraftField label="Điểm tối đa của chỉ tiêu" width={14} decimal value={indicator.maxPoints} onChange={(maxPoints) => change({ maxPoints })} error={errors[`${path}.maxPoints`]} />
          <RowButtons
            name={name}
            index={index}
            count={count}
            removable={count > 1}
            onMove={(by) => editIndicators((items) => movedAt(items, index, by))}
            onRemove={() => editIndicators((items) => removedAt(items, index))}
          />
        </Stack>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={1}>
          <DraftField label="Hướng dẫn chấm" multiline value={indicator.guidance} onChange={(guidance) => change({ guidance })} error={errors[`${path}.guidance`]} />
          <DraftField
            label="Gợi ý minh chứng"
            hint="Mỗi dòng một gợi ý."
            multiline
            value={indicator.evidenceHints}
            onChange={(evidenceHints) => change({ evidenceHints })}
            error={firstErrorUnder(errors, `${path}.evidenceHints`)}
          />
        </Stack>
      </Stack>
    </Box>
  );
});
