package org.publicprivate.agreements.attributes;

import java.util.List;

/**
 * Every declared attribute set of the format, one enum per model type, for code that must cover
 * them all: a JSON Schema test, a reader's completeness test.
 */
public final class Attributes {
  private static final List<Class<? extends Attribute>> TYPES = List.of(
      AgreementAttribute.class,
      DateRangeAttribute.class,
      PartyAttribute.class,
      IdentifierAttribute.class,
      PersonAttribute.class,
      SigningAttribute.class,
      SignatoryAttribute.class,
      CommitmentAttribute.class,
      ForeignAmountAttribute.class,
      QuantityAttribute.class,
      LocationAttribute.class,
      ConditionAttribute.class,
      MilestoneAttribute.class,
      ProgressReportAttribute.class,
      StatusChangeAttribute.class,
      AmendmentAttribute.class,
      FundedProgrammeAttribute.class,
      FiscalYearsAttribute.class,
      FundingShareAttribute.class,
      AnnualBudgetAttribute.class,
      RelatedAgreementAttribute.class,
      SourceDocumentAttribute.class,
      MoneyAmountAttribute.class);

  private Attributes() {}

  /** The enums of attributes, one per model type that is a JSON object, root first. */
  public static List<Class<? extends Attribute>> types() {
    return TYPES;
  }

  /** The attributes of one enum, in canonical order. */
  public static List<Attribute> of(Class<? extends Attribute> type) {
    return List.of(type.getEnumConstants());
  }
}
