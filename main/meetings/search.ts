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
 * one rowid with a seek), and ranking reads the kind from the rowid without visiting the stored row.
 *
 * Query: folded and split into words as the tokenizer splits (runs of letters and digits); each word goes to
 * FTS5 quoted, so whatever a user types (" * - : ( ) ^ NEAR OR AND NOT) is plain text, never syntax. Every
 * word must appear; the last one also matches as a prefix, so typing "dong g" already finds "đóng góp".
 * Ranking: bm25, where an exact last word and the words in sequence score above a bare prefix or scattered
 * words, times a weight per kind (a meeting's own title and subject count most); ties: newest meeting first.
 */
import type { SearchHit } from '../api/meetings';
import { foldVietnamese } from '../api/text';
import type { Db } from '../db/database';

type HitKind = SearchHit['kind'];
type SnippetPart = SearchHit['snippet'][number];

interface Source {
  kind: HitKind;
  /** bm25 multiplier: a match in a short, deliberate text says more than one in a long record. */
  weight: number;
  from: string;
  ref: string;
  fields: string[];
  order: string;
}

/** The position in this list is the kind's number in the row id. */
const sources: readonly Source[] = [
  { kind: 'meeting', weight: 4, from: 'meeting m', ref: 'm.id', fields: ['m.title', 'm.subject', 'm.place'], order: 'm.id' },
  { kind: 'minutes', weight: 1, from: 'meeting m', ref: 'm.id', fields: ['m.proceedings', 'm.conclusion'], order: 'm.id' },
  {
    kind: 'agendaItem',
    weight: 2,
    from: 'agenda_item a JOIN meeting m ON m.id = a.meeting_id',
    ref: 'a.id',
    fields: ['a.title', 'a.content', 'a.conclusion'],
    order: 'a.position, a.id',
  },
  {
    kind: 'opinion',
    weight: 1,
    from: 'opinion o JOIN agenda_item a ON a.id = o.agenda_item_id JOIN meeting m ON m.id = a.meeting_id',
    ref: 'o.id',
    fields: ['o.speaker', 'o.summary', 'o.answered_by', 'o.answer'],
    order: 'a.position, o.position, o.id',
  },
];

const ROWS_PER_MEETING = 2 ** 24;
const ROWS_PER_KIND = 2 ** 22;
const KIND_OF_ROWID = '((rowid >> 22) & 3)';

/** Runs of letters and digits: what the unicode61 tokenizer keeps as one token. */
const WORD = /[\p{L}\p{N}\p{Co}]+/gu;
/** The contract allows 200 characters; past this many words a query says nothing more. */
const MAX_WORDS = 16;
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
  /** The FTS5 expression: every word, the last also as a prefix, plus the words in sequence for ranking. */
  match: string;
}

function parseQuery(text: string): ParsedQuery | null {
  const words = [...new Set(foldVietnamese(text).match(WORD) ?? [])].slice(0, MAX_WORDS);
  if (words.length === 0) return null;
  // Words are letters and digits only, so double quotes around them cannot be broken out of.
  const quoted = words.map((word) => `"${word}"`);
  const last = quoted.at(-1)!;
  const all = [...quoted.slice(0, -1), `(${last} OR ${last}*)`].join(' AND ');
  return { words, match: words.length > 1 ? `(${all}) OR "${words.join(' ')}"*` : all };
}

/** Words of the folded text that the query matched, in order, from `from` on. */
function* matchedWords(folded: string, isMatch: (word: string) => boolean, from: number) {
  const words = new RegExp(WORD.source, 'gu');
  words.lastIndex = from;
  for (let found = words.exec(folded); found; found = words.exec(folded)) {
    if (isMatch(found[0])) yield { start: found.index, end: found.index + found[0].length };
  }
}

/** The query's words as whole words; the last one as a prefix only where the text lacks it whole. */
function wordMatcher(folded: string, query: ParsedQuery): (word: string) => boolean {
  const last = query.words.at(-1)!;
  const hasLastWhole = !matchedWords(folded, (word) => word === last, 0).next().done;
  return (word) => query.words.includes(word) || (!hasLastWhole && word.startsWith(last));
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
  const space = contextStart > 0 ? folded.slice(contextStart, first.start).search(/\s/) : -1;
  const start = contextStart <= 0 ? 0 : space < 0 ? first.start : contextStart + space + 1;
  const limit = Math.max(start + SNIPPET_LENGTH, first.end);
  if (limit >= folded.length) return [start, folded.length];
  const lastSpace = folded.slice(first.end, limit).search(/\s\S*$/);
  return [start, lastSpace < 0 ? limit : first.end + lastSpace];
}

function pushText(parts: SnippetPart[], text: string): void {
  const collapsed = text.replace(/\s+/g, ' ');
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

const rankedSql = `SELECT rowid FROM meeting_search WHERE meeting_search MATCH ?
  ORDER BY bm25(meeting_search) * CASE ${KIND_OF_ROWID} ${sources.map((s, i) => `WHEN ${i} THEN ${s.weight}`).join(' ')} END,
    rowid >> 24 DESC, rowid
  LIMIT ?`;

function hitsOf(db: Db, query: ParsedQuery, limit: number): SearchHit[] {
  const rowids = db.prepare(rankedSql).pluck().all(query.match, limit) as number[];
  const stored = db.prepare('SELECT kind, ref_id AS refId FROM meeting_search WHERE rowid = ?');
  const reads = new Map(sources.map((source) => [source.kind, db.prepare(sourceSql(source, `${source.ref} = ?`))]));
  return rowids.flatMap((rowid) => {
    const { kind, refId } = stored.get(rowid) as { kind: HitKind; refId: number };
    const row = reads.get(kind)!.get(refId) as SourceRow | undefined;
    if (!row) return [];
    return [{ kind, meetingId: row.meetingId, meetingTitle: row.meetingTitle, meetingDate: row.meetingDate, snippet: snippetOf(row.text, query) }];
  });
}

export function searchMeetings(db: Db, input: { query: string; limit: number }): { hits: SearchHit[]; total: number; tookMs: number } {
  const started = performance.now();
  const query = parseQuery(input.query);
  const hits = query ? hitsOf(db, query, input.limit) : [];
  const total = query ? (db.prepare('SELECT count(*) FROM meeting_search WHERE meeting_search MATCH ?').pluck().get(query.match) as number) : 0;
  return { hits, total, tookMs: Math.round((performance.now() - started) * 10) / 10 };
}
