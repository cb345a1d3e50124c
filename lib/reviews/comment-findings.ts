import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { detectIdentifiers as detectLight } from "@/lib/anonymise/detect-identifiers";
import { detectIdentifiers as detectFull } from "@/lib/anonymise/detect-identifiers-full";
import type { IdentifierKind } from "@/lib/anonymise/identifier-kinds";
import { detectorAllowList } from "@/lib/anonymised-cases/detector-allow-list";
import { isBlockingIdentifier } from "@/lib/reports/identifier-findings";

export interface CommentFlag {
  kind: IdentifierKind;
  /** The words as written in the comment (the group's own text, shown back to the group only). */
  snippets: string[];
  /** Every finding of the kind was only "possible". */
  isPossible: boolean;
}

/**
 * What the server's full detector finds in a comment beyond what the browser's light check already showed the
 * writer (and had them confirm), grouped by kind: flagged to the group on the brist's page, never refused. The
 * refused kinds never get this far. Organisation, area and category names are never taken for names.
 */
export async function flagComment(
  db: Pick<PrismaClient, "organisation" | "area" | "category">,
  comment: string,
): Promise<CommentFlag[]> {
  if (!comment.trim()) return [];
  const shown = new Set(detectLight(comment).map((hit) => `${hit.kind}:${hit.match}`));
  const hits = detectFull(comment, { allow: await detectorAllowList(db) }).filter(
    (hit) => !isBlockingIdentifier(hit) && !shown.has(`${hit.kind}:${hit.match}`),
  );
  const kinds = [...new Set(hits.map((hit) => hit.kind))];
  return kinds.map((kind) => {
    const ofKind = hits.filter((hit) => hit.kind === kind);
    return {
      kind,
      snippets: [...new Set(ofKind.map((hit) => hit.match))],
      isPossible: ofKind.every((hit) => hit.confidence === "possible"),
    };
  });
}
