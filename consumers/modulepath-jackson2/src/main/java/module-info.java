/**
 * A user's module. It requires our Jackson module, which brings the model and Jackson's databind.
 * Jackson reads and writes the user's record by reflection, so the record's package is opened to
 * it (exporting the package does as well for a public record); with neither, Jackson fails with
 * InvalidDefinitionException on the module path. Our own packages are opened by our modules. A
 * plain Jakarta Validator without Jakarta EL needs Hibernate Validator's
 * ParameterMessageInterpolator, so the module reads org.hibernate.validator too.
 */
module com.example.consumer {
  requires org.publicprivate.agreements.jackson;
  requires org.hibernate.validator;

  opens com.example.consumer to com.fasterxml.jackson.databind;
}
