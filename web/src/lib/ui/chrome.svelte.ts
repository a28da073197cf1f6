/**
 * The app's chrome: the header with its menu, language switch and sign-out. A page that needs the
 * whole screen (the board in wall mode) sets `chrome.hidden = true`, and sets it back to false when
 * it leaves that mode or unmounts; the root layout then draws no header and gives the page the
 * full height.
 */
export const chrome = $state({ hidden: false });
