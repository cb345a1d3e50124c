"use server";

import { staffWith } from "@/lib/actions/access";
import { defineAction } from "@/lib/actions/run-action";
import {
  ZFourEyesSettingsForm,
  ZInstanceSettingsForm,
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
