export interface Option {
  value: string;
  label: string;
}

export interface OrganisationGroup {
  label: string;
  options: Option[];
}
