import { z } from 'zod';

export const rejectedLine = z.object({ dataset: z.string(), line: z.number().int(), recordId: z.string(), code: z.string(), message: z.string() });
export type RejectedLineView = z.infer<typeof rejectedLine>;

/** What the superior's receipt said about one sent batch, as the ward keeps it. */
export const receiptDetail = z.object({
  /** The receipt's own number and installation: an older receipt never overwrites a newer one. */
  receiptSeq: z.number().int(),
  receiptInstallationId: z.string(),
  /** When the superior applied the batch (its clock). */
  receivedAt: z.string(),
  /** Sequence numbers of this ward's installation the superior had not received when it wrote the receipt. */
  missingSeqs: z.array(z.number().int()),
  rejectedLines: z.array(rejectedLine),
});
export type ReceiptDetail = z.infer<typeof receiptDetail>;

export const pinnedSuperior = z.object({
  unitCode: z.string(),
  unitName: z.string(),
  installationId: z.string(),
  /** 16 groups of 4 hex digits: compared with the superior's signed paper form. */
  fingerprint: z.string(),
  pinnedAt: z.string(),
  pinnedBy: z.string(),
});
export type PinnedSuperiorView = z.infer<typeof pinnedSuperior>;

const reason = z.object({ code: z.string(), message: z.string(), detail: z.string() });

export const downlinkReport = z.object({
  fileName: z.string(),
  fileSha256: z.string().nullable(),
  /** alreadyReceived: the same file was applied before; nothing changed. */
  result: z.enum(['applied', 'alreadyReceived', 'rejected']),
  reason: reason.nullable(),
  batch: z.object({ kind: z.string(), seq: z.number().int(), batchId: z.string(), createdAt: z.string() }).nullable(),
  /** One entry per receipt line: the sent batch it acknowledges and what became of it here. */
  receipts: z.array(z.object({
    line: z.number().int(),
    batchId: z.string(),
    sentSeq: z.number().int().nullable(),
    outcome: z.enum(['received', 'partial', 'stale', 'unknownBatch', 'invalid']),
    message: z.string(),
  })),
  /** One entry per criteria set line. */
  criteriaSets: z.array(z.object({
    line: z.number().int(),
    setId: z.string(),
    version: z.number().int().nullable(),
    name: z.string(),
    outcome: z.enum(['added', 'alreadyPresent', 'refused']),
    message: z.string(),
  })),
  /** One entry per budget form set line (dataset `budget_form_sets`). */
  formSets: z.array(z.object({
    line: z.number().int(),
    formSetId: z.string(),
    version: z.number().int().nullable(),
    name: z.string(),
    outcome: z.enum(['added', 'alreadyPresent', 'refused']),
    message: z.string(),
  })),
  /** Lines of datasets this version does not know for the file's kind (a newer superior's): reported, not applied. */
  unknownLines: z.array(rejectedLine),
});
export type DownlinkReportView = z.infer<typeof downlinkReport>;

const setRef = z.object({ setId: z.string().regex(/^[a-z0-9.-]{3,60}$/), version: z.number().int().min(1) }).strict();

/** What travels down from the superior office: its pinned key (ward side), receipts and criteria sets. */
export const exchangeDownlinkChannels = {
  /** The superior office whose key this ward trusts, or null before it is pinned. */
  'exchange.superiorStatus': { input: z.object({}).strict(), output: pinnedSuperior.nullable() },
  /**
   * `content`: the superior's enrolment file. A different key than the pinned one is refused unless `replace`;
   * the returned fingerprint is compared with the superior's signed paper form.
   */
  'exchange.pinSuperior': {
    input: z.object({ content: z.string().max(20_000), replace: z.boolean().default(false) }).strict(),
    output: pinnedSuperior.extend({ previousFingerprint: z.string().nullable(), alreadyPinned: z.boolean() }),
  },
  /** Main asks for the file (receipt or directive), checks it against the pinned key and applies it in one transaction. */
  'exchange.importFromSuperior': { input: z.object({}).strict(), output: downlinkReport },
  /**
   * Superior side: main checks everything, asks for the folder and writes a signed directive carrying the chosen
   * published criteria sets (all when omitted) and `formSets`, the contents of budget form set files (.json).
   */
  'exchange.writeDirective': {
    input: z.object({
      sets: z.array(setRef).max(200).optional(),
      formSets: z.array(z.string().min(2).max(1_000_000)).max(10).optional(),
    }).strict(),
    output: z.object({ path: z.string(), fileName: z.string(), sets: z.number().int(), formSets: z.number().int() }),
  },
} as const;
