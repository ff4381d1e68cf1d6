import { dayFromIsoDate, isoDateFromDay } from '../../domain/time/day-number';

/** A value could not be read: the reason key, for a message that says how to fix it. */
export type ValueProblem =
  | 'empty'
  | 'not-a-date'
  | 'impossible-date'
  | 'ambiguous-date'
  | 'not-a-count'
  | 'negative'
  | 'not-whole'
  | 'not-a-number'
  | 'not-finite'
  | 'scientific-id'
  | 'too-long'
  | 'too-large';

export type ValueNote =
  | 'decimal-comma'
  | 'full-width'
  | 'excel-serial'
  | 'dms'
  | 'thousands-separator'
  | 'id-normalized'
  | 'day-first'
  | 'month-first';
export type Parsed<T> = { ok: true; value: T; note?: ValueNote } | { ok: false; problem: ValueProblem };

const pad = (n: number) => String(n).padStart(2, '0');

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/;

/** NFKC folds full-width digits and punctuation (３９．９０ → 39.90) (catalogue row B4). ASCII needs no folding. */
function fold(text: string): { text: string; changed: boolean } {
  const trimmed = text.trim();
  if (!NON_ASCII.test(trimmed)) return { text: trimmed, changed: false };
  const folded = trimmed.normalize('NFKC');
  return { text: folded, changed: folded !== trimmed };
}

function ymd(year: number, month: number, day: number): Parsed<string> {
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return dayFromIsoDate(iso) === undefined ? { ok: false, problem: 'impossible-date' } : { ok: true, value: iso };
}

/** Excel's serial for 1970-01-01 (its count includes a 29 February 1900 that never was). */
const EXCEL_SERIAL_OF_EPOCH = 25569;

/**
 * Reads a calendar date strictly (catalogue row F6, F7): 2022-03-26, 2022/3/26, 2022.3.26,
 * 2022年3月26日, and an Excel serial number when `allowExcelSerial` (a date column exported as
 * numbers). Impossible dates are refused, never rolled over. Day-first and month-first forms
 * (01/02/2024) are refused as ambiguous: a report date is too important to guess.
 */
export function parseCalendarDate(
  raw: string,
  allowExcelSerial = false,
  dayMonthOrder?: 'day-first' | 'month-first',
): Parsed<string> {
  const { text } = fold(raw);
  if (!text) return { ok: false, problem: 'empty' };
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/.exec(text);
  if (match) return ymd(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (match) {
    // Asked, never guessed: the user says which comes first for the whole column.
    if (!dayMonthOrder) return { ok: false, problem: 'ambiguous-date' };
    const [first, second] = [Number(match[1]), Number(match[2])];
    const parsed =
      dayMonthOrder === 'day-first' ? ymd(Number(match[3]), second, first) : ymd(Number(match[3]), first, second);
    return parsed.ok ? { ...parsed, note: dayMonthOrder } : parsed;
  }
  if (allowExcelSerial && /^\d{5}(\.\d+)?$/.test(text)) {
    const serial = Math.floor(Number(text));
    if (serial >= 20000 && serial <= 80000)
      return { ok: true, value: isoDateFromDay(serial - EXCEL_SERIAL_OF_EPOCH), note: 'excel-serial' };
  }
  return { ok: false, problem: 'not-a-date' };
}

/** A count of households or residents: a whole, non-negative number. */
export function parseCount(raw: string, thousandsSeparator = true): Parsed<number> {
  const fast = fastNumber(raw, PLAIN_COUNT);
  if (fast) return fast;
  const { text, changed } = fold(raw);
  if (!text) return { ok: false, problem: 'empty' };
  // 1,234 is a thousand and more in a count column (B3), unless the file writes decimal commas.
  if (thousandsSeparator && /^\d{1,3}(,\d{3})+$/.test(text))
    return { ok: true, value: Number(text.replace(/,/g, '')), note: 'thousands-separator' };
  if (!/^[-+]?\d+(\.\d+)?$/.test(text)) return { ok: false, problem: 'not-a-count' };
  const value = Number(text);
  if (value < 0) return { ok: false, problem: 'negative' };
  if (!Number.isInteger(value)) return { ok: false, problem: 'not-whole' };
  return changed ? { ok: true, value, note: 'full-width' } : { ok: true, value };
}

/**
 * A coordinate: decimal degrees (or metres, for projected input), with a decimal comma accepted
 * when `decimalComma` (catalogue row B1). Infinity, NaN, hex and exponents beyond range are
 * refused (B15).
 */
const PLAIN_DECIMAL = /^-?\d{1,4}\.\d{1,15}$/;
const PLAIN_COUNT = /^\d{1,9}$/;
/** The common case, fast: a plain ASCII number needs no folding and no further checks. */
function fastNumber(raw: string, pattern: RegExp): { ok: true; value: number } | undefined {
  return pattern.test(raw) ? { ok: true, value: Number(raw) } : undefined;
}

/** A plain ASCII decimal (the common case) as a number without allocating, or NaN when it needs the full parser. */
export function plainCoordinate(raw: string): number {
  return plainCoordinateIn(raw, 0, raw.length);
}

/**
 * plainCoordinate of `text.slice(start, end)`, without making that string. The same test as
 * PLAIN_DECIMAL (`-?\d{1,4}\.\d{1,15}`), by character codes: this runs twice for every row imported.
 */
export function plainCoordinateIn(text: string, start: number, end: number): number {
  const negative = text.charCodeAt(start) === 45; /* - */
  const intStart = negative ? start + 1 : start;
  let i = intStart;
  let digits = 0;
  while (i < end && isDigit(text.charCodeAt(i))) digits = digits * 10 + (text.charCodeAt(i++) - 48);
  const intDigits = i - intStart;
  if (intDigits < 1 || intDigits > 4 || i >= end || text.charCodeAt(i) !== 46 /* . */) return NaN;
  const fracStart = ++i;
  while (i < end && isDigit(text.charCodeAt(i))) digits = digits * 10 + (text.charCodeAt(i++) - 48);
  const fracDigits = i - fracStart;
  if (i !== end || fracDigits < 1 || fracDigits > 15) return NaN;
  if (intDigits + fracDigits > 15) return Number(text.slice(start, end));
  // At most 15 digits: the digits as one integer are exact in a double, and so is 10^fracDigits,
  // so one division rounds correctly and gives exactly what Number() gives, without its cost.
  const value = digits / POWERS_OF_TEN[fracDigits];
  return negative ? -value : value;
}

/** 10^0 … 10^15, each exact (built by multiplying, which is exact up to 10^22). */
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, n) =>
  Array.from({ length: n }).reduce((power: number) => power * 10, 1),
);

