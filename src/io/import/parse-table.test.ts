import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_QUOTED_LINES,
  normalizeLineBreaks,
  parseTable,
  segmentText,
  streamTable,
  type ParsedTable,
} from './parse-table';

const cell = fc.oneof(
  fc.stringMatching(/^[a-z0-9 .]{0,6}$/),
  fc.stringMatching(/^[a-z,\n"]{0,6}$/).map((text) => `"${text.replace(/"/g, '""')}"`),
);
const csv = fc
  .tuple(
    fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 30 }),
    fc.constantFrom('\n', '\r\n', '\r'),
    fc.boolean(),
    fc.boolean(),
  )
  .map(
    ([rows, newline, trailing, stray]) =>
      'a,b\n' + rows.map((row) => row.join(',')).join(newline) + (stray ? '\n"open,1' : '') + (trailing ? newline : ''),
  );

/** Streams a text into a table, as the import does, to compare with one parse. */
async function streamed(text: string, pieceChars: number): Promise<ParsedTable> {
  const table: ParsedTable = { delimiter: ',', headers: [], rows: [], lines: [], broken: [], blankLines: 0 };
  const result = await streamTable(
    { text: normalizeLineBreaks(text), delimiter: ',' },
    {
      // The sink's array may be reused for the next row: keep a copy.
      row: (cells, line) => {
        table.rows.push([...cells]);
        table.lines.push(line);
      },
      broken: (line, key) => table.broken.push({ line, key }),
      // Unquoted rows come as spans of the text, the others as arrays.
      cells: (row, line) => {
        table.rows.push(Array.from({ length: row.size }, (_, column) => row.text(column)));
        table.lines.push(line);
      },
    },
    { pieceChars },
  );
  return {
    ...table,
    headers: result.headers ?? [],
    blankLines: result.blankLines,
    physicalLines: result.physicalLines,
  };
}

describe('streaming a table in pieces', () => {
  it('gives exactly what one parse gives, whatever the piece size, quoted or not', async () => {
    await fc.assert(
      fc.asyncProperty(csv, fc.integer({ min: 1, max: 40 }), async (text, pieceChars) => {
        const whole = parseTable(text);
        if (whole.ok) expect(await streamed(text, pieceChars)).toEqual(whole.table);
      }),
      { numRuns: 200 },
    );
  });

  it('splits only between records, never inside quotes', () => {
    const text = 'a,b\n"x\ny",1\n2,3\n';
    const ends = segmentText(text, ',', 1).map((segment) => segment.end);
    expect(ends).toEqual([4, 12, 16]);
  });

  it('reports progress and stops when cancelled', async () => {
    const text = 'a,b\n' + '1,2\n'.repeat(1000);
    const seen: number[] = [];
    const controller = new AbortController();
    const run = streamTable(
      { text, delimiter: ',' },
      { row: () => undefined, cells: () => undefined, broken: () => undefined },
      {
        pieceChars: 400,
        signal: controller.signal,
        onProgress: (fraction) => {
          seen.push(fraction);
          if (seen.length === 3) controller.abort();
        },
      },
    );
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toHaveLength(3);
  });
});

describe('a quote that is never closed', () => {
  const lines = (count: number, from = 1) => Array.from({ length: count }, (_, i) => `${from + i},${i}`).join('\n');

  it('refuses the row it opened on and reads every line after it again', () => {
    const text = `a,b\n1,2\n"3,oops\n${lines(1000, 4)}\n`;
    const parsed = parseTable(text);
    if (!parsed.ok) throw new Error('not parsed');
    expect(parsed.table.broken).toEqual([{ line: 3, key: 'rowUnclosedQuote' }]);
    expect(parsed.table.rows).toHaveLength(1001);
    expect(parsed.table.lines.at(-1)).toBe(1003);
    expect(parsed.table.physicalLines).toBe(1003);
  });

  it('keeps a quoted field that spans lines within the bound', () => {
    const field = Array.from({ length: MAX_QUOTED_LINES }, (_, i) => `l${i}`).join('\n');
    const parsed = parseTable(`a,b\n"${field}",1\n2,3\n`);
    if (!parsed.ok) throw new Error('not parsed');
    expect(parsed.table.broken).toEqual([]);
    expect(parsed.table.rows).toEqual([
      [field, '1'],
      ['2', '3'],
    ]);
    expect(parsed.table.lines).toEqual([2, 2 + MAX_QUOTED_LINES]);
  });

  it('counts a stray quote in the last row and a quote inside a field as RFC 4180 does', () => {
    const parsed = parseTable('a,b\n12" pipe,1\n"x,2\n');
    if (!parsed.ok) throw new Error('not parsed');
    expect(parsed.table.rows).toEqual([['12" pipe', '1']]);
    expect(parsed.table.broken).toEqual([{ line: 3, key: 'rowUnclosedQuote' }]);
  });

  it('accounts for every physical line, streamed in pieces', async () => {
    const text = `a,b\n${lines(50)}\n"open,1\n${lines(50, 100)}\n\n"x\ny",2\n`;
    const table = await streamed(text, 64);
    expect(table.broken).toEqual([{ line: 52, key: 'rowUnclosedQuote' }]);
    expect(table.rows).toHaveLength(101);
    expect(1 + table.rows.length + table.broken.length + table.blankLines + 1).toBe(table.physicalLines);
  });
});

describe('the unquoted fast path', () => {
  it('reads rows exactly as PapaParse does', async () => {
    const { default: Papa } = await import('papaparse');
    const unquoted = fc.array(fc.array(fc.stringMatching(/^[a-z0-9 .\t;|]{0,5}$/), { minLength: 1, maxLength: 4 }), {
      minLength: 1,
      maxLength: 20,
    });
    fc.assert(
      fc.property(unquoted, fc.constantFrom(',', ';', '\t', '|'), (rows, delimiter) => {
        const text = rows.map((row) => row.join(delimiter)).join('\n');
        const parsed = parseTable(`h${delimiter}h2\n${text}`, delimiter);
        const papa = Papa.parse<string[]>(`h${delimiter}h2\n${text}`, { delimiter, newline: '\n' }).data;
        const expected = papa.slice(1).filter((cells) => !(cells.length === 1 && cells[0].trim() === ''));
        if (parsed.ok) expect(parsed.table.rows).toEqual(expected);
        else expect(expected).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
