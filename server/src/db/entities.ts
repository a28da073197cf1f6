import { DutyShift, UnitSignIn } from '../modules/attendance/attendance.entities.js';
import { AgendaItem, Decision, Meeting } from '../modules/meetings/meeting.entities.js';
import { ApiKey, AuthSession } from '../modules/auth/auth.entities.js';
import { Compound, HeatSource, Station } from '../modules/places/place.entities.js';
import { Category, Channel } from '../modules/places/catalog.entities.js';
import { TicketEvent } from '../modules/audit/ticket-event.entity.js';
import { Ticket, TicketDayCounter } from '../modules/tickets/ticket.entity.js';
import { Notice, NoticeYearCounter } from '../modules/notices/notice.entity.js';
import { Incident, IncidentTicket, Task } from '../modules/incidents/incident.entities.js';
import { Crew } from '../modules/crews/crew.entity.js';
import { Visit } from '../modules/visits/visit.entity.js';
import { Unit } from '../modules/units/unit.entity.js';
import { User } from '../modules/users/user.entity.js';

export const entities = [
  Unit,
  HeatSource,
  Station,
  Compound,
  Category,
  Channel,
  User,
  AuthSession,
  ApiKey,
  Ticket,
  TicketEvent,
  TicketDayCounter,
  DutyShift,
  UnitSignIn,
  Notice,
  NoticeYearCounter,
  Visit,
  Meeting,
  AgendaItem,
  Decision,
  Incident,
  IncidentTicket,
  Task,
  Crew,
];
