import { Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { chargeOf } from './rate-limit.js';

@ObjectType({ description: 'Your budget of cost per minute, after this request (see README "Limits").' })
export class RateLimit {
  @Field(() => Int, { description: 'What this request cost.' })
  cost!: number;

  @Field(() => Int, { description: 'Your budget per minute.' })
  limit!: number;

  @Field(() => Int)
  remaining!: number;

  @Field(() => Date, { description: 'When the budget is whole again.' })
  resetAt!: Date;
}

@Resolver()
export class RateLimitResolver {
  @Query(() => RateLimit, {
    nullable: true,
    description: 'Your rate limit, as GitHub gives it; null when none is set.',
  })
  rateLimit(@Ctx() ctx: Context): RateLimit | null {
    // On a WebSocket, the charge of the connection's latest operation: this one.
    return chargeOf(ctx.transport === 'socket' ? ctx.socket : ctx);
  }
}
