import type { Kysely, Transaction } from 'kysely';
import type {
  AuditLogTable,
  ChainCheckpointsTable,
  ChainHeadsTable,
  CheckpointKeysTable,
} from './tables/audit.table';
import type { CatalogReleasesTable, ToolOverridesTable } from './tables/catalog.table';
import type {
  ApiTokensTable,
  DevicesTable,
  EnrolmentTokensTable,
  EnrolmentGrantsTable,
  OidcFlowsTable,
  SessionsTable,
  UsersTable,
} from './tables/auth.table';
import type {
  EmbeddedSitesTable,
  ToolDaysTable,
  ToolDevicesTable,
  ToolSignalsTable,
  ToolUserDaysTable,
  ToolUsersTable,
} from './tables/aggregates.table';
import type {
  PeopleLastDaysTable,
  PersonSeenTable,
  PersonWeeksTable,
  ToolCountsTable,
  ToolDayPeopleTable,
  ToolLastDaysTable,
  WeekPeopleTable,
} from './tables/maintained-counts.table';
import type {
  ConfigVersionTable,
  DecisionHistoryTable,
  DecisionsTable,
  OrgToolsTable,
  PolicyVersionsTable,
  SettingsTable,
} from './tables/config.table';
import type {
  DeviceExtensionsTable,
  EmbeddedDaysTable,
  GuardDaysTable,
  SeenEventsTable,
  UsageDayGroupsTable,
  UsageDaysTable,
} from './tables/events.table';
import type {
  AcknowledgementsTable,
  CurrentRegistrationsTable,
  JustificationsTable,
  RegistrationsTable,
  RequestsTable,
} from './tables/records.table';
import type { EventFeedTable } from './tables/feed.table';
import type { PeopleTable } from './tables/people.table';
import type { ToolExceptionsTable } from './tables/exceptions.table';
import type {
  LiteracyCompletionsTable,
  LiteracyModulesTable,
  LiteracyModuleVersionsTable,
  LiteracyRulesTable,
} from './tables/literacy.table';
import type { PersonalLinksTable } from './tables/personal-links.table';
import type {
  OrgToolKeysTable,
  ReportedToolReportersTable,
  ReportedToolsTable,
  SelfReportQuotaTable,
} from './tables/reports.table';
import type {
  WebhookAttemptsTable,
  WebhookDeliveriesTable,
  WebhookEndpointEventsTable,
  WebhookEndpointsTable,
  WebhookEventsTable,
} from './tables/webhooks.table';

export interface Database {
  users: UsersTable;
  people: PeopleTable;
  personal_links: PersonalLinksTable;
  devices: DevicesTable;
  enrollment_tokens: EnrolmentTokensTable;
  api_tokens: ApiTokensTable;
  sessions: SessionsTable;
  oidc_flows: OidcFlowsTable;
  enrolment_grants: EnrolmentGrantsTable;
  seen_events: SeenEventsTable;
  usage_days: UsageDaysTable;
  usage_day_groups: UsageDayGroupsTable;
  embedded_days: EmbeddedDaysTable;
  guard_days: GuardDaysTable;
  device_extensions: DeviceExtensionsTable;
  tool_days: ToolDaysTable;
  tool_user_days: ToolUserDaysTable;
  tool_users: ToolUsersTable;
  tool_devices: ToolDevicesTable;
  tool_counts: ToolCountsTable;
  tool_last_days: ToolLastDaysTable;
  tool_day_people: ToolDayPeopleTable;
  person_seen: PersonSeenTable;
  people_last_days: PeopleLastDaysTable;
  person_weeks: PersonWeeksTable;
  week_people: WeekPeopleTable;
  tool_signals: ToolSignalsTable;
  embedded_sites: EmbeddedSitesTable;
  registrations: RegistrationsTable;
  current_registrations: CurrentRegistrationsTable;
  acknowledgements: AcknowledgementsTable;
  justifications: JustificationsTable;
  requests: RequestsTable;
  config_version: ConfigVersionTable;
  settings: SettingsTable;
  decisions: DecisionsTable;
  decision_history: DecisionHistoryTable;
  policy_versions: PolicyVersionsTable;
  org_tools: OrgToolsTable;
  org_tool_keys: OrgToolKeysTable;
  reported_tools: ReportedToolsTable;
  reported_tool_reporters: ReportedToolReportersTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_endpoint_events: WebhookEndpointEventsTable;
  webhook_events: WebhookEventsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_attempts: WebhookAttemptsTable;
  self_report_quota: SelfReportQuotaTable;
  audit_log: AuditLogTable;
  chain_heads: ChainHeadsTable;
  chain_checkpoints: ChainCheckpointsTable;
  checkpoint_keys: CheckpointKeysTable;
  event_feed: EventFeedTable;
  catalog_releases: CatalogReleasesTable;
  tool_overrides: ToolOverridesTable;
  literacy_modules: LiteracyModulesTable;
  literacy_module_versions: LiteracyModuleVersionsTable;
  literacy_rules: LiteracyRulesTable;
  literacy_completions: LiteracyCompletionsTable;
  tool_exceptions: ToolExceptionsTable;
}

/** A database handle or an open transaction: repositories accept either. */
export type Db = Kysely<Database> | Transaction<Database>;
export type DialectName = 'sqlite' | 'postgres';
