/**
 * Imported first by tests that render with Ink itself (not ink-testing-library): Ink draws only the
 * last frame when CI or CONTINUOUS_INTEGRATION is set (is-in-ci, read when Ink loads), as in CI jobs.
 * `bitext review` makes the screen live the same way once it has checked for a terminal.
 */
for (const name of ['CI', 'CONTINUOUS_INTEGRATION']) if (name in process.env) process.env[name] = 'false';
