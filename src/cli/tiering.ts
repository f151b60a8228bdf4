/**
 * Imported first by the analyze CLI, before the engine is compiled. A batch run calls the same
 * functions on many short inputs: with V8's default interrupt budget, 2,000 articles cost 408
 * TurboFan compilations and 123 deopts, and the optimising compiler takes a core of its own.
 * A larger budget lets each function gather feedback longer and be optimised once (`npm run bench`,
 * "analyze CLI"). V8 flags are per process, so the worker threads inherit it.
 */
import { setFlagsFromString } from "node:v8";

setFlagsFromString("--interrupt-budget=1000000");
