import { z } from 'zod';

export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const auditChannels = {
  'audit.list': {
    input: z
      .object({ entity: z.string().max(60).optional(), limit: z.number().int().min(1).max(500).default(100), offset: z.number().int().min(0).default(0) })
      .strict(),
    output: z.array(auditEntry),
  },
} as const;
