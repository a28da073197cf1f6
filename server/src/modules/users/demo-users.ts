import type { EntityManager } from '@mikro-orm/core';
import { hashPassword } from '../auth/password.js';
import { Unit } from '../units/unit.entity.js';
import { Role, User } from './user.entity.js';

/** The demo password, public in the README; demo users exist only in demo mode. */
export const DEMO_PASSWORD = 'heatline';

const demoUsers: Array<[username: string, displayName: string, role: Role, unitId: string | null]> = [
  ['desk', '受理员 王敏', Role.OPERATOR, 'unit-hotline'],
  ['leader', '市领导 李建国', Role.LEADER, null],
  ['supervisor', '督查员 马振华', Role.SUPERVISOR, null],
  ['admin', '系统管理员', Role.ADMIN, null],
  ['xingping1', '兴平热电 张伟', Role.STAFF, 'unit-xingping'],
  ['xingping2', '兴平热电 刘洋', Role.STAFF, 'unit-xingping'],
  ['xingping3', '兴平热电 陈静', Role.STAFF, 'unit-xingping'],
  ['xingping-head', '兴平热电 赵主任', Role.HEAD, 'unit-xingping'],
  ['jinquan1', '金泉热力 杨磊', Role.STAFF, 'unit-jinquan'],
  ['jinquan2', '金泉热力 黄丽', Role.STAFF, 'unit-jinquan'],
  ['jinquan3', '金泉热力 周强', Role.STAFF, 'unit-jinquan'],
  ['jinquan-head', '金泉热力 吴主任', Role.HEAD, 'unit-jinquan'],
  // Every other unit in the room gets a staff member and a head, so a ticket sent anywhere can move.
  ['construction1', '建设局 孙浩', Role.STAFF, 'unit-construction'],
  ['construction-head', '建设局 钱科长', Role.HEAD, 'unit-construction'],
  ['price1', '物价局 郑敏', Role.STAFF, 'unit-price'],
  ['price-head', '物价局 冯科长', Role.HEAD, 'unit-price'],
  ['utilities1', '公用事业处 何军', Role.STAFF, 'unit-utilities'],
  ['utilities-head', '公用事业处 许处长', Role.HEAD, 'unit-utilities'],
  ['constmgmt1', '建管处 韩冰', Role.STAFF, 'unit-construction-mgmt'],
  ['constmgmt-head', '建管处 唐处长', Role.HEAD, 'unit-construction-mgmt'],
  ['propoffice1', '物业办 曹丹', Role.STAFF, 'unit-property-office'],
  ['propoffice-head', '物业办 彭主任', Role.HEAD, 'unit-property-office'],
  ['water1', '自来水公司 吕刚', Role.STAFF, 'unit-water'],
  ['water-head', '自来水公司 蒋经理', Role.HEAD, 'unit-water'],
  // The property companies: property01 … property08, a staff member and a manager each.
  ...Array.from({ length: 8 }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    return [
      [`property${n}`, `物业${n} 值班员`, Role.STAFF, `unit-property-${n}`],
      [`property${n}-head`, `物业${n} 经理`, Role.HEAD, `unit-property-${n}`],
    ] as Array<[string, string, Role, string]>;
  }).flat(),
];

/**
 * Creates the demo users whose unit exists (a database may hold another city) and who are not there
 * yet, so a demo database from before a unit had people gets them. Returns how many it created.
 */
export async function persistDemoUsers(em: EntityManager): Promise<number> {
  const unitIds = new Set((await em.find(Unit, {})).map((u) => u.id));
  const existing = new Set((await em.find(User, {}, { fields: ['username'] })).map((u) => u.username));
  const users = demoUsers.filter(
    ([username, , , unitId]) => !existing.has(username) && (unitId === null || unitIds.has(unitId)),
  );
  if (users.length === 0) return 0;
  // One hash serves every demo user: they share the public password anyway, and start-up stays fast.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const [username, displayName, role, unitId] of users)
    em.create(User, {
      username,
      displayName,
      role,
      unit: unitId ? em.getReference(Unit, unitId) : null,
      passwordHash,
      active: true,
    });
  return users.length;
}
