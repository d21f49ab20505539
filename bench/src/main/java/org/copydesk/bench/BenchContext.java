package org.copydesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import org.copydesk.index.ArticleIndex;
import org.copydesk.index.IndexConfig;
import org.copydesk.index.Indexer;

/**
 * What every benchmark of one {@link Bench} run shares: the options, the corpus (generated on first
 * use, then reused across runs of the same N and seed), and working folders.
 */
final class BenchContext {

  private final BenchOptions options;
  private Path searchIndex;
  private long articles = -1;

  BenchContext(BenchOptions options) {
    this.options = options;
  }

  BenchOptions options() {
    return options;
  }

  int runs() {
    return options.runs();
  }

  int threads() {
    return options.threads();
  }

  /**
   * The corpus file, generated from the shared data when it does not exist yet.
   *
   * <p>NOTE: an existing file is never overwritten: a corpus of one's own (such as the Reuters
   * JSON Lines) is used as it is, without a truth file.
   */
  Path corpus() throws IOException {
    Path corpus = options.corpus();
    Path truth = CorpusGenerator.truthFor(corpus);
    if (Files.isRegularFile(corpus)) {
      return corpus;
    }
    Path data = options.requireData();
    System.err.println("generating " + options.n() + " articles into " + corpus + " ...");
    Path partial = corpus.resolveSibling(corpus.getFileName() + ".partial");
    CorpusGenerator.Summary s =
        CorpusGenerator.generate(
            data, CorpusGenerator.Options.of(options.n()).withSeed(options.seed()), partial, truth);
    Files.move(partial, corpus, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    System.err.println(CorpusGenerator.describe(s, corpus));
    return corpus;
  }

  /**
   * How many articles the corpus holds (its lines): {@code --n} for a generated corpus, whatever
   * a corpus of one's own holds.
   */
  long articles() throws IOException {
    if (articles < 0) {
      try (java.util.stream.Stream<String> lines = Files.lines(corpus())) {
        articles = lines.filter(l -> !l.isBlank()).count();
      }
    }
    return articles;
  }

  /** The truth file of planted pairs beside the corpus (it may not exist for a corpus of one's own). */
  Path truth() throws IOException {
    return CorpusGenerator.truthFor(corpus());
  }

  /** An empty folder of this name under the work folder (deleted first when it exists). */
  Path freshFolder(String name) throws IOException {
    Path dir = options.work().resolve(name);
    delete(dir);
    Files.createDirectories(dir);
    return dir;
  }

  /** Records the complete copydesk index a benchmark built, for later ones to search. */
  void searchIndex(Path dir) {
    this.searchIndex = dir;
  }

  /**
   * A copydesk index of the whole corpus: the one {@code --index} names, else the one the index
   * benchmark left, else one built now (untimed) in {@code WORK/index-search}.
   */
  Path searchIndex() throws IOException {
    if (searchIndex == null && options.index() != null) {
      if (!Files.isDirectory(options.index())) {
        throw new IOException("--index " + options.index() + ": no such folder");
      }
      searchIndex = options.index();
    }
    if (searchIndex == null) {
      Path dir = freshFolder("index-search");
      System.err.println("building the copydesk index to search (untimed) in " + dir + " ...");
      try (ArticleIndex index = ArticleIndex.open(dir, IndexConfig.defaults().withRecreate(true))) {
        new Indexer(index).threads(threads()).run(List.of(corpus()));
      }
      searchIndex = dir;
    }
    return searchIndex;
  }

  /** Deletes a folder tree; nothing when it does not exist. */
  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** Size of a folder tree in bytes. */
  static long size(Path dir) {
    try (var files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
