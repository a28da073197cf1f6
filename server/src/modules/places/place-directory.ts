import type { EntityManager } from '@mikro-orm/knex';
import { Category, Channel } from './catalog.entities.js';
import { Unit, UnitKind } from '../units/unit.entity.js';
import { Compound, HeatSource, Station, type HeatingArrangement } from './place.entities.js';

// A miss (an id not in memory) reloads from the database at most this often.
const RELOAD_AFTER_MISS_MS = 5_000;

type Entry<K extends keyof Snapshot> = Snapshot[K] extends Map<string, infer V> ? V : never;

interface Snapshot {
  units: Map<string, Unit>;
  heatSources: Map<string, HeatSource>;
  stations: Map<string, Station>;
  compounds: Map<string, Compound>;
  categories: Map<string, Category>;
  channels: Map<string, Channel>;
}

/** The units routing needs by role; ids differ from city to city. */
export interface RoutingDirectory {
  priceBureauId: string;
  utilitiesOfficeId: string;
  propertyOfficeId: string;
}

/** What routing needs to know of a compound. */
export interface RoutingCompound {
  heating: `${HeatingArrangement}`;
  /** Who runs the compound's station: the heating company, or a property company. */
  stationOperatorId: string;
  /** The heating company whose source feeds the station. */
  heatCompanyId: string;
}

/**
 * The city's places, units and catalogs, held in memory: a few hundred rows that every request
 * reads and only an import or seed changes. Those run as separate commands, so an id this
 * instance does not know yet triggers a reload (at most every few seconds) before it is refused.
 */
export class PlaceDirectory {
  private snap: Snapshot | null = null;
  private loadedAt = 0;
  private loading: Promise<Snapshot> | null = null;

  constructor(private readonly fork: () => EntityManager) {}

  private async load(): Promise<Snapshot> {
    const em = this.fork();
    const [units, heatSources, stations, compounds, categories, channels] = await Promise.all([
      em.find(Unit, {}, { orderBy: { id: 'asc' } }),
      em.find(HeatSource, {}, { orderBy: { id: 'asc' } }),
      em.find(Station, {}, { orderBy: { id: 'asc' } }),
      em.find(Compound, {}, { orderBy: { id: 'asc' } }),
      em.find(Category, {}, { orderBy: { sortOrder: 'asc' } }),
      em.find(Channel, {}, { orderBy: { code: 'asc' } }),
    ]);
    const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
    return {
      units: byId(units),
      heatSources: byId(heatSources),
      stations: byId(stations),
      compounds: byId(compounds),
      categories: new Map(categories.map((c) => [c.code, c])),
      channels: new Map(channels.map((c) => [c.code, c])),
    };
  }

  /** The station feeding a compound, from what is in memory (load once with get() first). */
  stationOf(compoundId: string): string | null {
    return this.snap?.compounds.get(compoundId)?.station.id ?? null;
  }

  /** Reads the database again now, after this instance changed a unit. */
  refresh(): Promise<Snapshot> {
    this.loadedAt = 0;
    this.loading = null;
    return this.get(true);
  }

  /** Units deactivated by an admin: never proposed, never a transfer's target. */
  async inactiveUnitIds(): Promise<string[]> {
    return [...(await this.get()).units.values()].filter((u) => !u.active).map((u) => u.id);
  }

  /** The current snapshot; `reload` forces a fresh one (rate-limited). */
  async get(reload = false): Promise<Snapshot> {
    const stale = reload && Date.now() - this.loadedAt > RELOAD_AFTER_MISS_MS;
    if (this.snap && !stale) return this.snap;
    this.loading ??= this.load().then(
      (s) => {
        this.snap = s;
        this.loadedAt = Date.now();
        this.loading = null;
        return s;
      },
      (e: unknown) => {
        this.loading = null;
        throw e;
      },
    );
    return this.loading;
  }

  /**
   * Looks one up; known ids answer synchronously (GraphQL then resolves the field without a
   * promise, which matters on a page of tickets), unknown ones reload once: they may have been
   * imported meanwhile.
   */
  private find<K extends keyof Snapshot>(kind: K, id: string): Entry<K> | null | Promise<Entry<K> | null> {
    const hit = this.snap?.[kind].get(id) as Entry<K> | undefined;
    if (hit) return hit;
    return this.get(true).then((s) => (s[kind].get(id) as Entry<K> | undefined) ?? null);
  }

  unit = (id: string) => this.find('units', id);
  heatSource = (id: string) => this.find('heatSources', id);
  station = (id: string) => this.find('stations', id);
  compound = (id: string) => this.find('compounds', id);
  category = (code: string) => this.find('categories', code);
  channel = (code: string) => this.find('channels', code);

  async routingDirectory(): Promise<RoutingDirectory> {
    const units = [...(await this.get()).units.values()];
    const byKind = (k: UnitKind) => units.find((u) => u.kind === k)?.id ?? '';
    return {
      priceBureauId: byKind(UnitKind.PRICE_BUREAU),
      utilitiesOfficeId: byKind(UnitKind.UTILITIES_OFFICE),
      propertyOfficeId: byKind(UnitKind.PROPERTY_OFFICE),
    };
  }

  /** What routing needs to know of a compound: who runs its station, and whose heat feeds it. */
  async routingCompound(compoundId: string): Promise<RoutingCompound | null> {
    const c = await this.compound(compoundId);
    if (!c) return null;
    const snap = await this.get();
    const station = snap.stations.get(c.station.id)!;
    const source = snap.heatSources.get(station.heatSource.id)!;
    return { heating: c.heating, stationOperatorId: station.operatorUnit.id, heatCompanyId: source.operatorUnit.id };
  }
}
