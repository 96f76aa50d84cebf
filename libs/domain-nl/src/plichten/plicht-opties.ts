export interface PlichtOpties {
  /**
   * Pro/vso leavers with uitstroomprofiel arbeid or dagbesteding are not kwalificatieplichtig. The profile lives
   * with the school data, not in a date of birth, so the caller says so here. Default false.
   */
  readonly vrijgesteldVanKwalificatieplicht?: boolean;
}
