import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActivationSection } from "@/components/admin/activation-section";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { CategoryEditForm } from "@/components/admin/category-edit-form";
import { getCategory } from "@/lib/reference-data/get-category";
import { requirePagePermission } from "@/lib/auth/staff-session";
import { getDb } from "@/lib/db";
import { setCategoryActiveAction, updateCategoryAction } from "../actions";

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
        <CategoryEditForm category={category} action={updateCategoryAction} />
      </section>
      <ActivationSection
        headingId="kategori-aktiv-rubrik"
        item={category}
        action={setCategoryActiveAction}
        description={{
          active:
            "Kategorin kan väljas av samordnarna. Avaktiverar du den finns den kvar på de brister som redan har den.",
          inactive: "Kategorin är avaktiverad och kan inte väljas för fler brister.",
        }}
        buttonLabel={{ deactivate: "Avaktivera kategorin", activate: "Aktivera kategorin igen" }}
      />
    </>
  );
}
