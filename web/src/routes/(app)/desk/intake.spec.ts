import type { Client } from 'graphql-ws';
import { describe, expect, it, vi } from 'vitest';

const request = vi.fn();
vi.mock('$lib/graphql/client.svelte.js', async (original) => ({
  ...(await original<typeof import('$lib/graphql/client.svelte.js')>()),
  request: (...args: unknown[]) => request(...args),
}));
const { blankCall, registerCall } = await import('./intake.js');

const keysSent = () => request.mock.calls.map((c) => (c[3] as { idempotencyKey?: string } | undefined)?.idempotencyKey);

describe('registering a call', () => {
  it('sends each step with a key of the call taken, so pressing "register" again does not make a second ticket', async () => {
    request.mockReset();
    // The register step answers; the transfer's answer is lost.
    request
      .mockResolvedValueOnce({ createTicket: { id: '7', number: '20261130-0007' } })
      .mockRejectedValueOnce(new Error('socket closed'));
    const call = { ...blankCall(), description: '不热', unitId: 'unit-jinquan' };
    await expect(registerCall({} as Client, call, false)).rejects.toThrow();
    request
      .mockResolvedValueOnce({ createTicket: { id: '7', number: '20261130-0007' } })
      .mockResolvedValueOnce({ transferTicket: { id: '7' } });
    await registerCall({} as Client, call, false);
    const [register, transfer, registerAgain, transferAgain] = keysSent();
    expect(register).toMatch(/:register$/);
    expect(transfer).toMatch(/:transfer$/);
    expect(registerAgain).toBe(register);
    expect(transferAgain).toBe(transfer);
  });

  it('gives the next call a key of its own', () => {
    expect(blankCall().key).not.toBe(blankCall().key);
    expect(blankCall().key).toMatch(/^[0-9a-f]{32}$/);
  });
});
