import KDBush from 'kdbush';
import { metersPerDegreeLngAt, METERS_PER_DEGREE_LAT } from './distance';

/**
 * A static index over points, in a local metric plane (equirectangular around the points' mean
 * latitude: within 0.1 % over a city), for radius and nearest-point queries in metres.
 */
export class PointIndex {
  private readonly index: KDBush;
  private readonly kx: number;
  private readonly ky = METERS_PER_DEGREE_LAT;

  constructor(
    private readonly lng: Float64Array,
    private readonly lat: Float64Array,
  ) {
    let latSum = 0;
    for (let i = 0; i < lat.length; i++) latSum += lat[i];
    this.kx = metersPerDegreeLngAt(lat.length ? latSum / lat.length : 0);
    this.index = new KDBush(Math.max(1, lng.length));
    for (let i = 0; i < lng.length; i++) this.index.add(lng[i] * this.kx, lat[i] * this.ky);
    if (lng.length === 0) this.index.add(Infinity, Infinity);
    this.index.finish();
  }

  /** Indexes of the points within `meters` of (lng, lat). */
  withinMeters(lng: number, lat: number, meters: number): number[] {
    return this.index.within(lng * this.kx, lat * this.ky, meters).filter((i) => i < this.lng.length);
  }

  /** Distance in metres to the nearest point, looking no further than `maxMeters` (Infinity beyond). */
  nearestMeters(lng: number, lat: number, maxMeters = 2000): number {
    for (let radius = 25; radius <= maxMeters * 2; radius *= 4) {
      const hits = this.withinMeters(lng, lat, Math.min(radius, maxMeters));
      if (hits.length > 0) {
        let best = Infinity;
        for (const i of hits)
          best = Math.min(best, Math.hypot((this.lng[i] - lng) * this.kx, (this.lat[i] - lat) * this.ky));
        return best;
      }
      if (radius >= maxMeters) break;
    }
    return Infinity;
  }
}
