/**
 * Validation of agreements: the rules of the model as Jakarta Bean Validation constraints, and
 * {@link org.publicprivate.agreements.validation.AgreementValidator}, a facade that reports every
 * violation of a document at once with a stable code, a severity, a JSON path and a message in
 * Korean or English.
 */
package org.publicprivate.agreements.validation;
