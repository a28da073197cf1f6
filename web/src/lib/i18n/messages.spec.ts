// @vitest-environment node
import { readFileSync } from 'node:fs';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES, messages } from './messages.js';

const contract = buildSchema(readFileSync(new URL('../../../../schema.graphql', import.meta.url), 'utf8'));
const valuesOf = (name: string) => (contract.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);

describe('messages', () => {
  it('says everything in both languages', () => {
    const zh = Object.keys(messages['zh-CN']).sort();
    expect(Object.keys(messages.en).sort()).toEqual(zh);
    for (const locale of ['zh-CN', 'en'] as const)
      for (const [key, text] of Object.entries(messages[locale])) expect(text, `${locale}.${key}`).not.toBe('');
  });

  it('defines each key once, across the common words and the areas', () => {
    const keys = DICTIONARIES.flatMap((d) => Object.keys(d.zhCN));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    for (const d of DICTIONARIES) expect(Object.keys(d.en).sort()).toEqual(Object.keys(d.zhCN).sort());
  });

  it('names every ticket status, event and refusal reason the API can send', () => {
    const fromApi = [
      'TicketStatus',
      'TicketEventType',
      'RefusalReason',
      'Satisfaction',
      'TicketKind',
      'Complexity',
    ].flatMap(valuesOf);
    expect(fromApi.length).toBeGreaterThan(30);
    for (const key of fromApi) expect(messages['zh-CN'], key).toHaveProperty(key);
  });
});
