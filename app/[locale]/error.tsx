"use client";

// Unexpected failures (the database being down, say) land here: a plain explanation,
// never a stack trace. The digest lets staff find the error in the server log.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-3xl font-bold tracking-tight">Something went wrong</h1>
      <p className="mt-4 text-slate-700">
        The page could not be shown just now. Please try again in a moment.
      </p>
      {error.digest ? <p className="mt-2 text-xs text-slate-600">Reference: {error.digest}</p> : null}
      <button type="button" onClick={reset} className="mt-6 rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
        Try again
      </button>
    </div>
  );
}
