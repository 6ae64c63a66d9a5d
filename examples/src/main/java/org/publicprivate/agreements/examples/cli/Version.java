package org.publicprivate.agreements.examples.cli;

import org.publicprivate.agreements.jackson.AgreementModule;
import picocli.CommandLine.IVersionProvider;

/** The tool's version: the version of the library it is built from. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"agreements " + new AgreementModule().version().toString()};
  }
}
