package org.publicprivate.agreements.attributes;

/** The attributes of a {@link org.publicprivate.agreements.FundedProgramme}. Constants are in canonical order. */
public enum FundedProgrammeAttribute implements Attribute {
  ID(Declaration.required("id", 1)),
  NAME(Declaration.required("name", 1)),
  ENGLISH_NAME(Declaration.optional("englishName", 1)),
  DESCRIPTION(Declaration.optional("description", 1)),
  FUNDER(Declaration.optional("funder", 1)),
  LEAD_PARTY(Declaration.optional("leadParty", 1)),
  PERIOD(Declaration.required("period", 1)),
  TOTAL_BUDGET(Declaration.required("totalBudget", 1)),
  FUNDING_SHARES(Declaration.optional("fundingShares", 1)),
  ANNUAL_BUDGETS(Declaration.optional("annualBudgets", 1)),
  STATUS(Declaration.required("status", 1)),
  EXTENSIONS(Declaration.optional("extensions", 2));

  private final Declaration declaration;

  FundedProgrammeAttribute(Declaration declaration) {
    this.declaration = declaration;
  }

  @Override
  public Declaration declaration() {
    return declaration;
  }
}
