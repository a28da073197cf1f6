import { graphql } from '$lib/graphql/generated/index.js';

/** Who of each unit is in the room today: an officer's screen finds itself among them. */
export const RoomAttendance = graphql(`
  query RoomAttendance {
    attendance {
      unit {
        id
      }
      status
      officers
    }
  }
`);
export const SignInToRoom = graphql(`
  mutation SignInToRoom {
    signIn {
      officers
    }
  }
`);
export const SignOutOfRoom = graphql(`
  mutation SignOutOfRoom {
    signOut {
      officers
    }
  }
`);
