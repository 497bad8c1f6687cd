// Meeting search benchmark: 20,000 meetings and 200,000 opinions of generated Vietnamese text (fixed seed),
// then ~50 queries through `searchMeetings`, against the 50 ms target, and the same queries answered by a
// LIKE '%…%' scan over the same folded text in the same run. Prints figures; the exit code says nothing
// about speed. Run: `node bench/meetings-search.mjs` (no build needed: it bundles its TypeScript with esbuild).
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { loadTypeScript } from './typescript.mjs';

const MEETINGS = 20_000;
const OPINIONS = 200_000;
const LIMIT = 50;
const SEARCH_RUNS = 5;
const TARGET_MS = 50;

/** The TypeScript under test as one ES module. */
function loadSearch(dir) {
  return loadTypeScript(
    dir,
    'search',
    `export { openDatabase } from './main/db/database';
     export { migrate } from './main/db/migrate';
     export { rebuildMeetingIndex, reindexMeeting, searchMeetings, SEARCH_TOTAL_CAP } from './main/meetings/search';
     export { foldVietnamese } from './main/api/text';`,
  );
}

/** mulberry32: the same text on every machine and every run. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = {
  surname: ['Nguyễn', 'Nguyễn', 'Nguyễn', 'Trần', 'Trần', 'Lê', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'],
  middle: ['Văn', 'Văn', 'Thị', 'Thị', 'Đức', 'Minh', 'Hữu', 'Ngọc', 'Thanh', 'Quốc', 'Xuân', 'Thu', 'Công', 'Kim'],
  given: ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hoa', 'Hùng', 'Hương', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Nga', 'Phúc', 'Phương', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Thắng', 'Trang', 'Tuấn', 'Vân', 'Việt', 'Yến', 'Đạt', 'Đông', 'Oanh', 'Khoa'],
  honorific: ['Ông', 'Bà', 'Anh', 'Chị', 'Đồng chí'],
  official: ['Chủ tịch UBND phường', 'Phó Chủ tịch UBND phường', 'Tổ trưởng tổ dân phố', 'Trưởng Ban công tác Mặt trận', 'Trưởng Công an phường', 'Công chức địa chính - xây dựng', 'Công chức văn hóa - xã hội'],
  street: ['đường Đống Đa', 'phố Nguyễn Trãi', 'ngõ Văn Chương', 'phố Hàng Bột', 'phố Khâm Thiên', 'đường Tôn Đức Thắng', 'phố Láng Hạ', 'phố Hoàng Cầu', 'ngõ Ô Chợ Dừa', 'đường Trường Chinh', 'phố Thái Hà', 'ngõ Thổ Quan'],
  topic: [
    'đóng góp xây dựng đường giao thông', 'quỹ khuyến học', 'hương ước, quy ước tổ dân phố', 'bầu tổ trưởng tổ dân phố', 'vệ sinh môi trường',
    'an ninh trật tự', 'phòng cháy chữa cháy', 'nạo vét kênh mương', 'lắp đặt đèn chiếu sáng công cộng', 'thu gom rác thải sinh hoạt',
    'xây dựng nhà văn hóa', 'phòng chống dịch sốt xuất huyết', 'chỉnh trang vỉa hè', 'giải phóng mặt bằng', 'cấp nước sạch', 'trồng cây xanh',
    'quỹ vì người nghèo', 'đền ơn đáp nghĩa', 'phòng chống ma túy', 'bảo hiểm y tế hộ gia đình', 'cải cách thủ tục hành chính', 'đăng ký tạm trú',
    'tiếng ồn karaoke', 'lấn chiếm lòng đường', 'ngập úng mùa mưa', 'sửa chữa cống thoát nước', 'xây dựng khu dân cư văn hóa', 'bầu Ban thanh tra nhân dân',
    'giám sát đầu tư của cộng đồng', 'quy chế chi tiêu nội bộ', 'chế độ phụ cấp', 'kế hoạch công tác năm', 'trông giữ xe', 'chợ tạm', 'cấp giấy chứng nhận quyền sử dụng đất',
  ],
  /** Each rare term goes into about one opinion in 500. */
  rare: ['giếng khoan', 'nhà tang lễ', 'chó thả rông', 'hầm biogas', 'lò gạch thủ công', 'máy bơm chống úng', 'sạt lở bờ sông', 'bếp than tổ ong', 'lồng bè', 'khuyến nông', 'mái tôn xập xệ', 'cột điện nghiêng'],
  ask: ['Đề nghị', 'Kiến nghị', 'Phản ánh', 'Đề xuất', 'Đồng ý với', 'Không đồng ý với', 'Hỏi về', 'Mong muốn có giải pháp cho'],
  actor: ['UBND phường sớm giải quyết', 'tổ dân phố công khai', 'cơ quan chức năng kiểm tra', 'tăng cường tuyên truyền về', 'xem xét lại mức thu', 'bổ sung kinh phí cho', 'giải quyết dứt điểm tình trạng'],
  remark: [
    'Hộ gia đình tôi đã thực hiện đầy đủ.', 'Việc này kéo dài nhiều năm nay.', 'Người dân rất bức xúc.', 'Cần có lộ trình cụ thể và thời hạn hoàn thành.',
    'Đề nghị công khai số tiền đã thu và đã chi.', 'Nhiều hộ chưa nắm được chủ trương.', 'Mức đóng góp cần phù hợp với hộ khó khăn.', 'Đề nghị tổ chức họp lại để lấy ý kiến.',
    'Nhất trí với báo cáo của tổ trưởng.', 'Cần phân công người theo dõi.',
  ],
  answer: [
    'Tiếp thu ý kiến, UBND phường sẽ chỉ đạo kiểm tra và trả lời bằng văn bản.', 'Ghi nhận, chuyển cơ quan chuyên môn xem xét giải quyết.', 'Đã có kế hoạch thực hiện trong năm nay.',
    'Nội dung này thuộc thẩm quyền của cấp trên, phường sẽ tổng hợp báo cáo.', 'Tổ dân phố sẽ công khai tại nhà văn hóa trong tuần tới.',
  ],
  meetingTitle: ['Hội nghị tổ dân phố số {n} bàn về {topic}', 'Họp tổ dân phố số {n}: {topic}', 'Hội nghị đối thoại với Nhân dân về {topic}', 'Tiếp xúc cử tri phường, nội dung {topic}', 'Hội nghị cán bộ, công chức năm {year}'],
};

