/**
 * One engine, proven equal: generated surveys and respondent plans, driven through survey-core as its renderer drives
 * it and through the server as the plain form posts it, must show the same pages and questions, the same errors and
 * store the same data at every step. Half the seeds here, half in engine-differential-2.test.ts, so vitest runs the
 * two side by side. The harness: testing/differential.ts (drivers), testing/survey-generator.ts (cases),
 * testing/differential-cases.ts (running, shrinking), testing/differential-suite.ts (seeds, KNOWN, options).
 */
import { differentialSuite } from "./testing/differential-suite";

differentialSuite(1, 2);
