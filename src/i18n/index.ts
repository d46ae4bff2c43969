/**
 * i18next, initialised synchronously from `locales/<lng>/translation.json` before anything prints.
 * Only the edges (cli, commands, ui) import this module; the core returns codes instead of text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import i18next from 'i18next';
import type { TFunction } from 'i18next';

/** The locales folder, found from this module both in src/ (tsx) and dist/ (built). */
export const LOCALES_DIR = fileURLToPath(new URL('../../locales/', import.meta.url));

/** Language used when nothing else is asked for, and for keys missing in another locale. */
export const FALLBACK_LANGUAGE = 'en';

/** UI languages shipped in `locales/`. */
export function availableLanguages(): string[] {
  return readdirSync(LOCALES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/**
 * Picks the UI language: an explicit `--ui-lang`, else LC_ALL / LC_MESSAGES / LANG, else en.
 * POSIX locale names such as `zh_CN.UTF-8` become BCP-47 tags (`zh-CN`), then the closest
 * shipped language is chosen (`fr-CA` → `fr`, `zh` or `zh-Hans` → `zh-CN`).
 */
export function detectLanguage(explicit: string | undefined, env: NodeJS.ProcessEnv, available: string[]): string {
  const candidates = [explicit, env['LC_ALL'], env['LC_MESSAGES'], env['LANG']];
  for (const raw of candidates) {
    if (!raw) continue;
    const tag = raw.split('.')[0]?.split('@')[0]?.replace('_', '-') ?? '';
    if (tag === '' || tag === 'C' || tag === 'POSIX') continue;
    const match = closestLanguage(tag, available);
    if (match) return match;
    if (raw === explicit) return FALLBACK_LANGUAGE;
  }
  return FALLBACK_LANGUAGE;
}

function closestLanguage(tag: string, available: string[]): string | undefined {
  const lower = tag.toLowerCase();
  const exact = available.find((lng) => lng.toLowerCase() === lower);
  if (exact) return exact;
  const base = lower.split('-')[0];
  return available.find((lng) => lng.toLowerCase() === base) ?? available.find((lng) => lng.toLowerCase().split('-')[0] === base);
}

function loadResources(languages: string[]) {
  return Object.fromEntries(
    languages.map((lng) => [lng, { translation: JSON.parse(readFileSync(`${LOCALES_DIR}${lng}/translation.json`, 'utf8')) as object }]),
  );
}

/** Initialises i18next synchronously for `lng` (with en as fallback) and returns its `t`. */
export function initI18n(lng: string): TFunction {
  const languages = [...new Set([lng, FALLBACK_LANGUAGE])];
  void i18next.init({
    lng,
    fallbackLng: FALLBACK_LANGUAGE,
    resources: loadResources(languages),
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next.t;
}

/** The active `t`; valid once `initI18n` has run. */
export const t = ((...args: unknown[]) => (i18next.t as unknown as (...a: unknown[]) => string)(...args)) as unknown as TFunction;

/** Translates a key computed at run time (error codes), which typed keys cannot check. */
export function tDynamic(key: string, params: Record<string, unknown> = {}): string {
  return (i18next.t as unknown as (key: string, options: Record<string, unknown>) => string)(key, params);
}

/** Whether a key computed at run time exists in the active language or the fallback. */
export function hasKey(key: string): boolean {
  return i18next.exists(key);
}
