"use server";

import { ZInstanceSettingsForm, ZReminderSettingsForm, ZRetentionSettingsForm } from "@/lib/settings/schemas";
import { updateInstanceSettings } from "@/lib/settings/update-instance-settings";
import { updateReminderSettings } from "@/lib/settings/update-reminder-settings";
import { updateRetentionSettings } from "@/lib/settings/update-retention-settings";
import { runAdminAction } from "../run-admin-action";

const SETTINGS = "/admin/installningar";
const saved = (changed: boolean) => (changed ? "Inställningarna är sparade." : "Inget var ändrat.");

export async function updateInstanceSettingsAction(values: unknown) {
  return runAdminAction(values, {
    permission: "admin:manage",
    schema: ZInstanceSettingsForm,
    operation: updateInstanceSettings,
    message: saved,
    // The names and the routine appear on the public pages too.
    revalidate: [SETTINGS, "/", "/rapportera", "/tillganglighet"],
  });
}

export async function updateReminderSettingsAction(values: unknown) {
  return runAdminAction(values, {
    permission: "admin:manage",
    schema: ZReminderSettingsForm,
    operation: updateReminderSettings,
    message: saved,
    revalidate: [SETTINGS],
  });
}

export async function updateRetentionSettingsAction(values: unknown) {
  return runAdminAction(values, {
    permission: "admin:manage",
    schema: ZRetentionSettingsForm,
    operation: updateRetentionSettings,
    message: saved,
    revalidate: [SETTINGS],
  });
}
