/**
 * What changed between two versions of an agreement: {@link
 * org.publicprivate.agreements.diff.AgreementDiff#between}, a list of {@link
 * org.publicprivate.agreements.diff.Change changes}, each with a JSON path, a {@link
 * org.publicprivate.agreements.diff.ChangeKind kind} and the values before and after.
 */
package org.publicprivate.agreements.diff;
