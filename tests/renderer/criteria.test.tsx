import { screen, waitFor, within } from '@testing-library/react';
import type { CriteriaAssessment, CriteriaAssessmentSummary, CriteriaSetSummary, EvidenceRecord, IndicatorRow } from '../../main/api';
import { CriteriaScreen } from '../../renderer/evaluations/criteria/CriteriaScreen';
import { dialogsClosed, fakeTransport, fill, newUser, renderScreen, status, viewer, type Replies } from './fakes';

const SET_NAME = 'Bộ tiêu chí xã, phường đạt chuẩn tiếp cận pháp luật';
const TC1_CT1 = 'Chỉ tiêu 1: Văn bản quy phạm pháp luật được ban hành đúng thẩm quyền';
const TC1_CT2 = 'Chỉ tiêu 2: Văn bản hành chính được ban hành đúng thể thức';
const TC4_CT1 = 'Chỉ tiêu 1: Công khai thông tin để Nhân dân biết';
const TC4_CT2 = 'Chỉ tiêu 2: Tổ chức hội nghị để Nhân dân bàn và quyết định';

const set: CriteriaSetSummary = {
  id: 'tiep-can-phap-luat',
  version: 1,
  name: SET_NAME,
  issuer: 'UBND tỉnh',
  example: false,
  origin: 'imported',
  status: 'published',
  maxPoints: 30,
  savedAt: '2026-01-10T08:00:00.000Z',
  assessedYears: [2025],
};

function indicator(criterionKey: string, key: string, label: string, maxPoints: number, selfScore: number | null, extra: Partial<IndicatorRow> = {}): IndicatorRow {
  return {
    criterionKey,
    key,
    label,
    maxPoints,
    guidance: '',
    evidenceHints: [],
    selfScore,
    selfNote: '',
    appraisedScore: null,
    appraisedNote: '',
    evidence: [],
    ...extra,
  };
}

/** 2025 against a 30-point set: "Ban hành văn bản" 5/10, "Thực hiện dân chủ" 18/20, one indicator unscored. */
function assessment(overrides: Partial<CriteriaAssessment> = {}): CriteriaAssessment {
  return {
    id: 7,
    year: 2025,
    setId: set.id,
    setVersion: 1,
    setName: SET_NAME,
    example: false,
    note: '',
    maxPoints: 30,
    passRuleText: 'Đạt khi tổng điểm từ 24 trở lên và mỗi tiêu chí đạt từ 50 % điểm tối đa trở lên.',
    appraisedOn: null,
    appraiser: '',
    indicators: [
      indicator('tc1', 'tc1ct1', TC1_CT1, 5, null, { guidance: 'Chấm theo tỷ lệ văn bản đúng thẩm quyền.', evidenceHints: ['Danh mục văn bản ban hành trong năm'] }),
      indicator('tc1', 'tc1ct2', TC1_CT2, 5, 5),
      indicator('tc4', 'tc4ct1', TC4_CT1, 10, 9),
      indicator('tc4', 'tc4ct2', TC4_CT2, 10, 9),
    ],
    criteria: [
      { key: 'tc1', label: 'Tiêu chí 1: Ban hành văn bản', maxPoints: 10, selfSubtotal: 5, appraisedSubtotal: null, required: 5, selfPassed: true, appraisedPassed: null, lastYear: 4 },
      { key: 'tc4', label: 'Tiêu chí 4: Thực hiện dân chủ ở cơ sở', maxPoints: 20, selfSubtotal: 18, appraisedSubtotal: null, required: 10, selfPassed: true, appraisedPassed: null, lastYear: 15 },
    ],
    self: {
      total: 23,
      gap: 7,
      unscored: 1,
      passed: false,
      reasons: ['Tổng điểm 23 chưa đạt mức tối thiểu 24.'],
      explanation: 'Chưa đạt: điều kiện là tổng điểm từ 24 trở lên và mỗi tiêu chí đạt từ 50 % điểm tối đa trở lên. Tổng điểm 23/30; 1 chỉ tiêu chưa chấm, tính 0 điểm.',
      rating: null,
    },
    appraised: null,
    updatedAt: '2026-02-01T08:00:00.000Z',
    ...overrides,
  };
}

const summary: CriteriaAssessmentSummary = {
  id: 7,
  year: 2025,
  setId: set.id,
  setVersion: 1,
  setName: SET_NAME,
  selfTotal: 23,
  maxPoints: 30,
  selfPassed: false,
  appraisedTotal: null,
  unscored: 1,
};

