/**
 * zod/mini, the form of zod a bundler can trim to the validators in use, with zod's English
 * messages. The content script and the chunks it loads validate with it: zod's classic form, which
 * cannot be trimmed, was 26 KB gzipped of them.
 */
import { en } from "zod/locales";
import { config } from "zod/mini";

config(en());

export * as z from "zod/mini";
