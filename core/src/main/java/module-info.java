/**
 * The canonical model of public–private agreements and its validation rules.
 */
module org.publicprivate.agreements {
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires static org.immutables.value;

  exports org.publicprivate.agreements;
  exports org.publicprivate.agreements.attributes;
  exports org.publicprivate.agreements.diff;
  exports org.publicprivate.agreements.validation;
}
