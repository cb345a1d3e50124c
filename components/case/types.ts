import type { viewCase } from "@/lib/cases/view-case";

export type TCaseView = Awaited<ReturnType<typeof viewCase>>;
export type TCaseReport = TCaseView["report"];
