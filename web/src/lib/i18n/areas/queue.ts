/** This area's own words; the same keys in both languages (the messages spec checks). */
export const zhCN = {
  /** The queue's filter: every open ticket of the unit, or only those the viewer holds. */
  queueFilter: '显示范围',
  allTickets: '全部',
  mine: '我的',
  noneMine: '您当前没有签收的工单',
  ticketCount: '{n} 张',
};

export const en: Record<keyof typeof zhCN, string> = {
  queueFilter: 'Show',
  allTickets: 'All',
  mine: 'Mine',
  noneMine: 'You hold no tickets now',
  ticketCount: '{n}',
};
