// Bundles the review screen (dist/ui/, with React, Ink and their dependencies) into one file,
// dist/ui/run-review.bundle.js, which `bitext review` loads when it is at least as new as
// dist/ui/run-review.js. Node otherwise loads some 1,500 modules for Ink alone (its `throttle` comes
// from the es-toolkit/compat barrel), about half a second before the first frame.
// The rest of bitext (dist/core, dist/i18n, dist/io) stays outside the bundle, imported by its
// usual path: one i18next instance, one UserError class, for the whole program.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative, resolve } from 'node:path';

const root = fileURLToPath(new URL('../', import.meta.url));
const uiDir = join(root, 'dist', 'ui');

/**
 * bitext modules outside dist/ui that are bundled all the same: stateless functions whose only
 * import is a library the bundle holds anyway (the history panel's word diff uses jsdiff, which
 * Node would otherwise load a second time, 19 modules, before the first frame).
 */
const BUNDLED_FROM_OUTSIDE = new Set([join('..', 'core', 'diff', 'inline.js')]);

/** Imports of bitext's own modules outside dist/ui stay imports, by their relative path. */
const keepBitextOutside = {
  name: 'keep-bitext-outside',
  setup(builder) {
    builder.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (relative(uiDir, args.importer).startsWith('..')) return undefined;
      const target = resolve(dirname(args.importer), args.path);
      const fromBundle = relative(uiDir, target);
      return fromBundle.startsWith('..') && !BUNDLED_FROM_OUTSIDE.has(fromBundle) ? { path: fromBundle, external: true } : undefined;
    });
  },
};

/**
 * Ink imports its devtools bridge (and through it react-devtools-core, which bitext does not install)
 * only when DEV=true; left as that failing import, Ink says how to install it, as it does unbundled.
 */
const leaveInkDevtoolsOut = {
  name: 'leave-ink-devtools-out',
  setup(builder) {
    builder.onResolve({ filter: /^\.\/devtools\.js$/ }, (args) => (/[\\/]ink[\\/]build[\\/]/.test(args.importer) ? { path: 'react-devtools-core', external: true } : undefined));
  },
};

/**
 * Yoga (Ink's layout engine) ships its WebAssembly as a base64 data: URL and, wherever `fetch`
 * exists, reads it through `fetch`: in Node that first loads undici, about 40 ms of a new process's
 * first frame. Told there is no `fetch`, it decodes the same bytes itself (its own fallback). If a
 * new yoga no longer has that test, the bundle is built as is (correct, only slower) with a warning.
 */
const decodeYogaWithoutFetch = {
  name: 'decode-yoga-without-fetch',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/ }, async (args) => {
      const code = await readFile(args.path, 'utf8');
      const test = '"function"!=typeof fetch';
      if (!code.includes(test)) return { contents: code, loader: 'js', warnings: [{ text: `yoga no longer tests for fetch (${test}): the bundle reads its WebAssembly as yoga does` }] };
      return { contents: code.replaceAll(test, 'true'), loader: 'js' };
    });
  },
};

/**
 * Ink, and the libraries it wraps and cuts text with, measure with string-width; in the bundle they
 * get dist/ui/layout/char-width.js instead, which answers plain text itself (the same widths, checked
 * character by character in test/ui/char-width.test.ts) and hands the rest to string-width. The first
 * call of string-width costs about 45 ms before the first frame, and Ink measures every character of
 * every frame.
 */
const charWidth = join(uiDir, 'layout', 'char-width.js');
const measureWithCharWidth = {
  name: 'measure-with-char-width',
  setup(builder) {
    builder.onResolve({ filter: /^string-width$/ }, (args) => (args.importer === charWidth ? undefined : { path: charWidth }));
  },
};

await build({
  entryPoints: [join(uiDir, 'run-review.js')],
  outfile: join(uiDir, 'run-review.bundle.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  plugins: [keepBitextOutside, leaveInkDevtoolsOut, decodeYogaWithoutFetch, measureWithCharWidth],
  // React's production build, the one `bitext review` runs (see src/commands/review.ts). Decided here,
  // the development builds of React and its reconciler are left out: half the bundle's code, which
  // Node would otherwise compile before the first frame without ever running it.
  define: { 'process.env.NODE_ENV': '"production"' },
  // The CommonJS parts (React) require Node's built-in modules.
  banner: { js: "import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);" },
});
