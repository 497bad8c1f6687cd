import type { Migration } from './types';

/**
 * The supervision boards (Law 10/2022 Arts. 36–45): the People's Inspection Board of each term and the
 * Community Investment Supervision Board of each project, with their members, work plans, activities
 * (inspections, supervision visits) and the recommendations the ward answers, and their periodic reports.
 */
export const boards: Migration = {
  version: 10,
  name: 'boards',
  up: `
    CREATE TABLE board (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('inspection', 'investmentSupervision')),
      from_date TEXT NOT NULL,
      to_date TEXT CHECK (to_date IS NULL OR to_date >= from_date),
      project_name TEXT NOT NULL DEFAULT '',
      investor TEXT NOT NULL DEFAULT '',
      project_value INTEGER CHECK (project_value IS NULL OR project_value >= 0),
      note TEXT NOT NULL DEFAULT ''
    ) STRICT;

    CREATE TABLE board_member (
      id INTEGER PRIMARY KEY,
      board_id INTEGER NOT NULL REFERENCES board (id) ON DELETE CASCADE,
      full_name TEXT NOT NULL,
      residential_group_id INTEGER REFERENCES residential_group (id),
      occupation TEXT NOT NULL DEFAULT '',
      role TEXT NOT NULL CHECK (role IN ('head', 'deputy', 'member')),
      from_date TEXT NOT NULL,
      to_date TEXT CHECK (to_date IS NULL OR to_date >= from_date)
    ) STRICT;
    CREATE INDEX board_member_board ON board_member (board_id);

    CREATE TABLE board_plan (
      id INTEGER PRIMARY KEY,
      board_id INTEGER NOT NULL REFERENCES board (id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('quarter', 'halfYear', 'year')),
      year INTEGER NOT NULL,
      part INTEGER,
      items_json TEXT NOT NULL DEFAULT '[]'
    ) STRICT;
    CREATE INDEX board_plan_board ON board_plan (board_id);

    CREATE TABLE board_activity (
      id INTEGER PRIMARY KEY,
      board_id INTEGER NOT NULL REFERENCES board (id),
      kind TEXT NOT NULL CHECK (kind IN ('inspection', 'supervision')),
      date TEXT NOT NULL,
      subject TEXT NOT NULL,
      findings TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX board_activity_board ON board_activity (board_id, date);

    CREATE TABLE board_recommendation (
      id INTEGER PRIMARY KEY,
      activity_id INTEGER NOT NULL REFERENCES board_activity (id),
      content TEXT NOT NULL,
      answered_on TEXT,
      answer TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX board_recommendation_activity ON board_recommendation (activity_id);

    CREATE TABLE board_report (
      id INTEGER PRIMARY KEY,
      board_id INTEGER NOT NULL REFERENCES board (id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('quarter', 'halfYear', 'year')),
      year INTEGER NOT NULL,
      part INTEGER,
      reported_on TEXT NOT NULL,
      summary TEXT NOT NULL
    ) STRICT;
  `,
};
