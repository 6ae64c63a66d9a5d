package org.publicprivate.agreements.diff;

import java.util.Optional;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Amendment;
import org.publicprivate.agreements.AnnualBudget;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.Condition;
import org.publicprivate.agreements.DateRange;
import org.publicprivate.agreements.FiscalYears;
import org.publicprivate.agreements.ForeignAmount;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.FundingShare;
import org.publicprivate.agreements.Identifier;
import org.publicprivate.agreements.Location;
import org.publicprivate.agreements.Milestone;
import org.publicprivate.agreements.MoneyAmount;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.Person;
import org.publicprivate.agreements.ProgressReport;
import org.publicprivate.agreements.Quantity;
import org.publicprivate.agreements.RelatedAgreement;
import org.publicprivate.agreements.Signatory;
import org.publicprivate.agreements.Signing;
import org.publicprivate.agreements.SourceDocument;
import org.publicprivate.agreements.StatusChange;
import org.publicprivate.agreements.attributes.AgreementAttribute;
import org.publicprivate.agreements.attributes.AmendmentAttribute;
import org.publicprivate.agreements.attributes.AnnualBudgetAttribute;
import org.publicprivate.agreements.attributes.Attribute;
import org.publicprivate.agreements.attributes.CommitmentAttribute;
import org.publicprivate.agreements.attributes.ConditionAttribute;
import org.publicprivate.agreements.attributes.DateRangeAttribute;
import org.publicprivate.agreements.attributes.FiscalYearsAttribute;
import org.publicprivate.agreements.attributes.ForeignAmountAttribute;
import org.publicprivate.agreements.attributes.FundedProgrammeAttribute;
import org.publicprivate.agreements.attributes.FundingShareAttribute;
import org.publicprivate.agreements.attributes.IdentifierAttribute;
import org.publicprivate.agreements.attributes.LocationAttribute;
import org.publicprivate.agreements.attributes.MilestoneAttribute;
import org.publicprivate.agreements.attributes.MoneyAmountAttribute;
import org.publicprivate.agreements.attributes.PartyAttribute;
import org.publicprivate.agreements.attributes.PersonAttribute;
import org.publicprivate.agreements.attributes.ProgressReportAttribute;
import org.publicprivate.agreements.attributes.QuantityAttribute;
import org.publicprivate.agreements.attributes.RelatedAgreementAttribute;
import org.publicprivate.agreements.attributes.SignatoryAttribute;
import org.publicprivate.agreements.attributes.SigningAttribute;
import org.publicprivate.agreements.attributes.SourceDocumentAttribute;
import org.publicprivate.agreements.attributes.StatusChangeAttribute;

/**
 * The value of every declared attribute of every model object: one exhaustive switch per model
 * type, so that an attribute added to a declaration enum and not here fails to compile (decision
 * 0017). Values are returned as the model holds them: an {@code Optional}, a list, a map of
 * extensions, a model object or a scalar.
 */
final class AttributeValues {
  private AttributeValues() {}

