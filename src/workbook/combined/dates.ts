/** ISO dates ("YYYY-MM-DD") as Excel cell values: a JS Date at UTC midnight, or a serial number. */
import { isoDayNumber } from "../../model/flags/computeFlags";

/** Days from 1899-12-30 to 1970-01-01: what exceljs adds to turn a Date into a serial (1900 system). */
const SERIAL_OF_1970 = 25_569;

/** A JS Date at UTC midnight of the ISO day, as exceljs writes date cells; null for null or a non-date. */
export function isoDate(iso: string | null): Date | null {
  if (iso === null) return null;
  try {
    return new Date(isoDayNumber(iso) * 86_400_000);
  } catch {
    return null;
  }
}

/** The serial number exceljs writes for `isoDate(iso)` (1900 date system). */
export function isoSerial(iso: string): number {
  return isoDayNumber(iso) + SERIAL_OF_1970;
}

/** A timestamp ("2010-07-01T09:30:00.000Z") as a Date, or null when it does not parse. */
export function timestamp(iso: string): Date | null {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? new Date(ms) : null;
}
