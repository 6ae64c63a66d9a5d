/**
 * The constraint validators behind the rules of {@link org.publicprivate.agreements.validation}.
 * Not API: the module exports this package only to Hibernate Validator, which instantiates them.
 */
package org.publicprivate.agreements.validation.rules;
