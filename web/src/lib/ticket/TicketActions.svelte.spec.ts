import { flushSync, mount, unmount } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TicketActions_TicketFragment as ActionTicket } from '$lib/graphql/generated/graphql.js';
import { makeFragmentData } from '$lib/graphql/generated/index.js';
import { TicketActionsTicket } from './ticket-actions.js';

// The component talks to the API through `request`; here it answers as the server would.
const request = vi.fn();
vi.mock('$lib/graphql/client.svelte.js', async (original) => ({
  ...(await original<typeof import('$lib/graphql/client.svelte.js')>()),
  graphqlClient: () => ({}),
  request: (...args: unknown[]) => request(...args),
}));

const { default: TicketActions } = await import('./TicketActions.svelte');
const { ApiError } = await import('$lib/graphql/client.svelte.js');
const { serverConfig } = await import('$lib/config/server-config.svelte.js');

const ticket = (over: Partial<ActionTicket> = {}) =>
  makeFragmentData(
    {
      id: '12',
      number: '20261127-0012',
      status: 'TRANSFERRED',
      kind: 'COMPLAINT',
      version: 3,
      overdue: false,
      dueAt: '2026-11-27T15:59:59.999Z',
      actions: ['REJECT_TRANSFER', 'CLAIM'],
      unit: { id: 'unit-jinquan', name: '金泉热力', nameEn: 'Jinquan' },
      proposedUnit: null,
      claimedBy: null,
      reopenCount: 0,
      reopenReason: null,
      pausedAt: null,
      pauseReason: null,
      pendingExtension: null,
      ...over,
    },
    TicketActionsTicket,
  );

const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
  flushSync();
};

