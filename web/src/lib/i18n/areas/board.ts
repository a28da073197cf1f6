/** The wall's own words; the same keys in both languages (the messages spec checks). */
export const zhCN = {
  closedFigure: '已结案',
  leaveWall: '退出全屏',
  systemActor: '系统',
  feedEmpty: '暂无动态',
  sessionEndedTitle: '登录已失效',
  sessionEndedBody: '此屏幕已停止更新：登录已在别处退出或已过期。以下数据截至 {time}，可能已过时。',
  signInAgain: '重新登录',
  staleSince: '数据截至 {time}',
};

export const en: Record<keyof typeof zhCN, string> = {
  closedFigure: 'Closed',
  leaveWall: 'Leave wall mode',
  systemActor: 'System',
  feedEmpty: 'Nothing yet',
  sessionEndedTitle: 'Session ended',
  sessionEndedBody:
    'This screen stopped updating: the session was signed out elsewhere or expired. The figures below are as of {time} and may be out of date.',
  signInAgain: 'Sign in again',
  staleSince: 'As of {time}',
};
