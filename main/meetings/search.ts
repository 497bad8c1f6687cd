/**
 * Full-text search across meetings (rules §9: typed with or without diacritics, both ways, đ as d).
 *
 * Index (table `meeting_search`): one row per meeting (title, subject, place), per meeting's minutes
 * (proceedings, conclusion), per agenda item (title, content, conclusion) and per opinion (speaker, summary,
 * who answered, answer). `body` holds that text folded by `foldVietnamese`; the original stays in the source
 * tables and snippets are cut from it.
 *
 * Row ids: meeting id × 2^24 + kind × 2^22 + n, where n counts the meeting's rows of that kind from 0 without
 * gaps. A meeting's rows are found by probing those ids (FTS5 answers a rowid range with a full scan, but
 * one rowid with a seek); the rowid alone says a row's kind and how recent its meeting is.
 *
 * Query: folded and split into words as the tokenizer splits (runs of letters and digits); each word goes to
 * FTS5 quoted, so whatever a user types (" * - : ( ) ^ NEAR OR AND NOT) is plain text, never syntax. Every
 * word must appear; the last one, from two characters on, also matches as a prefix, so typing "dong go"
 * already finds "đóng góp" (a single letter or digit matches only itself: as a prefix it would match most
 * of the index, and "tổ 5" means the number 5).
 *
 * Ranking: BM25's term-frequency saturation and length normalisation (k1 1.2, b 0.75) computed here over
 * the newest matching rows, times a weight per kind; a word completed from the typed prefix counts half,
 * the words side by side in the order typed count more; ties: newest meeting first. Not FTS5's bm25(): its
 * IDF needs a pass over every posting of every word (20–60 ms for a word in half the rows of 200,000
 * opinions), and IDF cannot reorder much anyway where every row holds every word. A query matching more
 * than `CANDIDATES` rows ranks the most recent ones; adding a word reaches older ones.
 */
import type { SearchHit } from '../api/meetings';
import { foldVietnamese } from '../api/text';
import type { Db } from '../db/database';

type HitKind = SearchHit['kind'];
type SnippetPart = SearchHit['snippet'][number];

interface Source {
  kind: HitKind;
  /** Score multiplier: a match in a title or agenda says more than one in a single opinion. */
  weight: number;
  from: string;
  ref: string;
  fields: string[];
  order: string;
}

/**
 * The position in this list is the kind's number in the row id: within a meeting the title row has the
 * highest ids, so it is the first of the meeting's rows that a newest-first walk of the matches meets.
 */
const sources: readonly Source[] = [
  {
    kind: 'opinion',
    weight: 1,
    from: 'opinion o JOIN agenda_item a ON a.id = o.agenda_item_id JOIN meeting m ON m.id = a.meeting_id',
    ref: 'o.id',
    fields: ['o.speaker', 'o.summary', 'o.answered_by', 'o.answer'],
    order: 'a.position, o.position, o.id',
  },
  { kind: 'minutes', weight: 2, from: 'meeting m', ref: 'm.id', fields: ['m.proceedings', 'm.conclusion'], order: 'm.id' },
  {
    kind: 'agendaItem',
    weight: 2,
    from: 'agenda_item a JOIN meeting m ON m.id = a.meeting_id',
    ref: 'a.id',
    fields: ['a.title', 'a.content', 'a.conclusion'],
    order: 'a.position, a.id',
  },
  { kind: 'meeting', weight: 3, from: 'meeting m', ref: 'm.id', fields: ['m.title', 'm.subject', 'm.place'], order: 'm.id' },
];

