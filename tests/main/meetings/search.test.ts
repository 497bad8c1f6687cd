import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { SearchHit } from '../../../main/api/meetings';
import { openDatabase, type Db } from '../../../main/db/database';
import { migrate } from '../../../main/db/migrate';
import { rebuildMeetingIndex, reindexMeeting, removeMeetingFromIndex, SEARCH_TOTAL_CAP, searchMeetings } from '../../../main/meetings/search';
import { makeTempDir } from '../support/runtime';

interface MeetingText {
  title: string;
  subject?: string;
  place?: string;
  date?: string;
  proceedings?: string;
  conclusion?: string;
}

function insertMeeting(db: Db, meeting: MeetingText): number {
  const now = '2026-03-02T02:00:00.000Z';
  return Number(
    db
      .prepare(
        `INSERT INTO meeting (type, title, subject, date, start_time, place, proceedings, conclusion, created_at, updated_at)
         VALUES ('residentialGroup', ?, ?, ?, '08:00', ?, ?, ?, ?, ?)`,
      )
      .run(meeting.title, meeting.subject ?? '', meeting.date ?? '2026-03-15', meeting.place ?? 'Nhà văn hóa tổ dân phố số 3', meeting.proceedings ?? '', meeting.conclusion ?? '', now, now).lastInsertRowid,
  );
}

function insertAgendaItem(db: Db, meetingId: number, item: { title: string; content?: string; conclusion?: string }): number {
  const position = db.prepare('SELECT count(*) FROM agenda_item WHERE meeting_id = ?').pluck().get(meetingId) as number;
  return Number(
    db
      .prepare("INSERT INTO agenda_item (meeting_id, position, title, content, kind, conclusion) VALUES (?, ?, ?, ?, 'discussion', ?)")
      .run(meetingId, position, item.title, item.content ?? '', item.conclusion ?? '').lastInsertRowid,
  );
}

function insertOpinion(db: Db, agendaItemId: number, opinion: { speaker: string; summary: string; answeredBy?: string; answer?: string }): number {
  const position = db.prepare('SELECT count(*) FROM opinion WHERE agenda_item_id = ?').pluck().get(agendaItemId) as number;
  return Number(
    db
      .prepare('INSERT INTO opinion (agenda_item_id, position, speaker, summary, answered_by, answer) VALUES (?, ?, ?, ?, ?, ?)')
      .run(agendaItemId, position, opinion.speaker, opinion.summary, opinion.answeredBy ?? '', opinion.answer ?? '').lastInsertRowid,
  );
}

/** A meeting with its text, indexed the way the service does after a write. */
function addMeeting(db: Db, meeting: MeetingText): number {
  const id = insertMeeting(db, meeting);
  reindexMeeting(db, id);
  return id;
}

const search = (db: Db, query: string, limit = 50) => searchMeetings(db, { query, limit });
const meetingIds = (hits: SearchHit[]) => hits.map((hit) => hit.meetingId);
const marked = (hit: SearchHit) => hit.snippet.filter((part) => part.match).map((part) => part.text);
const snippetText = (hit: SearchHit) => hit.snippet.map((part) => part.text).join('');

