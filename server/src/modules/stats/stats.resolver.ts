import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { ApiScope } from '../auth/auth.entities.js';
import { BoardStats, StatsPeriodInput } from './stats.types.js';

@Resolver()
export class StatsResolver {
  @Query(() => BoardStats, {
    description:
      'The wall figures, computed by the server: every screen shows the same numbers, however late it was opened. A unit sees its own.',
  })
  @Authorized(ApiScope.TICKETS_READ)
  async boardStats(
    @Ctx() ctx: Context,
    @Arg('period', () => StatsPeriodInput, { nullable: true }) period?: StatsPeriodInput | null,
  ): Promise<BoardStats> {
    const { period: p, total, units } = await ctx.services.stats.figures(ctx, period);
    return { from: p.from, to: p.to, total, units };
  }
}
