/**
 * The register of outgoing documents (sổ đăng ký văn bản đi): one number sequence per calendar year,
 * restarting at 1 on 1 January (NĐ 30 Art. 15), giving symbols such as "05/QĐ-UBND".
 */
import { auditedWrite, type WriteContext } from '../audit/audit';
import type { Db } from '../db/database';
import { parseIsoDay } from './vietnamese';

/** NĐ 30 Phụ lục III type codes the ward issues; a công văn has none (its symbol is "12/UBND-VX"). */
export type DocumentTypeCode = 'NQ' | 'QĐ' | 'CT' | 'QC' | 'QyĐ' | 'TB' | 'HD' | 'CTr' | 'KH' | 'PA' | 'ĐA' | 'BC' | 'BB' | 'TTr' | 'BGN' | 'BTT' | 'GM' | 'GUQ';

export interface RegisterRequest {
  typeCode: DocumentTypeCode;
  /** The issuing body's code after the dash, e.g. "UBND". */
  issuerCode: string;
  title: string;
  /** "yyyy-MM-dd"; its year picks the number sequence. */
  issuedOn: string;
  /** The record the document was made from, e.g. "budgetDisclosure" / "12". */
  entity?: string;
  entityId?: string | number;
}

export interface RegisteredDocument {
  id: number;
  year: number;
  number: number;
  symbol: string;
}

export interface RegisterEntry extends RegisteredDocument {
  typeCode: string;
  issuerCode: string;
  title: string;
  issuedOn: string;
  entity: string | null;
  entityId: string | null;
  createdAt: string;
}

/** "05/QĐ-UBND": numbers below 10 with a leading zero (NĐ 30 Phụ lục I). */
export function documentSymbol(number: number, typeCode: string, issuerCode: string): string {
  return `${String(number).padStart(2, '0')}/${typeCode}-${issuerCode}`;
}

/** Takes the next number of the year of `issuedOn`, in one transaction with its audit row. */
export function registerDocument(ctx: WriteContext, request: RegisterRequest): RegisteredDocument {
  const { year } = parseIsoDay(request.issuedOn);
  return auditedWrite(ctx, () => {
    const last = ctx.db.prepare('SELECT MAX(number) AS last FROM document_register WHERE year = ?').get(year) as { last: number | null };
    const number = (last.last ?? 0) + 1;
    const symbol = documentSymbol(number, request.typeCode, request.issuerCode);
    const { lastInsertRowid } = ctx.db
      .prepare(
        `INSERT INTO document_register (year, number, type_code, issuer_code, symbol, title, issued_on, entity, entity_id, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        year,
        number,
        request.typeCode,
        request.issuerCode,
        symbol,
        request.title,
        request.issuedOn,
        request.entity ?? null,
        request.entityId == null ? null : String(request.entityId),
        ctx.clock.now().toISOString(),
      );
    const registered = { id: Number(lastInsertRowid), year, number, symbol };
    return {
      result: registered,
      change: { action: 'register', entity: 'outgoingDocument', entityId: registered.id, after: { ...registered, title: request.title, issuedOn: request.issuedOn } },
    };
  });
}

interface RegisterRow {
  id: number;
  year: number;
  number: number;
  type_code: string;
  issuer_code: string;
  symbol: string;
  title: string;
  issued_on: string;
  entity: string | null;
  entity_id: string | null;
  created_at: string;
}

/** The year's register in number order. */
export function listRegister(db: Db, year: number): RegisterEntry[] {
  const rows = db.prepare('SELECT * FROM document_register WHERE year = ? ORDER BY number').all(year) as RegisterRow[];
  return rows.map((r) => ({
    id: r.id,
    year: r.year,
    number: r.number,
    symbol: r.symbol,
    typeCode: r.type_code,
    issuerCode: r.issuer_code,
    title: r.title,
    issuedOn: r.issued_on,
    entity: r.entity,
    entityId: r.entity_id,
    createdAt: r.created_at,
  }));
}

/** A record's document of one type is numbered once: the first export takes the number, later ones reuse it. */
export function registerOnce(ctx: WriteContext, request: RegisterRequest & { entity: string; entityId: string | number }): { symbol: string; issuedOn: string } {
  const existing = ctx.db
    .prepare('SELECT symbol, issued_on FROM document_register WHERE entity = ? AND entity_id = ? AND type_code = ? ORDER BY id LIMIT 1')
    .get(request.entity, String(request.entityId), request.typeCode) as { symbol: string; issued_on: string } | undefined;
  if (existing) return { symbol: existing.symbol, issuedOn: existing.issued_on };
  return { symbol: registerDocument(ctx, request).symbol, issuedOn: request.issuedOn };
}
