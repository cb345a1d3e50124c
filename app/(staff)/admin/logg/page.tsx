import type { Metadata } from "next";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { AuditLogFilters } from "@/components/admin/audit-log-filters";
import { AuditTable } from "@/components/admin/audit-table";
import { Pagination } from "@/components/admin/pagination";
import { AUDIT_EXPORT_LIMIT } from "@/lib/audit/export-audit-log";
import { ZAuditLogFilters, auditLogSearch, type TAuditLogFilters } from "@/lib/audit/schemas";
import { searchAuditLog } from "@/lib/audit/search-audit-log";
import { requirePagePermission } from "@/lib/auth/staff-session";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "Logg" };

const events = (count: number) => `${count} ${count === 1 ? "händelse" : "händelser"}`;

type RawParams = Record<string, string | string[] | undefined>;

function queryString(filters: Partial<TAuditLogFilters>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== "" && !(key === "sida" && value === 1))
      params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const raw = await searchParams;
  const filters = ZAuditLogFilters.parse(raw);
  const admin = await requirePagePermission("audit:read", { from: `/admin/logg${queryString(filters)}` });
  const result = await searchAuditLog(await getDb(), admin, filters);
  // A date that could not be read is left out of the search; say so instead of silently widening it.
  const unreadDates = (["fran", "till"] as const).filter(
    (key) => typeof raw[key] === "string" && raw[key] && !filters[key],
  );
  const search = auditLogSearch(filters);
  const isFiltered = Object.values(search).some((value) => value !== undefined && value !== "");

  return (
    <>
      <AdminBreadcrumbs trail={[{ label: "Logg" }]} />
      <h1 className="mb-4 text-3xl font-bold">Logg</h1>
      <p className="mb-6">
        Varje läsning av ett ärende, varje ändring, export, inloggning och nekad åtkomst. Loggen visar vem,
        när, vad och vilket ärende, aldrig text ur rapporterna. Tider är svensk tid.
      </p>
      <AuditLogFilters filters={filters} users={result.users} />
      {unreadDates.length > 0 ? (
        <p role="alert" className="mb-4 rounded border-2 border-red-700 p-3 font-medium text-red-800">
          Datumet {unreadDates.map((key) => `”${raw[key]}”`).join(" och ")} kunde inte läsas och används inte
          i sökningen. Skriv datum som ÅÅÅÅ-MM-DD.
        </p>
      ) : null}
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <p role="status">
          {result.total === 0
            ? "Inga händelser matchar sökningen."
            : `${events(result.total)}${isFiltered ? " matchar sökningen" : ""}. Sida ${result.page} av ${result.pageCount}.`}
        </p>
        {result.total > 0 && result.total <= AUDIT_EXPORT_LIMIT ? (
          <a
            href={`/api/admin/logg.csv${queryString(search)}`}
            className="font-semibold text-brand-900 underline"
            download
          >
            Exportera {events(result.total)} som CSV
          </a>
        ) : null}
        {result.total > AUDIT_EXPORT_LIMIT ? (
          <p>Begränsa sökningen till högst {AUDIT_EXPORT_LIMIT} händelser för att exportera.</p>
        ) : null}
      </div>
      {result.rows.length > 0 ? (
        <AuditTable
          rows={result.rows}
          caption={`Händelser, nyast först (sida ${result.page} av ${result.pageCount})`}
        />
      ) : null}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        hrefFor={(n) => `/admin/logg${queryString({ ...search, sida: n })}`}
        label="Sidor i loggen"
      />
    </>
  );
}
