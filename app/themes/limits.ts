/** The largest double-coding sample: enough for a kappa worth reading, small enough to code in a sitting or two. */
export const SAMPLE_SIZE_MAX = 200;
