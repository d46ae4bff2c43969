/** TMX dates are ISO 8601 basic format in UTC (`YYYYMMDDThhmmssZ`); projects keep extended ISO 8601. */

const TMX_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/** Converts an ISO 8601 time (any offset) to a TMX date, or undefined when it is not a valid time. */
export function isoToTmxDate(iso: string): string | undefined {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return undefined;
  return new Date(time).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

/** Converts a TMX date to extended ISO 8601 (`2020-05-23T09:12:00.000Z`), or undefined when malformed. */
export function tmxDateToIso(tmxDate: string): string | undefined {
  const m = TMX_DATE.exec(tmxDate.trim());
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`;
  return Number.isNaN(Date.parse(iso)) ? undefined : new Date(iso).toISOString();
}
