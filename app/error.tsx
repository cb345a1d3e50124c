"use client";

import { ErrorMessage } from "@/components/errors/error-message";

export default function Error({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorMessage digest={error.digest} onRetry={reset} />;
}
