// Expected failures are values with a named reason and a French message; throw only for bugs.
export type Result<T, R extends string = string> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: R; readonly message: string };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <R extends string>(reason: R, message: string): { ok: false; reason: R; message: string } => ({
  ok: false,
  reason,
  message,
});
