import { describe, expect, it } from 'vitest';
import { readDemoCases } from './demo-cases';
import { DemoFormatError } from './demo-format-error';
import { DemoHouseholdReader } from './demo-households';

const householdText =
  'id,lng,lat,households,residents,grid_id,address\nH1,120.7,30.7,3,8,330402-0101,清桥苑3幢\nH2,120.8,30.8,1,2,330402-0102,\n';
const caseText = 'id,lng,lat,reported_on,onset_on,kind,found_in\nC1,120.7,30.7,2022-03-26,,asymptomatic,quarantine\n';

const readHouseholds = (text: string) => {
  const reader = new DemoHouseholdReader();
  reader.push(text);
  return reader.finish();
};

describe('demo file readers', () => {
  it('read good files', () => {
    const store = readHouseholds(householdText);
    expect(store.length).toBe(2);
    expect(store.gridIds[1]).toBe('330402-0102');
    expect(store.addresses).toEqual(['清桥苑3幢', '']);
    expect(readDemoCases(caseText)).toEqual([
      {
        id: 'C1',
        lng: 120.7,
        lat: 30.7,
        reportedOn: '2022-03-26',
        onsetOn: undefined,
        kind: 'asymptomatic',
        foundIn: 'quarantine',
        sourceFile: 'cases.csv',
        sourceRow: 2,
      },
    ]);
  });

  it('say which file, line and field is wrong, and how to fix it', () => {
    const bad = householdText.replace('H2,120.8,30.8,1,', 'H2,120.8,30.8,-1,');
    expect(() => readHouseholds(bad)).toThrow(DemoFormatError);
    expect(() => readHouseholds(bad)).toThrow(
      'households.csv, line 3, field "households": "-1" is not a count. Regenerate the demo data with "npm run data:demo".',
    );
    expect(() => readHouseholds('lng,lat\n')).toThrow(/line 1, field "header"/);
    expect(() => readHouseholds(householdText + 'H3,1,2\n')).toThrow(/line 4, field "row": expected 7 fields, found 3/);
    expect(() => readDemoCases(caseText.replace('2022-03-26', '2022-02-30'))).toThrow(/line 2, field "reported_on"/);
    expect(() => readDemoCases(caseText.replace('quarantine', 'hospital'))).toThrow(
      /field "found_in": "hospital" is not one of/,
    );
    expect(() => readDemoCases(caseText.replace('120.7', 'abc'))).toThrow(/field "lng"/);
  });
});
