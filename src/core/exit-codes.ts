/** Named process exit codes, shared by every command. */
export const EXIT = {
  ok: 0,
  /** The user asked for something that cannot be done (missing file, no TTY, locked project). */
  userError: 1,
  /** `diff`: the two inputs differ (like diff(1)). */
  different: 1,
  /** The command line itself is wrong (unknown option, missing argument). */
  usage: 2,
  /** The input data is bad (invalid UTF-8, corrupt project or TMX). */
  dataError: 3,
  /** A bug in bitext (EX_SOFTWARE). */
  bug: 70,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
