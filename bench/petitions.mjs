// Petitions ledger benchmark: 100,000 entries over five years in a real SQLite file, and the ledger's list
// (one page of 50 and the filtered count) through the service for each filter, against the 50 ms p95
// target; the baseline, measured in the same run, is a plain `SELECT count(*)` over the whole table.
// Prints figures; the exit code says nothing about speed. Run: `node bench/petitions.mjs` (no build needed).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadTypeScript } from './typescript.mjs';

const ENTRIES = 100_000;
const YEARS = [2022, 2023, 2024, 2025, 2026];
const STAFF = 30;
const RUNS = 40;
const TARGET_MS = 50;
const TODAY = '2026-11-20';
const SOURCES = ['suggestionBox', 'meeting', 'hotline', 'email', 'inPerson', 'forwardedByFront', 'other'];
const CATEGORIES = ['land', 'environment', 'urbanOrder', 'socialWelfare', 'administrativeProcedure', 'officials', 'other'];
const STATUSES = ['closed', 'closed', 'answered', 'answered', 'answered', 'forwarded', 'inProgress', 'received'];
const SUBJECTS = ['đổ rác thải sai nơi quy định', 'tiếng ồn karaoke sau 22 giờ', 'lấn chiếm vỉa hè', 'cấp giấy chứng nhận quyền sử dụng đất', 'mương thoát nước bị tắc', 'trợ cấp hộ nghèo', 'thái độ của cán bộ một cửa', 'đèn đường ngõ hỏng'];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đỗ', 'Vũ', 'Đặng'];
const GIVEN = ['Văn Bình', 'Thị Cúc', 'Minh Đức', 'Thu Hà', 'Quốc Hùng', 'Thị Lan', 'Đức Thắng', 'Ngọc Ánh'];

const pad = (value) => String(value).padStart(2, '0');
const ms = (value) => `${value.toFixed(2)} ms`;
const percentile = (values, share) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(values.length * share) - 1)];

function seed(db, fold, staffIds) {
  const insert = db.prepare(
    `INSERT INTO petition (source, received_on, person_name, person_address, person_phone, content, category, assignee_id, due_on, status,
       answered_on, forwarded_to, forwarded_on, closed_on, search_text, person_search, created_at, updated_at)
     VALUES (@source, @receivedOn, @name, @address, @phone, @content, @category, @assigneeId, @dueOn, @status,
       @answeredOn, @forwardedTo, @forwardedOn, @closedOn, @searchText, @personSearch, @receivedOn, @receivedOn)`,
  );
  db.transaction(() => {
    for (let i = 0; i < ENTRIES; i++) {
      const year = YEARS[i % YEARS.length];
      const month = 1 + ((i * 7) % 11);
      const receivedOn = `${year}-${pad(month)}-${pad(1 + ((i * 13) % 28))}`;
      const dueOn = `${year}-${pad(month + 1)}-${pad(1 + ((i * 13) % 28))}`;
      const status = STATUSES[(i * 5) % STATUSES.length];
      const name = `${FAMILY[i % FAMILY.length]} ${GIVEN[(i >> 3) % GIVEN.length]}`;
      const address = `Số ${1 + (i % 200)} ngõ ${1 + (i % 40)}`;
      const phone = `09${String(10_000_000 + i).slice(0, 8)}`;
      const content = `Đề nghị xem xét, giải quyết việc ${SUBJECTS[i % SUBJECTS.length]} tại tổ dân phố ${1 + (i % 25)} (thư số ${i + 1}).`;
      const category = CATEGORIES[(i * 3) % CATEGORIES.length];
      const settled = status === 'answered' || status === 'closed' ? dueOn : null;
      insert.run({
        source: SOURCES[i % SOURCES.length],
        receivedOn,
        name,
        address,
        phone,
        content,
        category,
        assigneeId: status === 'received' ? null : staffIds[i % staffIds.length],
        dueOn,
        status,
        answeredOn: settled,
        forwardedTo: status === 'forwarded' ? 'Công an phường' : '',
        forwardedOn: status === 'forwarded' ? dueOn : null,
        closedOn: status === 'closed' ? dueOn : null,
        searchText: fold(`${content} ${category}`),
        personSearch: fold(`${name} ${address} ${phone}`),
      });
    }
  })();
}

