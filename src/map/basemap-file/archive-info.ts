import { TileType, type PMTiles } from 'pmtiles';
import type { BasemapFileInfo } from '../../types/basemap-settings';

/** Why a map file cannot be used: a reason key (see i18n) and what was found. */
export class BasemapFileError extends Error {
  constructor(
    readonly reason: 'notPmtiles' | 'tileType' | 'schema' | 'bounds' | 'storage',
    readonly found: string,
  ) {
    super(`${reason}: ${found}`);
    this.name = 'BasemapFileError';
  }
}

const FORMATS: Partial<Record<TileType, BasemapFileInfo['tileFormat']>> = {
  [TileType.Mvt]: 'mvt',
  [TileType.Png]: 'png',
  [TileType.Jpeg]: 'jpeg',
  [TileType.Webp]: 'webp',
};

/** The vector schemas the bundled style knows, by a layer each always has. */
function schemaOf(layers: string[]): BasemapFileInfo['schema'] {
  if (layers.includes('transportation') || layers.includes('transportation_name')) return 'openmaptiles';
  if (layers.includes('roads') && layers.includes('earth')) return 'protomaps';
  if (layers.includes('roads')) return 'protomaps';
  return undefined;
}

const text = (value: unknown, max: number): string => (typeof value === 'string' ? value.slice(0, max) : '');

/**
 * Reads a PMTiles archive's header and metadata and says what it holds, or throws a
 * BasemapFileError that names the problem: not a PMTiles v3 file, tiles Cordon cannot draw, a
 * vector schema the bundled style does not know, or bounds that are not on the Earth.
 */
export async function readArchiveInfo(archive: PMTiles, name: string, bytes: number): Promise<BasemapFileInfo> {
  let header;
  try {
    header = await archive.getHeader();
  } catch (error) {
    throw new BasemapFileError('notPmtiles', error instanceof Error ? error.message : String(error));
  }
  if (header.specVersion < 3) throw new BasemapFileError('notPmtiles', `PMTiles version ${header.specVersion}`);
  const tileFormat = FORMATS[header.tileType];
  if (!tileFormat) throw new BasemapFileError('tileType', TileType[header.tileType] ?? String(header.tileType));
  const bounds: BasemapFileInfo['bounds'] = [header.minLon, header.minLat, header.maxLon, header.maxLat];
  const onEarth =
    bounds.every(Number.isFinite) &&
    bounds[0] >= -180 &&
    bounds[2] <= 180 &&
    bounds[1] >= -90 &&
    bounds[3] <= 90 &&
    bounds[0] < bounds[2] &&
    bounds[1] < bounds[3];
  if (!onEarth) throw new BasemapFileError('bounds', bounds.join(', '));
  let metadata: Record<string, unknown> = {};
  try {
    const read = await archive.getMetadata();
    if (read && typeof read === 'object') metadata = read as Record<string, unknown>;
  } catch {
    // Metadata is optional in the format; a file without it still has its tiles.
  }
  const layers = Array.isArray(metadata.vector_layers)
    ? (metadata.vector_layers as unknown[]).map((layer) => text((layer as { id?: unknown } | null)?.id, 100))
    : [];
  const schema = tileFormat === 'mvt' ? schemaOf(layers) : undefined;
  if (tileFormat === 'mvt' && !schema) throw new BasemapFileError('schema', layers.join(', ') || '—');
  return {
    name,
    bytes,
    kind: tileFormat === 'mvt' ? 'vector' : 'raster',
    schema,
    tileFormat,
    minZoom: header.minZoom,
    maxZoom: header.maxZoom,
    bounds,
    attribution: text(metadata.attribution, 300),
  };
}
