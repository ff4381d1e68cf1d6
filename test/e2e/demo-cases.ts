import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** The demo cases as the oracle reads them: straight from the CSV, dates as ISO strings. */
export const DEMO_CASES = gunzipSync(readFileSync('public/demo/cases.csv.gz'))
  .toString('utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [id, lng, lat, reportedOn, , kind, foundIn] = line.split(',');
    return { id, lng: Number(lng), lat: Number(lat), reportedOn, kind, foundIn };
  });

/** An ISO date moved by whole days. */
export const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The report date of the last demo case. */
export const LAST_DAY = DEMO_CASES.reduce((last, c) => (c.reportedOn > last ? c.reportedOn : last), '');
