package org.publicprivate.agreements;

/** Small parts that model tests combine. */
final class Fixtures {
  static final PartyId CITY = PartyId.of("city");
  static final PartyId COMPANY = PartyId.of("company");
  static final PartyId SCHOOL = PartyId.of("school");

  private Fixtures() {}

  static Party party(PartyId id, String name, PartyKind kind) {
    return Party.builder().id(id).name(name).kind(kind).build();
  }

  static Commitment commitment(String id, PartyId... parties) {
    return Commitment.builder()
        .id(CommitmentId.of(id))
        .addParties(parties)
        .summary("summary of " + id)
        .category(CommitmentCategory.OTHER)
        .obligation(ObligationLevel.BEST_EFFORTS)
        .build();
  }

  static Agreement.Builder agreement() {
    return Agreement.builder()
        .id(AgreementId.of("a-1"))
        .title("업무협약")
        .kind(AgreementKind.MOU)
        .status(AgreementStatus.DRAFT)
        .addParties(
            party(CITY, "가나시", PartyKind.LOCAL_GOVERNMENT),
            party(COMPANY, "다라산업", PartyKind.COMPANY),
            party(SCHOOL, "마바대학교", PartyKind.UNIVERSITY));
  }
}
