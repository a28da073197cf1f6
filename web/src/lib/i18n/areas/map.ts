/** This area's own words; the same keys in both languages (the messages spec checks). */
export const zhCN = {
  /** A compound's card: the unit that runs its station and heats it. */
  heatedBy: '供热单位',
  /** A station's card: the unit that runs it. */
  operatedBy: '运行单位',
  heatSource: '热源',
  /** The legend: what a compound symbol's size and figure say. */
  sizeIsOpenTickets: '大小与数字 = 未结工单数',
  overdueTicket: '超时工单',
};

export const en: Record<keyof typeof zhCN, string> = {
  heatedBy: 'Heated by',
  operatedBy: 'Run by',
  heatSource: 'Heat source',
  sizeIsOpenTickets: 'Size and figure = open tickets',
  overdueTicket: 'Overdue ticket',
};
