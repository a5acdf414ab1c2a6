import type { DateSystem } from "./grid";

const MS_PER_DAY = 86_400_000;
// Serial 0 of each system as a UTC instant. The 1900 system counts the non-existent 29 Feb 1900,
// so from serial 61 on, day 0 is effectively 30 Dec 1899.
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** Converts an Excel serial day number to an ISO date, honouring the workbook's date system. */
export function serialToIso(serial: number, system: DateSystem): string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2_958_466) return undefined;
  const day = Math.floor(serial);
  let ms: number;
  if (system === 1904) ms = EPOCH_1904 + day * MS_PER_DAY;
  else if (day >= 61) ms = EPOCH_1900 + day * MS_PER_DAY;
  else if (day === 60) return "1900-02-28"; // Excel's phantom 29 Feb 1900: the nearest real date
  else ms = EPOCH_1900 + (day + 1) * MS_PER_DAY;
  if (day === 0 && system === 1900) return undefined;
  return new Date(ms).toISOString().slice(0, 10);
}

/** The serial of an ISO date in the given date system. */
export function isoToSerial(iso: string, system: DateSystem): number {
  const [y, m, d] = iso.split("-").map(Number);
  const ms = Date.UTC(y, m - 1, d);
  if (system === 1904) return Math.round((ms - EPOCH_1904) / MS_PER_DAY);
  const s = Math.round((ms - EPOCH_1900) / MS_PER_DAY);
  return s >= 61 ? s : s - 1;
}
