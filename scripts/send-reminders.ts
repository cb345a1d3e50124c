import { sendReminders } from "@/lib/cases/send-reminders";
import { connect } from "@/lib/db";
import { purgeExpiredDrafts } from "@/lib/reports/drafts";

// `npm run reminders`: run once a day (cron, systemd timer). Reminds about overdue cases, at most weekly per case,
// and deletes drafts past their expiry, as the wizard promises.
const connection = connect();
try {
  await connection.migrate();
  const purged = await purgeExpiredDrafts(connection.prisma, new Date());
  if (purged > 0) console.log(`${purged} utgångna utkast raderade.`);
  const sent = await sendReminders(connection.prisma);
  console.log(sent === 0 ? "Inga försenade ärenden att påminna om." : `${sent} påminnelser skickade.`);
} finally {
  await connection.close();
}
