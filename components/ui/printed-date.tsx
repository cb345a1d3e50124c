"use client";

import { useEffect, useState } from "react";
import { formatDate } from "@/lib/dates";

/**
 * "Utskriven <datum>" on a printed copy. The server's date is shown first; the browser sets it again just
 * before printing, so a page left open overnight still prints the right day (Swedish time).
 */
export function PrintedDate({ initial }: { initial: string }) {
  const [date, setDate] = useState(initial);
  useEffect(() => {
    const update = () => setDate(formatDate(new Date()));
    window.addEventListener("beforeprint", update);
    return () => window.removeEventListener("beforeprint", update);
  }, []);
  return <>Utskriven {date}</>;
}
