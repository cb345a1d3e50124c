import "server-only";
import type { Draft, PartnerLink, PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { recordAnonymousRefusal } from "@/lib/audit/anonymous-refusals";
import { AppError } from "@/lib/errors";
import { draftExpiresAt } from "@/lib/reports/draft-expiry";
import type { TPartnerComment } from "@/lib/reports/schemas";
import { currentClientKey } from "@/lib/security/request-client-key";
import { generateCode, hashCode } from "@/lib/security/tokens";

const PARTNER = "Samverkanspart";
/** After the single opening, the partner may read and comment for this long (within the link's own expiry). */
export const PARTNER_SESSION_HOURS = 24;
export const MAX_LINKS_PER_DRAFT = 10;

/** Only a draft with del ett done, not yet submitted, can be shared. */
export function assertShareable(draft: Draft) {
  if (!draft.delEttDoneAt) throw new AppError("DRAFT_INCOMPLETE", "Gör klart del ett innan du delar den.");
  if (draft.submittedAt) throw new AppError("ALREADY_SUBMITTED", "Rapporten är redan inskickad.");
}

export async function createPartnerLink(
  db: PrismaClient,
  draft: Draft,
  options: { email: string; now: Date; validDays: number },
) {
  assertShareable(draft);
  // The service sends these mails in the host organisation's name: a draft can't be used to send many.
  if ((await db.partnerLink.count({ where: { draftId: draft.id } })) >= MAX_LINKS_PER_DRAFT) {
    throw new AppError(
      "RATE_LIMITED",
      `Du har redan skapat ${MAX_LINKS_PER_DRAFT} länkar för den här rapporten, som är det högsta antalet. Använd en av dem, eller skriv ut del ett och ge den till samverkansparten.`,
    );
  }
  const token = generateCode();
  const link = await db.$transaction(async (tx) => {
    const created = await tx.partnerLink.create({
      data: {
        draftId: draft.id,
        tokenHash: hashCode(token),
        email: options.email,
        expiresAt: draftExpiresAt(options.now, options.validDays),
      },
    });
    await writeAudit(tx, {
      action: "PARTNER_LINK_CREATED",
      actorLabel: "Rapportör",
      data: { partnerLinkId: created.id },
    });
    return created;
  });
  return { link, token };
}

function isUsable(link: PartnerLink | null, now: Date): link is PartnerLink {
  return !!link && link.expiresAt > now && !link.commentedAt;
}

/**
 * Whether the link could be opened now, without opening it: a mail scanner that fetches the link must not
 * use it up. A pure read, so nothing is audited; only the opening itself is.
 */
export async function checkPartnerLink(
  db: PrismaClient,
  token: string,
  now: Date,
): Promise<PartnerLink | null> {
  const link = await db.partnerLink.findUnique({ where: { tokenHash: hashCode(token) } });
  return isUsable(link, now) && !link.openedAt ? link : null;
}

/**
 * Opens a link for the first and only time. Unknown, expired, used and already opened links are all
 * refused the same way, so a refusal reveals nothing. A refused real link gets its own audit row; made-up tokens
 * are counted with the client's other anonymous refusals.
 */
export async function openPartnerLink(db: PrismaClient, token: string, now: Date): Promise<PartnerLink> {
  const link = await db.partnerLink.findUnique({ where: { tokenHash: hashCode(token) } });
  if (!link) {
    await recordAnonymousRefusal(db, "partner_link", await currentClientKey(), now);
    throw new AppError("GONE", "Länken har redan använts eller gått ut.");
  }
  if (!isUsable(link, now) || link.openedAt) {
    await db.$transaction((tx) =>
      writeAudit(tx, {
        action: "PARTNER_LINK_REFUSED",
        actorLabel: PARTNER,
        data: { partnerLinkId: link.id },
      }),
    );
    throw new AppError("GONE", "Länken har redan använts eller gått ut.");
  }
  // The conditional update makes two simultaneous openings yield one winner.
  const opened = await db.$transaction(async (tx) => {
    const { count } = await tx.partnerLink.updateMany({
      where: { id: link.id, openedAt: null },
      data: { openedAt: now },
    });
    if (count === 1) {
      await writeAudit(tx, {
        action: "PARTNER_LINK_OPENED",
        actorLabel: PARTNER,
        data: { partnerLinkId: link.id },
      });
    }
    return count === 1;
  });
  if (!opened) throw new AppError("GONE", "Länken har redan använts eller gått ut.");
  return { ...link, openedAt: now };
}

/** The partner's session after opening: the token is kept in an httpOnly cookie, checked again on every request. */
export async function findOpenPartnerSession(db: PrismaClient, token: string, now: Date) {
  const link = await db.partnerLink.findUnique({
    where: { tokenHash: hashCode(token) },
    include: { draft: true },
  });
  if (!isUsable(link, now) || !link.openedAt) return null;
  if (now.getTime() - link.openedAt.getTime() > PARTNER_SESSION_HOURS * 3600_000) return null;
  if (link.draft.submittedAt) return null;
  return link;
}

export async function addPartnerComment(
  db: PrismaClient,
  link: PartnerLink,
  comment: TPartnerComment,
  now: Date,
) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.partnerLink.updateMany({
      where: { id: link.id, commentedAt: null },
      data: {
        comment: comment.comment,
        commenterOrganisation: comment.organisation,
        commenterRole: comment.role,
        commentedAt: now,
      },
    });
    if (count !== 1) throw new AppError("GONE", "Länken har redan använts eller gått ut.");
    await writeAudit(tx, {
      action: "PARTNER_COMMENT_ADDED",
      actorLabel: PARTNER,
      data: { partnerLinkId: link.id },
    });
  });
}

/** The partner comments on a draft, newest first, for the reporter's review page. */
export function listPartnerComments(db: PrismaClient, draftId: string) {
  return db.partnerLink.findMany({
    where: { draftId, commentedAt: { not: null } },
    orderBy: { commentedAt: "desc" },
    select: {
      id: true,
      comment: true,
      commenterOrganisation: true,
      commenterRole: true,
      commentedAt: true,
      email: true,
    },
  });
}
