package org.copydesk.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option shared by every command that reads or writes an index. */
final class IndexOption {

  /** The index folder when neither {@code --index} nor {@code COPYDESK_INDEX} names one. */
  static final String DEFAULT = "index-data";

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Index folder (default: $COPYDESK_INDEX, else ${DEFAULT-VALUE}).",
      defaultValue = "${env:COPYDESK_INDEX:-" + DEFAULT + "}")
  Path index;
}
