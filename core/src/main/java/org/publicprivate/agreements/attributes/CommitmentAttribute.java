package org.publicprivate.agreements.attributes;

/** The attributes of a {@link org.publicprivate.agreements.Commitment}. Constants are in canonical order. */
public enum CommitmentAttribute implements Attribute {
  ID(Declaration.required("id", 1)),
  PARTIES(Declaration.optional("parties", 1).list()),
  SUMMARY(Declaration.required("summary", 1)),
  ENGLISH_SUMMARY(Declaration.optional("englishSummary", 1)),
  CATEGORY(Declaration.required("category", 1)),
  OBLIGATION(Declaration.required("obligation", 1)),
  STATUS(Declaration.optional("status", 1)),
  BENEFICIARIES(Declaration.optional("beneficiaries", 1).list()),
  BENEFICIARY_GROUPS(Declaration.optional("beneficiaryGroups", 2).list()),
  PLEDGED_AMOUNT(Declaration.optional("pledgedAmount", 1).of(MoneyAmountAttribute.class)),
  AMOUNT_QUALIFIER(Declaration.optional("amountQualifier", 2)),
  FOREIGN_AMOUNT(Declaration.optional("foreignAmount", 2).of(ForeignAmountAttribute.class)),
  QUANTITIES(Declaration.optional("quantities", 2).listOf(QuantityAttribute.class)),
  LOCATION(Declaration.optional("location", 2).of(LocationAttribute.class)),
  DUE(Declaration.optional("due", 1)),
  PROGRAMME(Declaration.optional("programme", 1)),
  CONDITIONS(Declaration.optional("conditions", 2).listOf(ConditionAttribute.class)),
  DEPENDS_ON(Declaration.optional("dependsOn", 2).list()),
  MILESTONES(Declaration.optional("milestones", 2).listOf(MilestoneAttribute.class)),
  PROGRESS(Declaration.optional("progress", 2).listOf(ProgressReportAttribute.class)),
  STATUS_HISTORY(Declaration.optional("statusHistory", 2).listOf(StatusChangeAttribute.class)),
  SOURCES(Declaration.optional("sources", 2).list()),
  EXTENSIONS(Declaration.optional("extensions", 2));

  private final Declaration declaration;

  CommitmentAttribute(Declaration declaration) {
    this.declaration = declaration;
  }

  @Override
  public Declaration declaration() {
    return declaration;
  }
}
