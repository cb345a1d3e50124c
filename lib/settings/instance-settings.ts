import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";

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
  const parsed = ZInstanceSettings.partial().safeParse(row.value);
  return { ...DEFAULT_INSTANCE_SETTINGS, ...(parsed.success ? parsed.data : {}) };
}
