import { AllegationSchema, type Analysis, PageSourceSchema, QuoteSchema } from "../core/types";
import type { AnalyseReply } from "../shared/messages";
import { inSlices } from "./yield";

type Envelope = Extract<AnalyseReply, { ok: true }>["analysis"];

/**
 * The findings of a reply, each checked against its schema in time slices (a reply may hold
 * thousands). Throws, naming the item, on the first one that does not fit.
 */
export async function analysisFromReply(envelope: Envelope): Promise<Analysis> {
  const checked = async <T>(
    items: readonly unknown[],
    schema: { safeParse(item: unknown): { success: true; data: T } | { success: false } },
    what: string,
  ): Promise<T[]> => {
    const out: T[] = [];
    await inSlices(items, (item) => {
      const parsed = schema.safeParse(item);
      if (!parsed.success) throw new Error(`the engine's reply: ${what}[${out.length}] is invalid`);
      out.push(parsed.data);
    });
    return out;
  };
  const publisher =
    envelope.publisher === undefined || envelope.publisher === null
      ? null
      : PageSourceSchema.parse(envelope.publisher);
  return {
    language: envelope.language,
    ...(envelope.unsupportedLanguage ? { unsupportedLanguage: envelope.unsupportedLanguage } : {}),
    quotes: await checked(envelope.quotes, QuoteSchema, "quotes"),
    allegations: await checked(envelope.allegations, AllegationSchema, "allegations"),
    sources: await checked(envelope.sources, PageSourceSchema, "sources"),
    publisher,
  };
}
