package org.copydesk.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Development aid: prints the figures of the files given, one a line. Not a test. */
final class FigureDump {
  private FigureDump() {}

  static String line(Figure g) {
    return g.text() + " | " + g.kind() + " v=" + g.value() + " [" + g.low() + "," + g.high() + "] "
        + g.qualifier() + " u=" + g.unit() + " counts=" + g.counts() + " ev=" + g.event();
  }

  public static void main(String[] args) throws IOException {
    for (String f : args) {
      for (Figure g : new FigureExtractor().extract(Files.readString(Path.of(f)))) {
        System.out.println(line(g));
      }
    }
  }
}
