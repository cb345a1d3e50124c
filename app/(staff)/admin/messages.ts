/** The confirmation after saving an edit form, which may have changed nothing. */
export const savedMessage = (result: { changed: boolean }) =>
  result.changed ? "Ändringarna är sparade." : "Inget var ändrat.";

/** The confirmation after saving a settings form: the operation says whether anything changed. */
export const settingsSavedMessage = (changed: boolean) =>
  changed ? "Inställningarna är sparade." : "Inget var ändrat.";

/** The confirmation after deactivating or reactivating an item. */
export const activeMessage =
  (active: string, inactive: string) => (_: unknown, input: { isActive: boolean }) =>
    input.isActive ? active : inactive;
