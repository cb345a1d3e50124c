"use client";

import { useEffect, useRef, useSyncExternalStore, type ReactNode } from "react";

const subscribe = () => () => {};

/**
 * The page's h1. After a client-side navigation (a step saved, "Tillbaka") focus would be left on the body, so
 * the heading takes it and a screen reader starts at the new page. On a full page load focus is left alone.
 */
export function PageHeading({ className, children }: { className?: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The server snapshot is used only while hydrating a page the server rendered, i.e. on a full page load.
  const isHydrating = useSyncExternalStore(
    subscribe,
    () => false,
    () => true,
  );
  const isClientNavigation = useRef(!isHydrating);
  useEffect(() => {
    if (isClientNavigation.current) heading.current?.focus();
  }, []);
  return (
    <h1 ref={heading} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
