import "server-only";
import * as z from "zod";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { referenceYear } from "@/lib/reports/reference-number";
import {
  DEFAULT_AREAS,
  DEFAULT_CATEGORY_NAMES,
  DEFAULT_CATEGORY_YEARS,
  DEFAULT_ORGANISATIONS,
} from "@/lib/reference-data/defaults";
import { DEFAULT_INSTANCE_SETTINGS, INSTANCE_SETTINGS_KEY } from "@/lib/settings/instance-settings";

/**
 * Which defaults were ever written. A default is created at most once: an organisation the administrator renamed
 * or an area they removed is not brought back at the next start, while a default added in a later version still is.
 */
const SEEDED_KEY = "reference-data-seeded";
const ZSeededLog = z.object({
  organisations: z.array(z.string()).default([]),
  areas: z.array(z.string()).default([]),
  categoryYears: z.array(z.number().int()).default([]),
});
type SeededLog = z.infer<typeof ZSeededLog>;

// Serialises concurrent starts (two app instances on one PostgreSQL); any constant works, it only has to be ours.
const ADVISORY_LOCK_ID = 724_130_001;

export interface ReferenceDataResult {
  organisations: number;
  areas: number;
  categories: number;
  instanceSettings: boolean;
}

/**
 * Creates the default organisations, areas, root-cause categories and instance settings where they are missing.
 * Never deletes and never updates: after the first start the reference data is the administrator's.
 * The current year gets categories too: a copy of the latest earlier year's active ones (the defaults if none).
 */
export async function ensureReferenceData(
  db: PrismaClient,
  options: { now: Date },
): Promise<ReferenceDataResult> {
  return db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${ADVISORY_LOCK_ID})`);
    const log = await readSeededLog(tx);
    const result: ReferenceDataResult = {
      organisations: await ensureOrganisations(tx, log),
      areas: await ensureAreas(tx, log),
      categories: await ensureCategories(tx, log, referenceYear(options.now)),
      instanceSettings: await ensureInstanceSettings(tx),
    };
    await tx.setting.upsert({
      where: { key: SEEDED_KEY },
      create: { key: SEEDED_KEY, value: log },
      update: { value: log },
    });
    return result;
  });
}

async function readSeededLog(tx: Prisma.TransactionClient): Promise<SeededLog> {
  const row = await tx.setting.findUnique({ where: { key: SEEDED_KEY } });
  const parsed = ZSeededLog.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : ZSeededLog.parse({});
}

async function ensureOrganisations(tx: Prisma.TransactionClient, log: SeededLog): Promise<number> {
  const pending = DEFAULT_ORGANISATIONS.map((org, index) => ({ ...org, sortOrder: index * 10 })).filter(
    (org) => !log.organisations.includes(org.name),
  );
  if (pending.length === 0) return 0;
  const { count } = await tx.organisation.createMany({ data: pending, skipDuplicates: true });
  log.organisations.push(...pending.map((org) => org.name));
  return count;
}

async function ensureAreas(tx: Prisma.TransactionClient, log: SeededLog): Promise<number> {
  const pending = DEFAULT_AREAS.map((area, index) => ({ ...area, sortOrder: index * 10 })).filter(
    (area) => !log.areas.includes(area.code),
  );
  if (pending.length === 0) return 0;
  const { count } = await tx.area.createMany({ data: pending, skipDuplicates: true });
  log.areas.push(...pending.map((area) => area.code));
  return count;
}

async function ensureCategories(
  tx: Prisma.TransactionClient,
  log: SeededLog,
  currentYear: number,
): Promise<number> {
  const years = [...new Set([...DEFAULT_CATEGORY_YEARS, currentYear])].sort((a, b) => a - b);
  let created = 0;
  for (const year of years) {
    if (log.categoryYears.includes(year)) continue;
    log.categoryYears.push(year);
    // A year the administrator already set up (or emptied on purpose after seeding) is left alone.
    if ((await tx.category.count({ where: { year } })) > 0) continue;
    const names = DEFAULT_CATEGORY_YEARS.includes(year)
      ? DEFAULT_CATEGORY_NAMES
      : await previousYearNames(tx, year);
    const { count } = await tx.category.createMany({
      data: names.map((name, index) => ({ name, year, sortOrder: index * 10 })),
      skipDuplicates: true,
    });
    created += count;
  }
  return created;
}

async function previousYearNames(tx: Prisma.TransactionClient, year: number): Promise<readonly string[]> {
  const latest = await tx.category.findFirst({ where: { year: { lt: year } }, orderBy: { year: "desc" } });
  if (!latest) return DEFAULT_CATEGORY_NAMES;
  const rows = await tx.category.findMany({
    where: { year: latest.year, isActive: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
  return rows.length > 0 ? rows.map((row) => row.name) : DEFAULT_CATEGORY_NAMES;
}

async function ensureInstanceSettings(tx: Prisma.TransactionClient): Promise<boolean> {
  const { count } = await tx.setting.createMany({
    data: [{ key: INSTANCE_SETTINGS_KEY, value: DEFAULT_INSTANCE_SETTINGS }],
    skipDuplicates: true,
  });
  return count === 1;
}
