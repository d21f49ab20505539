package org.copydesk;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds ../shared/data for the optional checks that read the real corpora. They are skipped, with a
 * message saying so, on a machine without it.
 */
public final class SharedData {

  private SharedData() {}

  /**
   * The path of a file or folder under the shared folder (the {@code copydesk.shared} system property
   * that Maven sets, else the {@code COPYDESK_SHARED} environment variable), or skips the test.
   */
  public static Path require(String relative) {
    for (String root : new String[] {System.getProperty("copydesk.shared"), System.getenv("COPYDESK_SHARED")}) {
      if (root != null && Files.exists(Path.of(root, relative))) {
        return Path.of(root, relative);
      }
    }
    System.err.println("SKIPPED LOUDLY: ../shared/" + relative + " is missing; set COPYDESK_SHARED to run this check");
    assumeTrue(false, "../shared/" + relative + " is missing: optional check skipped");
    return null;
  }
}
