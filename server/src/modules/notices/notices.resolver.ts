import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Extensions,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context.js';
import { CurrentViewer } from '../../graphql/current-viewer.js';
import { PER_VIEWER } from '../../graphql/per-viewer.js';
import { ApiScope } from '../auth/auth.entities.js';
import type { Viewer } from '../auth/viewer.js';
import { Compound } from '../places/place.entities.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { Unit } from '../units/unit.entity.js';
import { Role } from '../users/user.entity.js';
import { Notice } from './notice.entity.js';
import {
  IssueNoticeInput,
  NoticeArgs,
  NoticesArgs,
  RectificationArgs,
  ReturnNoticeArgs,
  VerifyNoticeArgs,
} from './notice.inputs.js';
import { NoticeAction, noticeActions, OWED_STATUSES } from './notices.rules.js';

// The resolver convention is written down in tickets/ticket-moves.resolver.ts.
@Resolver(() => Notice)
export class NoticesResolver {
  @Query(() => [Notice], {
    description:
      'Supervision notices, newest first (at most 200): a unit’s staff and head their unit’s, the desk, leaders, supervisors and admins all; a key those of its units.',
  })
  @Authorized(ApiScope.TICKETS_READ)
  notices(@Args(() => NoticesArgs) args: NoticesArgs, @Ctx() ctx: Context): Promise<Notice[]> {
    return ctx.services.notices.list(ctx, args);
  }

  @Query(() => Notice)
  @Authorized(ApiScope.TICKETS_READ)
  notice(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Notice> {
    return ctx.services.notices.get(ctx, id);
  }

  @Mutation(() => Notice, { description: 'LEADER. Issues a supervision notice (督办) to a unit, numbered per year.' })
  @Authorized(Role.LEADER)
  issueNotice(@Arg('input', () => IssueNoticeInput) input: IssueNoticeInput, @Ctx() ctx: Context): Promise<Notice> {
    return ctx.services.notices.issue(ctx, input);
  }

  @Mutation(() => Notice, { description: 'HEAD of the notice’s unit. ISSUED → ACKNOWLEDGED.' })
  @Authorized(Role.HEAD)
  acknowledgeNotice(@Args(() => NoticeArgs) { id }: NoticeArgs, @Ctx() ctx: Context): Promise<Notice> {
    return ctx.services.notices.acknowledge(ctx, id);
  }

  @Mutation(() => Notice, { description: 'HEAD of the notice’s unit. ACKNOWLEDGED → RECTIFIED, with what was done.' })
  @Authorized(Role.HEAD)
  reportRectification(@Args(() => RectificationArgs) { id, text }: RectificationArgs, @Ctx() ctx: Context) {
    return ctx.services.notices.reportRectification(ctx, id, text);
  }

  @Mutation(() => Notice, { description: 'LEADER or SUPERVISOR. RECTIFIED → VERIFIED: the notice is closed.' })
  @Authorized(Role.LEADER, Role.SUPERVISOR)
  verifyNotice(@Args(() => VerifyNoticeArgs) { id, note }: VerifyNoticeArgs, @Ctx() ctx: Context) {
    return ctx.services.notices.verify(ctx, id, note);
  }

  @Mutation(() => Notice, {
    description: 'LEADER or SUPERVISOR. RECTIFIED → ACKNOWLEDGED: not done; the reason and a new deadline.',
  })
  @Authorized(Role.LEADER, Role.SUPERVISOR)
  returnNotice(@Args(() => ReturnNoticeArgs) { id, reason, newDueAt }: ReturnNoticeArgs, @Ctx() ctx: Context) {
    return ctx.services.notices.returnNotice(ctx, id, reason, newDueAt);
  }

  @FieldResolver(() => Unit, { description: 'The unit that must act.' })
  unit(@Root() n: Notice, @Ctx() { services }: Context) {
    return services.places.unit(n.unit.id);
  }

  @FieldResolver(() => Compound, { nullable: true })
  compound(@Root() n: Notice, @Ctx() { services }: Context) {
    return n.compound ? services.places.compound(n.compound.id) : null;
  }

  @FieldResolver(() => [Ticket], { description: 'The tickets it is about that you may read.' })
  tickets(@Root() n: Notice, @Ctx() ctx: Context): Promise<Ticket[]> {
    return ctx.services.tickets.readableAmong(ctx, n.ticketIds);
  }

  @FieldResolver(() => Boolean, {
    description: 'Its deadline passed while the unit still owed it (NOTICE_OVERDUE was written); a return clears it.',
  })
  overdue(@Root() n: Notice): boolean {
    return !!n.overdueAt && OWED_STATUSES.includes(n.status);
  }

  @FieldResolver(() => [NoticeAction], { description: 'What you may do to it now (its status and your role allow).' })
  @Extensions(PER_VIEWER)
  actions(@Root() n: Notice, @CurrentViewer() viewer: Viewer): NoticeAction[] {
    return noticeActions(viewer, { status: n.status, unitId: n.unit.id });
  }
}
