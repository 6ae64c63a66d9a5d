package org.publicprivate.agreements.jackson;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * The property names of the format, each encoded once, as Jackson's bean serializers keep theirs:
 * writing a name from a {@code String} encodes it again every time, for every object of a
 * document.
 */
final class Names {
  static final SerializableString AGREEMENT_ID = new SerializedString("agreementId");
  static final SerializableString ALIASES = new SerializedString("aliases");
  static final SerializableString AMOUNT = new SerializedString("amount");
  static final SerializableString ANNUAL_BUDGETS = new SerializedString("annualBudgets");
  static final SerializableString BENEFICIARIES = new SerializedString("beneficiaries");
  static final SerializableString BUSINESS_REGISTRATION_NUMBER = new SerializedString("businessRegistrationNumber");
  static final SerializableString CATEGORY = new SerializedString("category");
  static final SerializableString COMMITMENTS = new SerializedString("commitments");
  static final SerializableString CONTRIBUTOR = new SerializedString("contributor");
  static final SerializableString CORPORATE_REGISTRATION_NUMBER = new SerializedString("corporateRegistrationNumber");
  static final SerializableString COUNTERPARTIES = new SerializedString("counterparties");
  static final SerializableString CURRENCY = new SerializedString("currency");
  static final SerializableString DATE = new SerializedString("date");
  static final SerializableString DESCRIPTION = new SerializedString("description");
  static final SerializableString DUE = new SerializedString("due");
  static final SerializableString EFFECTIVE_PERIOD = new SerializedString("effectivePeriod");
  static final SerializableString END = new SerializedString("end");
  static final SerializableString ENGLISH_NAME = new SerializedString("englishName");
  static final SerializableString ENGLISH_SUMMARY = new SerializedString("englishSummary");
  static final SerializableString ENGLISH_TITLE = new SerializedString("englishTitle");
  static final SerializableString FIRST = new SerializedString("first");
  static final SerializableString FORMAT_VERSION = new SerializedString("formatVersion");
  static final SerializableString FUNDER = new SerializedString("funder");
  static final SerializableString FUNDING_SHARES = new SerializedString("fundingShares");
  static final SerializableString ID = new SerializedString("id");
  static final SerializableString KEYWORDS = new SerializedString("keywords");
  static final SerializableString KIND = new SerializedString("kind");
  static final SerializableString LAST = new SerializedString("last");
  static final SerializableString LEAD_PARTY = new SerializedString("leadParty");
  static final SerializableString NAME = new SerializedString("name");
  static final SerializableString NOTE = new SerializedString("note");
  static final SerializableString OBLIGATION = new SerializedString("obligation");
  static final SerializableString PARENT_ORGANISATION = new SerializedString("parentOrganisation");
  static final SerializableString PARTIES = new SerializedString("parties");
  static final SerializableString PARTY = new SerializedString("party");
  static final SerializableString PERIOD = new SerializedString("period");
  static final SerializableString PLEDGED_AMOUNT = new SerializedString("pledgedAmount");
  static final SerializableString PROGRAMME = new SerializedString("programme");
  static final SerializableString PROGRAMMES = new SerializedString("programmes");
  static final SerializableString PUBLISHED_ON = new SerializedString("publishedOn");
  static final SerializableString PUBLISHER = new SerializedString("publisher");
  static final SerializableString PURPOSE = new SerializedString("purpose");
  static final SerializableString RELATED_AGREEMENTS = new SerializedString("relatedAgreements");
  static final SerializableString RELATION = new SerializedString("relation");
  static final SerializableString REPRESENTATIVE = new SerializedString("representative");
  static final SerializableString SIGNATORIES = new SerializedString("signatories");
  static final SerializableString SIGNING = new SerializedString("signing");
  static final SerializableString SOURCE = new SerializedString("source");
  static final SerializableString SOURCES = new SerializedString("sources");
  static final SerializableString START = new SerializedString("start");
  static final SerializableString STATUS = new SerializedString("status");
  static final SerializableString SUMMARY = new SerializedString("summary");
  static final SerializableString TIME = new SerializedString("time");
  static final SerializableString TITLE = new SerializedString("title");
  static final SerializableString TOTAL_BUDGET = new SerializedString("totalBudget");
  static final SerializableString URL = new SerializedString("url");
  static final SerializableString VENUE = new SerializedString("venue");
  static final SerializableString WEBSITE = new SerializedString("website");
  static final SerializableString YEAR = new SerializedString("year");

  private Names() {}
}
