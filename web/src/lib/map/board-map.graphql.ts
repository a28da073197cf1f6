import { graphql } from '$lib/graphql/generated/index.js';

// What the map draws of each place and each open ticket.
export const BoardMapHeatSource = graphql(`
  fragment BoardMap_HeatSource on HeatSource {
    id
    name
    nameEn
    lat
    lon
  }
`);

export const BoardMapStation = graphql(`
  fragment BoardMap_Station on Station {
    id
    name
    nameEn
    lat
    lon
    operatorUnit {
      name
      nameEn
      kind
    }
    heatSource {
      id
    }
  }
`);

export const BoardMapCompound = graphql(`
  fragment BoardMap_Compound on Compound {
    id
    name
    nameEn
    lat
    lon
    heating
    station {
      id
    }
  }
`);

export const BoardMapTicket = graphql(`
  fragment BoardMap_Ticket on Ticket {
    id
    number
    status
    overdue
    compound {
      id
    }
  }
`);
