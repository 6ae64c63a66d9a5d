package org.publicprivate.agreements.examples.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A service that stores agreements in memory: the starter does the JSON, the validation and the
 * problem details, with no set-up of its own.
 */
@SpringBootApplication
public class AgreementServiceApplication {

  /** Starts the service. */
  public static void main(String[] args) {
    SpringApplication.run(AgreementServiceApplication.class, args);
  }
}