const ROWS_PER_MEETING = 2 ** 24;
const ROWS_PER_KIND = 2 ** 22;
const meetingOf = (rowid: number) => Math.floor(rowid / ROWS_PER_MEETING);
const kindNumberOf = (rowid: number) => Math.floor(rowid / ROWS_PER_KIND) % (ROWS_PER_MEETING / ROWS_PER_KIND);
/** What the unicode61 tokenizer keeps inside a token: letters, digits, private-use characters. */
const LETTERS = '\\p{L}\\p{N}\\p{Co}';
const WORD = new RegExp(`[${LETTERS}]+`, 'gu');
/** The contract allows 200 characters; past this many words a query says nothing more. */
const MAX_WORDS = 16;
/** Rows ranked per query: the newest matches, so the cost stays flat however common the words. */
const CANDIDATES = 1000;
/**
 * Counting stops here: a count runs over every posting of every word (25–50 ms for common words in 200,000
 * opinions), and past ten thousand the figure only says "very many".
 */
export const SEARCH_TOTAL_CAP = 10_000;
const K1 = 1.2;
const B = 0.75;
const PREFIX_ONLY_WEIGHT = 0.5;
const SEQUENCE_BOOST = 1.5;
const CONTEXT_BEFORE = 60;
const SNIPPET_LENGTH = 220;

interface SourceRow {
  refId: number;
  meetingId: number;
  meetingTitle: string;
  meetingDate: string;
  text: string;
}

function sourceSql(source: Source, where: string): string {
  return `SELECT ${source.ref} AS refId, m.id AS meetingId, m.title AS meetingTitle, m.date AS meetingDate,
    concat_ws(char(10), ${source.fields.join(', ')}) AS text FROM ${source.from} WHERE ${where} ORDER BY ${source.order}`;
}

function rowidOf(meetingId: number, kindNumber: number, n: number): number {
  return meetingId * ROWS_PER_MEETING + kindNumber * ROWS_PER_KIND + n;
}

function meetingRemover(db: Db) {
  const remove = db.prepare('DELETE FROM meeting_search WHERE rowid = ?');
  return (meetingId: number) => {
    sources.forEach((_, kindNumber) => {
      for (let n = 0; remove.run(rowidOf(meetingId, kindNumber, n)).changes > 0; n++);
    });
  };
}

/** Statements prepared once for any number of meetings. */
function indexWriter(db: Db) {
  const remove = meetingRemover(db);
  const insert = db.prepare('INSERT INTO meeting_search (rowid, body, kind, ref_id, meeting_id) VALUES (?, ?, ?, ?, ?)');
  const reads = sources.map((source) => db.prepare(sourceSql(source, 'm.id = ?')));
  return (meetingId: number) => {
    remove(meetingId);
    reads.forEach((read, kindNumber) => {
      const rows = (read.all(meetingId) as SourceRow[]).filter((row) => row.text.trim() !== '');
      rows.forEach((row, n) => {
        insert.run(rowidOf(meetingId, kindNumber, n), foldVietnamese(row.text), sources[kindNumber]!.kind, row.refId, meetingId);
      });
    });
  };
}

/** Rewrites the index rows of one meeting from its tables (called by the service inside its write transaction after every change). */
export function reindexMeeting(db: Db, meetingId: number): void {
  db.transaction(() => indexWriter(db)(meetingId))();
}

export function removeMeetingFromIndex(db: Db, meetingId: number): void {
  db.transaction(() => meetingRemover(db)(meetingId))();
}

/** Rebuilds the whole index (after a restore or when the index is found empty but meetings exist). */
export function rebuildMeetingIndex(db: Db): void {
  db.transaction(() => {
    db.exec('DELETE FROM meeting_search');
    const write = indexWriter(db);
    for (const id of db.prepare('SELECT id FROM meeting ORDER BY id').pluck().all() as number[]) write(id);
    // One b-tree instead of the many segments a bulk load leaves: queries read fewer pages.
    db.exec("INSERT INTO meeting_search (meeting_search) VALUES ('optimize')");
  })();
}

interface ParsedQuery {
  words: string[];
  lastIsPrefix: boolean;
  /** The FTS5 expression: every word quoted, the last one with `*` when it is a prefix. */
  match: string;
}

function parseQuery(text: string): ParsedQuery | null {
  const words = [...new Set(foldVietnamese(text).match(WORD) ?? [])].slice(0, MAX_WORDS);
  if (words.length === 0) return null;
  const lastIsPrefix = words.at(-1)!.length > 1;
  // Words are letters and digits only: double quotes around them cannot be broken out of, and they
  // stand in regular expressions as themselves.
  const match = words.map((word) => `"${word}"`).join(' AND ') + (lastIsPrefix ? '*' : '');
  return { words, lastIsPrefix, match };
}

