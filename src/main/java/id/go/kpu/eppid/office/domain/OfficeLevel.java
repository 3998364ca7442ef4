package id.go.kpu.eppid.office.domain;

/** Level of a KPU office in the hierarchy (ORG-1): KPU RI, KPU Provinsi, KPU Kabupaten or Kota. */
public enum OfficeLevel {
    NATIONAL, PROVINCE, REGENCY, CITY
}
