/** The same shape as the English strings, with any text in each place. */
export type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
