package org.publicprivate.agreements.attributes;

/** The attributes of a {@link org.publicprivate.agreements.FundedProgramme}. Constants are in canonical order. */
public enum FundedProgrammeAttribute implements Attribute {
  ID(Declaration.required("id", 1)),
  NAME(Declaration.required("name", 1)),
  ENGLISH_NAME(Declaration.optional("englishName", 1)),
  DESCRIPTION(Declaration.optional("description", 1)),
  FUNDER(Declaration.optional("funder", 1)),
  LEAD_PARTY(Declaration.optional("leadParty", 1)),
  PERIOD(Declaration.required("period", 1).of(FiscalYearsAttribute.class)),
  TOTAL_BUDGET(Declaration.required("totalBudget", 1).of(MoneyAmountAttribute.class)),
  FUNDING_SHARES(Declaration.optional("fundingShares", 1).listOf(FundingShareAttribute.class)),
  ANNUAL_BUDGETS(Declaration.optional("annualBudgets", 1).listOf(AnnualBudgetAttribute.class)),
  STATUS(Declaration.required("status", 1)),
  STATUS_HISTORY(Declaration.optional("statusHistory", 2).listOf(StatusChangeAttribute.class)),
  SOURCES(Declaration.optional("sources", 2).list()),
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
