/**
 * The settings of the Jackson modules of agreements, the same for every Jackson line: each
 * module's {@code AgreementModule.Builder} is a {@link
 * org.publicprivate.agreements.format.options.FormatOptions.Builder}. Exported to every module, as
 * part of the Jackson modules' API; the format itself ({@code org.publicprivate.agreements.format})
 * is not.
 */
package org.publicprivate.agreements.format.options;
