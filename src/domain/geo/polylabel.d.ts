/** polylabel 2.1.0 (mapbox, ISC): the pole of inaccessibility of a polygon, the point farthest inside it. */
declare module 'polylabel' {
  export default function polylabel(
    polygon: number[][][],
    precision?: number,
    debug?: boolean,
  ): [number, number] & { distance: number };
}
