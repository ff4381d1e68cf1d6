import { describe, expect, it } from 'vitest';
import { householdListCsv } from './household-list';

const labels = {
  internal: 'INTERNAL',
  zone: 'Zone',
  id: 'ID',
  address: 'Address',
  households: 'Households',
  residents: 'Residents',
  grid: 'Grid',
};

describe("a zone's household list", () => {
  it('is marked internal, walks the grids in order, and keeps hostile text as text (G6)', () => {
    const csv = householdListCsv(
      '=cmd|"/c calc"!A1',
      [
        { id: 'H2', lng: 120.75, lat: 30.75, households: 2, residents: 5, gridId: 'G2', address: '@SUM(1)' },
        { id: 'H1', lng: 120.75, lat: 30.75, households: 1, residents: 3, gridId: 'G2' },
        { id: 'H9', lng: 120.75, lat: 30.75, households: 4, residents: 9, gridId: 'G1', address: '+86 街道, 3 号' },
      ],
      labels,
    );
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toEqual([
      'INTERNAL',
      `Zone,"'=cmd|""/c calc""!A1"`,
      'ID,Address,Households,Residents,Grid',
      `H9,"'+86 街道, 3 号",4,9,G1`,
      'H1,,1,3,G2',
      `H2,'@SUM(1),2,5,G2`,
    ]);
  });
});
