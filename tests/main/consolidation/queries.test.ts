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

describe('problems a ward has since fixed', () => {
  const at = '2027-01-20T02:00:00.000Z';

  function officeWithUnit() {
    const clock = new FakeClock(new Date('2027-02-01T02:00:00.000Z'));
    const db = superiorDb(join(makeTempDir(), 'ward.sqlite'), clock);
    db.prepare("INSERT INTO exchange_unit VALUES ('00001', 'Phường A', ?, 'kiểm thử')").run(at);
    let seq = 0;
    /** Applies a batch: what it covers (`dataset period complete`), the records it brought in and those it rejected. */
    const batch = (input: { covers: [string, string, boolean][]; accepted?: [string, string][]; rejected?: [string, string][] }) => {
      seq += 1;
      const id = `b${seq}`;
      db.prepare("INSERT INTO exchange_batch (batch_id, unit_code, installation_id, seq, batch_hash, file_sha256, applied_at) VALUES (?, '00001', 'i1', ?, ?, ?, ?)").run(id, seq, id, id, at);
      for (const [dataset, period, complete] of input.covers) db.prepare("INSERT INTO exchange_cover VALUES (?, '00001', ?, ?, ?, ?)").run(id, dataset, period, complete ? 1 : 0, at);
      for (const [dataset, recordId] of input.accepted ?? []) {
        db.prepare("INSERT INTO exchange_record_history (dataset, record_id, unit_code, ver, hash, deleted, schema_version, data_json, batch_id, received_at) VALUES (?, ?, '00001', ?, ?, 0, 1, '{}', ?, ?)")
          .run(dataset, recordId, seq, id, id, at);
      }
      for (const [dataset, recordId] of input.rejected ?? []) {
        db.prepare("INSERT INTO exchange_rejected_line (batch_id, unit_code, installation_id, seq, dataset, line, record_id, code, message) VALUES (?, '00001', 'i1', ?, ?, 1, ?, 'OTHER_UNIT', '')")
          .run(id, seq, dataset, recordId);
      }
    };
    const states = () => {
      const m = completeness({ db, clock }, { year: 2026, quarter: null });
      const cells = Object.fromEntries(m.columns.map((c, i) => [c.dataset, m.rows[0]!.cells[i]!]));
      return { cells, listed: m.lateOrMissing.filter((r) => r.cell.state === 'problem').map((r) => r.dataset) };
    };
    return { db, batch, states };
  }

  it('clear once the record came in later, or a later complete resend of the cell had no rejected line; a partial clean batch clears nothing', () => {
    const { db, batch, states } = officeWithUnit();
    batch({
      covers: [['petitions', '2026', true], ['boards', '2026', true], ['disclosures', '2026', true]],
      rejected: [['petitions', 'i1:7'], ['boards', 'i1:9'], ['disclosures', 'i1:5']],
    });
    batch({ covers: [['petitions', '2026', false], ['boards', '2026', false]], accepted: [['petitions', 'i1:8']] });
    expect(states().listed).toEqual(['disclosures', 'petitions', 'boards']);

    batch({
      covers: [['petitions', '2026', false], ['boards', '2026', true], ['disclosures', '2026', true]],
      accepted: [['petitions', 'i1:7']],
      rejected: [['disclosures', 'i1:5']],
    });
    const { cells, listed } = states();
    expect(cells.petitions!.state).toBe('late');
    expect(cells.boards!.state).toBe('late');
    // Rejected again: still a problem, counted once, and the list says it also came after the deadline.
    expect(cells.disclosures).toMatchObject({ state: 'problem', reason: 'Có 1 dòng dữ liệu bị từ chối cần xem lại và nhận chậm (ngày 20/01/2027, sau hạn 15/01/2027).' });
    expect(listed).toEqual(['disclosures']);
    db.close();
  });

  it('keep a conflict after any resend', () => {
    const { db, batch, states } = officeWithUnit();
    batch({ covers: [['petitions', '2026', true]], accepted: [['petitions', 'i1:1']] });
    db.prepare("INSERT INTO exchange_record VALUES ('petitions', 'i1:1', '00001', 1, 'h1', 0, 1, '{}', 'b1', ?)").run(at);
    db.prepare("INSERT INTO exchange_conflict (dataset, record_id, unit_code, ver, hash_a, data_a_json, hash_b, data_b_json, detected_at) VALUES ('petitions', 'i1:1', '00001', 1, 'h1', '{}', 'h2', '{}', ?)").run(at);
    batch({ covers: [['petitions', '2026', true]] });
    expect(states().cells.petitions).toMatchObject({ state: 'problem', reason: expect.stringContaining('1 bản ghi xung đột') });
    db.close();
  });
});
