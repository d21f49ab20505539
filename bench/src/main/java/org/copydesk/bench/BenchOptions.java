package org.copydesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@link Bench} and {@link CorpusGenerator}: {@code [COMMAND...] --data DIR
 * --n N [--runs R] [--seed S] [--threads T] [--queries Q] [--work DIR] [--corpus FILE] [--results
 * FILE]}.
 *
 * <p>Paths default to the repository layout when run from its root ({@code bench/target/work},
 * {@code bench/results.jsonl}), else to {@code /tmp/copydesk-bench}.
 *
 * @param commands the words before the options ({@code all}, {@code index}, ...)
 * @param data the shared data folder (BBC and Reuters), or null when not given
 * @param n articles in the corpus
 * @param runs timed runs per figure (the median is reported)
 * @param seed the corpus and query seed
 * @param threads indexing threads, for copydesk and plain Lucene alike
 * @param queriesPerKind queries of each kind in the search mix
 * @param work where corpora and indexes go (never committed)
 * @param corpus the corpus file (default: {@code work/corpus-nN-sS.jsonl})
 * @param results the results file each run appends to
 * @param index an existing copydesk index of the corpus for search and dups, or null (one is built)
 */
record BenchOptions(
    List<String> commands, Path data, long n, int runs, long seed, int threads, int queriesPerKind,
    Path work, Path corpus, Path results, Path index) {

  static final String USAGE =
      """
      usage: java -jar bench/target/copydesk-bench.jar COMMAND... --data DIR [options]
        commands: generate | index | search | dups | all (= index search dups) | jmh [JMH args]
        --data DIR      the shared data folder: bbc/ and reuters21578.jsonl (needed to generate)
        --n N           articles in the corpus (default 10000)
        --runs R        timed runs per figure; medians are reported (default 3)
        --seed S        corpus and query seed (default 42)
        --threads T     indexing threads for both sides (default 2)
        --queries Q     queries of each kind in the search mix (default 200)
        --work DIR      corpora and indexes (default bench/target/work, else /tmp/copydesk-bench)
        --corpus FILE   corpus file (default WORK/corpus-nN-sS.jsonl; generated when missing)
        --results FILE  results file to append to (default bench/results.jsonl)
        --index DIR     a copydesk index of the corpus already built, for search and dups
                        (default: the one the index benchmark builds, else one built untimed)
      """;

  /** Parses the arguments; prints the usage and exits 2 on a bad one. */
  static BenchOptions parse(String[] args) {
    List<String> commands = new ArrayList<>();
    Path data = null;
    long n = 10_000;
    int runs = 3;
    long seed = 42;
    int threads = 2;
    int queries = 200;
    Path work = null;
    Path corpus = null;
    Path results = null;
    Path index = null;
    try {
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (!a.startsWith("--")) {
          commands.add(a);
          continue;
        }
        if (a.equals("--help")) {
          System.out.print(USAGE);
          System.exit(0);
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(a + " needs a value");
        }
        String v = args[++i];
        switch (a) {
          case "--data" -> data = Path.of(v);
          case "--n" -> n = Long.parseLong(v.replace("_", "").replace(",", ""));
          case "--runs" -> runs = Integer.parseInt(v);
          case "--seed" -> seed = Long.parseLong(v);
          case "--threads" -> threads = Integer.parseInt(v);
          case "--queries" -> queries = Integer.parseInt(v);
          case "--work" -> work = Path.of(v);
          case "--corpus", "--out" -> corpus = Path.of(v);
          case "--index" -> index = Path.of(v);
          case "--results" -> results = Path.of(v);
          default -> throw new IllegalArgumentException("unknown option " + a);
        }
      }
      if (n < 1 || runs < 1 || threads < 1 || queries < 1) {
        throw new IllegalArgumentException("--n, --runs, --threads and --queries must be >= 1");
      }
    } catch (IllegalArgumentException e) {
      System.err.println("copydesk-bench: " + e.getMessage());
      System.err.print(USAGE);
      System.exit(2);
    }
    boolean inRepo = Files.isDirectory(Path.of("bench"));
    if (work == null) {
      work = inRepo ? Path.of("bench", "target", "work") : Path.of("/tmp", "copydesk-bench");
    }
    if (corpus == null) {
      corpus = work.resolve("corpus-n" + n + "-s" + seed + ".jsonl");
    }
    if (results == null) {
      results = inRepo ? Path.of("bench", "results.jsonl") : work.resolve("results.jsonl");
    }
    return new BenchOptions(commands, data, n, runs, seed, threads, queries, work, corpus, results, index);
  }

  /** The data folder, checked: says so loudly and exits 2 when it is missing. */
  Path requireData() {
    if (data == null || !Files.isDirectory(data)) {
      System.err.println(
          "copydesk-bench: ERROR: the shared data folder "
              + (data == null ? "was not given (--data DIR)" : data + " does not exist")
              + "; it must hold bbc/ and reuters21578.jsonl (for example --data ../shared/data)");
      System.exit(2);
    }
    return data;
  }
}
