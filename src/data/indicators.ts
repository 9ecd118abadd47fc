// Indicators imported from a CSV (see indicator-csv.ts, loaded on demand), as kept in the store
// and in the browser's storage.
import { z } from './zod';

export const importedIndicatorsSchema = z.object({
  source: z.string().min(1),
  columns: z.array(z.string()),
  /** By INSEE code, then by column: the value, or null where the file has none. */
  rows: z.record(z.string(), z.record(z.string(), z.number().nullable())),
});
export type ImportedIndicators = z.infer<typeof importedIndicatorsSchema>;
