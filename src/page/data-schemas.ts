import { z } from "../core/zod";

/** Shapes of the page code's data files (news-signals.json, boilerplate.json), checked by the tests. */

const words = z.array(z.string().check(z.minLength(1)));
const lowerWords = z.array(
  z.string().check(
    z.minLength(1),
    z.refine((w) => w === w.toLowerCase(), "lower case"),
  ),
);

export const NewsSignalsSchema = z.object({
  about: z.string(),
  newsTypes: words,
  articleTypes: words,
  blogTypes: words,
  nonNewsTypes: words,
  siteTypes: words,
  wikiGenerators: lowerWords,
  docsGenerators: lowerWords,
  wikiPathWords: lowerWords,
  docsPathWords: lowerWords,
  blogWords: lowerWords,
  newsPathWords: lowerWords,
  dateMarkWords: lowerWords,
  bylineMarkWords: lowerWords,
  headingMarkWords: lowerWords,
  dateMetaNames: lowerWords,
  docsHostLabels: lowerWords,
  howToTitlePrefixes: lowerWords,
  blogHostLabels: lowerWords,
  blogGenerators: lowerWords,
  readerable: z.object({
    unlikelyCandidates: words,
    okMaybeItsACandidate: words,
    denseScripts: z.array(
      z.object({
        script: z.string().check(z.regex(/^[A-Z][a-z]+$/)),
        weight: z.number().check(z.gte(1), z.lte(5)),
      }),
    ),
  }),
  monthWords: lowerWords,
  mediaTitleWords: lowerWords,
  dateTextWords: lowerWords,
  reportedSpeechWords: lowerWords,
  agencyCredits: lowerWords,
  bylineLeadWords: lowerWords,
  titleSeparators: z.array(z.string().check(z.regex(/^ .+ $/, "a separator between spaces"))),
});

export const BoilerplateSchema = z.object({
  about: z.string(),
  hiddenClasses: lowerWords,
  boilerplateWords: lowerWords,
  contentWords: lowerWords,
  alwaysBoilerplateWords: lowerWords,
  linePrefixes: lowerWords,
  shortLinePrefixes: lowerWords,
  creditSuffixes: lowerWords,
  dateWords: lowerWords,
  maxLineLength: z.int().check(z.positive()),
  maxShortLineLength: z.int().check(z.positive()),
  maxCreditLineLength: z.int().check(z.positive()),
});
