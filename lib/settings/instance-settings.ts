import "server-only";
import * as z from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { brandColourProblem } from "@/lib/settings/colour-contrast";
import { cachedRead } from "@/lib/settings/read-cache";

/**
 * Everything that names this instance's samråd, host and routine. Stored in the Setting table (key "instance"),
 * editable by an administrator, so another samråd running the same process can run its own instance.
 */
export const ZInstanceSettings = z.object({
  serviceName: z.string().min(2).max(120),
  samradName: z.string().min(2).max(200),
  hostOrganisation: z.string().min(2).max(200),
  coordinatorRoles: z.array(z.string().min(2).max(200)).min(1),
  coordinatorMailboxes: z.array(z.email()).default([]),
  accessibilityContactEmail: z.email(),
  /** The service's own role mailbox, shown on /kontakt and /personuppgifter. */
  contactEmail: z.email(),
  dataProtectionOfficerEmail: z.email(),
  /** The host's main colour ("#rrggbb", dark enough for white text), or "" for the service's own blue. */
  brandColour: z.string().refine((value) => value === "" || brandColourProblem(value) === null),
  /** The accessibility statement's known shortcomings, one per item (DIGG's model asks for them to be listed). */
  accessibilityKnownIssues: z.array(z.string().min(2).max(1000)).max(20),
  /** When the accessibility statement was last reviewed, YYYY-MM-DD. */
  accessibilityReviewedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  routineSteps: z
    .array(z.object({ title: z.string().min(2).max(200), text: z.string().min(2).max(2000) }))
    .min(1),
});
export type TInstanceSettings = z.infer<typeof ZInstanceSettings>;

export const DEFAULT_INSTANCE_SETTINGS: TInstanceSettings = {
  serviceName: "Brister i samverkan",
  samradName: "Delregionalt samråd psykiatri Nordväst",
  hostOrganisation: "Helsingborgs stad",
  coordinatorRoles: ["psykiatrisamordnaren", "samordnaren för suicidprevention och psykisk hälsa"],
  coordinatorMailboxes: ["psykiatrisamordnare@example.se"],
  accessibilityContactEmail: "tillganglighet@example.se",
  contactEmail: "brister-i-samverkan@example.se",
  dataProtectionOfficerEmail: "dataskyddsombud@example.se",
  brandColour: "",
  accessibilityKnownIssues: [
    "Utskriftskopian av del ett och kvittot är gjorda för papper och PDF. En PDF som sparas från webbläsaren är inte taggad för skärmläsare; samma innehåll finns alltid som webbsida i tjänsten.",
    "Diagrammen i arbetsgruppens statistik visas som bilder. Samma siffror finns i tabeller under varje diagram.",
    "Tjänsten har inte granskats manuellt av en extern part, och den har inte testats med alla skärmläsare. Vi testar automatiskt med axe och med tangentbord.",
    "Sidorna för handläggare och arbetsgrupp är byggda för dator. De går att använda på mobil, men vissa tabeller behöver rullas i sidled.",
  ],
  accessibilityReviewedOn: "2026-12-02",
  routineSteps: [
    { title: "Lös problemet för individen", text: "Se först till att individen får den hjälp hen behöver." },
    {
      title: "Prata med din närmsta chef",
      text: "Ha dialog med din närmsta chef om bristen och planera kontakten med samverkansparten.",
    },
    {
      title: "Fyll i del ett",
      text: "Beskriv händelsen och vilka åtgärder ni vidtagit för att lösa individens ärende.",
    },
    {
      title: "Ha dialog med samverkansparten",
      text: "Skicka en kopia av del ett till samverkansparten. Kom gemensamt fram till vilka åtgärder som behövs för att lösa bristen i samverkan.",
    },
    {
      title: "Fyll i del två och skicka in",
      text: "Beskriv de åtgärder ni kommit överens om och skicka in rapporten. Den diarieförs och handläggs av samordnarna.",
    },
  ],
};

export const INSTANCE_SETTINGS_KEY = "instance";

export async function getInstanceSettings(db: Pick<PrismaClient, "setting">): Promise<TInstanceSettings> {
  const row = await db.setting.findUnique({ where: { key: INSTANCE_SETTINGS_KEY } });
  if (!row) return DEFAULT_INSTANCE_SETTINGS;
  // Field by field: a row written before a field existed, or one bad value, falls back to that field's default only.
  const stored = (row.value ?? {}) as Record<string, unknown>;
  const valid = Object.entries(ZInstanceSettings.shape).flatMap(([key, schema]) => {
    const parsed = (schema as z.ZodType).safeParse(stored[key]);
    return parsed.success && stored[key] !== undefined ? [[key, parsed.data] as const] : [];
  });
  return { ...DEFAULT_INSTANCE_SETTINGS, ...Object.fromEntries(valid) };
}

/**
 * How long a page may show the instance settings it read before reading them again. Another instance of the app
 * sees an administrator's change within this time; the instance that saved it sees it at once.
 */
export const INSTANCE_SETTINGS_TTL_MS = 5_000;

const cachedSettings = cachedRead(
  (db: Pick<PrismaClient, "setting">) => getInstanceSettings(db),
  INSTANCE_SETTINGS_TTL_MS,
);

/**
 * The instance settings for pages that only show them (the start page, the routine, sign-in, …): read at most
 * once per INSTANCE_SETTINGS_TTL_MS per database client, so that those pages cost no database round trip.
 */
export function getInstanceSettingsCached(
  db: Pick<PrismaClient, "setting">,
  now = Date.now(),
): Promise<TInstanceSettings> {
  return cachedSettings.get(db, now);
}

/** Drops the cached settings of `db`'s client, after a change saved through it. */
export function forgetCachedInstanceSettings(db: object): void {
  cachedSettings.forget(db);
}