  /**
   * The value of {@code attribute} in {@code owner}, an object of the model type the attribute's
   * enum declares.
   *
   * @throws IllegalArgumentException when the attribute's enum is not one of {@code
   *     Attributes.types()}
   */
  static Object of(Object owner, Attribute attribute) {
    if (attribute instanceof AgreementAttribute a) {
      return agreement((Agreement) owner, a);
    }
    if (attribute instanceof DateRangeAttribute a) {
      return dateRange((DateRange) owner, a);
    }
    if (attribute instanceof PartyAttribute a) {
      return party((Party) owner, a);
    }
    if (attribute instanceof IdentifierAttribute a) {
      return identifier((Identifier) owner, a);
    }
    if (attribute instanceof PersonAttribute a) {
      return person((Person) owner, a);
    }
    if (attribute instanceof SigningAttribute a) {
      return signing((Signing) owner, a);
    }
    if (attribute instanceof SignatoryAttribute a) {
      return signatory((Signatory) owner, a);
    }
    if (attribute instanceof CommitmentAttribute a) {
      return commitment((Commitment) owner, a);
    }
    if (attribute instanceof ForeignAmountAttribute a) {
      return foreignAmount((ForeignAmount) owner, a);
    }
    if (attribute instanceof QuantityAttribute a) {
      return quantity((Quantity) owner, a);
    }
    if (attribute instanceof LocationAttribute a) {
      return location((Location) owner, a);
    }
    if (attribute instanceof ConditionAttribute a) {
      return condition((Condition) owner, a);
    }
    if (attribute instanceof MilestoneAttribute a) {
      return milestone((Milestone) owner, a);
    }
    if (attribute instanceof ProgressReportAttribute a) {
      return progressReport((ProgressReport) owner, a);
    }
    if (attribute instanceof StatusChangeAttribute a) {
      return statusChange((StatusChange<?>) owner, a);
    }
    if (attribute instanceof AmendmentAttribute a) {
      return amendment((Amendment) owner, a);
    }
    if (attribute instanceof FundedProgrammeAttribute a) {
      return programme((FundedProgramme) owner, a);
    }
    if (attribute instanceof FiscalYearsAttribute a) {
      return fiscalYears((FiscalYears) owner, a);
    }
    if (attribute instanceof FundingShareAttribute a) {
      return fundingShare((FundingShare) owner, a);
    }
    if (attribute instanceof AnnualBudgetAttribute a) {
      return annualBudget((AnnualBudget) owner, a);
    }
    if (attribute instanceof RelatedAgreementAttribute a) {
      return relatedAgreement((RelatedAgreement) owner, a);
    }
    if (attribute instanceof SourceDocumentAttribute a) {
      return sourceDocument((SourceDocument) owner, a);
    }
    if (attribute instanceof MoneyAmountAttribute a) {
      return moneyAmount((MoneyAmount) owner, a);
    }
    throw new IllegalArgumentException("no model type has the attributes of "
        + attribute.getClass().getName());
  }

  /**
   * The attribute whose value identifies an element of a list of objects with the attributes
   * {@code type}, or {@code null} when such lists are matched by position. MODEL.md names them:
   * parties, commitments, programmes and sources.
   */
  static Attribute identity(Class<? extends Attribute> type) {
    if (type == PartyAttribute.class) {
      return PartyAttribute.ID;
    }
    if (type == CommitmentAttribute.class) {
      return CommitmentAttribute.ID;
    }
    if (type == FundedProgrammeAttribute.class) {
      return FundedProgrammeAttribute.ID;
    }
    if (type == SourceDocumentAttribute.class) {
      return SourceDocumentAttribute.ID;
    }
    return null;
  }

  private static Object agreement(Agreement agreement, AgreementAttribute attribute) {
    return switch (attribute) {
      // The format version is no fact of the agreement: writers derive it from the content.
      case FORMAT_VERSION -> Optional.empty();
      case ID -> agreement.id();
      case TITLE -> agreement.title();
      case ENGLISH_TITLE -> agreement.englishTitle();
      case ALIASES -> agreement.aliases();
      case KIND -> agreement.kind();
      case STATUS -> agreement.status();
      case PURPOSE -> agreement.purpose();
      case LANGUAGES -> agreement.languages();
      case PREVAILING_LANGUAGE -> agreement.prevailingLanguage();
      case SIGNING -> agreement.signing();
      case EFFECTIVE_PERIOD -> agreement.effectivePeriod();
      case PARTIES -> agreement.parties();
      case COMMITMENTS -> agreement.commitments();
      case PROGRAMMES -> agreement.programmes();
      case RELATED_AGREEMENTS -> agreement.relatedAgreements();
      case AMENDMENTS -> agreement.amendments();
      case STATUS_HISTORY -> agreement.statusHistory();
      case SOURCES -> agreement.sources();
      case KEYWORDS -> agreement.keywords();
      case EXTENSIONS -> agreement.extensions();
    };
  }

  private static Object dateRange(DateRange dateRange, DateRangeAttribute attribute) {
    return switch (attribute) {
      case START -> dateRange.start();
      case END -> dateRange.end();
    };
  }

