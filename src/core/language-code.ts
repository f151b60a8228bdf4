import { z } from "./zod";

/**
 * The languages the engine analyses. A module of its own, so that a context that needs only this
 * (the content script's messages) does not build every schema of types.ts.
 */
export const LanguageSchema = z.enum(["en", "ar"]);
export type Language = z.infer<typeof LanguageSchema>;
