import { describe, expect, it } from 'vitest';
import { dayFromIsoDate } from '../time/day-number';
import type { Site } from './site';
import { isolationStatus, supplyStatus } from './isolation';

const site = (id: string, kind: Site['kind'], capacity: number, roomsInUse?: number): Site => ({
  id,
  name: id,
  kind,
  lng: 120.75,
  lat: 30.75,
  capacity,
  ...(roomsInUse === undefined ? {} : { roomsInUse }),
});
const asOf = dayFromIsoDate('2022-04-20') as number;

describe('isolation rooms', () => {
  it('counts free rooms across isolation sites against the contacts of the window’s cases', () => {
    const status = isolationStatus(
      [site('A', 'isolation', 300, 120), site('B', 'isolation', 200, 250), site('T', 'testing', 999)],
      [1, 1, 1, 1, 1, 1, 1],
      asOf,
      10,
    );
    // B's rooms in use are capped at its rooms: 500 rooms, 320 in use.
    expect(status).toMatchObject({
      sites: 2,
      rooms: 500,
      roomsInUse: 320,
      roomsFree: 180,
      casesInWindow: 7,
      roomsNeeded: 70,
      roomsLeft: 110,
    });
    // A flat trend of one case a day: 10 rooms a day, 110 last 11 days and run out on the 12th.
    expect(status.casesPerDayNext).toBeCloseTo(1, 12);
    expect(status.daysLeft).toBe(12);
    expect(status.runsOutOn).toBe('2022-05-02');
  });

  it('follows a rising trend: cases 1, 2 … 7 a day give 8, 9, 10 … tomorrow and after', () => {
    const status = isolationStatus([site('A', 'isolation', 1000)], [1, 2, 3, 4, 5, 6, 7], asOf, 5);
    // 1000 free − 5 × 28 = 860 left; the need is 5 × (8 + 9 + …): 40, 85, 135, 190, 250, 315, 385, 460, 540, 625, 715, 810, 910 > 860 on day 13.
    expect(status.roomsLeft).toBe(860);
    expect(status.casesPerDayNext).toBeCloseTo(8, 10);
    expect(status.daysLeft).toBe(13);
    expect(status.runsOutOn).toBe('2022-05-03');
  });

  it('says the rooms are already short, and never runs out on a falling trend that reaches zero', () => {
    expect(isolationStatus([site('A', 'isolation', 10)], [5, 5], asOf, 10)).toMatchObject({
      roomsLeft: -90,
      daysLeft: 0,
      runsOutOn: '2022-04-20',
    });
    const falling = isolationStatus([site('A', 'isolation', 1000)], [7, 6, 5, 4, 3, 2, 1], asOf, 10);
    expect(falling.casesPerDayNext).toBe(0);
    expect(falling.daysLeft).toBeNull();
    expect(falling.runsOutOn).toBeNull();
    expect(isolationStatus([], [], asOf)).toMatchObject({ rooms: 0, roomsLeft: 0, daysLeft: null });
  });
});

describe('supply', () => {
  it('sets the supply points’ packs a day against the need', () => {
    expect(supplyStatus([site('S', 'supply', 400), site('S2', 'supply', 100), site('T', 'testing', 5)], 620)).toEqual({
      sites: 2,
      packsPerDay: 500,
      packsNeeded: 620,
      balance: -120,
    });
  });
});
