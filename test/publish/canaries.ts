/**
 * Canary case data for the publication tests: unique strings in every personal field a case file
 * may carry, and cases at known coordinates, so a test can look for any trace of them in what is
 * published (privacy rule P1, shared catalogue §3).
 */
export const CANARY_STRINGS = ['CANARY-7f3a9', '33040219870101777X', '13900077713', '金丝路CANARY88号3单元501室'];

/** The canary case's unique position, and the positions of the other test cases (seeded). */
export const CANARY_POSITION: [number, number] = [120.761234, 30.754321];

function casePositions(): [number, number][] {
  let seed = 20220420;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  // Around the demo plan's sealed compounds and the old town, so several fall inside zones.
  return [
    CANARY_POSITION,
    ...Array.from({ length: 60 }, (): [number, number] => [
      Math.round((120.7 + random() * 0.1) * 1e6) / 1e6,
      Math.round((30.72 + random() * 0.06) * 1e6) / 1e6,
    ]),
  ];
}

export const CANARY_CASE_POSITIONS = casePositions();

/** A case file with personal columns (dropped at import) and the canaries in each. */
export function canaryCasesCsv(): string {
  const rows = CANARY_CASE_POSITIONS.map(([lng, lat], i) => {
    const id = i === 0 ? CANARY_STRINGS[0] : `T-${i}`;
    const day = 14 + (i % 7);
    return `${id},${lng},${lat},2022-04-${day},confirmed,community,张三,${CANARY_STRINGS[1]},${CANARY_STRINGS[2]},${CANARY_STRINGS[3]}`;
  });
  return ['id,lng,lat,reported_on,kind,found_in,姓名,身份证号,手机号,address', ...rows].join('\n') + '\n';
}

/** Both ways a coordinate may be cut to 4 decimals. */
const fourDecimals = (value: number) => [Math.trunc(value * 1e4) / 1e4, Math.round(value * 1e4) / 1e4].map(String);

/**
 * What of the canaries a text holds: each canary string, and each case's coordinate pair written
 * at 4 decimals or more (truncated or rounded), in either order of longitude and latitude.
 */
export function findLeaks(text: string, positions: readonly [number, number][] = CANARY_CASE_POSITIONS): string[] {
  const leaks = CANARY_STRINGS.filter((canary) => text.includes(canary));
  const pairs = new Set<string>();
  for (const match of text.matchAll(/(-?\d{1,3}\.\d{4,})\D{1,4}?(-?\d{1,3}\.\d{4,})/g)) {
    const [a, b] = [Number(match[1]), Number(match[2])];
    for (const x of fourDecimals(a)) for (const y of fourDecimals(b)) pairs.add(`${x},${y}`).add(`${y},${x}`);
  }
  for (const [lng, lat] of positions)
    if (fourDecimals(lng).some((x) => fourDecimals(lat).some((y) => pairs.has(`${x},${y}`))))
      leaks.push(`case at ${lng},${lat}`);
  return leaks;
}
