import "dotenv/config";
import { sendReminders } from "@/lib/cases/send-reminders";
import { connect } from "@/lib/db";

// `npm run reminders`: run once a day (cron, systemd timer). Reminds about overdue cases, at most weekly per case.
const connection = connect();
try {
  await connection.migrate();
  const sent = await sendReminders(connection.prisma);
  console.log(sent === 0 ? "Inga försenade ärenden att påminna om." : `${sent} påminnelser skickade.`);
} finally {
  await connection.close();
}
