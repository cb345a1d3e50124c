"use server";

import { staffWith } from "@/lib/actions/access";
import { defineAction } from "@/lib/actions/run-action";
import { copyCategories } from "@/lib/reference-data/copy-categories";
import { createCategory } from "@/lib/reference-data/create-category";
import { ZCopyCategories, ZCreateCategory, ZSetActive, ZUpdateCategory } from "@/lib/reference-data/schemas";
import { setCategoryActive } from "@/lib/reference-data/set-category-active";
import { updateCategory } from "@/lib/reference-data/update-category";
import { activeMessage, savedMessage } from "../messages";

const categoryAction = {
  access: staffWith("admin:manage"),
  revalidate: ["/admin/kategorier"],
};

export const createCategoryAction = defineAction({
  ...categoryAction,
  name: "admin/kategorier/skapa",
  schema: ZCreateCategory,
  run: ({ db, actor }, input) => createCategory(db, actor, input),
  message: (category) => `${category.name} är tillagd för ${category.year}.`,
});

export const updateCategoryAction = defineAction({
  ...categoryAction,
  name: "admin/kategorier/andra",
  schema: ZUpdateCategory,
  run: ({ db, actor }, input) => updateCategory(db, actor, input),
  message: savedMessage,
});

export const setCategoryActiveAction = defineAction({
  ...categoryAction,
  name: "admin/kategorier/aktiv",
  schema: ZSetActive,
  run: ({ db, actor }, input) => setCategoryActive(db, actor, input),
  message: activeMessage(
    "Kategorin är aktiv igen.",
    "Kategorin är avaktiverad. Brister som redan har den behåller den.",
  ),
});

export const copyCategoriesAction = defineAction({
  ...categoryAction,
  name: "admin/kategorier/kopiera",
  schema: ZCopyCategories,
  run: ({ db, actor }, input) => copyCategories(db, actor, input),
  message: (result, input) =>
    result.created === 0
      ? `${input.toYear} hade redan alla kategorier från ${input.fromYear}. Inget nytt skapades.`
      : `${result.created} kategorier kopierades från ${input.fromYear} till ${input.toYear}.` +
        (result.skipped ? ` ${result.skipped} fanns redan.` : ""),
});
