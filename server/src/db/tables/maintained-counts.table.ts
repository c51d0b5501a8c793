/** Counts ingest maintains for the inventory (migration 0017; server/src/sync/push/maintained-counts.ts). */
export interface ToolCountsTable {
  tool_id: string;
  users: number;
  devices: number;
  first_seen_at: number | null;
  last_seen_at: number | null;
}

/** Per tool and UTC day: how many of its people were last seen using it that day. */
export interface ToolLastDaysTable {
  tool_id: string;
  day: string;
  users: number;
}

/** Per person: the last time they were seen using any AI tool. */
export interface PersonSeenTable {
  user_id: string;
  last_seen_at: number;
}

/** Per UTC day: how many people were last seen using an AI tool that day. */
export interface PeopleLastDaysTable {
  day: string;
  people: number;
}

/** A person active in a week (its Monday, UTC), and the last day of that week they were. */
export interface PersonWeeksTable {
  week: string;
  user_id: string;
  last_day: string;
}

export interface WeekPeopleTable {
  week: string;
  people: number;
}

/** Per tool and UTC day: how many people used it that day (its tool_user_days rows; migration 0020). */
export interface ToolDayPeopleTable {
  tool_id: string;
  day: string;
  people: number;
}
