"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

const WARN_BEFORE_MS = 2 * 60_000;
const PING_EVERY_MS = 60_000;

function expireSession() {
  const target = window.location.pathname + window.location.search;
  // An absolute address: a full page load, so every form on the page is left as it is (its text is kept).
  window.location.assign(
    new URL(`/logga-in?utloggad=inaktiv&till=${encodeURIComponent(target)}`, window.location.origin).href,
  );
}

/**
 * Idle sign-out with a warning (WCAG 2.2.1): activity keeps the session alive; two minutes before it would
 * expire a dialog offers to continue. Forms keep their text in sessionStorage, so nothing typed is lost.
 */
export function SessionTimeout({ idleMinutes }: { idleMinutes: number }) {
  const idleMs = idleMinutes * 60_000;
  const lastRefresh = useRef(0);
  const lastActivity = useRef(0);
  const [remainingMs, setRemainingMs] = useState(idleMs);
  const continueButton = useRef<HTMLButtonElement>(null);

  const refresh = useCallback(async () => {
    const response = await fetch("/api/auth/session", { cache: "no-store" }).catch(() => null);
    const session = response?.ok ? await response.json().catch(() => null) : null;
    if (!session?.user) return expireSession();
    lastRefresh.current = new Date().getTime();
    setRemainingMs(idleMs);
  }, [idleMs]);

  useEffect(() => {
    lastRefresh.current = Date.now();
    lastActivity.current = Date.now();
    const onActivity = () => {
      lastActivity.current = Date.now();
    };
    window.addEventListener("keydown", onActivity);
    window.addEventListener("pointerdown", onActivity);
    const tick = setInterval(() => {
      const now = Date.now();
      const left = lastRefresh.current + idleMs - now;
      if (left <= 0) return expireSession();
      const isWarning = left <= WARN_BEFORE_MS;
      // Activity renews the session quietly, but not while the warning asks the user to decide.
      if (
        !isWarning &&
        lastActivity.current > lastRefresh.current &&
        now - lastRefresh.current >= PING_EVERY_MS
      ) {
        void refresh();
        return;
      }
      setRemainingMs(left);
    }, 1000);
    return () => {
      clearInterval(tick);
      window.removeEventListener("keydown", onActivity);
      window.removeEventListener("pointerdown", onActivity);
    };
  }, [idleMs, refresh]);

  const isWarning = remainingMs <= WARN_BEFORE_MS;
  useEffect(() => {
    if (isWarning) continueButton.current?.focus();
  }, [isWarning]);

  if (!isWarning) return null;
  const minutes = Math.max(0, Math.ceil(remainingMs / 60_000));
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-black/50 p-4">
      <div
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="timeout-rubrik"
        aria-describedby="timeout-text"
        className="max-w-md rounded bg-white p-6 shadow-lg"
      >
        <h2 id="timeout-rubrik" className="text-xl font-bold">
          Du loggas snart ut
        </h2>
        <p id="timeout-text" className="mt-2">
          Du har inte varit aktiv på en stund. Du loggas ut om ungefär {minutes}{" "}
          {minutes === 1 ? "minut" : "minuter"}. Det du har skrivit sparas i webbläsaren.
        </p>
        <div className="mt-4 flex gap-3">
          <Button ref={continueButton} type="button" onClick={() => void refresh()}>
            Fortsätt vara inloggad
          </Button>
        </div>
      </div>
    </div>
  );
}
