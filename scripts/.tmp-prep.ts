import { connect } from "@/lib/db";
import { ensureReferenceData } from "@/lib/reference-data/ensure-reference-data";
const c = connect(); await c.migrate(); await ensureReferenceData(c.prisma, { now: new Date() }); await c.close();
