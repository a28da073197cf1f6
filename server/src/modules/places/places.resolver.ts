import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { ApiScope } from '../auth/auth.entities.js';
import { Unit } from '../units/unit.entity.js';
import { Compound, HeatSource, Station } from './place.entities.js';

// The resolver convention is written down in tickets/ticket-moves.resolver.ts.
// Places are served from the in-memory directory: a few hundred rows every screen asks for.

@Resolver(() => HeatSource)
export class HeatSourceResolver {
  @Query(() => [HeatSource], { description: 'The heating plants.' })
  @Authorized(ApiScope.PLACES_READ)
  async heatSources(@Ctx() { services }: Context): Promise<HeatSource[]> {
    return [...(await services.places.get()).heatSources.values()];
  }

  @FieldResolver(() => Unit, { description: 'The heating company that runs the plant.' })
  operatorUnit(@Root() h: HeatSource, @Ctx() { services }: Context) {
    return services.places.unit(h.operatorUnit.id);
  }
}

@Resolver(() => Station)
export class StationResolver {
  @Query(() => [Station], { description: 'Every heat-exchange station.' })
  @Authorized(ApiScope.PLACES_READ)
  async stations(@Ctx() { services }: Context): Promise<Station[]> {
    return [...(await services.places.get()).stations.values()];
  }

  @FieldResolver(() => HeatSource)
  heatSource(@Root() s: Station, @Ctx() { services }: Context) {
    return services.places.heatSource(s.heatSource.id);
  }

  @FieldResolver(() => Unit, { description: 'Who runs the station: the heating company, or a property company.' })
  operatorUnit(@Root() s: Station, @Ctx() { services }: Context) {
    return services.places.unit(s.operatorUnit.id);
  }
}

@Resolver(() => Compound)
export class CompoundResolver {
  @Query(() => [Compound], { description: 'Every residential compound.' })
  @Authorized(ApiScope.PLACES_READ)
  async compounds(@Ctx() { services }: Context): Promise<Compound[]> {
    return [...(await services.places.get()).compounds.values()];
  }

  @FieldResolver(() => Station, { description: 'The station that feeds the compound.' })
  station(@Root() c: Compound, @Ctx() { services }: Context) {
    return services.places.station(c.station.id);
  }

  @FieldResolver(() => HeatSource)
  async heatSource(@Root() c: Compound, @Ctx() { services }: Context) {
    const station = await services.places.station(c.station.id);
    return station && services.places.heatSource(station.heatSource.id);
  }

  @FieldResolver(() => Unit, { description: "Who heats the compound: its station's operator." })
  async operatorUnit(@Root() c: Compound, @Ctx() { services }: Context) {
    const station = await services.places.station(c.station.id);
    return station && services.places.unit(station.operatorUnit.id);
  }
}
