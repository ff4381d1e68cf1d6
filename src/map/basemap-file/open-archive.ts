import * as maplibregl from 'maplibre-gl';
import { FileSource, PMTiles, Protocol, type Source } from 'pmtiles';
import type { BasemapFileInfo } from '../../types/basemap-settings';
import { readArchiveInfo } from './archive-info';

/** A map file opened for the map: what it holds and the pmtiles:// key its tiles are served under. */
export interface OpenedArchive {
  info: BasemapFileInfo;
  key: string;
}

let protocol: Protocol | undefined;
let opened = 0;

/** maplibre reads pmtiles:// URLs through the `pmtiles` package's protocol, registered once. */
function pmtilesProtocol(): Protocol {
  if (!protocol) {
    protocol = new Protocol();
    maplibregl.addProtocol('pmtiles', protocol.tile);
  }
  return protocol;
}

/**
 * Opens a map file (read in place, a range at a time: a file of gigabytes is never read whole) and
 * registers it for the map under a key of its own, so a file opened later never serves the tiles
 * of one opened before.
 */
export async function openArchive(file: File, name: string): Promise<OpenedArchive> {
  const key = `cordon-basemap-${++opened}`;
  const inner = new FileSource(file);
  const source: Source = { getKey: () => key, getBytes: (offset, length) => inner.getBytes(offset, length) };
  const archive = new PMTiles(source);
  const info = await readArchiveInfo(archive, name, file.size);
  pmtilesProtocol().add(archive);
  return { info, key };
}
