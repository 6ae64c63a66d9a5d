/**
 * A user's module on Jackson 3. It requires our Jackson 3 module, which brings the model and
 * Jackson 3's databind. Jackson reads and writes the user's record by reflection, so the record's
 * package is opened to it. A plain Jakarta Validator without Jakarta EL needs Hibernate Validator's
 * ParameterMessageInterpolator, so the module reads org.hibernate.validator too.
 */
module com.example.consumer {
  requires org.publicprivate.agreements.jackson3;
  requires org.hibernate.validator;

  opens com.example.consumer to tools.jackson.databind;
}
