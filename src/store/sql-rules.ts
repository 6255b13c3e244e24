import { carriesLink, ENGAGEMENT_COUNTS, NEW_ACCOUNT_DAYS } from '../core/post-rules';
import type Database from 'better-sqlite3';

/*
 * The SQL forms of the post rules in src/core/post-rules, built from the same constants and
 * functions so a query and the ingest path count the same posts. tests/integration/sql-rules
 * runs both on the same rows.
 */

const DAY_MS = 86_400_000;

/**
 * A post row's engagement (reposts + likes + replies, NULL as 0), for table alias `p`.
 *
 * @example engagementSql('p') // 'COALESCE(p.reposts, 0) + COALESCE(p.likes, 0) + COALESCE(p.replies, 0)'
 */
export function engagementSql(alias: string): string {
  return ENGAGEMENT_COUNTS.map((c) => `COALESCE(${alias}.${c}, 0)`).join(' + ');
}

/**
 * 1 when the post row's author account was less than `days` old at posting, else 0 (also when
 * either time is missing or unreadable). The age is compared in whole milliseconds, as
 * Date.parse gives them, so the 30-day boundary falls on the same instant in SQL and in JS.
 *
 * @example newAccountSql('p') // '1 when p.posted_at - p.author_created_at < 30 days'
 */
export function newAccountSql(alias: string, days: string = String(NEW_ACCOUNT_DAYS)): string {
  return `COALESCE(round((julianday(${alias}.posted_at) - julianday(${alias}.author_created_at)) * ${DAY_MS}) < (${days}) * ${DAY_MS}, 0)`;
}

/** The SQL function that applies carriesLink; registered on every connection by openDatabase. */
const CARRIES_LINK = 'rumordesk_carries_link';

/**
 * 1 when `column` holds a text with a link (carriesLink), else 0. SQLite has no regular
 * expressions, and a LIKE pattern drifts from the JS rule ("HTTPS is down" matched '%http%'),
 * so SQL calls the JS rule itself.
 *
 * @example `SUM(${carriesLinkSql('r.text')})`
 */
export function carriesLinkSql(column: string): string {
  return `${CARRIES_LINK}(${column})`;
}

/** Registers the functions the SQL rules call. */
export function registerSqlRules(db: Database.Database): void {
  db.function(CARRIES_LINK, { deterministic: true }, (text: unknown) => (typeof text === 'string' && carriesLink(text) ? 1 : 0));
}
