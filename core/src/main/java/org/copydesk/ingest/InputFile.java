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
   * The id base for this file: its path relative to the folder that holds the root, with '/'
   * separators, so that {@code seeds/000.txt} has the same id wherever the folder lies and whether
   * the folder or the file itself was named.
   */
  public String relativeId() {
    Path abs = path.toAbsolutePath().normalize();
    Path top = root.toAbsolutePath().normalize();
    if (top.equals(abs)) {
      top = top.getParent() == null ? top : top.getParent();
    }
    Path base = top.getParent();
    Path rel = base == null ? abs : base.relativize(abs);
    return rel.toString().replace('\\', '/');
  }

  /** The path as shown in messages. */
  public String display() {
    return path.toString();
  }
}
