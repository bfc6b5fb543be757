export interface AuditEntry {
  id: number;
  at: Date;
  actorPersonId: number | null;
  actorName: string | null;
  action: string;
  target: string | null;
  details: Record<string, unknown> | null;
}

/** The port for the audit log of admin actions: imports, role changes, deletions. */
export interface AuditLog {
  record(entry: { actorPersonId: number | null; action: string; target?: string; details?: Record<string, unknown> }): Promise<void>;
  latest(limit: number): Promise<AuditEntry[]>;
}
