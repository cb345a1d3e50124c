import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/admin/action-button";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { CategoryEditForm } from "@/components/admin/category-edit-form";
import { getCategory } from "@/lib/admin/get-category";
import { requirePagePermission } from "@/lib/auth/staff-session";
import { getDb } from "@/lib/db";
import { setCategoryActiveAction } from "../actions";

export const metadata: Metadata = { title: "Ändra kategori" };

export default async function CategoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const admin = await requirePagePermission("admin:manage", { from: `/admin/kategorier/${id}` });
  const category = await getCategory(await getDb(), admin, id);
  if (!category) notFound();
  return (
    <>
      <AdminBreadcrumbs
        trail={[
          { href: `/admin/kategorier?ar=${category.year}`, label: `Kategorier ${category.year}` },
          { label: category.name },
        ]}
      />
      <h1 className="mb-2 text-3xl font-bold">{category.name}</h1>
      <p className="mb-6">
        Kategori för {category.year}. {category.usage} brister har kategorin.
      </p>
      <section aria-labelledby="kategori-rubrik" className="mb-10">
        <h2 id="kategori-rubrik" className="mb-3 text-2xl font-semibold">
          Namn och sortering
        </h2>
        <CategoryEditForm category={category} />
      </section>
      <section aria-labelledby="kategori-aktiv-rubrik">
        <h2 id="kategori-aktiv-rubrik" className="mb-3 text-2xl font-semibold">
          {category.isActive ? "Avaktivera" : "Aktivera igen"}
        </h2>
        <p>
          {category.isActive
            ? "Kategorin kan väljas av samordnarna. Avaktiverar du den finns den kvar på de brister som redan har den."
            : "Kategorin är avaktiverad och kan inte väljas för fler brister."}
        </p>
        <ActionButton
          action={setCategoryActiveAction}
          input={{ id: category.id, isActive: !category.isActive }}
          label={category.isActive ? "Avaktivera kategorin" : "Aktivera kategorin igen"}
        />
      </section>
    </>
  );
}
