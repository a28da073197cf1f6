/** This area's own words; the same keys in both languages (the messages spec checks). */
export const zhCN = {
  /** Unsatisfied at the callback reopens the ticket: the form asks why, and the button confirms. */
  unsatisfiedReason: '不满意原因',
  confirmUnsatisfied: '确认不满意并重办',
  /** The mark a reopened ticket carries; {n} is the round. */
  reopenedRound: '重办 ×{n}',
  reopenedFor: '重办原因',
  answeredOnCall: '当场答复',
  address: '地址',
  /** Placed before a phone number that dials when tapped. */
  callCaller: '拨打来电人',
  relatedTo: '关联的早前工单',
  linkedCalls: '关联的后续来电',
  ticketNotFound: '找不到此工单',
  ticketNotFoundHint: '编号为 {id} 的工单不存在。请检查链接，或回到列表重新打开。',
  notYours: '无法查看此工单',
  backToQueue: '返回工单队列',
  backToDesk: '返回受理台',
  backToBoard: '返回大屏',
  printTicket: '打印',
};

export const en: Record<keyof typeof zhCN, string> = {
  unsatisfiedReason: 'Why not satisfied',
  confirmUnsatisfied: 'Confirm: unsatisfied, reopen',
  reopenedRound: 'Reopened ×{n}',
  reopenedFor: 'Reopened because',
  answeredOnCall: 'Answered on the call',
  address: 'Address',
  callCaller: 'Call the caller',
  relatedTo: 'Linked to earlier ticket',
  linkedCalls: 'Later calls linked to it',
  ticketNotFound: 'Ticket not found',
  ticketNotFoundHint: 'There is no ticket {id}. Check the link, or go back to the list and open it from there.',
  notYours: 'You cannot see this ticket',
  backToQueue: 'Back to the queue',
  backToDesk: 'Back to the desk',
  backToBoard: 'Back to the board',
  printTicket: 'Print',
};
