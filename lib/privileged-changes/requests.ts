import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { AppError } from "@/lib/errors";
import { currentState, expiresAt, transition } from "@/lib/privileged-changes/approval";
import {
  afterAccountChange,
  applyAccountChange,
  type AccountChange,
} from "@/lib/privileged-changes/apply-change";
import type { TChangeRequestRef } from "@/lib/privileged-changes/schemas";

const REFUSALS = {
  NOT_PENDING: "Begäran är redan avgjord.",
  OWN_REQUEST: "Du kan inte godkänna din egen begäran. En annan administratör behöver göra det.",
  EXPIRED: "Begäran har gått ut efter 7 dagar. Gör ändringen igen om den fortfarande behövs.",
  NOT_REQUESTER: "Bara den som begärde ändringen kan dra tillbaka den.",
  NOT_DUE: "Begäran har inte gått ut.",
} as const;

/** The requests waiting for a second administrator, for /admin; expired ones are left out. */
export async function listPendingChanges(db: PrismaClient, actor: Actor | null, now = new Date()) {
  await assertPermission(db, actor, "admin:manage");
  const rows = await db.privilegedChangeRequest.findMany({
    where: { state: "PENDING" },
    orderBy: { requestedAt: "asc" },
    include: {
      target: { select: { id: true, name: true, role: true } },
      requestedBy: { select: { id: true, name: true } },
    },
  });
  return rows
    .filter((row) => currentState(row, now) === "PENDING")
    .map((row) => ({
      id: row.id,
      kind: row.kind,
      roleTo: row.roleTo,
      // A password reset without a password: the user chooses it through a link ("Tillåt lösenord igen").
      passwordByLink: row.kind === "PASSWORD_RESET" && row.passwordHash === null,
      target: row.target,
      requestedBy: row.requestedBy,
      requestedAt: row.requestedAt,
      expiresAt: expiresAt(row.requestedAt),
    }));
}

/** A second administrator approves: the change is made as asked, and both steps are in the audit log. */
export async function approvePrivilegedChange(
  db: PrismaClient,
  actor: Actor | null,
  input: TChangeRequestRef,
  now = new Date(),
) {
  const admin = await assertPermission(db, actor, "admin:manage");
  const change = await db.$transaction(async (tx) => {
    const request = await tx.privilegedChangeRequest.findUnique({ where: { id: input.requestId } });
    if (!request) throw new AppError("NOT_FOUND", "Begäran finns inte.");
    const step = transition(request, { type: "APPROVE", byId: admin.id, now });
    if (!step.ok) {
      if (step.reason === "EXPIRED") {
        await tx.privilegedChangeRequest.update({ where: { id: request.id }, data: { state: "EXPIRED" } });
      }
      return { refused: step.reason, change: null };
    }
    // The state guards against a second approval racing this one.
    const claimed = await tx.privilegedChangeRequest.updateMany({
      where: { id: request.id, state: "PENDING" },
      data: { state: step.state, decidedById: admin.id, decidedAt: now, passwordHash: null },
    });
    if (claimed.count !== 1) return { refused: "NOT_PENDING" as const, change: null };
    const accountChange: AccountChange =
      request.kind === "ACCOUNT_ACTIVATION"
        ? { kind: "ACCOUNT_ACTIVATION", userId: request.targetUserId }
        : request.kind === "ROLE_CHANGE"
          ? { kind: "ROLE_CHANGE", userId: request.targetUserId, roleTo: request.roleTo! }
          : request.kind === "PASSWORD_RESET"
            ? { kind: "PASSWORD_RESET", userId: request.targetUserId, passwordHash: request.passwordHash }
            : { kind: "TWO_FACTOR_RESET", userId: request.targetUserId };
    await applyAccountChange(tx, request.requestedById, accountChange);
    await writeAudit(tx, {
      action: "PRIVILEGED_CHANGE_APPROVED",
      actorId: admin.id,
      actorLabel: admin.id,
      data: { requestId: request.id, kind: request.kind, userId: request.targetUserId },
    });
    return { refused: null, change: accountChange };
  });
  // An expired request is marked so before the refusal: the transaction above commits it.
  if (!change.change) throw new AppError("CONFLICT", REFUSALS[change.refused!]);
  await afterAccountChange(db, change.change);
  return { kind: change.change.kind };
}