/** The same assessment once the superior's appraisal arrived: it took 1 point off the second indicator. */
function appraisedAssessment(): CriteriaAssessment {
  const base = assessment();
  return {
    ...base,
    appraisedOn: '2026-03-15',
    appraiser: 'Sở Tư pháp',
    indicators: base.indicators.map((row) => ({ ...row, appraisedScore: row.key === 'tc1ct2' ? 4 : row.selfScore })),
    criteria: base.criteria.map((entry) => ({ ...entry, appraisedSubtotal: entry.key === 'tc1' ? 4 : entry.selfSubtotal, appraisedPassed: entry.key !== 'tc1' })),
    appraised: {
      total: 22,
      gap: 8,
      unscored: 1,
      passed: false,
      reasons: ['Tổng điểm 22 chưa đạt mức tối thiểu 24.', 'Tiêu chí 1: Ban hành văn bản đạt 4 điểm, dưới 50 % điểm tối đa 10 (cần ít nhất 5).'],
      explanation: '',
      rating: null,
    },
  };
}

const candidates: EvidenceRecord[] = [
  { kind: 'meeting', refId: '12', label: 'Hội nghị tiếp xúc cử tri (05/03/2025, biên bản số 03/BB-UBND)', date: '2025-03-05' },
  { kind: 'meeting', refId: '15', label: 'Họp tổ dân phố số 4 bàn làm đường (10/06/2025)', date: '2025-06-10' },
  { kind: 'budgetReport', refId: '2025:estimate:1', label: 'Công khai dự toán ngân sách năm 2025, niêm yết ngày 10/01/2025', date: '2025-01-10' },
  { kind: 'attachment', refId: '40', label: 'Tệp "bang-tin.jpg" (đính kèm cuộc họp)', date: '2025-03-06' },
];

function renderCriteria(replies: Replies = {}, account = status().account) {
  const fake = fakeTransport({
    'criteria.listAssessments': [summary],
    'criteria.listSets': [set],
    'criteria.getAssessment': assessment(),
    ...replies,
  });
  const navigate = vi.fn();
  renderScreen(<CriteriaScreen />, fake.transport, { status: status({ account }), navigate });
  return { ...fake, navigate };
}

async function openAssessment() {
  await newUser().click(await screen.findByRole('button', { name: `Mở hồ sơ năm 2025 – ${SET_NAME}` }));
  return screen.findByRole('table', { name: 'Điểm theo tiêu chí năm 2025' });
}

const rowOf = (table: HTMLElement, label: string) => within(table).getByText(label).closest('tr') as HTMLElement;

