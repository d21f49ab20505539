package org.copydesk.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads articles from files and folders: walks folders recursively in name order, hands each file
 * to the first reader that accepts its name, and cleans page furniture from every article.
 *
 * <p>Problems never stop the walk: an unreadable file, a link loop or a file of a format no reader
 * knows is reported to the sink and the rest goes on. Inside folders, files of unknown formats and
 * hidden files are passed over silently (they are counted by {@link #ignored()}).
 *
 * <p>NOTE: an instance counts what it ignored; it is not meant to be shared between threads.
 */
public final class Ingest {

  private final List<ArticleReader> readers;
  private int ignored;

  /** An ingest with these readers, tried in order. */
  public Ingest(List<ArticleReader> readers) {
    this.readers = List.copyOf(readers);
  }

  /** An ingest with every built-in reader: plain text, JSON Lines, HTML pages and web archives. */
  public static Ingest withDefaultReaders() {
    return new Ingest(defaultReaders());
  }

  /** The built-in readers. */
  public static List<ArticleReader> defaultReaders() {
    return List.of(new TextReader(), new JsonLinesReader(), new HtmlReader(), new WarcReader());
  }

  /** How many files inside folders were passed over because no reader knows their format. */
  public int ignored() {
    return ignored;
  }

  /**
   * Reads every article under the given files and folders into the sink.
   *
   * @param roots files and folders, as the user named them
   * @param outlet the outlet for articles that name none (plain text), or null
   * @param sink receives articles, warnings and skips
   */
  public void read(List<Path> roots, String outlet, ArticleSink sink) {
    Objects.requireNonNull(sink, "sink");
    ArticleSink cleaning = new CleaningSink(sink);
    for (Path root : roots) {
      if (sink.stopped()) {
        return;
      }
      if (!Files.exists(root)) {
        sink.skip(root.toString(), "no such file or folder");
      } else if (Files.isDirectory(root)) {
        walk(root, root, outlet, cleaning, new HashSet<>());
      } else {
        readFile(new InputFile(root, root, outlet), cleaning, true);
      }
    }
  }

  private void walk(Path dir, Path root, String outlet, ArticleSink sink, Set<Path> visiting) {
    Path real;
    try {
      real = dir.toRealPath();
    } catch (IOException e) {
      sink.skip(dir.toString(), "cannot read folder: " + reason(e));
      return;
    }
    if (!visiting.add(real)) {
      sink.skip(dir.toString(), "symbolic link loop, not followed");
      return;
    }
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(children::add);
    } catch (IOException e) {
      sink.skip(dir.toString(), "cannot read folder: " + reason(e));
      visiting.remove(real);
      return;
    }
    children.sort(null);
    for (Path child : children) {
      if (sink.stopped()) {
        break;
      }
      String name = child.getFileName().toString();
      if (name.startsWith(".")) {
        ignored++;
      } else if (Files.isDirectory(child)) {
        walk(child, root, outlet, sink, visiting);
      } else {
        readFile(new InputFile(child, root, outlet), sink, false);
      }
    }
    visiting.remove(real);
  }

  private void readFile(InputFile file, ArticleSink sink, boolean named) {
    String name = file.path().getFileName().toString();
    for (ArticleReader reader : readers) {
      if (reader.accepts(name)) {
        try {
          reader.read(file, sink);
        } catch (IOException | OutOfMemoryError e) {
          sink.skip(file.display(), "cannot read: " + reason(e));
        } catch (RuntimeException e) {
          sink.skip(file.display(), "cannot parse: " + reason(e));
        }
        return;
      }
    }
    if (named) {
      sink.skip(file.display(), "unsupported file type: no reader for " + name);
    } else {
      ignored++;
    }
  }

  private static String reason(Throwable e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }

  /** Strips furniture from each article and takes the outlet from a signature line when unknown. */
  private static final class CleaningSink implements ArticleSink {
    private final ArticleSink next;

    CleaningSink(ArticleSink next) {
      this.next = next;
    }

    @Override
    public void accept(Article a) {
      Furniture.Cleaned cleaned = Furniture.clean(a.body(), a.outlet());
      String outlet = a.outlet() != null ? a.outlet() : cleaned.signatureOutlet();
      next.accept(
          new Article(
              a.id(), a.title(), a.text(), cleaned.body(), outlet, a.published(), a.author(), a.url(),
              a.origin()));
    }

    @Override
    public void warn(String location, String message) {
      next.warn(location, message);
    }

    @Override
    public void skip(String location, String message) {
      next.skip(location, message);
    }

    @Override
    public boolean stopped() {
      return next.stopped();
    }
  }
}