/** The words side by side in this order, each standing alone; with `prefix`, the last may continue. */
function wordsPattern(words: string[], prefix: boolean): RegExp {
  const end = prefix ? `[${LETTERS}]*` : `(?![${LETTERS}])`;
  return new RegExp(`(?<![${LETTERS}])${words.join(`[^${LETTERS}]+`)}${end}`, 'gu');
}

const occurrences = (pattern: RegExp, text: string) => text.match(pattern)?.length ?? 0;

/** Words of the folded text that the query matched, in order, from `from` on. */
function* matchedWords(folded: string, isMatch: (word: string) => boolean, from: number) {
  const words = new RegExp(WORD.source, 'gu');
  words.lastIndex = from;
  for (let found = words.exec(folded); found; found = words.exec(folded)) {
    if (isMatch(found[0])) yield { start: found.index, end: found.index + found[0].length };
  }
}

/** The query's words whole; the last one as a prefix only where the text lacks it whole. */
function wordMatcher(folded: string, query: ParsedQuery): (word: string) => boolean {
  const last = query.words.at(-1)!;
  const completes = query.lastIsPrefix && occurrences(wordsPattern([last], false), folded) === 0;
  return (word) => query.words.includes(word) || (completes && word.startsWith(last));
}

/**
 * The text (NFC) with its folded form and a map from folded offsets to original ones: the identity when
 * folding kept every length (Vietnamese always does), else built character by character.
 */
function alignFolded(text: string): { original: string; folded: string; toOriginal: (index: number) => number } {
  const original = text.normalize('NFC');
  const folded = foldVietnamese(original);
  if (folded.length === original.length) return { original, folded, toOriginal: (index) => index };
  const offsets: number[] = [];
  let at = 0;
  for (const char of original) {
    for (let i = foldVietnamese(char).length; i > 0; i--) offsets.push(at);
    at += char.length;
  }
  offsets.push(at);
  return { original, folded, toOriginal: (index) => offsets[index]! };
}

/** Where the snippet starts and ends: around the first match, cut between words. */
function snippetWindow(folded: string, first = { start: 0, end: 0 }): [number, number] {
  const contextStart = first.start - CONTEXT_BEFORE;
  const space = contextStart > 0 ? folded.slice(contextStart, first.start).search(/\s\S/) : -1;
  const start = contextStart <= 0 ? 0 : space < 0 ? first.start : contextStart + space + 1;
  const limit = Math.max(start + SNIPPET_LENGTH, first.end);
  if (limit >= folded.length) return [start, folded.length];
  const lastSpace = folded.slice(first.end, limit).search(/\s+\S*$/);
  return [start, lastSpace < 0 ? limit : first.end + lastSpace];
}

/** Text as one line: a line break (between fields, or paragraphs) shows as " · ". */
function pushText(parts: SnippetPart[], text: string): void {
  const collapsed = text.replace(/\s*\n\s*/g, ' · ').replace(/\s+/g, ' ');
  if (collapsed === '') return;
  const previous = parts.at(-1);
  if (previous && !previous.match) previous.text += collapsed;
  else parts.push({ text: collapsed, match: false });
}

/** The original text around the first match, every matched word a separate part. */
function snippetOf(text: string, query: ParsedQuery): SnippetPart[] {
  const { original, folded, toOriginal } = alignFolded(text.trim());
  const isMatch = wordMatcher(folded, query);
  const first = matchedWords(folded, isMatch, 0).next();
  const [start, end] = snippetWindow(folded, first.done ? undefined : first.value);
  const parts: SnippetPart[] = [];
  if (start > 0) pushText(parts, '…');
  let at = start;
  for (const word of matchedWords(folded, isMatch, start)) {
    if (word.start >= end) break;
    pushText(parts, original.slice(toOriginal(at), toOriginal(word.start)));
    parts.push({ text: original.slice(toOriginal(word.start), toOriginal(word.end)), match: true });
    at = word.end;
  }
  pushText(parts, original.slice(toOriginal(at), toOriginal(end)));
  if (end < folded.length) pushText(parts, '…');
  return parts;
}

