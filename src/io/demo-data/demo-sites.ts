import type { Site } from '../../domain/sites/site';

/**
 * Sites of the demo (docs/architecture.md, Sites): illustrative places in Jiaxing, synthetic and
 * labelled so (示例), enough that testing coverage, isolation rooms and supply are non-trivial on
 * the demo outbreak. Fresh copies for a plan to own.
 */
export function demoSites(): Site[] {
  const testing = (id: string, name: string, lng: number, lat: number, capacity: number): Site => ({
    id,
    name: `${name}（示例）`,
    kind: 'testing',
    lng,
    lat,
    capacity,
    opens: '07:00',
    closes: '21:00',
  });
  return [
    testing('demo-t1', '南湖体育馆采样点', 120.7585, 30.7525, 400),
    testing('demo-t2', '月河街区采样点', 120.7515, 30.7575, 250),
    testing('demo-t3', '火车站广场采样点', 120.7655, 30.7625, 300),
    testing('demo-t4', '城南社区采样点', 120.7545, 30.7385, 200),
    testing('demo-t5', '秀洲文化中心采样点', 120.7055, 30.7655, 250),
    testing('demo-t6', '经开区服务中心采样点', 120.7315, 30.7385, 300),
    testing('demo-t7', '东栅采样点', 120.7905, 30.7585, 150),
    {
      id: 'demo-i1',
      name: '经开区隔离酒店（示例）',
      kind: 'isolation',
      lng: 120.7195,
      lat: 30.7335,
      capacity: 450,
      roomsInUse: 310,
    },
    {
      id: 'demo-i2',
      name: '南湖区集中隔离点（示例）',
      kind: 'isolation',
      lng: 120.7825,
      lat: 30.7415,
      capacity: 300,
      roomsInUse: 180,
    },
    { id: 'demo-s1', name: '南湖区物资保障点（示例）', kind: 'supply', lng: 120.7495, lat: 30.7495, capacity: 12000 },
    { id: 'demo-s2', name: '秀洲区物资保障点（示例）', kind: 'supply', lng: 120.7015, lat: 30.7705, capacity: 6000 },
    {
      id: 'demo-k1',
      name: 'G60 嘉兴收费站卡口（示例）',
      kind: 'checkpoint',
      lng: 120.6985,
      lat: 30.7905,
      capacity: 0,
      direction: '进城方向（沪昆高速）',
    },
    {
      id: 'demo-k2',
      name: 'S32 嘉兴东卡口（示例）',
      kind: 'checkpoint',
      lng: 120.8425,
      lat: 30.7705,
      capacity: 0,
      direction: '进城方向（申嘉湖高速）',
    },
  ];
}
