// Generates the committed demo dataset of Pingdu's 2009 heating network.
// The counts, totals and the named places come from the 2009 report (shared/seed-article.txt);
// every position, compound name (other than 文丰小区) and property company is synthetic.
// Run: node server/scripts/generate-city.mjs > server/src/modules/places/data/pingdu-2009.json
import { writeFileSync } from 'node:fs';

function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(20091116);
const round6 = (x) => Math.round(x * 1e6) / 1e6;
const CENTER = { lat: 36.786, lon: 119.959 };
// Pingdu's built-up area spans roughly 6 km x 6 km around the centre.
const near = (lat, lon, km) => ({
  lat: round6(lat + ((rand() - 0.5) * 2 * km) / 111),
  lon: round6(lon + ((rand() - 0.5) * 2 * km) / 89),
});

/** Split total into parts proportional to weights, summing exactly (largest remainder). */
function apportion(total, weights) {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (w / sum) * total);
  const out = raw.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    out[i] += 1;
  }
  return out;
}

const units = [
  { id: 'unit-hotline', kind: 'DESK', name: '市长公开电话办公室', nameEn: "Mayor's Public Hotline Office" },
  { id: 'unit-construction', kind: 'CONSTRUCTION_BUREAU', name: '建设局', nameEn: 'Construction Bureau' },
  { id: 'unit-price', kind: 'PRICE_BUREAU', name: '物价局', nameEn: 'Price Bureau' },
  { id: 'unit-utilities', kind: 'UTILITIES_OFFICE', name: '公用事业处', nameEn: 'Public Utilities Office' },
  {
    id: 'unit-construction-mgmt',
    kind: 'CONSTRUCTION_MANAGEMENT',
    name: '建管处',
    nameEn: 'Construction Management Office',
  },
  { id: 'unit-property-office', kind: 'PROPERTY_OFFICE', name: '物业办', nameEn: 'Property Management Office' },
  { id: 'unit-xingping', kind: 'HEATING_COMPANY', name: '兴平热电', nameEn: 'Xingping Thermal Power' },
  { id: 'unit-jinquan', kind: 'HEATING_COMPANY', name: '金泉热力', nameEn: 'Jinquan Heating' },
  { id: 'unit-water', kind: 'WATER_COMPANY', name: '自来水公司', nameEn: 'Water Supply Company' },
];

// Synthetic property companies of uneven size: stations each runs.
const propertyCompanies = [
  ['华泰物业', 'Huatai Property', 10],
  ['鑫源物业', 'Xinyuan Property', 7],
  ['瑞丰物业', 'Ruifeng Property', 6],
  ['安居物业', 'Anju Property', 4],
  ['宏达物业', 'Hongda Property', 3],
  ['万和物业', 'Wanhe Property', 3],
  ['恒信物业', 'Hengxin Property', 2],
  ['福康物业', 'Fukang Property', 1],
];
propertyCompanies.forEach(([name, nameEn], i) =>
  units.push({
    id: `unit-property-${String(i + 1).padStart(2, '0')}`,
    kind: 'PROPERTY_COMPANY',
    name: `${name}公司`,
    nameEn: `${nameEn} Co.`,
  }),
);

const heatSources = [
  {
    id: 'hs-xingping',
    name: '兴平热电',
    nameEn: 'Xingping Thermal Power',
    operatorUnitId: 'unit-xingping',
    ...near(CENTER.lat - 0.012, CENTER.lon - 0.02, 0.3),
  },
  {
    id: 'hs-jinquan',
    name: '金泉热力',
    nameEn: 'Jinquan Heating',
    operatorUnitId: 'unit-jinquan',
    ...near(CENTER.lat + 0.014, CENTER.lon + 0.018, 0.3),
  },
];

const prefixes = [
  ['文丰', 'Wenfeng'],
  ['金河', 'Jinhe'],
  ['杭州路', 'Hangzhoulu'],
  ['青岛路', 'Qingdaolu'],
  ['红旗', 'Hongqi'],
  ['胜利', 'Shengli'],
  ['常州路', 'Changzhoulu'],
  ['府前', 'Fuqian'],
  ['人民', 'Renmin'],
  ['东阁', 'Dongge'],
  ['李园', 'Liyuan'],
  ['同和', 'Tonghe'],
  ['白沙河', 'Baishahe'],
  ['现河', 'Xianhe'],
  ['扬州路', 'Yangzhoulu'],
  ['苏州路', 'Suzhoulu'],
  ['南京路', 'Nanjinglu'],
  ['北京路', 'Beijinglu'],
  ['天津路', 'Tianjinlu'],
  ['长江路', 'Changjianglu'],
  ['福州路', 'Fuzhoulu'],
  ['广州路', 'Guangzhoulu'],
  ['兴华', 'Xinghua'],
  ['明珠', 'Mingzhu'],
  ['阳光', 'Yangguang'],
  ['翠园', 'Cuiyuan'],
  ['康乐', 'Kangle'],
  ['和平', 'Heping'],
  ['建业', 'Jianye'],
  ['锦绣', 'Jinxiu'],
  ['泰山路', 'Taishanlu'],
  ['南村', 'Nancun'],
  ['东方', 'Dongfang'],
  ['新城', 'Xincheng'],
  ['凤台', 'Fengtai'],
  ['嘉和', 'Jiahe'],
  ['银河', 'Yinhe'],
  ['水岸', "Shui'an"],
  ['丰华', 'Fenghua'],
  ['民生', 'Minsheng'],
];
const suffixes = [
  ['小区', 'Compound'],
  ['花园', 'Garden'],
  ['家园', 'Homes'],
  ['新村', 'New Village'],
];
const names = [];
for (const [s, sEn] of suffixes)
  for (const [p, pEn] of prefixes) names.push({ name: `${p}${s}`, nameEn: `${pEn} ${sEn}` });
