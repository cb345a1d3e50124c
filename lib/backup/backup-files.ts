/** The two kinds of backup: a pg_dump archive (custom format) of a PostgreSQL database, or a PGlite data directory. */
export type BackupKind = "postgres" | "pglite";

const EXTENSIONS: Record<BackupKind, string> = { postgres: ".dump", pglite: ".tar.gz" };

/** `bis-2026-12-01T23-02-33Z.dump` (or `.tar.gz`): UTC, sortable by name, no characters a file system refuses. */
export function backupFileName(kind: BackupKind, now: Date): string {
  const stamp = now.toISOString().slice(0, 19).replaceAll(":", "-");
  return `bis-${stamp}Z${EXTENSIONS[kind]}`;
}

/** Which kind a backup file is, by its name; undefined when neither. */
export function backupKind(file: string): BackupKind | undefined {
  if (file.endsWith(EXTENSIONS.postgres)) return "postgres";
  if (file.endsWith(EXTENSIONS.pglite)) return "pglite";
  return undefined;
}
