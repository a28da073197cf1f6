import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildHeatlineSchema, printContract } from './schema.js';

describe('the public contract', () => {
  it('is committed in schema.graphql exactly as the code emits it (run `pnpm schema` after an API change)', async () => {
    const committed = readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8');
    expect(printContract(await buildHeatlineSchema())).toBe(committed);
  });

  it('keeps the names third parties rely on', async () => {
    const schema = await buildHeatlineSchema();
    const query = Object.keys(schema.getQueryType()!.getFields());
    const mutation = Object.keys(schema.getMutationType()!.getFields());
    expect(query).toEqual(
      expect.arrayContaining(['heatSources', 'stations', 'compounds', 'units', 'ticket', 'tickets', 'me']),
    );
    expect(mutation).toEqual(
      expect.arrayContaining([
        'login',
        'createTicket',
        'transferTicket',
        'rejectTransfer',
        'claimTicket',
        'releaseTicket',
        'startOnSite',
        'resolveTicket',
        'recordCallback',
        'reopenTicket',
        'closeTicket',
        'createApiKey',
      ]),
    );
  });
});
