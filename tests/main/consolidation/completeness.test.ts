import { buildMatrix, cellOf, vietnamDay } from '../../../main/consolidation/completeness';
import { expectedColumns, parseSchedule, periodEnd, shippedSchedule } from '../../../main/consolidation/schedule';
import { exchangedDatasets } from '../../../main/datasets';

const deadline = '2027-01-15';
const today = '2027-02-01';
const cover = (receivedAt: string, complete = false) => ({ receivedAt, complete });

describe('completeness rules', () => {
  it('judges on time by the day the superior received the data, in Vietnam', () => {
    // 16:59Z on the 15th is 23:59 in Vietnam: still the deadline day; 17:00Z is already the 16th.
    expect(cellOf({ covers: [cover('2027-01-15T16:59:00.000Z', true)], problem: null, deadline, today })).toMatchObject({ state: 'complete', reason: 'Nhận đủ ngày 15/01/2027, trong hạn 15/01/2027.' });
    expect(cellOf({ covers: [cover('2027-01-15T17:00:00.000Z', true)], problem: null, deadline, today })).toMatchObject({ state: 'late', reason: 'Nhận đủ ngày 16/01/2027, sau hạn 15/01/2027.' });
    expect(vietnamDay('2027-01-15T17:00:00.000Z')).toBe('2027-01-16');
  });

  it('is complete only when the ward said so; a partial batch is received, and late if it came after the deadline', () => {
    expect(cellOf({ covers: [cover('2026-12-20T02:00:00.000Z')], problem: null, deadline, today })).toMatchObject({ state: 'received', completeAt: null, firstReceivedAt: '2026-12-20T02:00:00.000Z' });
    expect(cellOf({ covers: [cover('2027-01-20T02:00:00.000Z')], problem: null, deadline, today })).toMatchObject({ state: 'late', reason: expect.stringContaining('chưa xác nhận đủ') });
    // Partial data on time, the complete snapshot after the deadline: late, dated by the snapshot.
    const mixed = cellOf({ covers: [cover('2027-01-20T02:00:00.000Z', true), cover('2026-12-20T02:00:00.000Z')], problem: null, deadline, today });
    expect(mixed).toMatchObject({ state: 'late', firstReceivedAt: '2026-12-20T02:00:00.000Z', completeAt: '2027-01-20T02:00:00.000Z' });
  });

  it('flags rejected lines or conflicts as a problem, whatever the dates', () => {
    expect(cellOf({ covers: [cover('2026-12-20T02:00:00.000Z', true)], problem: { rejected: 2, conflicts: 1 }, deadline, today })).toMatchObject({
      state: 'problem',
      reason: 'Có 2 dòng dữ liệu bị từ chối, 1 bản ghi xung đột cần xem lại.',
    });
    expect(cellOf({ covers: [cover('2026-12-20T02:00:00.000Z', true)], problem: { rejected: 0, conflicts: 0 }, deadline, today }).state).toBe('complete');
  });

  it('still says when a problem cell came late', () => {
    expect(cellOf({ covers: [cover('2027-01-20T02:00:00.000Z', true)], problem: { rejected: 1, conflicts: 0 }, deadline, today })).toMatchObject({
      state: 'problem',
      reason: 'Có 1 dòng dữ liệu bị từ chối cần xem lại và nhận chậm (ngày 20/01/2027, sau hạn 15/01/2027).',
    });
  });

  it('says not received, and overdue only once the deadline has passed', () => {
    expect(cellOf({ covers: [], problem: null, deadline, today })).toEqual({ state: 'notReceived', reason: 'Chưa nhận được; đã quá hạn 15/01/2027.', firstReceivedAt: null, completeAt: null, overdue: true });
    expect(cellOf({ covers: [], problem: null, deadline, today: deadline })).toMatchObject({ overdue: false, reason: 'Chưa nhận được; hạn 15/01/2027.' });
  });

  it('builds the matrix with the reporting rate per column and overall, and lists late and missing cells', () => {
    const columns = [
      { dataset: 'petitions', label: 'Kiến nghị', period: '2026', deadline },
      { dataset: 'boards', label: 'Ban', period: '2026', deadline },
    ];
    const units = [{ unitCode: 'A', unitName: 'Phường A' }, { unitCode: 'B', unitName: 'Phường B' }, { unitCode: 'C', unitName: 'Phường C' }];
    const m = buildMatrix({
      year: 2026,
      quarter: null,
      columns,
      units,
      covers: [
        { unitCode: 'A', dataset: 'petitions', period: '2026', complete: true, receivedAt: '2027-01-02T01:00:00.000Z' },
        { unitCode: 'B', dataset: 'petitions', period: '2026', complete: true, receivedAt: '2027-01-20T01:00:00.000Z' },
        { unitCode: 'A', dataset: 'petitions', period: '2025', complete: true, receivedAt: '2026-01-02T01:00:00.000Z' },
        { unitCode: 'C', dataset: 'petitions', period: '2026', complete: true, receivedAt: '2027-01-03T01:00:00.000Z' },
      ],
      problems: [{ unitCode: 'C', dataset: 'petitions', period: '2026', rejected: 0, conflicts: 1 }],
      today,
    });
    expect(m.rows.map((row) => row.cells.map((c) => c.state))).toEqual([['complete', 'notReceived'], ['late', 'notReceived'], ['problem', 'notReceived']]);
    expect(m.columns.map((c) => c.rate)).toEqual([{ expected: 3, reported: 3, onTime: 2, percent: 100 }, { expected: 3, reported: 0, onTime: 0, percent: 0 }]);
    expect(m.total).toEqual({ expected: 6, reported: 3, onTime: 2, percent: 50 });
    expect(m.lateOrMissing.map((r) => `${r.unitCode} ${r.dataset} ${r.cell.state}`)).toEqual([
      'A boards notReceived', 'B petitions late', 'B boards notReceived', 'C petitions problem', 'C boards notReceived',
    ]);
    expect(m.lateOrMissing.find((r) => r.cell.state === 'problem')?.cell.reason).toBe('Có 1 bản ghi xung đột cần xem lại.');
  });
});