  private static Object party(Party party, PartyAttribute attribute) {
    return switch (attribute) {
      case ID -> party.id();
      case NAME -> party.name();
      case ENGLISH_NAME -> party.englishName();
      case ALIASES -> party.aliases();
      case KIND -> party.kind();
      case BUSINESS_REGISTRATION_NUMBER -> party.businessRegistrationNumber();
      case CORPORATE_REGISTRATION_NUMBER -> party.corporateRegistrationNumber();
      case IDENTIFIERS -> party.identifiers();
      case REPRESENTATIVE -> party.representative();
      case PARENT_ORGANISATION -> party.parentOrganisation();
      case WEBSITE -> party.website();
      case EXTENSIONS -> party.extensions();
    };
  }

  private static Object identifier(Identifier identifier, IdentifierAttribute attribute) {
    return switch (attribute) {
      case SCHEME -> identifier.scheme();
      case ID -> identifier.id();
    };
  }

  private static Object person(Person person, PersonAttribute attribute) {
    return switch (attribute) {
      case NAME -> person.name();
      case ENGLISH_NAME -> person.englishName();
      case TITLE -> person.title();
    };
  }

  private static Object signing(Signing signing, SigningAttribute attribute) {
    return switch (attribute) {
      case DATE -> signing.date();
      case TIME -> signing.time();
      case VENUE -> signing.venue();
      case SIGNATORIES -> signing.signatories();
    };
  }

  private static Object signatory(Signatory signatory, SignatoryAttribute attribute) {
    return switch (attribute) {
      case PARTY -> signatory.party();
      case NAME -> signatory.name();
      case ENGLISH_NAME -> signatory.englishName();
      case TITLE -> signatory.title();
    };
  }

  private static Object commitment(Commitment commitment, CommitmentAttribute attribute) {
    return switch (attribute) {
      case ID -> commitment.id();
      case PARTIES -> commitment.parties();
      case SUMMARY -> commitment.summary();
      case ENGLISH_SUMMARY -> commitment.englishSummary();
      case CATEGORY -> commitment.category();
      case OBLIGATION -> commitment.obligation();
      case STATUS -> commitment.status();
      case BENEFICIARIES -> commitment.beneficiaries();
      case BENEFICIARY_GROUPS -> commitment.beneficiaryGroups();
      case PLEDGED_AMOUNT -> commitment.pledgedAmount();
      case AMOUNT_QUALIFIER -> commitment.amountQualifier();
      case FOREIGN_AMOUNT -> commitment.foreignAmount();
      case QUANTITIES -> commitment.quantities();
      case LOCATION -> commitment.location();
      case DUE -> commitment.due();
      case PROGRAMME -> commitment.programme();
      case CONDITIONS -> commitment.conditions();
      case DEPENDS_ON -> commitment.dependsOn();
      case MILESTONES -> commitment.milestones();
      case PROGRESS -> commitment.progress();
      case STATUS_HISTORY -> commitment.statusHistory();
      case SOURCES -> commitment.sources();
      case EXTENSIONS -> commitment.extensions();
    };
  }

  private static Object foreignAmount(ForeignAmount foreignAmount, ForeignAmountAttribute attribute) {
    return switch (attribute) {
      case AMOUNT -> foreignAmount.amount();
      case CURRENCY -> foreignAmount.currency();
    };
  }

  private static Object quantity(Quantity quantity, QuantityAttribute attribute) {
    return switch (attribute) {
      case VALUE -> quantity.value();
      case UNIT -> quantity.unit();
      case QUALIFIER -> quantity.qualifier();
      case LABEL -> quantity.label();
    };
  }

  private static Object location(Location location, LocationAttribute attribute) {
    return switch (attribute) {
      case NAME -> location.name();
      case REGION_CODE -> location.regionCode();
    };
  }

  private static Object condition(Condition condition, ConditionAttribute attribute) {
    return switch (attribute) {
      case KIND -> condition.kind();
      case DESCRIPTION -> condition.description();
      case PROGRAMME -> condition.programme();
      case STATUS -> condition.status();
    };
  }

  private static Object milestone(Milestone milestone, MilestoneAttribute attribute) {
    return switch (attribute) {
      case DESCRIPTION -> milestone.description();
      case DUE -> milestone.due();
      case STATUS -> milestone.status();
      case MET_ON -> milestone.metOn();
      case QUANTITIES -> milestone.quantities();
    };
  }

