"use server";

import { staffWith } from "@/lib/actions/access";
import { defineAction } from "@/lib/actions/run-action";
import { removeInstanceLogo, saveInstanceLogo } from "@/lib/settings/instance-logo";
import {
  ZFourEyesSettingsForm,
  ZInstanceLogoForm,
  ZInstanceSettingsForm,
  ZRemoveInstanceLogo,
  ZReminderSettingsForm,
  ZRetentionSettingsForm,
  ZStatisticsSettingsForm,
} from "@/lib/settings/schemas";
import { updateFourEyesSettings } from "@/lib/settings/update-four-eyes-settings";
import { updateInstanceSettings } from "@/lib/settings/update-instance-settings";
import { updateReminderSettings } from "@/lib/settings/update-reminder-settings";
import { updateRetentionSettings } from "@/lib/settings/update-retention-settings";
import { updateStatisticsSettings } from "@/lib/settings/update-statistics-settings";
import { settingsSavedMessage } from "../messages";

const SETTINGS = "/admin/installningar";

const settingsAction = {
  access: staffWith("admin:manage"),
  message: settingsSavedMessage,
};

export const updateInstanceSettingsAction = defineAction({
  ...settingsAction,
  name: "admin/installningar/instans",
  schema: ZInstanceSettingsForm,
  run: ({ db, actor }, input) => updateInstanceSettings(db, actor, input),
  // The names and the routine appear on the public pages too.
  revalidate: [SETTINGS, "/", "/rapportera", "/tillganglighet", "/personuppgifter", "/kontakt"],
});

// The logo is in every public page's header.
const LOGO_PAGES = [
  SETTINGS,
  "/",
  "/rapportera",
  "/uppfoljning",
  "/tillganglighet",
  "/personuppgifter",
  "/kontakt",
];

export const uploadInstanceLogoAction = defineAction({
  ...settingsAction,
  name: "admin/installningar/logotyp",
  schema: ZInstanceLogoForm,
  run: ({ db, actor }, input) => saveInstanceLogo(db, actor, Buffer.from(input.png, "base64")),
  message: () => "Logotypen är sparad och visas i sidhuvudet.",
  revalidate: LOGO_PAGES,
});

export const removeInstanceLogoAction = defineAction({
  ...settingsAction,
  name: "admin/installningar/logotyp-bort",
  schema: ZRemoveInstanceLogo,
  run: ({ db, actor }) => removeInstanceLogo(db, actor),
  message: () => "Logotypen är borttagen.",
  revalidate: LOGO_PAGES,
});

export const updateReminderSettingsAction = defineAction({
  ...settingsAction,
  name: "admin/installningar/paminnelser",
  schema: ZReminderSettingsForm,
  run: ({ db, actor }, input) => updateReminderSettings(db, actor, input),
  revalidate: [SETTINGS],
});

export const updateRetentionSettingsAction = defineAction({
  ...settingsAction,
  name: "admin/installningar/gallring",
  schema: ZRetentionSettingsForm,
  run: ({ db, actor }, input) => updateRetentionSettings(db, actor, input),
  revalidate: [SETTINGS],
});

export const updateFourEyesSettingsAction = defineAction({
  ...settingsAction,
  name: "admin/installningar/fyra-ogon",
  schema: ZFourEyesSettingsForm,
  run: ({ db, actor }, input) => updateFourEyesSettings(db, actor, input),
  revalidate: [SETTINGS],
});

export const updateStatisticsSettingsAction = defineAction({
  ...settingsAction,
  name: "admin/installningar/statistik",
  schema: ZStatisticsSettingsForm,
  run: ({ db, actor }, input) => updateStatisticsSettings(db, actor, input),
  // The arbetsgrupp's statistics page shows the figures with the new threshold.
  revalidate: [SETTINGS, "/arbetsgrupp/statistik"],
});
