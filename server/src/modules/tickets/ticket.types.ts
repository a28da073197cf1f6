import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Unit } from '../units/unit.entity.js';
import { Ticket } from './ticket.entity.js';

@ObjectType()
export class TicketEdge {
  @Field(() => Ticket)
  node!: Ticket;

  @Field(() => String)
  cursor!: string;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor?: string | null;

  @Field(() => String, { nullable: true })
  endCursor?: string | null;
}

@ObjectType()
export class TicketConnection {
  @Field(() => [TicketEdge])
  edges!: TicketEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many tickets match the filter, over all pages.' })
  totalCount(): Promise<number> {
    return this.count();
  }

  count!: () => Promise<number>;
}

@ObjectType({ description: 'The unit routing proposes, and on what basis.' })
export class UnitProposal {
  @Field(() => Unit)
  unit!: Unit;

  @Field(() => String, {
    description: 'PRICE, PROPERTY_SERVICE, STATION_OPERATOR, HEAT_SOURCE_COMPANY or REGULATOR.',
  })
  basis!: string;
}

@ObjectType({ description: 'What became of one ticket of a bulk close: closed, or why not.' })
export class CloseOutcome {
  @Field(() => ID)
  id!: string;

  @Field(() => Ticket, { nullable: true, description: 'The closed ticket; null when it was refused.' })
  ticket!: Ticket | null;

  @Field(() => String, { nullable: true, description: 'The refusal code, as in `extensions.code` (STALE_VERSION, …).' })
  code!: string | null;

  @Field(() => String, { nullable: true })
  message!: string | null;
}