  private static Object progressReport(ProgressReport progressReport, ProgressReportAttribute attribute) {
    return switch (attribute) {
      case AS_OF -> progressReport.asOf();
      case SUMMARY -> progressReport.summary();
      case ACHIEVED -> progressReport.achieved();
      case SPENT -> progressReport.spent();
      case SOURCE -> progressReport.source();
    };
  }

  private static Object statusChange(StatusChange<?> statusChange, StatusChangeAttribute attribute) {
    return switch (attribute) {
      case STATUS -> statusChange.status();
      case DATE -> statusChange.date();
      case NOTE -> statusChange.note();
      case SOURCE -> statusChange.source();
    };
  }

  private static Object amendment(Amendment amendment, AmendmentAttribute attribute) {
    return switch (attribute) {
      case DATE -> amendment.date();
      case SUMMARY -> amendment.summary();
      case CHANGED_PATHS -> amendment.changedPaths();
      case SOURCE -> amendment.source();
    };
  }

  private static Object programme(FundedProgramme programme, FundedProgrammeAttribute attribute) {
    return switch (attribute) {
      case ID -> programme.id();
      case NAME -> programme.name();
      case ENGLISH_NAME -> programme.englishName();
      case DESCRIPTION -> programme.description();
      case FUNDER -> programme.funder();
      case LEAD_PARTY -> programme.leadParty();
      case PERIOD -> programme.period();
      case TOTAL_BUDGET -> programme.totalBudget();
      case FUNDING_SHARES -> programme.fundingShares();
      case ANNUAL_BUDGETS -> programme.annualBudgets();
      case STATUS -> programme.status();
      case STATUS_HISTORY -> programme.statusHistory();
      case SOURCES -> programme.sources();
      case EXTENSIONS -> programme.extensions();
    };
  }

  private static Object fiscalYears(FiscalYears fiscalYears, FiscalYearsAttribute attribute) {
    return switch (attribute) {
      case FIRST -> fiscalYears.first();
      case LAST -> fiscalYears.last();
    };
  }

  private static Object fundingShare(FundingShare fundingShare, FundingShareAttribute attribute) {
    return switch (attribute) {
      case SOURCE -> fundingShare.source();
      case AMOUNT -> fundingShare.amount();
      case CONTRIBUTOR -> fundingShare.contributor();
      case NOTE -> fundingShare.note();
    };
  }

  private static Object annualBudget(AnnualBudget annualBudget, AnnualBudgetAttribute attribute) {
    return switch (attribute) {
      case YEAR -> annualBudget.year();
      case AMOUNT -> annualBudget.amount();
    };
  }

  private static Object relatedAgreement(RelatedAgreement relatedAgreement, RelatedAgreementAttribute attribute) {
    return switch (attribute) {
      case RELATION -> relatedAgreement.relation();
      case TITLE -> relatedAgreement.title();
      case DATE -> relatedAgreement.date();
      case AGREEMENT_ID -> relatedAgreement.agreementId();
      case COUNTERPARTIES -> relatedAgreement.counterparties();
    };
  }

  private static Object sourceDocument(SourceDocument sourceDocument, SourceDocumentAttribute attribute) {
    return switch (attribute) {
      case ID -> sourceDocument.id();
      case KIND -> sourceDocument.kind();
      case TITLE -> sourceDocument.title();
      case AUTHOR -> sourceDocument.author();
      case PUBLISHER -> sourceDocument.publisher();
      case URL -> sourceDocument.url();
      case PUBLISHED_ON -> sourceDocument.publishedOn();
      case PUBLISHED_TIME -> sourceDocument.publishedTime();
      case LANGUAGE -> sourceDocument.language();
      case RETRIEVED_ON -> sourceDocument.retrievedOn();
      case SHA256 -> sourceDocument.sha256();
    };
  }

  private static Object moneyAmount(MoneyAmount moneyAmount, MoneyAmountAttribute attribute) {
    return switch (attribute) {
      case AMOUNT -> moneyAmount.won();
      case CURRENCY -> moneyAmount.currency();
    };
  }
}
