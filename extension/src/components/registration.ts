import type { DataClass, PurposeCategory } from '@lantern/shared';
export interface RegistrationValues {
  purposeCategory: PurposeCategory;
  purposeText: string;
  dataClasses: DataClass[];
  affectsPeople: boolean;
}
