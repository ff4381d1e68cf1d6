import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { BBox } from '../domain/geo/types';
import { JIAXING_BBOX } from '../domain/geo/jiaxing';

let districts: Promise<FeatureCollection<Polygon | MultiPolygon> | undefined> | undefined;

/** The district outlines of the offline basemap, fetched once from this origin. */
function districtOutlines(origin: string): Promise<FeatureCollection<Polygon | MultiPolygon> | undefined> {
  districts ??= fetch(new URL('basemap/jiaxing-districts.geojson', `${origin}${import.meta.env.BASE_URL}`))
    .then((response) => (response.ok ? response.json() : undefined))
    .catch(() => undefined);
  return districts;
}

/** A view that fits `bounds` (padded) into a canvas, with metres the same both ways at that latitude. */
function projection(bounds: BBox, width: number, height: number, padding: number) {
  const [west, south, east, north] = bounds;
  const kx = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const spanX = Math.max((east - west) * kx, 0.002);
  const spanY = Math.max(north - south, 0.002);
  const scale = Math.min((width - 2 * padding) / spanX, (height - 2 * padding) / spanY);
  const cx = (west + east) / 2;
  const cy = (south + north) / 2;
  return (lng: number, lat: number): [number, number] => [
    width / 2 + (lng - cx) * kx * scale,
    height / 2 - (lat - cy) * scale,
  ];
}

/**
 * A small, flat map of the points an import would add over the district outlines, drawn on a 2D
 * canvas: no second WebGL map (which costs the page a long task to start), no tiles, no fonts.
 * Returns a function that stops a draw still waiting for the outlines.
 */
export function showPreviewMap(
  canvas: HTMLCanvasElement,
  origin: string,
  points: Float64Array,
  bounds: BBox | undefined,
): () => void {
  let cancelled = false;
  const ratio = window.devicePixelRatio || 1;
  const width = canvas.clientWidth || 320;
  const height = canvas.clientHeight || 260;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const context = canvas.getContext('2d');
  if (!context) return () => undefined;
  context.scale(ratio, ratio);
  const project = projection(bounds ?? JIAXING_BBOX, width, height, 16);

  const draw = (outlines: FeatureCollection<Polygon | MultiPolygon> | undefined) => {
    if (cancelled) return;
    context.clearRect(0, 0, width, height);
    context.fillStyle = '#eef2f0';
    context.fillRect(0, 0, width, height);
    context.strokeStyle = '#8a9aa5';
    context.lineWidth = 1;
    for (const feature of outlines?.features ?? []) {
      const polygons: Position[][][] =
        feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
      for (const rings of polygons) {
        for (const ring of rings) {
          context.beginPath();
          ring.forEach(([lng, lat], i) => {
            const [x, y] = project(lng, lat);
            if (i === 0) context.moveTo(x, y);
            else context.lineTo(x, y);
          });
          context.stroke();
        }
      }
    }
    context.fillStyle = '#6a1b9a';
    for (let i = 0; i + 1 < points.length; i += 2) {
      const [x, y] = project(points[i], points[i + 1]);
      context.fillRect(x - 1.5, y - 1.5, 3, 3);
    }
  };
  draw(undefined);
  void districtOutlines(origin).then(draw);
  return () => {
    cancelled = true;
  };
}
