"use client";

import { createContext, useContext, type ReactNode } from "react";

/**
 * The error page is a client component (React error boundaries are), so its few words are
 * translated on the server and handed down here, instead of shipping the message files and a
 * message formatter to every browser.
 */
export interface ErrorMessages {
  title: string;
  body: string;
  reference: string;
  retry: string;
}

const Context = createContext<ErrorMessages | null>(null);

export function ErrorMessagesProvider({
  messages,
  children,
}: {
  messages: ErrorMessages;
  children: ReactNode;
}) {
  return <Context value={messages}>{children}</Context>;
}

export function useErrorMessages(): ErrorMessages {
  const messages = useContext(Context);
  if (!messages)
    throw new Error("useErrorMessages needs an ErrorMessagesProvider (app/[locale]/layout.tsx)");
  return messages;
}
