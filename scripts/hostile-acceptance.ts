/**
 * `npm run acceptance:hostile`: issue 14's acceptance, tried as a new user would. Writes the
 * hostile files to a temporary folder, runs `npm run cordon -- report` on each in a child process
 * and prints its exit status, the first line it printed about the file, its wall time and its
 * peak memory (GNU time). Nothing here is asserted: the unit tests hold the behaviour; this shows
 * what a person sees, and what it costs.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { uShapeWithCrossingHole } from '../test/helpers/zone-builders';

const dir = mkdtempSync(join(tmpdir(), 'cordon-hostile-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const ring = (lng: number, lat: number, radius: number, n: number) => {
  const positions = Array.from({ length: n }, (_, i) => {
    const angle = (2 * Math.PI * i) / n;
    return [lng + radius * Math.cos(angle), lat + radius * 0.86 * Math.sin(angle)];
  });
  return [...positions, positions[0]];
};
const zoneFile = (coordinates: number[][][]) =>
  JSON.stringify({
    type: 'Feature',
    id: 'S1',
    properties: { tier: 'sealed', name: '南湖' },
    geometry: { type: 'Polygon', coordinates },
  });

const zones = file('zones.geojson', zoneFile([ring(120.75, 30.75, 0.003, 64)]));
const header = 'id,lng,lat,户数,人数,网格\n';
const good = (i: number) => `H${i},120.75${String(i % 1000).padStart(3, '0')},30.75,1,3,南湖区${i % 7}网格\n`;
const many = (n: number, from = 0) => Array.from({ length: n }, (_, i) => good(from + i)).join('');

const billion = file('billion.csv', header + many(10) + 'H99,120.75,30.75,1000000000,3,x\n');
const unclosed = file('unclosed.csv', header + many(2) + 'H2,"120.75,30.75,1,3,x\n' + many(1_000_000, 3));
const gbk = new Uint8Array(execFileSync('iconv', ['-f', 'utf-8', '-t', 'gbk'], { input: good(99) }));
const mixed = file('mixed.csv', new Uint8Array([...new TextEncoder().encode(header + many(20)), ...gbk]));
const u = file('u.geojson', zoneFile(uShapeWithCrossingHole().coordinates));
const vertices = file('100k-vertices.geojson', zoneFile([ring(120.75, 30.75, 0.01, 100_000)]));

/** A workbook whose six sheets say they expand to 960 MB each. */
function bomb(): Uint8Array {
  const sheet = strToU8('<worksheet><sheetData/></worksheet>');
  const parts: Record<string, Uint8Array> = {
    'xl/workbook.xml': strToU8('<workbook><sheets/></workbook>'),
    'xl/_rels/workbook.xml.rels': strToU8('<Relationships/>'),
  };
  for (let i = 1; i <= 6; i++) parts[`xl/worksheets/sheet${i}.xml`] = sheet;
  const zip = zipSync(parts);
  const view = new DataView(zip.buffer);
  for (let i = 0; i + 30 < zip.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50) view.setUint32(i + 22, 960 << 20, true);
    if (signature === 0x02014b50) view.setUint32(i + 24, 960 << 20, true);
  }
  return zip;
}
const zipBomb = file('bomb.xlsx', bomb());

/** A million-row workbook, as bench/xlsx.bench.ts builds one. */
function workbook(rows: number): Uint8Array {
  const body: string[] = [
    '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>lng</t></is></c><c r="C1" t="inlineStr"><is><t>lat</t></is></c><c r="D1" t="inlineStr"><is><t>户数</t></is></c></row>',
  ];
  for (let r = 2; r <= rows + 1; r++)
    body.push(
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>H${r}</t></is></c><c r="B${r}"><v>120.75${r % 1000}</v></c><c r="C${r}"><v>30.75</v></c><c r="D${r}"><v>2</v></c></row>`,
    );
  return zipSync({
    'xl/workbook.xml': strToU8(
      '<workbook xmlns:r="r"><sheets><sheet name="户" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(`<worksheet><sheetData>${body.join('')}</sheetData></worksheet>`),
  });
}
const millionRows = file('million.xlsx', workbook(1_000_000));
const plain = file('households.csv', header + many(100));

const runs: [string, string[]][] = [
  ['a billion households in a row', ['--zones', zones, '--households', billion]],
  ['an unclosed quote on row 4 of 1 000 003', ['--zones', zones, '--households', unclosed]],
  ['20 UTF-8 rows and one GBK row', ['--zones', zones, '--households', mixed]],
  ['a U-shaped zone with a crossing hole', ['--zones', u, '--households', plain]],
  ['a zip bomb named .xlsx (8 parts declaring 960 MB each)', ['--zones', zones, '--households', zipBomb]],
  ['a 1 000 000-row workbook', ['--zones', zones, '--households', millionRows]],
  ['a zone of 100 000 vertices', ['--zones', vertices, '--households', plain]],
];
console.log(`Hostile files in ${dir}\n`);
console.log('| input | exit | what it said | wall | peak memory |\n| --- | --- | --- | --- | --- |');
for (const [name, args] of runs) {
  const out = join(dir, 'report.json');
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', '%e s %M KB', 'npx', 'tsx', 'cli/cordon.ts', 'report', ...args, '--crs', 'wgs84', '--out', out],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  const lines = run.stderr.trim().split('\n');
  const [wall, , memory] = (lines.pop() ?? '').split(' ');
  const said = lines.find((line) => line.includes(dir)) ?? lines[0] ?? '';
  const balance =
    run.status === 0
      ? ` — inputs: ${JSON.stringify(JSON.parse(execFileSync('cat', [out], { encoding: 'utf8' })).inputs[0])}`
      : '';
  console.log(
    `| ${name} | ${run.status} | ${said
      .replace(dir + '/', '')
      .replace(/\|/g, '\\|')
      .slice(0, 260)}${balance.replace(dir + '/', '')} | ${wall} s | ${Math.round(Number(memory) / 1024)} MB |`,
  );
}
