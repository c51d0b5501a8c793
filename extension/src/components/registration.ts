import type { DataClass, PurposeCategory } from '@lantern/shared';

export interface RegistrationValues {
  purposeCategory: PurposeCategory;
  purposeText: string;
  dataClasses: DataClass[];
  affectsPeople: boolean;
}

export const DATA_CLASS_LABELS: Record<DataClass, { label: string; hint: string }> = {
  public: { label: 'Public', hint: 'already published, e.g. our website' },
  internal: { label: 'Internal', hint: 'everyday work material, not for outsiders' },
  confidential: { label: 'Confidential', hint: 'contracts, finances, customer or trade secrets' },
  personal: { label: 'Personal data', hint: 'names, emails or anything about a person' },
  'special-category': {
    label: 'Special-category data',
    hint: 'health, religion, ethnicity, union membership ...',
  },
};
