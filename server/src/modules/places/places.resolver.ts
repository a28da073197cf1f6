import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { load } from '../../graphql/load.js';
import { ApiScope } from '../auth/auth.entities.js';
import { requireReader } from '../auth/viewer.js';
import { Unit } from '../units/unit.entity.js';
import { Compound, HeatSource, Station } from './place.entities.js';

@Resolver(() => HeatSource)
export class HeatSourceResolver {
  @Query(() => [HeatSource], { description: 'The heating plants.' })
  heatSources(@Ctx() { em, viewer }: Context): Promise<HeatSource[]> {
    requireReader(viewer, ApiScope.PLACES_READ);
    return em.find(HeatSource, {}, { orderBy: { id: 'asc' }, populate: ['operatorUnit'] });
  }

  @FieldResolver(() => Unit, { description: 'The heating company that runs the plant.' })
  operatorUnit(@Root() h: HeatSource) {
    return load(h.operatorUnit);
  }
}

@Resolver(() => Station)
export class StationResolver {
  @Query(() => [Station], { description: 'Every heat-exchange station.' })
  stations(@Ctx() { em, viewer }: Context): Promise<Station[]> {
    requireReader(viewer, ApiScope.PLACES_READ);
    return em.find(Station, {}, { orderBy: { id: 'asc' }, populate: ['heatSource', 'operatorUnit'] });
  }

  @FieldResolver(() => HeatSource)
  heatSource(@Root() s: Station) {
    return load(s.heatSource);
  }

  @FieldResolver(() => Unit, { description: 'Who runs the station: the heating company, or a property company.' })
  operatorUnit(@Root() s: Station) {
    return load(s.operatorUnit);
  }
}

@Resolver(() => Compound)
export class CompoundResolver {
  @Query(() => [Compound], { description: 'Every residential compound.' })
  compounds(@Ctx() { em, viewer }: Context): Promise<Compound[]> {
    requireReader(viewer, ApiScope.PLACES_READ);
    return em.find(Compound, {}, { orderBy: { id: 'asc' }, populate: ['station.heatSource', 'station.operatorUnit'] });
  }

  @FieldResolver(() => Station, { description: 'The station that feeds the compound.' })
  station(@Root() c: Compound) {
    return load(c.station);
  }

  @FieldResolver(() => HeatSource)
  async heatSource(@Root() c: Compound) {
    return load((await load(c.station))?.heatSource);
  }

  @FieldResolver(() => Unit, { description: "Who heats the compound: its station's operator." })
  async operatorUnit(@Root() c: Compound) {
    return load((await load(c.station))?.operatorUnit);
  }
}

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => [Unit], { description: 'The units in the call room, and the property companies.' })
  units(@Ctx() { em, viewer }: Context): Promise<Unit[]> {
    requireReader(viewer, ApiScope.PLACES_READ);
    return em.find(Unit, {}, { orderBy: { id: 'asc' } });
  }
}
