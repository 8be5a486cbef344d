"use client";

import { ErrorReference } from "@/components/site/error-reference";
import { useErrorMessages } from "@/components/site/error-messages";

// Unexpected failures land here: a plain explanation, never a stack trace. The reference is
// the request id, which the server's log line for this error also carries.
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useErrorMessages();
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
      <p className="mt-4 text-slate-700">{t.body}</p>
      <ErrorReference
        label={t.reference}
        digest={error.digest}
        className="mt-2 text-xs text-slate-600"
      />
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
      >
        {t.retry}
      </button>
    </div>
  );
}