function generator(seed) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const person = () => `${pick(words.honorific)} ${pick(words.surname)} ${pick(words.middle)} ${pick(words.given)}`;
  const sentence = () => `${pick(words.ask)} ${pick(words.actor)} ${pick(words.topic)} tại ${pick(words.street)}${next() < 0.03 ? `, ${pick(words.rare)}` : ''}.`;
  const paragraph = (sentences, remarks) =>
    Array.from({ length: sentences }, sentence).concat(Array.from({ length: remarks }, () => pick(words.remark))).sort(() => next() - 0.5).join(' ');
  return {
    next,
    meeting: (id) => {
      const topic = pick(words.topic);
      return {
        title: pick(words.meetingTitle).replace('{n}', String(1 + (id % 40))).replace('{topic}', topic).replace('{year}', String(2015 + (id % 12))),
        subject: `Bàn và quyết định việc ${topic}`,
        place: next() < 0.5 ? `Nhà văn hóa tổ dân phố số ${1 + (id % 40)}` : `Hội trường UBND phường, ${pick(words.street)}`,
        date: `${2015 + Math.floor(id / 2000)}-${String(1 + (id % 12)).padStart(2, '0')}-${String(1 + (id % 28)).padStart(2, '0')}`,
        proceedings: `${person()} khai mạc và giới thiệu thành phần. ${paragraph(4, 4)} ${person()} trình bày dự thảo. ${paragraph(3, 3)}`,
        conclusion: `Hội nghị thống nhất ${pick(words.topic)}. ${pick(words.remark)}`,
      };
    },
    agendaItem: () => ({ title: `Thảo luận về ${pick(words.topic)}`, content: paragraph(2, 1), conclusion: next() < 0.5 ? `Thống nhất ${pick(words.topic)}.` : '' }),
    opinion: () => {
      const answered = next() < 0.6;
      return { speaker: person(), summary: paragraph(1 + Math.floor(next() * 2), Math.floor(next() * 3)), answeredBy: answered ? pick(words.official) : '', answer: answered ? pick(words.answer) : '' };
    },
  };
}

