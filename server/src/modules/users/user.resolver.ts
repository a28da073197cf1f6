import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { CreateUserInput, UpdateUserInput } from './user.inputs.js';
import { User } from './user.entity.js';

@Resolver(() => User)
export class UserResolver {
  @Query(() => [User], { description: 'ADMIN only. Everyone who can (or could) sign in, deactivated included.' })
  users(@Ctx() { em, viewer, services }: Context): Promise<User[]> {
    return services.users.list(em, viewer);
  }

  @Mutation(() => User, { description: 'ADMIN only.' })
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() { em, viewer, services }: Context) {
    return services.users.create(em, viewer, input);
  }

  @Mutation(() => User, { description: 'ADMIN only. A new role or unit signs the user out everywhere.' })
  updateUser(@Arg('input', () => UpdateUserInput) input: UpdateUserInput, @Ctx() { em, viewer, services }: Context) {
    return services.users.update(em, viewer, input);
  }

  @Mutation(() => User, { description: 'ADMIN only. The user can no longer sign in; their sessions end at once.' })
  deactivateUser(@Arg('id', () => ID) id: string, @Ctx() { em, viewer, services }: Context) {
    return services.users.deactivate(em, viewer, id);
  }

  @Mutation(() => User, { description: 'ADMIN only. A deactivated user may sign in again.' })
  reactivateUser(@Arg('id', () => ID) id: string, @Ctx() { em, viewer, services }: Context) {
    return services.users.reactivate(em, viewer, id);
  }

  @Mutation(() => User, {
    description: 'ADMIN only. Sets a new password (at least 10 characters); the user’s sessions end.',
  })
  resetPassword(
    @Arg('id', () => ID) id: string,
    @Arg('password', () => String) password: string,
    @Ctx() { em, viewer, services }: Context,
  ) {
    return services.users.resetPassword(em, viewer, id, password.slice(0, 1000));
  }
}
