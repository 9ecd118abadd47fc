/** A stored record the app could not read (a damaged draft), kept aside as it was. */
export interface SetAside {
  readonly key: string;
  /** Where it was: its draft id when it had one, else its place in the old list. */
  readonly name: string;
  /** When it was set aside (ISO 8601). */
  readonly at: string;
  readonly raw: unknown;
}
