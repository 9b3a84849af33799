/** The second half of the differential test's seeds (engine-differential.test.ts says what it proves). */
import { differentialSuite } from "./testing/differential-suite";

differentialSuite(2, 2);
