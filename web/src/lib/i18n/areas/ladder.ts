/**
 * Urging, extension and pause (催办, 延期, 暂停): the ladder's events, the moves' names, and the
 * server's refusals of them. The same keys in both languages (the messages spec checks).
 */
export const zhCN = {
  TICKET_REMINDED: '临期提醒',
  TICKET_URGED: '催办',
  TICKET_ESCALATED: '提请专题会',
  TICKET_EXTENSION_REQUESTED: '申请延期',
  TICKET_EXTENSION_DECIDED: '延期审批',
  TICKET_PAUSED: '暂停计时',
  TICKET_RESUMED: '恢复计时',
  urge: '催办',
  requestExtension: '申请延期',
  decideExtension: '审批延期',
  pause: '暂停计时',
  resume: '恢复计时',
  'refusal.forbidden.deskOrLeader': '只有受理台或领导可以执行此操作',
  'refusal.forbidden.unitHeadOnly': '只有承办单位负责人可以申请延期',
  'refusal.forbidden.unitOrDesk': '只有承办单位或受理台可以执行此操作',
  'refusal.ticket.paused': '工单已暂停计时，请先恢复',
  'refusal.ticket.notPaused': '工单未暂停计时',
  'refusal.ticket.extensionPending': '已有延期申请等待审批',
  'refusal.ticket.noExtensionPending': '没有待审批的延期申请',
  'field.until': '延期至',
};

export const en: Record<keyof typeof zhCN, string> = {
  TICKET_REMINDED: 'Reminded before the deadline',
  TICKET_URGED: 'Urged',
  TICKET_ESCALATED: 'Proposed for the meeting',
  TICKET_EXTENSION_REQUESTED: 'Extension asked for',
  TICKET_EXTENSION_DECIDED: 'Extension decided',
  TICKET_PAUSED: 'Clock paused',
  TICKET_RESUMED: 'Clock resumed',
  urge: 'Urge',
  requestExtension: 'Ask for more time',
  decideExtension: 'Decide the extension',
  pause: 'Pause the clock',
  resume: 'Resume the clock',
  'refusal.forbidden.deskOrLeader': 'Only the desk or a leader may do this',
  'refusal.forbidden.unitHeadOnly': "Only the head of the ticket's unit may ask for more time",
  'refusal.forbidden.unitOrDesk': "Only the ticket's unit or the desk may do this",
  'refusal.ticket.paused': "The ticket's clock is paused; resume it first",
  'refusal.ticket.notPaused': "The ticket's clock is not paused",
  'refusal.ticket.extensionPending': 'An extension is already waiting for a decision',
  'refusal.ticket.noExtensionPending': 'No extension is waiting for a decision',
  'field.until': 'Extend until',
};