function fillDatabase(db) {
  const gen = generator(20260415);
  const now = '2026-04-15T00:00:00.000Z';
  const insertMeeting = db.prepare(`INSERT INTO meeting (id, type, title, subject, date, start_time, place, proceedings, conclusion, created_at, updated_at)
    VALUES (?, 'residentialGroup', ?, ?, ?, '08:00', ?, ?, ?, ?, ?)`);
  const insertItem = db.prepare("INSERT INTO agenda_item (meeting_id, position, title, content, kind, conclusion) VALUES (?, ?, ?, ?, 'discussion', ?)");
  const insertOpinion = db.prepare('INSERT INTO opinion (agenda_item_id, position, speaker, summary, answered_by, answer) VALUES (?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    const itemsOf = [];
    for (let id = 1; id <= MEETINGS; id++) {
      const m = gen.meeting(id);
      insertMeeting.run(id, m.title, m.subject, m.date, m.place, m.proceedings, m.conclusion, now, now);
      itemsOf.push(
        Array.from({ length: 1 + Math.floor(gen.next() * 5) }, (_, position) => {
          const item = gen.agendaItem();
          return { id: Number(insertItem.run(id, position, item.title, item.content, item.conclusion).lastInsertRowid), opinions: 0 };
        }),
      );
    }
    // Each opinion to a meeting drawn at random: ten per meeting on average, a few with none, some with twenty.
    for (let n = 0; n < OPINIONS; n++) {
      const items = itemsOf[Math.floor(gen.next() * MEETINGS)];
      const item = items[Math.floor(gen.next() * items.length)];
      const o = gen.opinion();
      insertOpinion.run(item.id, item.opinions++, o.speaker, o.summary, o.answeredBy, o.answer);
    }
  })();
}

const queries = {
  common: ['nguyen', 'phuong', 've sinh', 'dong gop', 'moi truong', 'y kien', 'to dan pho', 'an ninh trat tu', 'Đống Đa', 'đóng góp', 'Nguyễn Văn', 'de nghi', 'ubnd phuong', 'kiem tra', 'duong'],
  phrase: ['quy khuyen hoc', 'huong uoc', 'thu gom rac', 'den chieu sang', 'nao vet kenh muong', 'bao hiem y te', 'tam tru', 'karaoke', 'long duong', 'cong thoat nuoc', 'Hàng Bột', 'vỉa hè', 'Khâm Thiên', 'sốt xuất huyết', 'giải phóng mặt bằng'],
  rare: ['gieng khoan', 'nha tang le', 'cho tha rong', 'biogas', 'lo gach', 'may bom chong ung', 'sat lo bo song', 'bep than to ong', 'long be', 'khuyen nong'],
  prefix: ['d', 'ng', 'dong go', 've si', 'huong u', 'khuy', 'nguyen van bi', 'tr', 'ka', 'quy kh'],
  none: ['xyzzy', 'blockchain', 'tau vu tru', 'quantum', '"dong gop NEAR(ve sinh) -rac*'],
};

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const ms = (value) => `${value.toFixed(1)} ms`.padStart(9);
const figures = (times) => ({ p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times) });

function timed(action) {
  const started = performance.now();
  const result = action();
  return { result, ms: performance.now() - started };
}

/** The baseline: every word as LIKE '%word%' over a plain column of the same folded text, no ranking. */
function likeScan(db, fold, query) {
  const words = fold(query).match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return { total: 0 };
  const where = words.map(() => "body LIKE '%' || ? || '%'").join(' AND ');
  const rows = db.prepare(`SELECT rowid FROM like_baseline WHERE ${where}`).pluck().all(...words);
  return { total: rows.length, hits: rows.slice(0, LIMIT) };
}

