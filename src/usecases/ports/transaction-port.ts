/** Runs `work` atomically: every write inside commits together or not at all. */
export type Transaction = <T>(work: () => T) => T;
