// Evaluation benchmark: closing a year for 300 staff scored every month (3,600 sheets) — each person's
// annual score and grade from the periods, and the quota check — against the 1 s target, and the same
// sheets merely read back by one SELECT in the same run as the baseline. Prints figures; the exit code
// says nothing about speed. Run: `node bench/evaluations.mjs` (no build needed).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadTypeScript } from './typescript.mjs';

const STAFF = 300;
const MONTHS = 12;
const YEAR = 2026;
const GROUP = 'Cán bộ, công chức UBND phường';
const RUNS = 5;
const TARGET_MS = 1000;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(1)} ms`;

function timed(run) {
  const started = performance.now();
  const result = run();
  return { ms: performance.now() - started, result };
}

/** Every sub-criterion scored between 2 and 3 points, and 4–8 tasks with a few failures and delays, from a fixed pattern. */
function sheetInput(scheme, periodId, staffMemberId, month) {
  const seed = staffMemberId * 31 + month * 7;
  const generalScores = Object.fromEntries(
    scheme.generalCriteria.flatMap((criterion) => criterion.subCriteria).map((sub, index) => [sub.key, (seed + index) % 3 === 0 ? 2.5 : 3]),
  );
  const tasks = Array.from({ length: 4 + (seed % 5) }, (_, index) => ({
    title: `Nhiệm vụ ${index + 1}`,
    weight: null,
    done: (seed + index) % 17 !== 0,
    qualityFailures: (seed + index) % 11 === 0 ? 1 : 0,
    delays: (seed + index) % 13 === 0 ? 1 : 0,
  }));
  return { periodId, staffMemberId, selfAssessment: '', collectiveOpinion: '', headNote: '', generalScores, tasks, discipline: null, chosenGrade: null };
}

async function main() {
  const dir = await mkdtemp(path.join(tmpdir(), 'sdc-bench-evaluations-'));
  try {
    const { openDatabase, migrate, openPeriod, saveSheet, yearResults, schemeById } = await loadTypeScript(
      dir,
      'evaluations',
      `export { openDatabase } from './main/db/database';
       export { migrate } from './main/db/migrate';
       export { openPeriod, saveSheet, yearResults } from './main/evaluations/service';
       export { schemeById } from './main/evaluations/schemes';`,
    );
    const db = openDatabase(path.join(dir, 'ward.sqlite'));
    migrate(db);
    const ctx = { db, clock: { now: () => new Date() }, actorId: null };
    const scheme = schemeById('nd335-2025');
    const insertStaff = db.prepare("INSERT INTO staff_member (full_name, position, employment_type, active_from) VALUES (?, 'Công chức', 'civilServant', '2020-01-01')");
    const staffIds = db.transaction(() => Array.from({ length: STAFF }, (_, i) => Number(insertStaff.run(`Công chức ${i + 1}`).lastInsertRowid)))();
    const seeding = timed(() => {
      for (let month = 1; month <= MONTHS; month++) {
        const period = openPeriod(ctx, { period: `${YEAR}-${String(month).padStart(2, '0')}`, groupName: GROUP, schemeId: scheme.id, staffMemberIds: staffIds });
        db.transaction(() => staffIds.forEach((staffId) => saveSheet(ctx, sheetInput(scheme, period.id, staffId, month))))();
      }
    });
    const readBack = db.prepare(
      `SELECT s.staff_member_id, m.full_name, p.period, s.total_hundredths, s.grade FROM evaluation_sheet s
       JOIN evaluation_period p ON p.id = s.period_id JOIN staff_member m ON m.id = s.staff_member_id WHERE p.period LIKE ? ORDER BY m.id, p.period`,
    );
    const close = [];
    const baseline = [];
    let results;
    for (let run = 0; run < RUNS; run++) {
      const closed = timed(() => yearResults(db, YEAR, GROUP));
      results = closed.result;
      close.push(closed.ms);
      baseline.push(timed(() => readBack.all(`${YEAR}%`)).ms);
    }
    db.close();
    const closeMedian = median(close);
    const baselineMedian = median(baseline);
    console.log(`Evaluations: ${STAFF} staff × ${MONTHS} months = ${STAFF * MONTHS} sheets (seeded through the service in ${ms(seeding.ms)})`);
    console.log(`Close the year (annual score, grade, quota): median ${ms(closeMedian)} of ${RUNS} [${close.map(ms).join(', ')}]   target ${TARGET_MS} ms → ${closeMedian <= TARGET_MS ? 'within' : 'OVER'} target`);
    console.log(`Baseline (the same sheets read by one SELECT): median ${ms(baselineMedian)}   close / baseline = ${(closeMedian / baselineMedian).toFixed(1)}`);
    console.log(`Grades: ${JSON.stringify(results.quota.counts)}${results.quota.warning ? `; ${results.quota.warning}` : ''}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
