import { z } from "zod";

/** The export form (and the same fields in the address for a plain link): format, language, which text. */
export const exportSchema = z.object({
  format: z.enum(["csv", "json"]).default("csv"),
  lng: z.enum(["en", "cy"]).optional(),
  text: z.enum(["redacted", "original"]).default("redacted"),
});

export type ExportRequest = z.infer<typeof exportSchema>;