describe('TicketActions', () => {
  let target: HTMLElement;
  let component: ReturnType<typeof mount> | null = null;
  // Reactive props, so a test can play the live event that changes the ticket under an open form.
  const show = (initial: { ticket: ReturnType<typeof ticket>; onchange?: (t: ActionTicket) => void }) => {
    const props = $state(initial);
    component = mount(TicketActions, { target, props });
    flushSync();
    return props;
  };
  const buttons = () => [...target.querySelectorAll('button')].map((b) => b.textContent!.trim());
  const press = (name: string) => {
    const b = [...target.querySelectorAll('button')].find((x) => x.textContent!.trim() === name);
    if (!b) throw new Error(`no button ${name} among ${buttons().join(', ')}`);
    b.click();
    flushSync();
  };

  beforeEach(() => {
    request.mockReset();
    target = document.body.appendChild(document.createElement('div'));
  });
  afterEach(async () => {
    if (component) await unmount(component);
    component = null;
    target.remove();
  });

  it('offers exactly the actions the server allows, the likely next step first', () => {
    show({ ticket: ticket() });
    expect(buttons()).toEqual(['签收', '退单…']);
  });

  it('offers nothing when the server allows nothing', () => {
    show({ ticket: ticket({ actions: [] }) });
    expect(buttons()).toEqual([]);
  });

  it("claims without a version, and hands the server's answer to the screen", async () => {
    const claimed = ticket({
      status: 'CLAIMED',
      version: 4,
      actions: ['RELEASE'],
      claimedBy: { id: '7', displayName: '杨磊' },
    });
    request.mockResolvedValueOnce({ claimTicket: claimed });
    const onchange = vi.fn();
    show({ ticket: ticket(), onchange });
    press('签收');
    await settle();
    expect(request.mock.calls[0]![2]).toEqual({ id: '12' });
    expect(onchange).toHaveBeenCalledWith(claimed);
  });

  it('says who won when another person claimed first', async () => {
    request.mockRejectedValueOnce(
      new ApiError('already claimed by 黄丽', 'ALREADY_CLAIMED', { claimedBy: { id: '8', name: '金泉热力 黄丽' } }),
    );
    show({ ticket: ticket() });
    press('签收');
    await settle();
    expect(target.querySelector('[role="alert"]')?.textContent).toBe('已被签收：金泉热力 黄丽');
  });

  it('asks for a reason before refusing a transfer, sends it with the version, and gives up on Escape', async () => {
    request.mockResolvedValueOnce({ rejectTransfer: ticket({ status: 'REGISTERED', version: 4, actions: [] }) });
    show({ ticket: ticket() });
    press('退单…');
    const reason = target.querySelector<HTMLSelectElement>('select[aria-label="退单原因"]')!;
    expect(document.activeElement).toBe(reason);
    reason.value = 'WRONG_ADDRESS';
    reason.dispatchEvent(new Event('change'));
    const note = target.querySelector<HTMLInputElement>('input[aria-label="说明"]')!;
    note.value = '地址在邻区';
    note.dispatchEvent(new Event('input'));
    target.querySelector('form')!.requestSubmit();
    await settle();
    expect(request.mock.calls[0]![2]).toEqual({ id: '12', v: 3, reason: 'WRONG_ADDRESS', note: '地址在邻区' });

    press('退单…');
    target.querySelector('form')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    flushSync();
    expect(target.querySelector('form')).toBeNull();
  });

  it('lets the unit head ask for more time with a date and a reason, and the desk refuse it only with a note', async () => {
    serverConfig.timeZone = 'Asia/Shanghai';
    request.mockResolvedValueOnce({ requestExtension: ticket({ version: 4, actions: [] }) });
    show({ ticket: ticket({ actions: ['REQUEST_EXTENSION'] }) });
    press('申请延期…');
    const until = target.querySelector<HTMLInputElement>('input[type="datetime-local"]')!;
    expect(document.activeElement).toBe(until);
    until.value = '2026-12-02T17:30';
    until.dispatchEvent(new Event('input'));
    const why = target.querySelector<HTMLInputElement>('input[aria-label="延期理由"]')!;
    why.value = '需更换换热站阀门';
    why.dispatchEvent(new Event('input'));
    target.querySelector('form')!.requestSubmit();
    await settle();
    expect(request.mock.calls[0]![2]).toEqual({
      id: '12',
      v: 3,
      // 17:30 in Pingdu, whatever zone the test runs in.
      until: '2026-12-02T09:30:00.000Z',
      reason: '需更换换热站阀门',
    });
    await unmount(component!);

    const asked = { until: '2026-12-02T09:30:00.000Z', reason: '需更换换热站阀门' };
    request.mockResolvedValueOnce({ decideExtension: ticket({ version: 5, actions: [] }) });
    show({ ticket: ticket({ actions: ['DECIDE_EXTENSION'], pendingExtension: asked }) });
    press('审批延期…');
    expect(target.querySelector('[data-testid="pending-extension"]')?.textContent).toContain('需更换换热站阀门');
    const refuse = target.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1]!;
    refuse.click();
    flushSync();
    const note = target.querySelector<HTMLInputElement>('input[aria-label="说明"]')!;
    expect(note.required).toBe(true);
    note.value = '三日内可完成';
    note.dispatchEvent(new Event('input'));
    target.querySelector('form')!.requestSubmit();
    await settle();
    expect(request.mock.calls[1]![2]).toEqual({ id: '12', v: 3, approve: false, note: '三日内可完成' });
  });

  it('pauses with a reason and resumes at one press', async () => {
    request.mockResolvedValueOnce({ pauseTicket: ticket({ version: 4, actions: ['RESUME'] }) });
    show({ ticket: ticket({ status: 'CLAIMED', actions: ['PAUSE', 'RESOLVE'] }) });
    expect(buttons()).toEqual(['办结…', '暂停计时…']);
    press('暂停计时…');
    target.querySelector('form')!.requestSubmit();
    await settle();
    expect(request.mock.calls[0]![2]).toEqual({ id: '12', v: 3, reason: 'WAITING_FOR_CALLER', note: null });
    await unmount(component!);
    request.mockResolvedValueOnce({ resumeTicket: ticket({ version: 5, actions: ['PAUSE'] }) });
    show({ ticket: ticket({ status: 'CLAIMED', version: 4, actions: ['RESUME'] }) });
    press('恢复计时');
    await settle();
    expect(request.mock.calls[1]![2]).toEqual({ id: '12', v: 4 });
  });

  it('records a callback at one press, with the satisfaction chosen', async () => {
    request.mockResolvedValueOnce({
      recordCallback: ticket({ status: 'REPLIED', version: 8, actions: ['REOPEN', 'CLOSE'] }),
    });
    const onchange = vi.fn();
    show({ ticket: ticket({ status: 'RESOLVED', version: 7, actions: ['CALLBACK', 'REOPEN'] }), onchange });
    expect(buttons()).toEqual(['满意', '基本满意', '不满意…', '重办…']);
    press('基本满意');
    await settle();
    expect(request.mock.calls[0]![2]).toEqual({ id: '12', v: 7, satisfaction: 'BASICALLY_SATISFIED', note: null });
    expect(onchange).toHaveBeenCalledWith(expect.objectContaining({ status: 'REPLIED', version: 8 }));
  });

  it('sends the version the user saw when they opened the form, not one that arrived since', async () => {
    request.mockResolvedValueOnce({ resolveTicket: ticket({ status: 'RESOLVED', version: 5, actions: [] }) });
    const props = show({ ticket: ticket({ status: 'CLAIMED', version: 3, actions: ['RESOLVE'] }) });
    press('办结…');
    props.ticket = ticket({ status: 'ON_SITE', version: 4, actions: ['RESOLVE'] });
    flushSync();
    const text = target.querySelector<HTMLInputElement>('input[aria-label="处理结果"]')!;
    text.value = '更换阀门';
    text.dispatchEvent(new Event('input'));
    target.querySelector('form')!.requestSubmit();
    await settle();
    expect(request.mock.calls[0]![2]).toMatchObject({ id: '12', v: 3, resolution: '更换阀门' });
  });

  it('closes a form whose action someone else made impossible, and says so', () => {
    const props = show({ ticket: ticket({ status: 'CLAIMED', version: 3, actions: ['RESOLVE'] }) });
    press('办结…');
    expect(target.querySelector('form')).not.toBeNull();
    props.ticket = ticket({ status: 'TRANSFERRED', version: 4, actions: [] });
    flushSync();
    expect(target.querySelector('form')).toBeNull();
    expect(target.querySelector('[role="alert"]')?.textContent).toBe('工单刚被他人更新，请核对后再操作');
    expect(request).not.toHaveBeenCalled();
  });

  it('asks why before an unsatisfied callback reopens the ticket, and sends the reason as its note', async () => {
    request.mockResolvedValueOnce({
      recordCallback: ticket({
        status: 'TRANSFERRED',
        version: 8,
        actions: [],
        reopenCount: 1,
        reopenReason: '仍不热',
      }),
    });
    const onchange = vi.fn();
    show({ ticket: ticket({ status: 'RESOLVED', version: 7, actions: ['CALLBACK', 'REOPEN'] }), onchange });
    press('不满意…');
    expect(request).not.toHaveBeenCalled();
    const reason = target.querySelector<HTMLInputElement>('input[aria-label="不满意原因"]')!;
    expect(document.activeElement).toBe(reason);
    expect(reason.required).toBe(true);
    reason.value = '   ';
    expect(reason.checkValidity()).toBe(false);
    reason.value = '仍不热';
    reason.dispatchEvent(new Event('input'));
    target.querySelector('form')!.requestSubmit();
    await settle();
    expect(request.mock.calls[0]![2]).toEqual({ id: '12', v: 7, satisfaction: 'UNSATISFIED', note: '仍不热' });
    expect(onchange).toHaveBeenCalledWith(expect.objectContaining({ reopenCount: 1, reopenReason: '仍不热' }));
  });

  it('sends no leftover words with a one-press answer', async () => {
    request.mockResolvedValueOnce({ recordCallback: ticket({ status: 'REPLIED', version: 8, actions: [] }) });
    show({ ticket: ticket({ status: 'RESOLVED', version: 7, actions: ['CALLBACK'] }) });
    press('不满意…');
    const reason = target.querySelector<HTMLInputElement>('input[aria-label="不满意原因"]')!;
    reason.value = '写了一半';
    reason.dispatchEvent(new Event('input'));
    press('取消');
    press('满意');
    await settle();
    expect(request.mock.calls[0]![2]).toEqual({ id: '12', v: 7, satisfaction: 'SATISFIED', note: null });
  });
});
