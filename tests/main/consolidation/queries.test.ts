import { join } from 'node:path';
import { completeness } from '../../../main/consolidation/service';
import { superiorDb } from '../exchange/inbound/support';
import { FakeClock, makeTempDir } from '../support/runtime';

describe('problems found at import', () => {
  it('mark the periods the batch covered: rejected lines of that dataset, and conflicts on records that came with it', () => {
    const clock = new FakeClock(new Date('2026-06-01T02:00:00.000Z'));
    const db = superiorDb(join(makeTempDir(), 'ward.sqlite'), clock);
    const at = '2026-05-01T02:00:00.000Z';
    db.prepare("INSERT INTO exchange_unit VALUES ('00001', 'Phường A', ?, 'kiểm thử')").run(at);
    for (const [batch, seq] of [['b1', 1], ['b2', 2]] as const) {
      db.prepare("INSERT INTO exchange_batch (batch_id, unit_code, installation_id, seq, batch_hash, file_sha256, applied_at) VALUES (?, '00001', 'i1', ?, ?, ?, ?)").run(batch, seq, batch, batch, at);
    }
    const cover = db.prepare("INSERT INTO exchange_cover VALUES (?, '00001', ?, ?, 1, ?)");
    cover.run('b1', 'petitions', '2026', at);
    cover.run('b1', 'boards', '2026', at);
    cover.run('b2', 'disclosures', '2026', at);
    cover.run('b2', 'disclosures', '2025', at);
    db.prepare("INSERT INTO exchange_rejected_line (batch_id, unit_code, installation_id, seq, dataset, line, record_id, code, message) VALUES ('b1', '00001', 'i1', 1, 'petitions', 3, 'i1:7', 'OTHER_UNIT', '')").run();
    db.prepare("INSERT INTO exchange_record VALUES ('disclosures', 'i1:1', '00001', 1, 'h1', 0, 1, '{}', 'b2', ?)").run(at);
    db.prepare("INSERT INTO exchange_conflict (dataset, record_id, unit_code, ver, hash_a, data_a_json, hash_b, data_b_json, detected_at) VALUES ('disclosures', 'i1:1', '00001', 1, 'h1', '{}', 'h2', '{}', ?)").run(at);
    const m = completeness({ db, clock }, { year: 2026, quarter: null });
    const cell = (dataset: string) => m.rows[0]!.cells[m.columns.findIndex((c) => c.dataset === dataset)]!;
    expect(cell('petitions')).toMatchObject({ state: 'problem', reason: 'Có 1 dòng dữ liệu bị từ chối cần xem lại.' });
    expect(cell('boards').state).toBe('complete');
    expect(cell('disclosures')).toMatchObject({ state: 'problem', reason: 'Có 1 bản ghi xung đột cần xem lại.' });
    // Q1's deadline (10 April) has passed on 1 June, Q2's has not.
    const quarters = m.columns.flatMap((c, i) => (c.dataset === 'quarterly_reports' ? [[c.period, m.rows[0]!.cells[i]!.overdue]] : []));
    expect(quarters).toEqual([['2026Q1', true], ['2026Q2', false], ['2026Q3', false], ['2026Q4', false]]);
    db.close();
  });
});
