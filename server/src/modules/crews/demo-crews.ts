import type { EntityManager } from '@mikro-orm/knex';
import { Unit } from '../units/unit.entity.js';
import { Crew } from './crew.entity.js';
import { CrewStatus } from './crews.rules.js';

// Two crews each for both heating companies and the water company, on standby around the clock as
// the report says; names, members, plates and phones are the demo's, not the city's.
const CREWS: Array<[unitId: string, name: string, members: string[], vehicle: string, phone: string]> = [
  ['unit-xingping', '兴平抢修一队', ['张建军', '李明', '王强'], '鲁B·X1201', '13905320101'],
  ['unit-xingping', '兴平抢修二队', ['赵刚', '孙涛'], '鲁B·X1202', '13905320102'],
  ['unit-jinquan', '金泉抢修一队', ['杨勇', '黄斌', '周杰'], '鲁B·J2301', '13905320201'],
  ['unit-jinquan', '金泉抢修二队', ['吴磊', '郑伟'], '鲁B·J2302', '13905320202'],
  ['unit-water', '自来水抢修队', ['吕刚', '蒋涛', '韩亮'], '鲁B·S3401', '13905320301'],
  ['unit-water', '自来水管网二队', ['冯军', '陈亮'], '鲁B·S3402', '13905320302'],
];

/** The demo's crews, when there are none and their units exist: how many were added. */
export async function persistDemoCrews(em: EntityManager): Promise<number> {
  if ((await em.count(Crew)) > 0) return 0;
  const units = new Set((await em.find(Unit, {})).map((u) => u.id));
  const now = new Date();
  const crews = CREWS.filter(([unitId]) => units.has(unitId));
  for (const [unitId, name, members, vehicle, phone] of crews)
    em.create(Crew, {
      unit: em.getReference(Unit, unitId),
      name,
      members,
      vehicle,
      phone,
      status: CrewStatus.STANDBY,
      statusAt: now,
      updatedAt: now,
    });
  return crews.length;
}
