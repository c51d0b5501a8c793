import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001_initial';
import * as m0002 from './0002_device_scoped_records';
import * as m0003 from './0003_inventory_indexes';
import * as m0004 from './0004_reported_tools';
import * as m0005 from './0005_chain_identity_checkpoints';
import * as m0006 from './0006_company_workspace';
import * as m0009 from './0009_catalog_releases';
import * as m0010 from './0010_data_guard';
import * as m0007 from './0007_identity';
import * as m0011 from './0011_webhooks';
import * as m0012 from './0012_data_rights_event_feed';
import * as m0013 from './0013_people_directory';
import * as m0019 from './0019_registration_data_beyond';
import * as m0020 from './0020_tool_day_people';
import * as m0016 from './0016_literacy';
import * as m0015 from './0015_tool_exceptions';
import * as m0014 from './0014_personal_links';
import * as m0017 from './0017_maintained_counts';
import * as m0018 from './0018_tool_user_days_person_first';
import * as m0021 from './0021_inventory_change_versions';
import * as m0022 from './0022_inventory_changes';
import * as m0023 from './0023_tool_user_days_one_index';
import * as m0024 from './0024_tool_user_days_key_only';
import * as m0025 from './0025_tool_users_seen_index_dropped';
import * as m0026 from './0026_usage_day_groups';
import * as m0027 from './0027_current_registrations_one_index';

/** A static provider: migrations are bundled code, never files discovered at run time. */
export const migrationProvider: MigrationProvider = {
  async getMigrations(): Promise<Record<string, Migration>> {
    return {
      '0001_initial': m0001,
      '0002_device_scoped_records': m0002,
      '0003_inventory_indexes': m0003,
      '0004_reported_tools': m0004,
      '0005_chain_identity_checkpoints': m0005,
      '0006_company_workspace': m0006,
      '0009_catalog_releases': m0009,
      '0010_data_guard': m0010,
      '0007_identity': m0007,
      '0011_webhooks': m0011,
      '0012_data_rights_event_feed': m0012,
      '0013_people_directory': m0013,
      '0019_registration_data_beyond': m0019,
      '0020_tool_day_people': m0020,
      '0016_literacy': m0016,
      '0015_tool_exceptions': m0015,
      '0014_personal_links': m0014,
      '0017_maintained_counts': m0017,
      '0018_tool_user_days_person_first': m0018,
      '0021_inventory_change_versions': m0021,
      '0022_inventory_changes': m0022,
      '0023_tool_user_days_one_index': m0023,
      '0024_tool_user_days_key_only': m0024,
      '0025_tool_users_seen_index_dropped': m0025,
      '0026_usage_day_groups': m0026,
      '0027_current_registrations_one_index': m0027,
    };
  },
};
