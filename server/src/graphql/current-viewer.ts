import { createParameterDecorator } from 'type-graphql';
import type { Context } from '../context.js';

/** The resolver argument that says who is asking: a signed-in user, an API key, or nobody. */
export function CurrentViewer() {
  return createParameterDecorator<Context>(({ context }) => context.viewer);
}
