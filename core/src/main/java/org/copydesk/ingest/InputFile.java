package org.copydesk.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file handed to a reader, with what it needs to name its articles.
 *
 * @param path the file
 * @param root the folder or file the user named; ids derive from {@code path} relative to it
 * @param outlet the outlet given on the command line ({@code --outlet}), or null
 */
public record InputFile(Path path, Path root, String outlet) {

  public InputFile {
    Objects.requireNonNull(path, "path");
    root = root == null ? path : root;
  }

  /**
   * The id base for this file: its path relative to the parent of the root, with '/' separators, so
   * that {@code seeds/000.txt} has the same id wherever the folder lies.
   */
  public String relativeId() {
    Path base = root.toAbsolutePath().normalize().getParent();
    Path abs = path.toAbsolutePath().normalize();
    Path rel = base == null ? abs : base.relativize(abs);
    return rel.toString().replace('\\', '/');
  }

  /** The path as shown in messages. */
  public String display() {
    return path.toString();
  }
}
