package org.publicprivate.agreements.validation;

import java.util.Map;

/**
 * One finding of one rule, before its message is written: what the validator turns into a {@link
 * Violation} and the Jakarta constraint into a {@code ConstraintViolation}.
 */
record Finding(String code, Severity severity, DocumentPath path, Map<String, ?> arguments) {}
