import { creditCodeCheckCharacter } from '@gongkai/schema';
import { pad } from './civil-dates.js';

/** A unified social credit code of a Party or state organ (登记管理部门 1, 机关 1) in 示例市 (370100). */
export function organCreditCode(serial: number): string {
  const first17 = `11370100${pad(serial * 7919 % 10_000_000, 7)}${pad(serial, 2)}`;
  return first17 + creditCodeCheckCharacter(first17);
}
