import { createContext, useContext } from "react";

const NonceContext = createContext<string | undefined>(undefined);

export const NonceProvider = NonceContext.Provider;

/** The CSP nonce on the server; browsers hide it after load, so it is empty in the client. */
export function useNonce() {
  return useContext(NonceContext);
}
