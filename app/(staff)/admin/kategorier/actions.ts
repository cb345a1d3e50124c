"use server";

import { copyCategories } from "@/lib/reference-data/copy-categories";
import { createCategory } from "@/lib/reference-data/create-category";
import { ZCopyCategories, ZCreateCategory, ZSetActive, ZUpdateCategory } from "@/lib/reference-data/schemas";
import { setCategoryActive } from "@/lib/reference-data/set-category-active";
import { updateCategory } from "@/lib/reference-data/update-category";
import { activeMessage, runReferenceAction, savedMessage } from "../run-admin-action";

const CATEGORIES = "/admin/kategorier";

export async function createCategoryAction(values: unknown) {
  return runReferenceAction(values, CATEGORIES, {
    schema: ZCreateCategory,
    operation: createCategory,
    message: (category) => `${category.name} är tillagd för ${category.year}.`,
    id: (category) => category.id,
  });
}

export async function updateCategoryAction(values: unknown) {
  return runReferenceAction(values, CATEGORIES, {
    schema: ZUpdateCategory,
    operation: updateCategory,
    message: savedMessage,
  });
}

export async function setCategoryActiveAction(values: unknown) {
  return runReferenceAction(values, CATEGORIES, {
    schema: ZSetActive,
    operation: setCategoryActive,
    message: activeMessage(
      "Kategorin är aktiv igen.",
      "Kategorin är avaktiverad. Brister som redan har den behåller den.",
    ),
  });
}

export async function copyCategoriesAction(values: unknown) {
  return runReferenceAction(values, CATEGORIES, {
    schema: ZCopyCategories,
    operation: copyCategories,
    message: (result, input) =>
      result.created === 0
        ? `${input.toYear} hade redan alla kategorier från ${input.fromYear}. Inget nytt skapades.`
        : `${result.created} kategorier kopierades från ${input.fromYear} till ${input.toYear}.` +
          (result.skipped ? ` ${result.skipped} fanns redan.` : ""),
  });
}
