import type { FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { BBox } from '../domain/geo/types';
import { JIAXING_BBOX } from '../domain/geo/jiaxing';
import { BASEMAP_COLORS } from './styles/palette';

type Outlines = FeatureCollection<Polygon | MultiPolygon>;
type Labels = FeatureCollection<Point, { nameZh?: string; nameEn?: string; kind?: string }>;

/** The embedded basemap's own files, the same the main map draws: land, the neighbours, the districts and their names. */
export interface PreviewBasemap {
  land?: Outlines;
  neighbours?: Outlines;
  districts?: Outlines;
  labels?: Labels;
}

let basemap: Promise<PreviewBasemap> | undefined;

/** The embedded basemap, fetched once from this origin; a part that cannot be read is left out. */
function embeddedBasemap(origin: string): Promise<PreviewBasemap> {
  const read = <T>(file: string): Promise<T | undefined> =>
    fetch(new URL(`basemap/${file}`, `${origin}${import.meta.env.BASE_URL}`))
      .then((response) => (response.ok ? (response.json() as Promise<T>) : undefined))
      .catch(() => undefined);
  basemap ??= Promise.all([
    read<Outlines>('land.geojson'),
    read<Outlines>('neighbours.geojson'),
    read<Outlines>('jiaxing-districts.geojson'),
    read<Labels>('labels.geojson'),
  ]).then(([land, neighbours, districts, labels]) => ({ land, neighbours, districts, labels }));
  return basemap;
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

/** A round length for a scale bar at most `maxMetres` long: 1, 2 or 5 times a power of ten. */
export function scaleBarMetres(maxMetres: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(maxMetres, 1)));
  return [5, 2, 1].map((step) => step * power).find((length) => length <= maxMetres) ?? power;
}

const METRES_PER_DEGREE = 111_320;

/**
 * A small, flat map of the points an import would add over the embedded basemap (sea, land,
 * neighbours, districts and their names, a scale bar), drawn on a 2D canvas: no second WebGL map
 * (which costs the page a long task to start), no tiles. Returns a function that stops a draw
 * still waiting for the basemap.
 */
export function showPreviewMap(
  canvas: HTMLCanvasElement,
  origin: string,
  points: Float64Array,
  bounds: BBox | undefined,
  language: 'zh-CN' | 'en' = 'en',
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
  const view = bounds ?? JIAXING_BBOX;
  const project = projection(view, width, height, 16);

  const path = (rings: Position[][]) => {
    context.beginPath();
    for (const ring of rings)
      ring.forEach(([lng, lat], i) => {
        const [x, y] = project(lng, lat);
        if (i === 0) context.moveTo(x, y);
        else context.lineTo(x, y);
      });
  };
  const polygonsOf = (outlines: Outlines | undefined): Position[][][] =>
    (outlines?.features ?? []).flatMap((feature) =>
      feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates,
    );
  const fill = (outlines: Outlines | undefined, color: string) => {
    context.fillStyle = color;
    for (const rings of polygonsOf(outlines)) {
      path(rings);
      context.fill('evenodd');
    }
  };
  const stroke = (outlines: Outlines | undefined, color: string, dash: number[] = []) => {
    context.strokeStyle = color;
    context.lineWidth = 1;
    context.setLineDash(dash);
    for (const rings of polygonsOf(outlines)) {
      path(rings);
      context.stroke();
    }
    context.setLineDash([]);
  };

  const draw = (map: PreviewBasemap) => {
    if (cancelled) return;
    context.clearRect(0, 0, width, height);
    context.fillStyle = BASEMAP_COLORS.sea;
    context.fillRect(0, 0, width, height);
    fill(map.land, BASEMAP_COLORS.land);
    fill(map.neighbours, BASEMAP_COLORS.neighbourFill);
    fill(map.districts, BASEMAP_COLORS.districtFill);
    stroke(map.neighbours, BASEMAP_COLORS.neighbourLine, [3, 2]);
    stroke(map.districts, BASEMAP_COLORS.districtLine);
    context.fillStyle = '#6a1b9a';
    for (let i = 0; i + 1 < points.length; i += 2) {
      const [x, y] = project(points[i], points[i + 1]);
      context.fillRect(x - 1.5, y - 1.5, 3, 3);
    }
    drawNames(map.labels);
    drawScaleBar();
  };

  const drawNames = (labels: Labels | undefined) => {
    context.font = '12px system-ui, sans-serif';
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    context.lineWidth = 3;
    context.strokeStyle = BASEMAP_COLORS.halo;
    for (const feature of labels?.features ?? []) {
      const [x, y] = project(feature.geometry.coordinates[0], feature.geometry.coordinates[1]);
      if (x < 0 || y < 0 || x > width || y > height) continue;
      const name = (language === 'zh-CN' ? feature.properties.nameZh : feature.properties.nameEn) ?? '';
      context.fillStyle =
        feature.properties.kind === 'district' ? BASEMAP_COLORS.labelText : BASEMAP_COLORS.neighbourLabel;
      context.strokeText(name, x, y);
      context.fillText(name, x, y);
    }
  };

  const drawScaleBar = () => {
    const [west, , east] = view;
    const latitude = (view[1] + view[3]) / 2;
    const [x0] = project(west, latitude);
    const [x1] = project(east, latitude);
    const metresPerPixel =
      ((east - west) * METRES_PER_DEGREE * Math.cos((latitude * Math.PI) / 180)) / Math.max(x1 - x0, 1);
    const metres = scaleBarMetres(metresPerPixel * width * 0.3);
    const pixels = metres / metresPerPixel;
    const [left, bottom] = [10, height - 10];
    context.strokeStyle = BASEMAP_COLORS.labelText;
    context.lineWidth = 2;
    context.beginPath();
    context.moveTo(left, bottom - 5);
    context.lineTo(left, bottom);
    context.lineTo(left + pixels, bottom);
    context.lineTo(left + pixels, bottom - 5);
    context.stroke();
    context.font = '11px system-ui, sans-serif';
    context.textAlign = 'left';
    context.textBaseline = 'bottom';
    context.fillStyle = BASEMAP_COLORS.labelText;
    context.fillText(metres >= 1000 ? `${metres / 1000} km` : `${metres} m`, left + 4, bottom - 4);
  };

  draw({});
  void embeddedBasemap(origin).then(draw);
  return () => {
    cancelled = true;
  };
}