describe('criteria self-assessment screen', () => {
  it('starts the assessment of a year against the set picked in the sets list', async () => {
    const draft: CriteriaSetSummary = { ...set, version: 2, status: 'draft', assessedYears: [] };
    const fake = renderCriteria({ 'criteria.listSets': [set, draft], 'criteria.openAssessment': assessment() });
    const user = newUser();
    await user.click(await screen.findByRole('button', { name: `Chấm điểm – ${SET_NAME} – phiên bản 1` }));
    const dialog = await screen.findByRole('dialog', { name: 'Chấm điểm năm' });
    const setSelect = within(dialog).getByLabelText('Bộ tiêu chí') as HTMLSelectElement;
    await waitFor(() => expect(setSelect.value).toBe(`${set.id}@1`));
    expect(within(setSelect).getAllByRole('option').map((option) => option.textContent)).toEqual([`${SET_NAME} – phiên bản 1`]);
    await user.selectOptions(within(dialog).getByLabelText('Năm'), '2025');
    await user.click(within(dialog).getByRole('button', { name: 'Mở hồ sơ chấm điểm' }));

    await waitFor(() => expect(fake.inputsOf('criteria.openAssessment')).toEqual([{ setId: set.id, version: 1, year: 2025 }]));
    expect(await screen.findByRole('table', { name: 'Điểm theo tiêu chí năm 2025' })).toBeTruthy();
    expect(fake.inputsOf('criteria.getAssessment')).toEqual([{ id: 7 }]);
  });

  it('saves a self-score typed with a decimal comma and shows the new result', async () => {
    const fake = renderCriteria({
      'criteria.saveSelfScore': (input) =>
        assessment({
          indicators: assessment().indicators.map((row) => (row.key === input.indicatorKey ? { ...row, selfScore: input.score, selfNote: input.note ?? '' } : row)),
          self: { ...assessment().self, total: 25.5, gap: 4.5, unscored: 0, passed: true, reasons: [] },
        }),
    });
    await openAssessment();
    const user = newUser();
    const box = screen.getByRole('textbox', { name: `Điểm tự chấm – ${TC1_CT1}` });
    await fill(user, box, '2,5');
    await user.keyboard('{Enter}');

    await waitFor(() => expect(fake.inputsOf('criteria.saveSelfScore')).toEqual([{ assessmentId: 7, indicatorKey: 'tc1ct1', score: 2.5, note: '' }]));
    const selfResult = screen.getByRole('region', { name: 'Kết quả tự chấm' });
    await waitFor(() => expect(within(selfResult).getByText('25,5 / 30 điểm')).toBeTruthy());
    expect(within(selfResult).getByText('Đạt')).toBeTruthy();

    // Leaving the box with nothing changed sends nothing more; the note goes with the score.
    await user.tab();
    await user.paste('Đủ 12/12 văn bản');
    await user.tab();
    await waitFor(() => expect(fake.inputsOf('criteria.saveSelfScore')).toHaveLength(2));
    expect(fake.inputsOf('criteria.saveSelfScore')[1]).toEqual({ assessmentId: 7, indicatorKey: 'tc1ct1', score: 2.5, note: 'Đủ 12/12 văn bản' });
  });

  it('refuses a score above the indicator maximum in Vietnamese and sends nothing', async () => {
    const fake = renderCriteria({ 'criteria.saveSelfScore': assessment() });
    await openAssessment();
    const user = newUser();
    const box = screen.getByRole('textbox', { name: `Điểm tự chấm – ${TC1_CT1}` });
    await fill(user, box, '5,5');
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Điểm phải từ 0 đến 5.')).toBeTruthy();
    await fill(user, box, 'hai');
    await user.tab();
    expect(await screen.findByText('Nhập một số, ví dụ 2,5.')).toBeTruthy();
    expect(fake.inputsOf('criteria.saveSelfScore')).toEqual([]);
  });

  it('shows why the set is failed, the gap and the unscored indicators', async () => {
    renderCriteria();
    const table = await openAssessment();
    const selfResult = screen.getByRole('region', { name: 'Kết quả tự chấm' });
    expect(within(selfResult).getByText('Chưa đạt')).toBeTruthy();
    expect(within(selfResult).getByText('23 / 30 điểm')).toBeTruthy();
    expect(within(selfResult).getByText('Còn cách điểm tối đa 7 điểm.')).toBeTruthy();
    expect(within(selfResult).getByText('Còn 1 chỉ tiêu chưa chấm (tính 0 điểm).')).toBeTruthy();
    const reasons = within(selfResult).getByRole('list', { name: 'Lý do chưa đạt – Kết quả tự chấm' });
    expect(within(reasons).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Tổng điểm 23 chưa đạt mức tối thiểu 24.']);
    expect(screen.getByText(assessment().passRuleText)).toBeTruthy();
    expect(within(rowOf(table, TC1_CT1)).getByText('Minh chứng gợi ý: Danh mục văn bản ban hành trong năm')).toBeTruthy();
    expect(within(rowOf(table, TC1_CT1)).getByRole('img', { name: 'Hướng dẫn chấm: Chấm theo tỷ lệ văn bản đúng thẩm quyền.' })).toBeTruthy();
    expect(within(rowOf(table, 'Tiêu chí 1: Ban hành văn bản')).getByText('Tối thiểu để đạt: 5 điểm')).toBeTruthy();
  });

  it('puts the appraised scores beside the self-scores, marks differing rows and locks the self-scores', async () => {
    renderCriteria({ 'criteria.getAssessment': appraisedAssessment() });
    const table = await openAssessment();
    expect(within(table).getByRole('columnheader', { name: 'Điểm thẩm định' })).toBeTruthy();

    const differing = rowOf(table, TC1_CT2);
    expect(within(differing).getByText('chênh lệch')).toBeTruthy();
    expect(within(differing).getByText('-1')).toBeTruthy();
    expect(within(rowOf(table, 'Tiêu chí 1: Ban hành văn bản')).getByText('chênh lệch')).toBeTruthy();
    const same = rowOf(table, TC4_CT1);
    expect(within(same).queryByText('chênh lệch')).toBeNull();
    expect(getComputedStyle(differing).backgroundColor).not.toBe(getComputedStyle(same).backgroundColor);

    expect(within(table).queryAllByRole('textbox')).toEqual([]);
    expect(screen.queryByRole('button', { name: /^Thêm minh chứng/ })).toBeNull();
    const appraisedResult = screen.getByRole('region', { name: 'Kết quả thẩm định' });
    expect(within(appraisedResult).getByText('Ngày thẩm định 15/03/2026 · Sở Tư pháp')).toBeTruthy();
    expect(within(appraisedResult).getAllByRole('listitem')).toHaveLength(2);
  });

  it('links a meeting from the candidates of the year, found by searching', async () => {
    let linked = assessment();
    const fake = renderCriteria({
      'criteria.evidenceCandidates': candidates,
      'criteria.addEvidence': (input) => {
        const record = candidates.find((entry) => entry.kind === input.kind && entry.refId === input.refId)!;
        linked = assessment({
          indicators: linked.indicators.map((row) => (row.key === input.indicatorKey ? { ...row, evidence: [...row.evidence, { ...record, id: 90, indicatorKey: row.key }] } : row)),
        });
        return linked;
      },
    });
    const table = await openAssessment();
    const user = newUser();
    await user.click(within(table).getByRole('button', { name: `Thêm minh chứng – ${TC4_CT2}` }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm minh chứng' });
    expect(await within(dialog).findByRole('heading', { name: 'Cuộc họp, hội nghị' })).toBeTruthy();
    expect(within(dialog).getByRole('heading', { name: 'Công khai ngân sách' })).toBeTruthy();
    expect(within(dialog).getByRole('heading', { name: 'Tệp đính kèm' })).toBeTruthy();
    expect(fake.inputsOf('criteria.evidenceCandidates')).toEqual([{ year: 2025 }]);

    await user.type(within(dialog).getByRole('textbox', { name: 'Tìm minh chứng' }), 'to dan pho');
    expect(within(dialog).queryByText(candidates[0]!.label)).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: /Họp tổ dân phố số 4/ }));

    await waitFor(() => expect(fake.inputsOf('criteria.addEvidence')).toEqual([{ assessmentId: 7, indicatorKey: 'tc4ct2', kind: 'meeting', refId: '15' }]));
    expect(await within(dialog).findByText(/Đã gắn với chỉ tiêu này/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Đóng' }));
    await dialogsClosed();

    await user.click(within(rowOf(table, TC4_CT2)).getByRole('button', { name: candidates[1]!.label }));
    expect(fake.navigate).toHaveBeenCalledWith('meetings');
  });

  it('lets the administrator type the appraised scores with the date and the appraiser', async () => {
    const fake = renderCriteria({ 'criteria.saveAppraisal': appraisedAssessment() });
    await openAssessment();
    const user = newUser();
    await user.click(screen.getByRole('button', { name: 'Nhập điểm thẩm định' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nhập điểm thẩm định năm 2025' });
    await fill(user, within(dialog).getByRole('textbox', { name: 'Cơ quan, người thẩm định' }), 'Sở Tư pháp');
    await fill(user, within(dialog).getByRole('textbox', { name: TC1_CT2 }), '4');
    await fill(user, within(dialog).getByRole('textbox', { name: TC4_CT1 }), '11');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Điểm phải từ 0 đến 10.')).toBeTruthy();
    expect(fake.inputsOf('criteria.saveAppraisal')).toEqual([]);

    await fill(user, within(dialog).getByRole('textbox', { name: TC4_CT1 }), '9');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(fake.inputsOf('criteria.saveAppraisal')).toHaveLength(1));
    expect(fake.inputsOf('criteria.saveAppraisal')[0]).toEqual({
      assessmentId: 7,
      appraisedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      appraiser: 'Sở Tư pháp',
      scores: { tc1ct1: null, tc1ct2: 4, tc4ct1: 9, tc4ct2: null },
      notes: {},
    });
    await dialogsClosed();
    expect(screen.getByRole('region', { name: 'Kết quả thẩm định' })).toBeTruthy();
  });

  it('shows a viewer everything without any input or scoring button', async () => {
    renderCriteria({}, viewer);
    const table = await openAssessment();
    expect(within(table).getByText(TC1_CT1)).toBeTruthy();
    expect(screen.queryAllByRole('textbox')).toEqual([]);
    expect(screen.queryByRole('button', { name: /^Thêm minh chứng/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Nhập điểm thẩm định' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Bảng tự chấm điểm (PDF)' })).toBeTruthy();
    await newUser().click(screen.getByRole('button', { name: 'Danh sách hồ sơ tự chấm' }));
    expect(await screen.findByRole('table', { name: 'Hồ sơ tự chấm điểm' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Chấm điểm năm…' })).toBeNull();
  });
});