// Wenfeng Compound stays first; the rest are drawn in a fixed shuffled order.
const pool = names.slice(1);
for (let i = pool.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1));
  [pool[i], pool[j]] = [pool[j], pool[i]];
}
const compoundNames = [names[0], ...pool].slice(0, 113);

// 55 stations run by the heating companies feed the 68 direct compounds;
// 36 stations run by property companies feed the 45 property-heated compounds.
const stations = [];
const companyStations = 55;
const propertyStationCounts = propertyCompanies.map((p) => p[2]);
let stationNo = 0;
function addStation(operatorUnitId, heatSourceId) {
  stationNo += 1;
  const hs = heatSources.find((h) => h.id === heatSourceId);
  const pos = near((CENTER.lat * 2 + hs.lat) / 3, (CENTER.lon * 2 + hs.lon) / 3, 2.6);
  const st = {
    id: `st-${String(stationNo).padStart(3, '0')}`,
    name: '',
    nameEn: '',
    heatSourceId,
    operatorUnitId,
    ...pos,
  };
  stations.push(st);
  return st;
}
for (let i = 0; i < companyStations; i++) {
  const hs = i % 2 === 0 ? 'hs-xingping' : 'hs-jinquan';
  addStation(hs === 'hs-xingping' ? 'unit-xingping' : 'unit-jinquan', hs);
}
propertyStationCounts.forEach((count, pi) => {
  for (let i = 0; i < count; i++)
    addStation(`unit-property-${String(pi + 1).padStart(2, '0')}`, rand() < 0.5 ? 'hs-xingping' : 'hs-jinquan');
});

// Which station feeds each compound: every station feeds at least one.
const direct = stations.slice(0, companyStations);
const propertyRun = stations.slice(companyStations);
const feeds = [];
const assign = (group, total) => {
  const list = [...group];
  while (list.length < total) list.push(group[Math.floor(rand() * group.length)]);
  return list;
};
// Wenfeng is heated directly by Jinquan Heating (the 2009 report); station 2 is a Jinquan station.
const directFeeds = assign(direct, 68);
const wenfengStation = direct[1];
const wi = directFeeds.indexOf(wenfengStation);
[directFeeds[0], directFeeds[wi]] = [directFeeds[wi], directFeeds[0]];
feeds.push(...directFeeds, ...assign(propertyRun, 45));

const households = apportion(
  33500,
  feeds.map(() => 120 + rand() * 480),
);
const residents = apportion(
  104300,
  households.map((h) => h * (2.8 + rand() * 0.6)),
);

const compounds = feeds.map((st, i) => {
  const n = compoundNames[i];
  const pos = near(st.lat, st.lon, 0.35);
  return {
    id: `cp-${String(i + 1).padStart(3, '0')}`,
    name: n.name,
    nameEn: n.nameEn,
    stationId: st.id,
    heating: st.operatorUnitId.startsWith('unit-property') ? 'PROPERTY' : 'DIRECT',
    households: households[i],
    residents: residents[i],
    ...pos,
  };
});
for (const st of stations) {
  const first = compounds.find((c) => c.stationId === st.id);
  st.name = `${first.name}换热站`;
  st.nameEn = `${first.nameEn} Station`;
}

const channels = [
  ['MAYOR_HOTLINE', '市长公开电话', "Mayor's public hotline", 'unit-hotline'],
  ['UTILITIES_HEATING_LINE', '公用事业处供热服务热线', 'Utilities Office heating line', 'unit-utilities'],
  ['LINE_12319', '12319 城建服务热线', '12319 urban services line', 'unit-construction'],
  ['XINGPING_LINE_1', '兴平热电服务热线一', 'Xingping line 1', 'unit-xingping'],
  ['XINGPING_LINE_2', '兴平热电服务热线二', 'Xingping line 2', 'unit-xingping'],
  ['XINGPING_LINE_3', '兴平热电服务热线三', 'Xingping line 3', 'unit-xingping'],
  ['JINQUAN_LINE_1', '金泉热力服务热线一', 'Jinquan line 1', 'unit-jinquan'],
  ['JINQUAN_LINE_2', '金泉热力服务热线二', 'Jinquan line 2', 'unit-jinquan'],
  ['JINQUAN_LINE_3', '金泉热力服务热线三', 'Jinquan line 3', 'unit-jinquan'],
].map(([code, name, nameEn, ownerUnitId]) => ({ code, name, nameEn, ownerUnitId }));

const categories = [
  ['NO_HEAT', '不热', 'No heat'],
  ['LOW_TEMPERATURE', '温度低', 'Low temperature'],
  ['UNEVEN_HEATING', '冷热不均', 'Uneven heating'],
  ['LEAK_OR_BURST', '漏水爆管', 'Leak or burst'],
  ['NOISE', '噪音', 'Noise'],
  ['BILLING_OR_PRICE', '收费价格', 'Billing or price'],
  ['SERVICE', '服务态度', 'Service'],
  ['OTHER', '其他', 'Other'],
].map(([code, name, nameEn], i) => ({ code, name, nameEn, sortOrder: i + 1 }));

const city = {
  name: '平度市',
  nameEn: 'Pingdu',
  season: '2009',
  center: CENTER,
  note: 'Counts and totals from the 2009 report; positions, compound and company names other than those in the report are synthetic.',
  otherHeatCustomers: 84,
  units,
  heatSources,
  stations,
  compounds,
  channels,
  categories,
};
const out = process.argv[2];
const json = JSON.stringify(city, null, 1) + '\n';
if (out) writeFileSync(out, json);
else process.stdout.write(json);