describe('the reporting schedule', () => {
  it('lists every dataset a ward sends, with the registry label', () => {
    expect(shippedSchedule().map((e) => e.dataset).sort()).toEqual(exchangedDatasets.map((d) => d.dataset).sort());
    expect(shippedSchedule().find((e) => e.dataset === 'budget_stages')?.label).toBe('Công khai ngân sách');
  });

  it('refuses an unknown dataset or a bad period kind', () => {
    expect(() => parseSchedule({ source: '', datasets: [{ dataset: 'khong_co', period: 'year', timelyDays: 1 }] })).toThrow('unknown dataset khong_co');
    expect(() => parseSchedule({ source: '', datasets: [{ dataset: 'boards', period: 'month', timelyDays: 1 }] })).toThrow();
  });

  it('expects a year period and the quarters of a quarterly dataset, with deadlines after the period end; a quarter holds only quarterly ones', () => {
    const schedule = [
      { dataset: 'boards', label: 'Ban', period: 'year' as const, timelyDays: 15 },
      { dataset: 'petitions', label: 'Kiến nghị', period: 'quarter' as const, timelyDays: 10 },
    ];
    expect(periodEnd('2026Q1')).toBe('2026-03-31');
    expect(expectedColumns(schedule, 2026, 2)).toEqual([{ dataset: 'petitions', label: 'Kiến nghị', period: '2026Q2', deadline: '2026-07-10' }]);
    expect(expectedColumns(schedule, 2026, null).map((c) => c.period)).toEqual(['2026', '2026Q1', '2026Q2', '2026Q3', '2026Q4']);
  });
});
