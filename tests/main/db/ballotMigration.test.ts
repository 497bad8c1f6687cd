import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, schemaVersion } from '../../../main/db/database';
import { migrate } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations';
import { makeTempDir } from '../support/runtime';

const insertBallot = `INSERT INTO meeting_ballot (meeting_id, title, questions_json, guidance, other_opinion, deadline, authentication, updated_at)
  VALUES (?, 'PHIẾU LẤY Ý KIẾN HỘ GIA ĐÌNH', '[]', 'Đánh dấu X', 1, '2026-03-12', ?, '2026-03-02T00:00:00Z')`;

describe('migration 19: meeting ballots', () => {
  let dir: string;
  beforeEach(() => (dir = makeTempDir()));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('adds a STRICT ballot table to a database made by version 18, keyed by its meeting and gone with it', () => {
    const db = openDatabase(join(dir, 'v18.sqlite'));
    migrate(db, migrations.filter((m) => m.version <= 18));
    const meetingId = Number(
      db
        .prepare("INSERT INTO meeting (type, title, date, start_time, place, created_at, updated_at) VALUES ('householdBallot', 'Lấy ý kiến', '2026-03-05', '08:00', 'Nhà văn hóa', 'x', 'x')")
        .run().lastInsertRowid,
    );
    migrate(db, migrations.filter((m) => m.version <= 19));
    expect(schemaVersion(db)).toBe(19);
    expect(db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'meeting_ballot'").get()).toEqual({ strict: 1 });
    expect(db.prepare('SELECT title FROM meeting WHERE id = ?').get(meetingId)).toEqual({ title: 'Lấy ý kiến' });

    db.prepare(insertBallot).run(meetingId, 'seal');
    expect(() => db.prepare(insertBallot).run(meetingId, 'seal')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => db.prepare(insertBallot).run(meetingId + 1, null)).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare('UPDATE meeting_ballot SET authentication = ?').run('stamp')).toThrow(/CHECK/);
    db.prepare('DELETE FROM meeting WHERE id = ?').run(meetingId);
    expect(db.prepare('SELECT count(*) AS n FROM meeting_ballot').get()).toEqual({ n: 0 });
    db.close();
  });
});
