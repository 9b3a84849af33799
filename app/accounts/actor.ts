/** Who is doing something, as the model functions need it: a user and the organisation they act for. */
export type Actor = { id: number; organisation: { id: number } };