describe('meeting search', () => {
  let dir: string;
  let db: Db;
  beforeEach(() => {
    dir = makeTempDir();
    db = openDatabase(join(dir, 'search.sqlite'));
    migrate(db);
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds text with diacritics from a query typed without them, marking the original words', () => {
    const contribution = addMeeting(db, { title: 'Họp bàn đóng góp xây dựng đường làng' });
    const place = addMeeting(db, { title: 'Hội nghị tổ dân phố', place: 'Nhà văn hóa phường Đống Đa' });
    addMeeting(db, { title: 'Hội nghị đối thoại với Nhân dân' });

    const gop = search(db, 'dong gop');
    expect(meetingIds(gop.hits)).toEqual([contribution]);
    expect(gop.total).toBe(1);
    expect(marked(gop.hits[0]!)).toEqual(['đóng', 'góp']);
    expect(gop.hits[0]).toMatchObject({ kind: 'meeting', meetingTitle: 'Họp bàn đóng góp xây dựng đường làng', meetingDate: '2026-03-15' });

    const da = search(db, 'dong da');
    expect(da.hits[0]!.meetingId).toBe(place); // first; "đóng … dân" follows as a prefix match
    expect(marked(da.hits[0]!)).toEqual(['Đống', 'Đa']); // "dân" in the same text is not marked: "da" is there whole
  });

  it('finds text typed without diacritics from a query with them, in any case', () => {
    const plain = addMeeting(db, { title: 'Hop ban dong gop quy khuyen hoc' });
    for (const query of ['ĐÓNG GÓP', 'đóng góp', 'Đóng Góp', 'dong gop']) {
      expect(meetingIds(search(db, query).hits), query).toEqual([plain]);
    }
    expect(marked(search(db, 'ĐÓNG GÓP').hits[0]!)).toEqual(['dong', 'gop']);
  });

  it('treats Đ and D as the same letter both ways', () => {
    const withStroke = addMeeting(db, { title: 'Đại hội Đoàn' });
    const withoutStroke = addMeeting(db, { title: 'Dai hoi doan' });
    for (const query of ['Đại hội Đoàn', 'dai hoi doan', 'DAI HOI DOAN', 'đại hội đoàn']) {
      expect(meetingIds(search(db, query).hits).sort(), query).toEqual([withStroke, withoutStroke]);
    }
  });

  it('matches every Vietnamese vowel with every tone, both ways, in both cases', () => {
    const vowels: Record<string, string[]> = { a: ['a', 'ă', 'â'], e: ['e', 'ê'], i: ['i'], o: ['o', 'ô', 'ơ'], u: ['u', 'ư'], y: ['y'] };
    const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323']; // none, huyền, sắc, hỏi, ngã, nặng
    const cases = Object.entries(vowels).flatMap(([base, letters]) =>
      letters.flatMap((letter) => tones.map((tone) => (letter + tone).normalize('NFC'))).flatMap((lower) => [lower, lower.toUpperCase()]).map((marked) => ({ base, marked })),
    );
    expect(cases).toHaveLength(144);
    expect(cases.every(({ marked }) => marked.length === 1)).toBe(true); // every one precomposed

    const indexed = cases.map(({ base, marked }, n) => {
      const markedWord = `q${marked}z${n}q`; // the closing letter keeps q…z1 from being a prefix of q…z10
      const plainWord = `q${base}z${n}q`;
      return { markedWord, plainWord, ids: [addMeeting(db, { title: `Từ ${markedWord}` }), addMeeting(db, { title: `Từ ${plainWord}` })] };
    });
    for (const { markedWord, plainWord, ids } of indexed) {
      for (const query of [markedWord, plainWord]) {
        const { hits } = search(db, query);
        expect(meetingIds(hits).sort((a, b) => a - b), query).toEqual(ids);
        expect(hits.flatMap(marked).sort(), query).toEqual([markedWord, plainWord].sort());
      }
    }
  });

  it('finds agenda items, opinions and minutes, each as its own kind', () => {
    const meeting = addMeeting(db, {
      title: 'Hội nghị cán bộ, công chức năm 2026',
      proceedings: 'Chủ tọa khai mạc. Đồng chí Trưởng ban Thanh tra nhân dân báo cáo kết quả giám sát.',
      conclusion: 'Hội nghị thống nhất quy chế chi tiêu nội bộ.',
    });
    const item = insertAgendaItem(db, meeting, { title: 'Thảo luận quy chế dân chủ', content: 'Dự thảo lấy ý kiến các phòng' });
    insertOpinion(db, item, { speaker: 'Bà Huỳnh Thị Ngọc', summary: 'Đề nghị bổ sung chế độ phụ cấp kiêm nhiệm', answeredBy: 'Chủ tịch', answer: 'Tiếp thu' });
    reindexMeeting(db, meeting);

    const [opinion] = search(db, 'phu cap kiem nhiem').hits;
    expect(opinion).toMatchObject({ kind: 'opinion', meetingId: meeting });
    expect(snippetText(opinion!)).toBe('Bà Huỳnh Thị Ngọc · Đề nghị bổ sung chế độ phụ cấp kiêm nhiệm · Chủ tịch · Tiếp thu');
    expect(search(db, 'huynh ngoc').hits).toMatchObject([{ kind: 'opinion' }]);
    expect(search(db, 'lay y kien cac phong').hits).toMatchObject([{ kind: 'agendaItem', meetingId: meeting }]);
    expect(search(db, 'ban thanh tra nhan dan').hits).toMatchObject([{ kind: 'minutes', meetingTitle: 'Hội nghị cán bộ, công chức năm 2026' }]);
    expect(search(db, 'chi tieu noi bo').hits).toMatchObject([{ kind: 'minutes' }]);
  });

  it('ranks a title match above a passing mention and an exact word above a prefix', () => {
    const filler = 'Các hộ gia đình trao đổi về vệ sinh môi trường, an ninh trật tự và lịch thu gom rác. '.repeat(6);
    // The better matches are the older meetings, so the newest-first tie-break cannot explain the order.
    const titled = addMeeting(db, { title: 'Họp thông qua hương ước tổ dân phố', date: '2025-01-10' });
    const mention = addMeeting(db, { title: 'Họp tổ dân phố số 5', proceedings: `${filler}Có hộ nhắc đến hương ước cũ. ${filler}` });
    const ranked = search(db, 'huong uoc');
    expect(ranked.hits.map((hit) => [hit.meetingId, hit.kind])).toEqual([
      [titled, 'meeting'],
      [mention, 'minutes'],
    ]);

    const exact = addMeeting(db, { title: 'Họp bàn đường Đống Đa mới', date: '2024-05-01' }); // the longer text of the two
    const prefixOnly = addMeeting(db, { title: 'Họp bàn đường Đống Đạt' });
    expect(meetingIds(search(db, 'dong da').hits)).toEqual([exact, prefixOnly]);

    const sideBySide = addMeeting(db, { title: 'Họp bàn mức đóng góp làm đường', place: 'Hội trường' });
    const apart = addMeeting(db, { title: 'Góp ý giờ đóng cửa chợ', place: 'Hội trường' });
    expect(meetingIds(search(db, 'dong gop').hits)).toEqual([sideBySide, apart]);
  });

  it('orders equal scores newest meeting first, the same way every time, and counts beyond the limit', () => {
    const ids = [1, 2, 3, 4, 5].map(() => addMeeting(db, { title: 'Họp bàn kế hoạch thu gom rác' }));
    const newestFirst = [...ids].reverse();
    expect(meetingIds(search(db, 'thu gom rac').hits)).toEqual(newestFirst);
    const limited = search(db, 'thu gom rac', 2);
    expect(meetingIds(limited.hits)).toEqual(newestFirst.slice(0, 2));
    expect(limited.total).toBe(5);
  });

  it('counts up to the cap and still puts a meeting\'s own title first when its opinions are countless', () => {
    const older = addMeeting(db, { title: 'Họp bàn thu gom rác đợt một', date: '2025-06-01' });
    const busy = insertMeeting(db, { title: 'Hội nghị về thu gom rác thải' });
    const item = insertAgendaItem(db, busy, { title: 'Ý kiến của các hộ' });
    db.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
       INSERT INTO opinion (agenda_item_id, position, speaker, summary) SELECT ?, i, 'Hộ số ' || i, 'Đề nghị thu gom rác đúng giờ' FROM n`,
    ).run(SEARCH_TOTAL_CAP + 1, item);
    reindexMeeting(db, busy);

    const { hits, total } = search(db, 'thu gom rac', 20);
    expect(total).toBe(SEARCH_TOTAL_CAP);
    expect(hits).toHaveLength(20);
    expect(hits[0]).toMatchObject({ kind: 'meeting', meetingId: busy });
    expect(meetingIds(search(db, 'thu gom rac dot mot').hits)).toEqual([older]);
  });

  it('finds as the user types: the last word from two characters on matches as a prefix', () => {
    const id = addMeeting(db, { title: 'Họp bàn đóng góp xây dựng nhà văn hóa' });
    for (const query of ['dong go', 'đóng gó', 'dong gop xay dun', 'nha van ho']) {
      expect(meetingIds(search(db, query).hits), query).toEqual([id]);
    }
    expect(marked(search(db, 'dong go').hits[0]!)).toEqual(['đóng', 'góp']);
    expect(search(db, 'do gop').total).toBe(0); // only the last word is a prefix
    expect(search(db, 'dong g').total).toBe(0); // one letter matches only itself

    const five = addMeeting(db, { title: 'Hội nghị tổ dân phố 5' });
    addMeeting(db, { title: 'Hội nghị tổ dân phố 52' });
    expect(meetingIds(search(db, 'to dan pho 5').hits)).toEqual([five]);
  });

  it('cuts the snippet from the original text around the first match and marks every occurrence in it', () => {
    const before = 'Ông Nguyễn Văn Bình, Tổ trưởng tổ dân phố, báo cáo tình hình thu chi quỹ của tổ trong năm qua. '.repeat(3);
    const id = addMeeting(db, {
      title: 'Họp tổ dân phố số 7',
      proceedings: `${before}Hội nghị bàn việc đóng góp làm đường; mức đóng góp mỗi hộ là 500.000 đồng, hộ nghèo được miễn đóng góp.\n\nSau đó các hộ phát biểu ý kiến về an ninh trật tự và vệ sinh môi trường trên địa bàn ${'dài '.repeat(80)}cuối cùng đóng góp.`,
    });
    const [hit] = search(db, 'Dong gop').hits;
    expect(hit).toMatchObject({ kind: 'minutes', meetingId: id });
    const text = snippetText(hit!);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text).toContain('Hội nghị bàn việc đóng góp làm đường; mức đóng góp mỗi hộ là 500.000 đồng, hộ nghèo được miễn đóng góp. · Sau đó'); // a paragraph break shows as " · "
    expect(text).not.toContain('cuối cùng');
    expect(marked(hit!)).toEqual(['đóng', 'góp', 'đóng', 'góp', 'đồng', 'đóng', 'góp']); // "dong" is also the currency
    expect(text.length).toBeLessThan(260);
    // Whole words at both ends, no line breaks.
    expect(text).toMatch(/^…[^\s…]/);
    expect(text).toMatch(/[^\s…]…$/);
    expect(text).not.toMatch(/\n/);
  });

  it('keeps highlights on the right letters when the text carries a stray combining mark', () => {
    addMeeting(db, { title: 'Ký hiệu x\u0301 lạ', place: 'Hội trường phường Đống Đa' });
    const [hit] = search(db, 'dong da').hits;
    expect(marked(hit!)).toEqual(['Đống', 'Đa']);
    expect(snippetText(hit!)).toContain('x\u0301 lạ');
  });

  it('forgets old words after an edit and everything of a removed meeting', () => {
    const id = addMeeting(db, { title: 'Họp bàn nạo vét kênh mương' });
    const item = insertAgendaItem(db, id, { title: 'Phân công trực đê' });
    insertOpinion(db, item, { speaker: 'Ông Lý Văn Tám', summary: 'Đề nghị mua thêm bao cát' });
    reindexMeeting(db, id);
    expect(search(db, 'bao cat').total).toBe(1);

    db.prepare("UPDATE meeting SET title = 'Họp bàn trồng cây xanh' WHERE id = ?").run(id);
    db.prepare('DELETE FROM agenda_item WHERE id = ?').run(item);
    reindexMeeting(db, id);
    expect(search(db, 'nao vet kenh muong').total).toBe(0);
    expect(search(db, 'truc de').total).toBe(0);
    expect(search(db, 'bao cat').total).toBe(0);
    expect(meetingIds(search(db, 'trong cay xanh').hits)).toEqual([id]);

    const other = addMeeting(db, { title: 'Họp bàn trồng cây xanh đợt hai' });
    db.prepare('DELETE FROM meeting WHERE id = ?').run(id);
    removeMeetingFromIndex(db, id);
    expect(meetingIds(search(db, 'trong cay xanh').hits)).toEqual([other]);
    expect(db.prepare('SELECT count(*) FROM meeting_search WHERE meeting_id = ?').pluck().get(id)).toBe(0);
  });

  it('rebuilds the whole index from the tables', () => {
    const first = insertMeeting(db, { title: 'Hội nghị đối thoại với Nhân dân' });
    const second = insertMeeting(db, { title: 'Tiếp xúc cử tri', conclusion: 'Kiến nghị về đối thoại định kỳ' });
    insertOpinion(db, insertAgendaItem(db, second, { title: 'Ý kiến cử tri' }), { speaker: 'Bà Đỗ Thị Hoa', summary: 'Mong được đối thoại thường xuyên' });
    const gone = addMeeting(db, { title: 'Đối thoại đã xóa' });
    db.prepare('DELETE FROM meeting WHERE id = ?').run(gone);
    expect(search(db, 'doi thoai').total).toBe(1); // only the stale row of the deleted meeting

    rebuildMeetingIndex(db);
    const { hits, total } = search(db, 'doi thoai');
    expect(total).toBe(3);
    expect(hits.map((hit) => [hit.meetingId, hit.kind]).sort()).toEqual([
      [first, 'meeting'],
      [second, 'minutes'],
      [second, 'opinion'],
    ]);
  });

  it('takes anything a user types as plain words, never as FTS5 syntax', () => {
    const id = addMeeting(db, { title: 'Họp bàn đóng góp quỹ "Vì người nghèo" (đợt 2) - năm 2026: khu phố 4' });
    const sameAsWords = ['"dong gop', 'dong* gop*', '-dong -gop', 'dong - gop', '(dong gop', 'dong) gop(', '^dong gop', 'dong + gop', "dong' gop", 'dong\\gop', 'dong%gop_', 'dong.gop', '"dong" "gop"'];
    for (const query of sameAsWords) {
      expect(meetingIds(search(db, query).hits), query).toEqual([id]);
    }
    const operatorsAsWords = ['body:dong gop', '{body}: dong gop', 'dong OR gop', 'dong AND gop', 'NOT dong', 'NEAR(dong gop)', 'dong NEAR gop', 'kind:meeting', 'meeting_id:1', 'rank:bm25'];
    for (const query of operatorsAsWords) {
      expect(() => search(db, query), query).not.toThrow();
    }
    expect(search(db, 'dong OR gop').total).toBe(0); // "or" is a word that must appear, not an operator
    expect(meetingIds(search(db, '"vi nguoi ngheo" (dot 2)').hits)).toEqual([id]);
    for (const query of ['"', '*', '-', ':', '(', ')', '""', '" OR "', '^', '***', '…', '\u0301', '   ', '', '🙂']) {
      expect(search(db, query), JSON.stringify(query)).toMatchObject({ hits: [], total: 0 });
    }
  });

  it('returns nothing, quickly and without error, when nothing matches', () => {
    addMeeting(db, { title: 'Họp bàn đóng góp' });
    const result = search(db, 'khong co tu nay');
    expect(result).toMatchObject({ hits: [], total: 0 });
    expect(result.tookMs).toBeGreaterThanOrEqual(0);
    expect(search(db, 'xyz')).toMatchObject({ hits: [], total: 0 });
  });
});