const isDigit = (code: number) => code >= 48 && code <= 57;

/** A plain count (digits only) as a number without allocating, or NaN when it needs the full parser. */
export function plainCount(raw: string): number {
  return plainCountIn(raw, 0, raw.length);
}

/** plainCount of `text.slice(start, end)`, without making that string. */
export function plainCountIn(text: string, start: number, end: number): number {
  const length = end - start;
  if (length < 1 || length > 9) return NaN;
  let value = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (!isDigit(code)) return NaN;
    value = value * 10 + (code - 48);
  }
  return value;
}

export function parseCoordinate(raw: string, decimalComma = false): Parsed<number> {
  const fast = fastNumber(raw, PLAIN_DECIMAL);
  if (fast) return fast;
  const folded = fold(raw);
  let text = folded.text;
  if (!text) return { ok: false, problem: 'empty' };
  let note: 'decimal-comma' | 'full-width' | undefined = folded.changed ? 'full-width' : undefined;
  if (decimalComma && /^[-+]?\d+,\d+$/.test(text)) {
    text = text.replace(',', '.');
    note = 'decimal-comma';
  }
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i.test(text)) {
    const dms = parseDms(text);
    return dms === undefined ? { ok: false, problem: 'not-a-number' } : { ok: true, value: dms, note: 'dms' };
  }
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, problem: 'not-finite' };
  return note ? { ok: true, value, note } : { ok: true, value };
}

/**
 * An identifier stays text, exactly as written: leading zeros and 18-digit numbers survive
 * (B13, B14). Excel's scientific notation is refused: the digits are already gone (B12).
 */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

/** Printable ASCII without spaces and not in scientific notation: an id that needs no cleaning. */
const PLAIN_ID = /^[\x21-\x7e]+$/;
const SCIENTIFIC = /^\d+(\.\d+)?e\+\d+$/i;

/** An id that is already clean (nearly every one) as is, without allocating; undefined when it needs parseIdentifier. */
export function plainIdentifier(raw: string): string | undefined {
  return PLAIN_ID.test(raw) && !SCIENTIFIC.test(raw) ? raw : undefined;
}

export function parseIdentifier(raw: string): Parsed<string> {
  let text = raw.trim();
  let note: ValueNote | undefined;
  if (NON_ASCII.test(text)) {
    // Zero-width and direction marks are invisible: two ids that look the same are the same (G7).
    const cleaned = text.replace(INVISIBLE, '').normalize('NFKC').trim();
    if (cleaned !== text) note = 'id-normalized';
    text = cleaned;
  }
  if (!text) return { ok: false, problem: 'empty' };
  if (SCIENTIFIC.test(text)) return { ok: false, problem: 'scientific-id' };
  return note ? { ok: true, value: text, note } : { ok: true, value: text };
}

/**
 * Degrees, minutes and seconds: 39°54′26″N, 39°54'26.5"N, N39 54 26, 39度54分26秒, 120°45′22″E.
 * South and west are negative. A packed 395426 is a plain number, never read as DMS (D11).
 * NFKC (applied before) writes ″ as two ′, so both spellings are accepted.
 */
export function parseDms(text: string): number | undefined {
  const match =
    /^([NSEW北南东西])?\s*(\d{1,3})(?:[°度\s]+)(\d{1,2})(?:['′分\s]+)(\d{1,2}(?:\.\d+)?)?(?:["″秒]|''|′′)?\s*([NSEW北南东西])?$/i.exec(
      text.trim(),
    );
  if (!match) return undefined;
  const [, before, degrees, minutes, seconds, after] = match;
  if (before && after) return undefined;
  const value = Number(degrees) + Number(minutes) / 60 + Number(seconds ?? 0) / 3600;
  if (Number(minutes) >= 60 || Number(seconds ?? 0) >= 60) return undefined;
  const hemisphere = (before ?? after ?? '').toUpperCase();
  return ['S', 'W', '南', '西'].includes(hemisphere) ? -value : value;
}

/** Decimal places written in a coordinate, to warn about coarse positions (≤ 3 ≈ 110 m) (D13). */
export function decimalPlaces(text: string): number {
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.trim().length - dot - 1;
}
