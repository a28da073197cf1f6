import type { HandleClientError } from '@sveltejs/kit';

/**
 * An address that names no page is the user's slip, shown by the error page in their language, not
 * a fault: it stays out of the console. Anything else is logged as before.
 */
export const handleError: HandleClientError = ({ error, status, message }) => {
  if (status !== 404) console.error(error);
  return { message };
};
