package org.dozaban.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Command-line options of {@link Benchmark}.
 *
 * @param articles     articles in the corpus
 * @param repetitions  cold builds per tool
 * @param rebuilds     rounds of the rebuild cases, each a build with nothing changed, one after adding an
 *                     article and one after editing an older one
 * @param seed         corpus seed
 * @param project      the Dozaban checkout: its {@code target/dozaban.jar}, {@code templates/} and launcher
 * @param work         folder for corpora and outputs
 * @param hugo         build the corpus with Hugo too, when it is on the PATH
 * @param incremental  run the rebuild cases and the preview case
 * @param huge         articles of the bounded-memory case, 0 to skip it
 * @param warm         builds of the corpus one after another in one JVM, 0 to skip them
 * @param launcher     run Dozaban through the {@code dozaban} launcher instead of {@code java -jar}
 * @param javaOptions  extra JVM options for Dozaban (the launcher gets them through {@code JDK_JAVA_OPTIONS})
 * @param keep         keep the built sites
 */
record BenchmarkOptions(int articles, int repetitions, int rebuilds, long seed, Path project, Path work, boolean hugo,
        boolean incremental, int huge, int warm, boolean launcher, List<String> javaOptions, boolean keep) {

    static final String USAGE = """
            usage: bench/run [ARTICLES] [options]
              ARTICLES            articles in the generated corpus, half English, half Persian (default 1000)
              --reps N            cold builds per tool, alternating Dozaban and Hugo (default 3)
              --rebuild-reps N    rounds of the rebuild cases, each one with nothing changed, one
                                  with a new article added and one with an older one edited (default 3)
              --seed N            corpus seed (default 1)
              --no-hugo           do not build with Hugo even when it is on the PATH
              --no-incremental    skip the rebuild cases (nothing changed, one article added) and the
                                  preview case (an article saved while serve runs, and hugo server)
              --huge [N]          also build N articles (default 100000) with -Xmx1g; takes long
              --warm [N]          also build the corpus N times (default 8) one after another in one
                                  JVM: what a build costs once the JVM has loaded and compiled its code
              --launcher          run Dozaban through ./dozaban (with its class-data archive) instead of java -jar
              --java-opts "OPTS"  extra JVM options for Dozaban, e.g. "-XX:TieredStopAtLevel=1"
              --work DIR          folder for corpora and outputs (default target/bench)
              --keep              keep the built sites
            """;

    static BenchmarkOptions parse(String[] args) {
        int articles = 1000;
        int repetitions = 3;
        int rebuilds = 3;
        long seed = 1;
        Path project = Path.of("").toAbsolutePath();
        Path work = null;
        boolean hugo = true;
        boolean incremental = true;
        int huge = 0;
        int warm = 0;
        boolean launcher = false;
        List<String> javaOptions = new ArrayList<>();
        boolean keep = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--reps" -> repetitions = positive(value(args, ++i, arg), arg);
                case "--rebuild-reps" -> rebuilds = positive(value(args, ++i, arg), arg);
                case "--seed" -> seed = Long.parseLong(value(args, ++i, arg));
                case "--project" -> project = Path.of(value(args, ++i, arg)).toAbsolutePath();
                case "--work" -> work = Path.of(value(args, ++i, arg)).toAbsolutePath();
                case "--no-hugo" -> hugo = false;
                case "--no-incremental" -> incremental = false;
                case "--huge" -> {
                    huge = 100_000;
                    if (i + 1 < args.length && args[i + 1].matches("\\d+")) {
                        huge = positive(args[++i], arg);
                    }
                }
                case "--warm" -> {
                    warm = 8;
                    if (i + 1 < args.length && args[i + 1].matches("\\d+")) {
                        warm = positive(args[++i], arg);
                    }
                }
                case "--launcher" -> launcher = true;
                case "--java-opts" -> javaOptions.addAll(Arrays.asList(value(args, ++i, arg).trim().split("\\s+")));
                case "--keep" -> keep = true;
                case "-h", "--help" -> throw new HelpRequested();
                default -> {
                    if (!arg.matches("\\d+")) {
                        throw new IllegalArgumentException("unknown option " + arg);
                    }
                    articles = positive(arg, "ARTICLES");
                }
            }
        }
        if (work == null) {
            work = project.resolve("target/bench");
        }
        javaOptions.removeIf(String::isEmpty);
        return new BenchmarkOptions(articles, repetitions, rebuilds, seed, project, work, hugo, incremental, huge, warm, launcher,
                List.copyOf(javaOptions), keep);
    }

    /** Thrown when the usage was asked for. */
    static final class HelpRequested extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HelpRequested() {
            super("help", null, false, false);
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int positive(String text, String option) {
        if (!text.matches("\\d+") || Integer.parseInt(text) < 1) {
            throw new IllegalArgumentException(option + " needs a positive whole number, not " + text);
        }
        return Integer.parseInt(text);
    }
}