async function main() {
  const dir = await mkdtemp(path.join(tmpdir(), 'sdc-bench-petitions-'));
  try {
    const { openDatabase, migrate, listPetitions, wardWorkingDays, foldVietnamese, petitionsChannels } = await loadTypeScript(
      dir,
      'petitions',
      `export { openDatabase } from './main/db/database';
       export { migrate } from './main/db/migrate';
       export { listPetitions } from './main/petitions/queries';
       export { wardWorkingDays } from './main/calendar/service';
       export { foldVietnamese } from './main/api/text';
       export { petitionsChannels } from './main/api/petitions';`,
    );
    const db = openDatabase(path.join(dir, 'ward.sqlite'));
    migrate(db);
    const insertStaff = db.prepare("INSERT INTO staff_member (full_name, position, employment_type, active_from) VALUES (?, 'Công chức', 'civilServant', '2020-01-01')");
    const staffIds = db.transaction(() => Array.from({ length: STAFF }, (_, i) => Number(insertStaff.run(`Công chức ${i + 1}`).lastInsertRowid)))();
    const seedStarted = performance.now();
    seed(db, foldVietnamese, staffIds);
    db.exec('ANALYZE');
    const seedMs = performance.now() - seedStarted;

    const read = { db, today: TODAY, days: wardWorkingDays(db), canSeePerson: true };
    const year = { from: '2026-01-01', to: '2026-12-31' };
    const all = { from: '2022-01-01', to: '2026-12-31' };
    const cases = [
      ['Năm 2026 (trang 1)', year],
      ['Cả 5 năm (trang 1)', all],
      ['Cả 5 năm, trang 1000', { ...all, page: 1000 }],
      ['Quý III/2026', { from: '2026-07-01', to: '2026-09-30' }],
      ['Trạng thái: đang xử lý', { ...all, status: 'inProgress' }],
      ['Nguồn: hòm thư', { ...all, source: 'suggestionBox' }],
      ['Lĩnh vực: đất đai', { ...all, category: 'land' }],
      ['Người xử lý', { ...all, assigneeId: staffIds[3] }],
      ['Chỉ quá hạn', { ...all, overdueOnly: true }],
      ['Năm 2026 + quá hạn + lĩnh vực', { ...year, overdueOnly: true, category: 'environment' }],
      ['Tìm "karaoke" (năm 2026)', { ...year, query: 'karaoke' }],
      ['Tìm "nguyen van binh" (cả 5 năm)', { ...all, query: 'nguyen van binh' }],
    ];
    const baselineStatement = db.prepare('SELECT count(*) AS n FROM petition');
    const baseline = [];
    const results = cases.map(([label, filter]) => {
      const input = petitionsChannels['petitions.list'].input.parse(filter);
      const times = [];
      let total = 0;
      for (let run = 0; run < RUNS; run++) {
        const started = performance.now();
        total = listPetitions(read, input).total;
        times.push(performance.now() - started);
        const base = performance.now();
        baselineStatement.get();
        baseline.push(performance.now() - base);
      }
      return { label, total, p50: percentile(times, 0.5), p95: percentile(times, 0.95) };
    });
    db.close();

    console.log(`Petitions: ${ENTRIES.toLocaleString('en')} entries over ${YEARS.length} years, seeded in ${ms(seedMs)}; ${RUNS} runs per filter (page of 50 + count)`);
    console.log(`Baseline SELECT count(*) over the table: p50 ${ms(percentile(baseline, 0.5))}, p95 ${ms(percentile(baseline, 0.95))}`);
    for (const row of results) {
      const verdict = row.p95 <= TARGET_MS ? 'within' : 'OVER';
      console.log(`${row.label.padEnd(36)} ${String(row.total).padStart(6)} rows   p50 ${ms(row.p50).padStart(10)}   p95 ${ms(row.p95).padStart(10)}   target ${TARGET_MS} ms → ${verdict}`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
