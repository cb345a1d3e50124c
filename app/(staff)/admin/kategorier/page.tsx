import type { Metadata } from "next";
import Link from "next/link";
import * as z from "zod";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { CategoryCopyForm } from "@/components/admin/category-copy-form";
import { CategoryCreateForm } from "@/components/admin/category-create-form";
import { ReferenceTable, sortStatusUsageColumns } from "@/components/admin/reference-table";
import { listCategories } from "@/lib/reference-data/list-categories";
import { requirePagePermission } from "@/lib/auth/staff-session";
import { getDb } from "@/lib/db";
import { referenceYear } from "@/lib/reports/reference-number";
import { copyCategoriesAction, createCategoryAction } from "./actions";

export const metadata: Metadata = { title: "Kategorier" };

const ZYear = z.coerce.number().int().min(2000).max(2100);

export default async function CategoriesPage({ searchParams }: { searchParams: Promise<{ ar?: string }> }) {
  const params = await searchParams;
  const currentYear = referenceYear(new Date());
  const year = ZYear.catch(currentYear).parse(params.ar ?? currentYear);
  const admin = await requirePagePermission("admin:manage", { from: `/admin/kategorier?ar=${year}` });
  const { years, categories } = await listCategories(await getDb(), admin, year);
  const shownYears = [...new Set([...years, currentYear, year])].sort((a, b) => a - b);
  const nextSortOrder = Math.max(0, ...categories.map((c) => c.sortOrder)) + 10;
  // An empty year starts as a copy of the nearest earlier year that has a list.
  const copySource =
    categories.length > 0 ? year : ([...years].reverse().find((y) => y < year) ?? years.at(-1));
  let copyTarget = year;
  if (categories.length > 0) while (years.includes(copyTarget)) copyTarget++;

  return (
    <>
      <AdminBreadcrumbs trail={[{ label: "Kategorier" }]} />
      <h1 className="mb-4 text-3xl font-bold">Kategorier {year}</h1>
      <p className="mb-4">
        Bakomliggande orsaker som samordnarna väljer för en brist. Varje år har en egen lista, så ändringar
        för ett nytt år påverkar inte tidigare års brister och statistik. Kategorier tas aldrig bort; en
        avaktiverad kategori kan inte väljas längre men finns kvar på de brister som har den.
      </p>
      <nav aria-label="Välj år" className="mb-6">
        <ul className="flex flex-wrap gap-3">
          {shownYears.map((y) => (
            <li key={y}>
              {y === year ? (
                <span aria-current="page" className="rounded border-2 border-brand-700 px-2 font-semibold">
                  {y}
                </span>
              ) : (
                <Link href={`/admin/kategorier?ar=${y}`} className="px-2 text-brand-900 underline">
                  {y}
                </Link>
              )}
            </li>
          ))}
        </ul>
      </nav>

      {categories.length > 0 ? (
        <ReferenceTable
          caption={`${categories.length} kategorier för ${year}`}
          rows={categories}
          href={(category) => `/admin/kategorier/${category.id}`}
          columns={sortStatusUsageColumns("Antal brister")}
        />
      ) : (
        <p className="mb-8 rounded border-2 border-brand-700 bg-brand-50 p-3">
          {year} har ingen lista än. Kopiera ett tidigare års lista nedan eller lägg till kategorier en i
          taget.
        </p>
      )}

      {copySource !== undefined ? (
        <section aria-labelledby="kopiera-rubrik" className="mb-10">
          <h2 id="kopiera-rubrik" className="mb-3 text-2xl font-semibold">
            Kopiera listan för {copySource} till ett annat år
          </h2>
          <CategoryCopyForm
            key={`${copySource}-${copyTarget}`}
            fromYear={copySource}
            suggestedYear={copyTarget}
            action={copyCategoriesAction}
          />
        </section>
      ) : null}

      <section aria-labelledby="ny-kategori-rubrik">
        <h2 id="ny-kategori-rubrik" className="mb-3 text-2xl font-semibold">
          Lägg till en kategori för {year}
        </h2>
        <CategoryCreateForm
          key={year}
          year={year}
          nextSortOrder={nextSortOrder}
          action={createCategoryAction}
        />
      </section>
    </>
  );
}
