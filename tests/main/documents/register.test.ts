import { rmSync } from 'node:fs';
import path from 'node:path';
import { listChanges, type WriteContext } from '../../../main/audit/audit';
import { openDatabase, type Db } from '../../../main/db/database';
import { migrate } from '../../../main/db/migrate';
import { documentSymbol, listRegister, registerDocument, type RegisterRequest } from '../../../main/documents/register';
import { FakeClock, makeTempDir } from '../support/runtime';

let dir: string;
let db: Db;
let ctx: WriteContext;

beforeEach(() => {
  dir = makeTempDir('sdc-register-');
  db = openDatabase(path.join(dir, 'ward.sqlite'));
  migrate(db);
  ctx = { db, clock: new FakeClock(new Date('2026-03-02T02:00:00.000Z')), actorId: null };
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const decision = (issuedOn: string, title = 'Quyết định công bố công khai dự toán ngân sách năm 2026'): RegisterRequest => ({
  typeCode: 'QĐ',
  issuerCode: 'UBND',
  title,
  issuedOn,
});

it('writes numbers below 10 with a leading zero', () => {
  expect(documentSymbol(5, 'QĐ', 'UBND')).toBe('05/QĐ-UBND');
  expect(documentSymbol(12, 'BB', 'UBND')).toBe('12/BB-UBND');
  expect(documentSymbol(105, 'TB', 'UBND')).toBe('105/TB-UBND');
});

it('numbers the documents of a year in one sequence across types', () => {
  const first = registerDocument(ctx, decision('2026-02-05'));
  const second = registerDocument(ctx, { typeCode: 'TB', issuerCode: 'UBND', title: 'Thông báo lịch tiếp công dân', issuedOn: '2026-02-06' });
  expect(first).toMatchObject({ year: 2026, number: 1, symbol: '01/QĐ-UBND' });
  expect(second).toMatchObject({ year: 2026, number: 2, symbol: '02/TB-UBND' });
  for (let i = 3; i <= 10; i += 1) registerDocument(ctx, decision('2026-03-01'));
  expect(listRegister(db, 2026).map((e) => e.symbol).slice(-2)).toEqual(['09/QĐ-UBND', '10/QĐ-UBND']);
});

it('restarts at 1 on 1 January, by the year of the issue date, not of the clock', () => {
  registerDocument(ctx, decision('2026-12-30'));
  registerDocument(ctx, decision('2026-12-31'));
  const january = registerDocument(ctx, decision('2027-01-01'));
  expect(january).toMatchObject({ year: 2027, number: 1, symbol: '01/QĐ-UBND' });
  const late = registerDocument(ctx, decision('2026-12-31', 'Báo cáo bổ sung'));
  expect(late).toMatchObject({ year: 2026, number: 3 });
  expect(listRegister(db, 2026).map((e) => e.number)).toEqual([1, 2, 3]);
  expect(listRegister(db, 2027).map((e) => e.number)).toEqual([1]);
});

it('stores the whole entry and audits it', () => {
  const registered = registerDocument(ctx, { ...decision('2026-02-05'), entity: 'budgetDisclosure', entityId: 12 });
  expect(listRegister(db, 2026)).toEqual([
    {
      ...registered,
      typeCode: 'QĐ',
      issuerCode: 'UBND',
      title: 'Quyết định công bố công khai dự toán ngân sách năm 2026',
      issuedOn: '2026-02-05',
      entity: 'budgetDisclosure',
      entityId: '12',
      createdAt: '2026-03-02T02:00:00.000Z',
    },
  ]);
  const [change] = listChanges(db, { entity: 'outgoingDocument', limit: 10, offset: 0 });
  expect(change).toMatchObject({ action: 'register', entityId: String(registered.id), after: { symbol: '01/QĐ-UBND', issuedOn: '2026-02-05' } });
});

it('takes no number when the audit row cannot be written', () => {
  const unknownActor = { ...ctx, actorId: 999 };
  expect(() => registerDocument(unknownActor, decision('2026-02-05'))).toThrow(/FOREIGN KEY/);
  expect(listRegister(db, 2026)).toEqual([]);
  expect(registerDocument(ctx, decision('2026-02-05')).number).toBe(1);
});

it('refuses an issue date that is not a calendar day', () => {
  expect(() => registerDocument(ctx, decision('2026-02-30'))).toThrow(/Ngày không hợp lệ/);
  expect(listRegister(db, 2026)).toEqual([]);
});
