"use server";

import { copyCategories } from "@/lib/admin/copy-categories";
import { createCategory } from "@/lib/admin/create-category";
import { ZCopyCategories, ZCreateCategory, ZSetActive, ZUpdateCategory } from "@/lib/admin/schemas";
import { setCategoryActive } from "@/lib/admin/set-category-active";
import { updateCategory } from "@/lib/admin/update-category";
import { runAdminAction } from "../run-admin-action";

const CATEGORIES = "/admin/kategorier";

export async function createCategoryAction(values: unknown) {
  return runAdminAction(values, {
    permission: "admin:manage",
    schema: ZCreateCategory,
    operation: createCategory,
    message: (category) => `${category.name} är tillagd för ${category.year}.`,
    id: (category) => category.id,
    revalidate: [CATEGORIES],
  });
}

export async function updateCategoryAction(values: unknown) {
  return runAdminAction(values, {
    permission: "admin:manage",
    schema: ZUpdateCategory,
    operation: updateCategory,
    message: (result) => (result.changed ? "Ändringarna är sparade." : "Inget var ändrat."),
    revalidate: [CATEGORIES],
  });
}

export async function setCategoryActiveAction(values: unknown) {
  return runAdminAction(values, {
    permission: "admin:manage",
    schema: ZSetActive,
    operation: setCategoryActive,
    message: (_, input) =>
      input.isActive
        ? "Kategorin är aktiv igen."
        : "Kategorin är avaktiverad. Brister som redan har den behåller den.",
    revalidate: [CATEGORIES],
  });
}

export async function copyCategoriesAction(values: unknown) {
  return runAdminAction(values, {
    permission: "admin:manage",
    schema: ZCopyCategories,
    operation: copyCategories,
    message: (result, input) =>
      result.created === 0
        ? `${input.toYear} hade redan alla kategorier från ${input.fromYear}. Inget nytt skapades.`
        : `${result.created} kategorier kopierades från ${input.fromYear} till ${input.toYear}.` +
          (result.skipped ? ` ${result.skipped} fanns redan.` : ""),
    revalidate: [CATEGORIES],
  });
}
