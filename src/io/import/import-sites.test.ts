import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { report, gb18030 } from '../../../test/helpers/import-run';
import { parseTimeOfDay } from './read-site';

const rows = (result: Awaited<ReturnType<typeof report>>) =>
  result.result.report.rejections.map((note) => [note.line, note.column, note.value, note.key]);

describe('importing sites', () => {
  it('reads the CLI’s columns (id,name,kind,lng,lat,capacity) for every kind, in English or Chinese kinds', async () => {
    const csv = [
      'id,name,kind,lng,lat,capacity',
      'T1,南湖采样点,testing,120.7551,30.7462,400',
      'I1,经开隔离酒店,集中隔离点,120.7312,30.7201,300',
      'S1,物资保障点一,supply,120.7623,30.7508,1200',
      'K1,G60 嘉兴卡口,卡口,120.7001,30.7802,',
    ].join('\n');
    const result = await report(csv, { kind: 'sites', name: 'sites.csv' });
    expect(result.result.sites).toEqual([
      { id: 'T1', name: '南湖采样点', kind: 'testing', lng: 120.7551, lat: 30.7462, capacity: 400 },
      { id: 'I1', name: '经开隔离酒店', kind: 'isolation', lng: 120.7312, lat: 30.7201, capacity: 300 },
      { id: 'S1', name: '物资保障点一', kind: 'supply', lng: 120.7623, lat: 30.7508, capacity: 1200 },
      { id: 'K1', name: 'G60 嘉兴卡口', kind: 'checkpoint', lng: 120.7001, lat: 30.7802, capacity: 0 },
    ]);
    expect(result.result.report).toMatchObject({ read: 4, accepted: 4, rejected: 0 });
  });

  it('maps Chinese headers in a GB18030 file, reads the fields of each kind, and refuses each bad row with line, column and reason', async () => {
    const csv = [
      '编号,名称,类型,经度,纬度,能力,已用房间,开放时间,关闭时间,方向',
      'T1,南湖采样点,核酸采样点,120.7551,30.7462,400,,7:00,19:30,',
      'I1,隔离酒店,集中隔离点,120.7312,30.7201,300,120,,,',
      'K1,卡口,卡口,120.7001,30.7802,,,,,进城方向 G60',
      'X1,未知点,医院,120.75,30.75,10,,,,',
      'T2,无能力采样点,核酸采样点,120.75,30.75,,,,,',
      'I2,超员隔离点,集中隔离点,120.75,30.75,100,101,,,',
      'T3,错时采样点,核酸采样点,120.75,30.75,100,,25:00,,',
      'T4,,核酸采样点,120.75,30.75,100,,,,',
      'T1,南湖采样点,核酸采样点,120.7551,30.7462,400,,7:00,19:30,',
      'T1,另一个采样点,核酸采样点,120.76,30.76,100,,,,',
      'T5,大采样点,核酸采样点,120.75,30.75,99999999,,,,',
    ].join('\r\n');
    const result = await report(gb18030(csv), { kind: 'sites', name: 'sites.csv' });
    expect(result.result.sites).toEqual([
      {
        id: 'T1',
        name: '南湖采样点',
        kind: 'testing',
        lng: 120.7551,
        lat: 30.7462,
        capacity: 400,
        opens: '07:00',
        closes: '19:30',
      },
      { id: 'I1', name: '隔离酒店', kind: 'isolation', lng: 120.7312, lat: 30.7201, capacity: 300, roomsInUse: 120 },
      {
        id: 'K1',
        name: '卡口',
        kind: 'checkpoint',
        lng: 120.7001,
        lat: 30.7802,
        capacity: 0,
        direction: '进城方向 G60',
      },
    ]);
    expect(rows(result)).toEqual([
      [5, '类型', '医院', 'value_unknown-site-kind'],
      [6, '能力', '', 'rowNoCapacity'],
      [7, '已用房间', '101', 'rowRoomsInUseOverRooms'],
      [8, '开放时间', '25:00', 'value_not-a-time'],
      [9, '名称', '', 'value_empty'],
      [11, '编号', 'T1', 'rowConflict'],
      [12, '能力', '99999999', 'value_too-large'],
    ]);
    expect(result.result.report).toMatchObject({ read: 11, accepted: 3, rejected: 7, skipped: 1 });
    expect(result.result.report.skips.map((note) => [note.line, note.key])).toEqual([[10, 'skipDuplicate']]);
  });

  it('reads a GeoJSON of points and an XLSX workbook through the same pipeline, converting GCJ-02 at the edge', async () => {
    const geojson = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'T9',
          geometry: { type: 'Point', coordinates: [120.7551, 30.7462] },
          properties: { name: '采样点', kind: 'testing', capacity: 250 },
        },
        { type: 'Feature', id: 'S9', geometry: null, properties: { name: '无位置', kind: 'supply', capacity: 10 } },
      ],
    });
    const fromJson = await report(geojson, { kind: 'sites', name: 'sites.geojson' });
    expect(fromJson.result.sites).toEqual([
      { id: 'T9', name: '采样点', kind: 'testing', lng: 120.7551, lat: 30.7462, capacity: 250 },
    ]);
    expect(fromJson.result.report).toMatchObject({ read: 2, accepted: 1, rejected: 1 });

    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('站点');
    sheet.addRow(['编号', '站点名称', '站点类型', '经度', '纬度', '容量']);
    sheet.addRow(['S1', '物资点', '物资保障点', 120.7672, 30.7484, 800]);
    const xlsx = new Uint8Array(await book.xlsx.writeBuffer());
    const fromXlsx = await report(xlsx, { kind: 'sites', name: 'sites.xlsx', crs: 'gcj02' });
    const [site] = fromXlsx.result.sites;
    expect(site).toMatchObject({ id: 'S1', name: '物资点', kind: 'supply', capacity: 800 });
    // GCJ-02 lies a few hundred metres from WGS-84 in Jiaxing: converted, and said so.
    expect(Math.abs(site.lng - 120.7672)).toBeGreaterThan(0.002);
    expect(fromXlsx.result.report.transforms).toMatchObject({ converted_gcj02: 1 });
  });

  it('says which column is missing when a list has no kind, and names a site by its id when it has no name column', async () => {
    const noKind = await report('id,lng,lat,capacity\nT1,120.75,30.75,100\n', { kind: 'sites' });
    expect(rows(noKind)).toEqual([[2, undefined, undefined, 'rowNoSiteKind']]);
    const noName = await report('id,kind,lng,lat,capacity\nT1,testing,120.75,30.75,100\n', { kind: 'sites' });
    expect(noName.result.sites[0].name).toBe('T1');
    expect(noName.result.report.transforms).toMatchObject({ siteNameFromId: 1 });
  });

  it('reads times of day as HH:MM and refuses what is not one', () => {
    expect(['7:00', '07:00', '19:30:00', '24:00', '７：３０'].map(parseTimeOfDay)).toEqual([
      '07:00',
      '07:00',
      '19:30',
      '24:00',
      '07:30',
    ]);
    expect(['25:00', '7', '07:60', '24:30', 'noon', ''].map(parseTimeOfDay)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
