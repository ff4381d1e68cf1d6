/**
 * Rounds degrees to 7 decimals (about 1 cm), the precision stored coordinates keep (RFC 7946
 * suggests no more; GDAL writes 7).
 */
export function roundTo7Decimals(value: number): number {
  return Math.round(value * 1e7) / 1e7;
}
