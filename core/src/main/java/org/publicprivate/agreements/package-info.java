/**
 * The canonical model of a public–private agreement: {@link org.publicprivate.agreements.Agreement},
 * its {@link org.publicprivate.agreements.Party parties}, {@link org.publicprivate.agreements.Commitment
 * commitments} and {@link org.publicprivate.agreements.FundedProgramme funded programmes}, and the value
 * types they are made of, such as {@link org.publicprivate.agreements.MoneyAmount}.
 *
 * <p>Every type is immutable. Composite types are built with {@code X.builder()} and copied with
 * {@code with*} methods; wrapper types are made with {@code X.of(...)}. Hard invariants are checked
 * when a value is built and fail with an {@link java.lang.IllegalArgumentException}; everything else is
 * a validation rule, reported by {@link org.publicprivate.agreements.validation.AgreementValidator}.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = true,
    optionalAcceptNullable = false,
    allParameters = false,
    depluralize = true,
    depluralizeDictionary = {"party:parties", "alias:aliases", "beneficiary:beneficiaries",
        "keyword:keywords", "signatory:signatories", "counterparty:counterparties",
        "programme:programmes", "commitment:commitments", "source:sources",
        "relatedAgreement:relatedAgreements", "fundingShare:fundingShares",
        "annualBudget:annualBudgets", "identifier:identifiers",
        "beneficiaryGroup:beneficiaryGroups", "quantity:quantities", "condition:conditions",
        "language:languages"},
    throwForInvalidImmutableState = IllegalArgumentException.class,
    headerComments = false,
    clearBuilder = true)
package org.publicprivate.agreements;

import org.immutables.value.Value;
