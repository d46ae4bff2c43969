/** The smallest terminal the review screen can be used in (kept apart so commands need no React to check it). */
export const MIN_SIZE = { columns: 40, rows: 10 } as const;
