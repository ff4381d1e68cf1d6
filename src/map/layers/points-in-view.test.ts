import { describe, expect, it } from 'vitest';
import { pointsInView, viewInside } from './points-in-view';

describe('pointsInView', () => {
  const points = {
    length: 3,
    positions: new Float64Array([0, 0, 5, 5, 20, 20]),
    households: new Uint32Array([1, 2, 3]),
  };
  const sizes = new Float32Array([1, 2, 3]);

  it('keeps the points inside the view and its margin, with their sizes', () => {
    const cut = pointsInView(points, sizes, [4, 4, 6, 6], 0.5);
    expect(cut.length).toBe(1);
    expect([...cut.positions].map((v, i) => v + cut.origin[i % 2])).toEqual([5, 5]);
    expect([...cut.sizes]).toEqual([2]);
    expect(pointsInView(points, sizes, [-1, -1, 21, 21]).length).toBe(3);
  });

  it('knows when a view still fits the cut', () => {
    expect(viewInside([4.5, 4.5, 5.5, 5.5], [3, 3, 7, 7])).toBe(true);
    expect(viewInside([2, 4.5, 5.5, 5.5], [3, 3, 7, 7])).toBe(false);
  });
});