const dir = await mkdtemp(path.join(tmpdir(), 'sdc-bench-search-'));
try {
  const { openDatabase, migrate, rebuildMeetingIndex, reindexMeeting, searchMeetings, SEARCH_TOTAL_CAP, foldVietnamese } = await loadSearch(dir);
  const db = openDatabase(path.join(dir, 'bench.sqlite'));
  migrate(db);
  // Loading speed: reads are unaffected, and reindexMeeting is timed without the commit's fsync, which
  // belongs to the transaction of the service that calls it.
  db.pragma('synchronous = NORMAL');

  const load = timed(() => fillDatabase(db));
  const index = timed(() => rebuildMeetingIndex(db));
  db.exec('CREATE TABLE like_baseline AS SELECT rowid, body FROM meeting_search');
  const rows = db.prepare('SELECT count(*) FROM meeting_search').pluck().get();
  const counts = db.prepare('SELECT (SELECT count(*) FROM meeting) AS meetings, (SELECT count(*) FROM agenda_item) AS items, (SELECT count(*) FROM opinion) AS opinions').get();
  console.log(`Data: ${counts.meetings} meetings, ${counts.items} agenda items, ${counts.opinions} opinions → ${rows} index rows (CPU: ${cpus().length} cores)`);
  const edits = Array.from({ length: 200 }, (_, i) => 1 + ((i * 7919) % MEETINGS)).map((id) => timed(() => reindexMeeting(db, id)).ms);
  const edit = figures(edits);
  console.log(`Load ${ms(load.ms)}   rebuildMeetingIndex ${ms(index.ms)}   reindexMeeting (one meeting, 200 runs) p50 ${ms(edit.p50)} p95 ${ms(edit.p95)}`);

  const all = Object.entries(queries).flatMap(([group, list]) => list.map((query) => ({ group, query })));
  for (const { query } of all) searchMeetings(db, { query, limit: LIMIT }); // warm-up: pages in the cache
  const searchTimes = [];
  const perQuery = all.map(({ group, query }) => {
    const times = Array.from({ length: SEARCH_RUNS }, () => timed(() => searchMeetings(db, { query, limit: LIMIT })));
    searchTimes.push(...times.map((t) => t.ms));
    return { group, query, total: times[0].result.total, median: percentile(times.map((t) => t.ms), 50) };
  });

  for (const { query } of all.slice(0, 3)) likeScan(db, foldVietnamese, query); // warm-up
  const likeTimes = all.map(({ query }) => timed(() => likeScan(db, foldVietnamese, query)).ms);

  const search = figures(searchTimes);
  const like = figures(likeTimes);
  console.log(`\n${all.length} queries (${Object.entries(queries).map(([g, l]) => `${l.length} ${g}`).join(', ')}), limit ${LIMIT}`);
  console.log(`searchMeetings (${SEARCH_RUNS} runs each)   p50 ${ms(search.p50)}   p95 ${ms(search.p95)}   max ${ms(search.max)}   (target p95 ≤ ${TARGET_MS} ms: ${search.p95 <= TARGET_MS ? 'met' : 'NOT met'})`);
  console.log(`LIKE scan baseline (1 run each)  p50 ${ms(like.p50)}   p95 ${ms(like.p95)}   max ${ms(like.max)}`);
  console.log(`search / LIKE: p50 ${(search.p50 / like.p50).toFixed(3)}, p95 ${(search.p95 / like.p95).toFixed(3)}`);
  console.log('\nSlowest queries (median of runs):');
  for (const q of [...perQuery].sort((a, b) => b.median - a.median).slice(0, 8)) {
    const total = q.total === SEARCH_TOTAL_CAP ? `≥ ${q.total}` : String(q.total);
    console.log(`  ${ms(q.median)}  ${q.group.padEnd(7)} ${JSON.stringify(q.query).padEnd(34)} ${total} matching rows`);
  }
  console.log('\nFirst hits of "dong gop" ([…] = highlighted):');
  for (const hit of searchMeetings(db, { query: 'dong gop', limit: 3 }).hits) {
    console.log(`  ${hit.kind.padEnd(10)} ${hit.snippet.map((part) => (part.match ? `[${part.text}]` : part.text)).join('')}`);
  }
  db.close();
} finally {
  await rm(dir, { recursive: true, force: true });
}