/** Scores a folded row: the higher, the better it answers the query. */
function scorer(query: ParsedQuery): (body: string, averageLength: number) => number {
  const whole = query.words.map((word) => wordsPattern([word], false));
  const started = wordsPattern([query.words.at(-1)!], query.lastIsPrefix);
  const sequence = query.words.length > 1 ? wordsPattern(query.words, query.lastIsPrefix) : null;
  return (body, averageLength) => {
    const lengthFactor = K1 * (1 - B + (B * body.length) / averageLength);
    const lastWhole = occurrences(whole.at(-1)!, body);
    const frequencies = whole.slice(0, -1).map((pattern) => occurrences(pattern, body));
    frequencies.push(lastWhole + PREFIX_ONLY_WEIGHT * (occurrences(started, body) - lastWhole));
    const score = frequencies.reduce((sum, tf) => sum + (tf * (K1 + 1)) / (tf + lengthFactor), 0);
    return sequence && occurrences(sequence, body) > 0 ? score * SEQUENCE_BOOST : score;
  };
}

/** The rowids of the best `limit` matches, and how many rows match (counted up to `SEARCH_TOTAL_CAP`). */
function rank(db: Db, query: ParsedQuery, limit: number): { rowids: number[]; total: number } {
  // One MATCH per search: a prefix that no prefix index serves is merged once per statement.
  const matching = db
    .prepare('SELECT rowid FROM meeting_search WHERE meeting_search MATCH ? ORDER BY rowid DESC LIMIT ?')
    .pluck()
    .all(query.match, SEARCH_TOTAL_CAP) as number[];
  const bodyOf = db.prepare('SELECT body FROM meeting_search WHERE rowid = ?').pluck();
  const candidates = matching.slice(0, CANDIDATES).map((rowid) => ({ rowid, body: bodyOf.get(rowid) as string }));
  const score = scorer(query);
  const averageLength = candidates.reduce((sum, row) => sum + row.body.length, 0) / candidates.length;
  const ranked = candidates.map(({ rowid, body }) => ({
    rowid,
    score: score(body, averageLength) * sources[kindNumberOf(rowid)]!.weight,
  }));
  ranked.sort((a, b) => b.score - a.score || meetingOf(b.rowid) - meetingOf(a.rowid) || a.rowid - b.rowid);
  return { rowids: ranked.slice(0, limit).map((row) => row.rowid), total: matching.length };
}

function hitsOf(db: Db, query: ParsedQuery, rowids: number[]): SearchHit[] {
  const stored = db.prepare('SELECT kind, ref_id AS refId FROM meeting_search WHERE rowid = ?');
  const reads = new Map(sources.map((source) => [source.kind, db.prepare(sourceSql(source, `${source.ref} = ?`))]));
  return rowids.flatMap((rowid) => {
    const { kind, refId } = stored.get(rowid) as { kind: HitKind; refId: number };
    const row = reads.get(kind)!.get(refId) as SourceRow | undefined;
    if (!row) return []; // its source went without the index being rewritten: nothing left to show
    return [{ kind, meetingId: row.meetingId, meetingTitle: row.meetingTitle, meetingDate: row.meetingDate, snippet: snippetOf(row.text, query) }];
  });
}

export function searchMeetings(db: Db, input: { query: string; limit: number }): { hits: SearchHit[]; total: number; capped: boolean; tookMs: number } {
  const started = performance.now();
  const query = parseQuery(input.query);
  const { rowids, total } = query ? rank(db, query, input.limit) : { rowids: [], total: 0 };
  const hits = query ? hitsOf(db, query, rowids) : [];
  return { hits, total, capped: total >= SEARCH_TOTAL_CAP, tookMs: Math.round((performance.now() - started) * 10) / 10 };
}
