package org.dozaban.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Measures cold full builds of a generated archive, each in a child process, and prints wall time,
 * CPU time, peak RSS, pages and pages per second; side by side with Hugo when {@code hugo} is on the
 * PATH, alternating the two; then the rebuild cases, the preview case (see {@link ServeEdits}) and, on
 * request, a large archive in 1 GiB of heap.
 * Run it with {@code bench/run}; it prints figures and asserts nothing.
 */
public final class Benchmark {

    private static final String CORPUS_VERSION = "corpus 4";

    private final BenchmarkOptions options;
    private final Path jar;
    private final Path templates;
    private final boolean cleanOption;
    private final Disposal disposal;

    private Benchmark(BenchmarkOptions options) throws IOException, InterruptedException {
        this.options = options;
        this.jar = options.project().resolve("target/dozaban.jar");
        this.templates = options.project().resolve("templates");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(jar + " is missing; run ./dozaban --version to build it");
        }
        Measurement help = ChildProcess.run(List.of("java", "-jar", jar.toString(), "build", "--help"),
                options.work(), Map.of());
        this.cleanOption = help.output().contains("--clean");
        this.disposal = new Disposal(options.work());
    }

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args);
        } catch (BenchmarkOptions.HelpRequested e) {
            System.out.print(BenchmarkOptions.USAGE);
            return;
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.err.print(BenchmarkOptions.USAGE);
            System.exit(2);
            return;
        }
        try {
            new Benchmark(options).run();
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(1);
        }
    }

    private void run() throws IOException, InterruptedException {
        try {
            measure();
        } finally {
            disposal.empty();
        }
    }

    private void measure() throws IOException, InterruptedException {
        Optional<Path> hugo = options.hugo() ? onPath("hugo") : Optional.empty();
        System.out.printf(Locale.ROOT, "Dozaban build benchmark, %s, %d cores, Java %s%s%n",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), hugo.isPresent() ? ", " + hugoVersion(hugo.get()) : "");
        if (!ChildProcess.measuresResources()) {
            System.out.println("(/usr/bin/time is missing: only wall times are measured)");
        }
        Corpus corpus = corpus(options.articles(), hugo.isPresent());
        disposal.settle();
        if (options.launcher()) {
            prepareLauncher();
        }
        System.out.printf(Locale.ROOT, "Dozaban runs: %s%n%n", String.join(" ", dozabanCommand(
                corpus.content(), Path.of("OUT"), List.of())));

        List<Run> dozaban = new ArrayList<>();
        List<Run> hugoRuns = new ArrayList<>();
        for (int i = 1; i <= options.repetitions(); i++) {
            boolean dozabanFirst = i % 2 == 1;
            for (int turn = 0; turn < 2; turn++) {
                if ((turn == 0) == dozabanFirst) {
                    dozaban.add(coldBuild("dozaban", i, out -> cold(dozabanCommand(corpus.content(), out, List.of())),
                            dozabanEnvironment(List.of())));
                } else if (hugo.isPresent()) {
                    Path hugoBinary = hugo.get();
                    hugoRuns.add(coldBuild("hugo", i, out -> List.of(hugoBinary.toString(), "--source",
                            corpus.hugo().toString(), "--destination", out.toString(), "--cacheDir",
                            out.resolveSibling("cache").toString(), "--ignoreCache", "--quiet"), Map.of()));
                }
            }
        }
        summary(dozaban, hugoRuns);
        if (options.warm() > 0) {
            warm(corpus, hugoRuns);
        }
        if (options.incremental()) {
            incremental(corpus);
            GeneratedArticle edited = new CorpusGenerator(options.seed()).article(0);
            ServeEdits.run(disposal, dozabanPrefix(List.of()), dozabanEnvironment(List.of()), corpus.content(),
                    templates,
                    CorpusGenerator.articleFile(corpus.content(), edited), options.work(), hugo.orElse(null),
                    corpus.hugo(), corpus.hugo() == null ? null : HugoSite.articleFile(corpus.hugo(), edited));
        }
        if (options.huge() > 0) {
            huge(dozaban);
        }
    }

    /** A generated corpus: Dozaban content, and the same articles as a Hugo site when wanted. */
    private record Corpus(int articles, Path content, Path hugo) {
    }

    private Corpus corpus(int articles, boolean withHugo) throws IOException {
        Path dir = options.work().resolve("corpus-" + articles + "-seed" + options.seed());
        Path marker = dir.resolve("complete");
        String expected = CORPUS_VERSION + (withHugo ? " with hugo" : "");
        Corpus corpus = new Corpus(articles, dir.resolve("content"), withHugo ? dir.resolve("hugo") : null);
        if (Files.isRegularFile(marker) && Files.readString(marker).startsWith(expected)) {
            System.out.printf(Locale.ROOT, "corpus: %d articles in %s (generated before)%n", articles, dir);
            return corpus;
        }
        disposal.later(dir);
        long start = System.nanoTime();
        CorpusGenerator generator = new CorpusGenerator(options.seed());
        CorpusGenerator.writeSiteFiles(corpus.content());
        HugoSite hugoSite = withHugo ? HugoSite.create(corpus.hugo(), templates.resolve("assets")) : null;
        for (int i = 0; i < articles; i++) {
            GeneratedArticle article = generator.article(i);
            CorpusGenerator.writeArticle(corpus.content(), article);
            if (hugoSite != null) {
                hugoSite.writeArticle(article);
            }
        }
        Files.writeString(marker, expected + "\n");
        System.out.printf(Locale.ROOT, "corpus: %d articles, %.1f MB of Markdown, in %s (generated in %.1f s)%n",
                articles, OutputTree.bytes(corpus.content()) / 1e6, dir, (System.nanoTime() - start) / 1e9);
        return corpus;
    }

    /**
     * Builds a small corpus through the launcher, unmeasured, so that its class-data archive exists
     * before the first measured build, as it does for every build after the first.
     */
    private void prepareLauncher() throws IOException, InterruptedException {
        Corpus small = corpus(20, false);
        Path dir = options.work().resolve("runs").resolve("launcher");
        disposal.later(dir);
        Measurement prepared = ChildProcess.run(dozabanCommand(small.content(), dir.resolve("site"), List.of()), dir,
                dozabanEnvironment(List.of()));
        disposal.later(dir);
        if (!prepared.succeeded()) {
            throw new IllegalStateException("the launcher failed on a small corpus:\n" + prepared.outputTail(8));
        }
        System.out.printf(Locale.ROOT, "launcher ready: %s%n",
                Files.isRegularFile(options.project().resolve("target/dozaban.jsa"))
                        ? "class-data archive target/dozaban.jsa" : "no class-data archive");
    }

    private List<String> dozabanCommand(Path content, Path out, List<String> jvmOptions) {
        List<String> command = new ArrayList<>(dozabanPrefix(jvmOptions));
        command.addAll(List.of("build", "--content", content.toString(), "--templates", templates.toString(),
                "--out", out.toString(), "--no-import"));
        return command;
    }

    /**
     * Dozaban up to its command name: the launcher (which takes JVM options through the environment, see
     * {@link #dozabanEnvironment}), or {@code java} with the JVM options and the jar.
     */
    private List<String> dozabanPrefix(List<String> jvmOptions) {
        if (options.launcher()) {
            return List.of(options.project().resolve("dozaban").toString());
        }
        List<String> command = new ArrayList<>(List.of("java", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "-Dstderr.encoding=UTF-8"));
        command.addAll(options.javaOptions());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        return command;
    }

    /**
     * JVM options for the launcher, which passes its arguments to Dozaban: through
     * {@code JDK_JAVA_OPTIONS}, which {@code java} reads.
     */
    private Map<String, String> dozabanEnvironment(List<String> jvmOptions) {
        List<String> all = new ArrayList<>(options.javaOptions());
        all.addAll(jvmOptions);
        return options.launcher() && !all.isEmpty() ? Map.of("JDK_JAVA_OPTIONS", String.join(" ", all)) : Map.of();
    }

    /** {@code command} with {@code --clean}, when Dozaban has it: no build cache is read. */
    private List<String> cold(List<String> command) {
        if (!cleanOption) {
            return command;
        }
        List<String> clean = new ArrayList<>(command);
        clean.add("--clean");
        return clean;
    }

    /** One measured build and what it wrote. */
    private record Run(Measurement measurement, long pages) {

        double pagesPerSecond() {
            return pages / measurement.wallSeconds();
        }
    }

    private interface CommandForOutput {
        List<String> command(Path out);
    }

    /** A build in a fresh folder, as a fresh process: nothing is cached from an earlier run. */
    private Run coldBuild(String tool, int repetition, CommandForOutput command, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path dir = options.work().resolve("runs").resolve(tool + "-" + repetition);
        disposal.later(dir);
        Path out = dir.resolve("site");
        Measurement measurement = ChildProcess.run(command.command(out), dir, environment);
        Run run = report(String.format(Locale.ROOT, "%-8s #%d", tool, repetition), measurement, out);
        if (!options.keep()) {
            disposal.later(dir);
        }
        return run;
    }

    private static Run report(String label, Measurement measurement, Path out) throws IOException {
        if (!measurement.succeeded()) {
            System.out.printf(Locale.ROOT, "%s  FAILED (exit %d) after %.1f s:%n%s", label, measurement.exitCode(),
                    measurement.wallSeconds(), measurement.outputTail(8));
            throw new IllegalStateException(label.trim() + " failed");
        }
        Run run = new Run(measurement, OutputTree.htmlPages(out));
        System.out.printf(Locale.ROOT, "%s  %s  %6d pages  %6.0f pages/s%n", label, measurement.figures(),
                run.pages(), run.pagesPerSecond());
        return run;
    }

    private void summary(List<Run> dozaban, List<Run> hugo) {
        System.out.printf(Locale.ROOT, "%n%s of %d articles%n", options.repetitions() == 1 ? "one cold build"
                : "median of " + options.repetitions() + " cold builds", options.articles());
        System.out.printf(Locale.ROOT, "%-14s %9s %9s %10s %8s %9s%n", "", "wall", "cpu", "peak RSS", "pages",
                "pages/s");
        summaryLine("dozaban", dozaban);
        if (hugo.isEmpty()) {
            System.out.println("(hugo is not on the PATH or --no-hugo was given: no comparison)");
            return;
        }
        summaryLine("hugo", hugo);
        System.out.printf(Locale.ROOT, "%-14s %8.2fx %8.2fx %9.2fx%n", "dozaban/hugo",
                median(dozaban, r -> r.measurement().wallSeconds()) / median(hugo, r -> r.measurement().wallSeconds()),
                median(dozaban, r -> r.measurement().cpuSeconds()) / median(hugo, r -> r.measurement().cpuSeconds()),
                median(dozaban, r -> r.measurement().peakRssMiB()) / median(hugo, r -> r.measurement().peakRssMiB()));
    }

    private static void summaryLine(String tool, List<Run> runs) {
        System.out.printf(Locale.ROOT, "%-14s %7.2f s %7.2f s %6.0f MiB %8d %9.0f%n", tool,
                median(runs, r -> r.measurement().wallSeconds()), median(runs, r -> r.measurement().cpuSeconds()),
                median(runs, r -> r.measurement().peakRssMiB()), runs.get(0).pages(), median(runs, Run::pagesPerSecond));
    }

    private static double median(List<Run> runs, ToDoubleFunction<Run> figure) {
        return median(runs.stream().mapToDouble(figure).toArray());
    }

    private static double median(double[] figures) {
        double[] values = figures.clone();
        Arrays.sort(values);
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    /**
     * Rebuilds into the same output folder, as a publisher does: in each of {@code --rebuild-reps} rounds,
     * once with nothing changed, once after adding one article newer than all others, and once after adding
     * a sentence to an older article; reports each build, which files it rewrote (modification time
     * changed) and which changed bytes, then the medians.
     */
    private void incremental(Corpus corpus) throws IOException, InterruptedException {
        Path dir = options.work().resolve("incremental");
        disposal.later(dir);
        Path content = dir.resolve("content");
        OutputTree.copy(corpus.content(), content);
        Path out = dir.resolve("site");
        System.out.printf(Locale.ROOT, "%nrebuilds of %d articles into one output folder, in %s%n",
                corpus.articles(), dir);
        Measurement first = ChildProcess.run(dozabanCommand(content, out, List.of()), dir, dozabanEnvironment(List.of()));
        report("first build            ", first, out);

        List<Run> same = new ArrayList<>();
        List<Run> one = new ArrayList<>();
        List<Run> edited = new ArrayList<>();
        for (int round = 0; round < options.rebuilds(); round++) {
            Map<String, OutputTree.FileState> before = OutputTree.snapshot(out);
            Measurement unchanged = ChildProcess.run(dozabanCommand(content, out, List.of()), dir,
                    dozabanEnvironment(List.of()));
            same.add(report("nothing changed        ", unchanged, out));
            changes(before, OutputTree.snapshot(out));

            before = OutputTree.snapshot(out);
            // each an article of a new translation pair, a day after the last
            GeneratedArticle added = new CorpusGenerator(options.seed())
                    .article(corpus.articles() + corpus.articles() % 2 + 2 * round,
                            CorpusGenerator.LAST_DAY.plusDays(1 + round));
            CorpusGenerator.writeArticle(content, added);
            Measurement built = ChildProcess.run(dozabanCommand(content, out, List.of()), dir,
                    dozabanEnvironment(List.of()));
            one.add(report("one new article added  ", built, out));
            changes(before, OutputTree.snapshot(out));

            before = OutputTree.snapshot(out);
            // a sentence added to an older article, a different one each round, as a correction is
            Path older = CorpusGenerator.articleFile(content, new CorpusGenerator(options.seed())
                    .article(corpus.articles() / (round + 2)));
            Files.writeString(older, "\nA sentence added in round " + (round + 1) + ".\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
            Measurement edit = ChildProcess.run(dozabanCommand(content, out, List.of()), dir,
                    dozabanEnvironment(List.of()));
            edited.add(report("an older article edited", edit, out));
            changes(before, OutputTree.snapshot(out));
        }
        if (options.rebuilds() > 1) {
            System.out.printf(Locale.ROOT, "median of %d rounds%n%-14s %9s %9s %10s %8s %9s%n", options.rebuilds(),
                    "", "wall", "cpu", "peak RSS", "pages", "pages/s");
            summaryLine("no change", same);
            summaryLine("new article", one);
            summaryLine("edited", edited);
        }
        if (!options.keep()) {
            disposal.later(dir);
        }
    }

    private static void changes(Map<String, OutputTree.FileState> before, Map<String, OutputTree.FileState> after) {
        OutputTree.Changes changes = OutputTree.compare(before, after);
        System.out.printf(Locale.ROOT, "%27s files rewritten %d of %d; with changed bytes %d; added %d; removed %d%n",
                "", changes.rewritten(), changes.total(), changes.changed(), changes.added(), changes.removed());
    }

    /**
     * The corpus built {@code --warm} times one after another in one JVM ({@link WarmBuilds}), with the
     * parallel collector (both cores collect) and the options given with {@code --java-opts}: once the JVM has
     * loaded and compiled the code, what is left of a build's time is its own work. The median of the later
     * half of the builds, against Hugo's cold builds of this run.
     */
    private void warm(Corpus corpus, List<Run> hugo) throws IOException, InterruptedException {
        Path dir = options.work().resolve("runs").resolve("warm");
        disposal.later(dir);
        List<String> command = new ArrayList<>(List.of("java", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "-XX:+UseParallelGC"));
        command.addAll(options.javaOptions());
        command.addAll(List.of("-cp", jar + java.io.File.pathSeparator
                        + options.project().resolve("target/test-classes"), WarmBuilds.class.getName(),
                String.valueOf(options.warm()), corpus.content().toString(), templates.toString(), dir.toString()));
        Measurement measurement = ChildProcess.run(command, dir, Map.of());
        if (!measurement.succeeded()) {
            System.out.print(measurement.outputTail(8));
            throw new IllegalStateException("the warm builds failed");
        }
        System.out.printf(Locale.ROOT, "%n%d builds one after another in one JVM%n", options.warm());
        List<double[]> builds = new ArrayList<>();
        for (String line : measurement.output().split("\n")) {
            String[] fields = line.trim().split(" ");
            if (fields.length == 4 && fields[0].equals("warm")) {
                double[] times = {Double.parseDouble(fields[2]), Double.parseDouble(fields[3])};
                builds.add(times);
                System.out.printf(Locale.ROOT, "build %-3s wall %7.2f s  cpu %7.2f s%n", fields[1], times[0], times[1]);
            }
        }
        double[] later = builds.subList(builds.size() / 2, builds.size()).stream().mapToDouble(b -> b[0]).toArray();
        double median = median(later);
        System.out.printf(Locale.ROOT, "the later %d builds' median wall time %.2f s%s%n", later.length, median,
                hugo.isEmpty() ? "" : String.format(Locale.ROOT, ", %.2fx Hugo's cold build", median
                        / median(hugo, r -> r.measurement().wallSeconds())));
        if (!options.keep()) {
            disposal.later(dir);
        }
    }

    /** A large archive built with 1 GiB of heap: does it finish, and how long does it take. */
    private void huge(List<Run> dozaban) throws IOException, InterruptedException {
        Corpus corpus = corpus(options.huge(), false);
        Path dir = options.work().resolve("runs").resolve("huge");
        disposal.later(dir);
        Path out = dir.resolve("site");
        Measurement measurement = ChildProcess.run(cold(dozabanCommand(corpus.content(), out, List.of("-Xmx1g"))),
                dir, dozabanEnvironment(List.of("-Xmx1g")));
        System.out.printf(Locale.ROOT, "%n%d articles with -Xmx1g: %s%n", options.huge(),
                measurement.succeeded() ? "built" : "FAILED (exit " + measurement.exitCode() + ")");
        if (measurement.succeeded()) {
            Run run = report(String.format(Locale.ROOT, "%-11s", "-Xmx1g"), measurement, out);
            System.out.printf(Locale.ROOT, "%27s %.1fx the wall time and %.1fx the CPU time of %d articles%n", "",
                    run.measurement().wallSeconds() / median(dozaban, r -> r.measurement().wallSeconds()),
                    run.measurement().cpuSeconds() / median(dozaban, r -> r.measurement().cpuSeconds()),
                    options.articles());
        } else {
            System.out.print(measurement.outputTail(8));
        }
        if (!options.keep()) {
            disposal.later(dir);
        }
    }

    private static Optional<Path> onPath(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, program))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private String hugoVersion(Path hugo) throws IOException, InterruptedException {
        Measurement version = ChildProcess.run(List.of(hugo.toString(), "version"), options.work(), Map.of());
        String text = version.output().strip();
        return text.contains(" ") ? "Hugo " + text.split(" ")[1] : text;
    }
}
