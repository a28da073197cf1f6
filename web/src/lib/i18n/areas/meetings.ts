/**
 * Special-topic meetings (专题会议): their events on the board, the wall's meeting panel, and why a
 * case is on the agenda. The same keys in both languages (the messages spec checks).
 */
export const zhCN = {
  MEETING_CREATED: '专题会已安排',
  AGENDA_ITEM_ADDED: '议题已加入',
  AGENDA_REORDERED: '议题已调整顺序',
  MEETING_STARTED: '专题会开始',
  AGENDA_FOCUSED: '转入议题',
  DECISION_RECORDED: '会议决定',
  MEETING_CLOSED: '专题会结束',
  meetingInSession: '专题会进行中',
  meetingChair: '主持',
  agenda: '议题',
  agendaFocus: '当前议题',
  decisions: '会议决定',
  responsibleUnit: '责任单位',
  dueBy: '限期',
  reasonHOT_SPOT: '热点（同站多单）',
  reasonREOPENED: '回访不满意重办',
  reasonOVERDUE: '超时',
  reasonREPEAT_CALLER: '重复来电',
  reasonBOUNCED: '多次退单',
};

export const en: Record<keyof typeof zhCN, string> = {
  MEETING_CREATED: 'Meeting planned',
  AGENDA_ITEM_ADDED: 'Agenda item added',
  AGENDA_REORDERED: 'Agenda reordered',
  MEETING_STARTED: 'Meeting started',
  AGENDA_FOCUSED: 'Next item',
  DECISION_RECORDED: 'Decision recorded',
  MEETING_CLOSED: 'Meeting closed',
  meetingInSession: 'Meeting in session',
  meetingChair: 'Chair',
  agenda: 'Agenda',
  agendaFocus: 'In focus',
  decisions: 'Decisions',
  responsibleUnit: 'Responsible',
  dueBy: 'Due',
  reasonHOT_SPOT: 'Hot spot (one station, several calls)',
  reasonREOPENED: 'Reopened after an unsatisfied callback',
  reasonOVERDUE: 'Overdue',
  reasonREPEAT_CALLER: 'Repeat caller',
  reasonBOUNCED: 'Refused by several units',
};
