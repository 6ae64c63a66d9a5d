package org.publicprivate.agreements.validation;

import java.util.Map;

/**
 * One finding of one rule, before its message is written: what the validator turns into a {@link
 * Violation} and the Jakarta constraint into a {@code ConstraintViolation}. The arguments are the
 * message's parameters, already written as text.
 */
record Finding(String code, Severity severity, DocumentPath path, Map<String, String> arguments) {}
