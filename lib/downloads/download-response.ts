import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import type { Permission } from "@/lib/auth/roles";
import { getStaffUser } from "@/lib/auth/staff-session";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { logError } from "@/lib/log";

const TEXT = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };

export interface DownloadFile {
  content: Uint8Array;
  contentType: string;
  /** The name the file is saved as; may hold any character ("Brister i samverkan 2026.docx"). */
  filename: string;
}

/** `attachment` with an ASCII name for old clients and the exact name for the rest (RFC 6266). */
function contentDisposition(filename: string): string {
  const ascii = filename
    .normalize("NFD")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/["\\]/g, "");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/**
 * A staff member's download of an export, the one shape of every export route: the signed-in staff member, a
 * permission checked on the server before anything else (so a made-up address tells someone without it nothing),
 * `notFound` when the address names nothing, the file built (and audited) by its `lib/` operation, and the
 * operation's refusals and failures as short Swedish texts: 401 or 403 when refused, 422 for another
 * refusal, 500 with a reference to the log for anything else.
 */
export async function downloadResponse(options: {
  /** The log's name for a failure, "statistik.xlsx". */
  name: string;
  permission: Permission;
  /** Said with 404 when `build` is null. */
  notFound: string;
  /** Builds the file for the signed-in staff member; null when the address names nothing. */
  build: ((db: PrismaClient, user: Actor) => Promise<DownloadFile>) | null;
}): Promise<Response> {
  const user = await getStaffUser();
  try {
    const db = await getDb();
    const actor = await assertPermission(db, user, options.permission);
    if (!options.build) return new Response(options.notFound, { status: 404, headers: TEXT });
    const file = await options.build(db, actor);
    return new Response(file.content as Uint8Array<ArrayBuffer>, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": contentDisposition(file.filename),
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (isAppError(error)) {
      const status = error.code !== "FORBIDDEN" ? 422 : user ? 403 : 401;
      return new Response(error.message, { status, headers: TEXT });
    }
    const id = logError(options.name, error);
    return new Response(`Något gick fel hos oss (referens ${id}). Försök igen om en stund.`, {
      status: 500,
      headers: TEXT,
    });
  }
}
