package org.dozaban.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code dozaban} launcher's class-data archive, tried on a small stand-in jar: made by the first
 * successful build, used afterwards, made again when the jar changes, and never in the way.
 */
class LauncherTest {

    private static final String PROGRAM = """
            public class Hello {
                public static void main(String[] args) {
                    System.out.println("ran " + String.join(" ", args));
                    if (java.util.Arrays.asList(args).contains("fail")) {
                        System.exit(1);
                    }
                    if (java.util.Arrays.asList(args).contains("compiler")) {
                        System.out.println(java.lang.management.ManagementFactory.getRuntimeMXBean()
                                .getInputArguments().stream().filter(a -> a.matches(".*(Tier|Inline|GC|Adaptive|Tenuring|CICompiler).*")).toList());
                    }
                }
            }
            """;

    @TempDir
    Path project;

    private Path jar;
    private Path archive;

    private record Result(int exit, String out, String err) {
    }

    @BeforeEach
    void standInProject() throws IOException {
        Files.copy(Path.of("dozaban"), project.resolve("dozaban"));
        Path classes = Files.createDirectories(project.resolve("classes"));
        Path source = classes.resolve("Hello.java");
        Files.writeString(source, PROGRAM);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, "--release", "17", "-d", classes.toString(), source.toString()));
        jar = Files.createDirectories(project.resolve("target")).resolve("dozaban.jar");
        archive = project.resolve("target/dozaban.jsa");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Hello");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("Hello.class"));
            out.write(Files.readAllBytes(classes.resolve("Hello.class")));
            out.closeEntry();
        }
    }

    @Test
    void theFirstBuildRecordsTheArchiveAndLaterRunsLoadFromIt() throws Exception {
        Result first = run("build", "site");
        assertEquals(0, first.exit());
        assertEquals("ran build site\n", first.out());
        assertTrue(first.err().startsWith("dozaban: recording the loaded classes in ") && first.err().endsWith(
                "(once per jar)...\n"), first.err());
        assertTrue(Files.size(archive) > 0);

        assertEquals("shared objects file", sourceOfHello("check"));
        assertEquals(new Result(0, "ran check\n", ""), run("check"));
    }

    @Test
    void aBuildAfterAnOptionIsABuild() throws Exception {
        Result result = run("--debug", "build");
        assertEquals(0, result.exit());
        assertTrue(result.err().startsWith("dozaban: recording the loaded classes"), result.err());
    }

    @Test
    void otherCommandsNeitherRecordNorNeedAnArchive() throws Exception {
        assertEquals(new Result(0, "ran --version\n", ""), run("--version"));
        assertFalse(Files.exists(archive));
        assertTrue(sourceOfHello("check").startsWith("file:"));
    }

    @Test
    void aBuildThatOnlyPrintsHelpOrTheVersionRecordsNoArchive() throws Exception {
        for (List<String> args : List.of(List.of("build", "--help"), List.of("build", "-h"), List.of("build", "-qh"),
                List.of("build", "--out", "x", "-V"), List.of("build", "--version"))) {
            Result result = run(args.toArray(String[]::new));
            assertEquals(new Result(0, "ran " + String.join(" ", args) + "\n", ""), result, args.toString());
            assertFalse(Files.exists(archive), args.toString());
        }
        assertTrue(run("build", "-q", "--out=-h").err().startsWith("dozaban: recording the loaded classes"),
                "a quiet build, and a value that merely looks like an option, still record");
        assertTrue(Files.exists(archive));
    }

    @Test
    void aFailedBuildKeepsItsExitCodeAndLeavesNoArchive() throws Exception {
        assertEquals(new Result(1, "ran build fail\n", ""), run("build", "fail"));
        assertEquals(List.of("dozaban.jar"), filesIn(project.resolve("target")));
    }

    @Test
    void aChangedJarGetsANewArchive() throws Exception {
        run("build");
        FileTime built = Files.getLastModifiedTime(jar);
        Files.setLastModifiedTime(archive, FileTime.from(built.toInstant().minusSeconds(5)));

        assertEquals(new Result(0, "ran check\n", ""), run("check"));
        assertTrue(sourceOfHello("check").startsWith("file:"), "an archive older than the jar is not used");
        assertEquals("ran build\n", run("build").out());
        assertTrue(Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) >= 0);
        assertEquals("shared objects file", sourceOfHello("check"));
    }

    @Test
    void aDamagedArchiveIsPassedOverSilently() throws Exception {
        run("build");
        Files.writeString(archive, "not an archive");
        Files.setLastModifiedTime(archive, FileTime.from(Instant.now().plusSeconds(5)));

        assertEquals(new Result(0, "ran check\n", ""), run("check"));
    }

    @Test
    void onlyABuildOfALargeArchiveThatRendersEverythingAndServeUseTheOptimizingCompilerAndTheSerialCollector()
            throws Exception {
        Path large = Files.createDirectories(project.resolve("large/en"));
        for (int i = 0; i < 3000; i++) {
            Files.writeString(large.resolve("a" + i + ".md"), "");
        }
        Path small = Files.createDirectories(project.resolve("small/en"));
        Files.writeString(small.resolve("a.md"), "");
        String optimizing = "[-XX:+UseSerialGC, -XX:+TieredCompilation, -XX:FreqInlineSize=100, -XX:InlineSmallCode=1000]";
        String quick = "[-XX:+UseParallelGC, -XX:-UseAdaptiveSizePolicy, -XX:MaxTenuringThreshold=0, -XX:TieredStopAtLevel=1, "
                + "-XX:Tier3BackEdgeThreshold=2000, -XX:Tier3InvocationThreshold=40, -XX:Tier3MinInvocationThreshold=20, "
                + "-XX:Tier3CompileThreshold=400"
                + (Runtime.getRuntime().availableProcessors() <= 2 ? ", -XX:CICompilerCount=1]" : "]");

        assertEquals(optimizing, compiler("build", "--content", "large", "--out", "out/site"), "no build state yet");
        assertEquals(optimizing, compiler("--debug", "build", "--content", "large", "--out", "out/site"),
                "an option before the command");
        assertEquals(quick, compiler("build", "--content", "small", "--out", "out/site"), "a small site");
        Files.createDirectories(project.resolve("out/.dozaban-cache"));
        Files.writeString(project.resolve("out/.dozaban-cache/site.state"), "");
        Files.setLastModifiedTime(project.resolve("out/.dozaban-cache/site.state"),
                FileTime.from(Files.getLastModifiedTime(jar).toInstant().plusSeconds(5)));
        assertEquals(quick, compiler("build", "--content=large", "--out=out/site/"), "a rebuild");
        Files.setLastModifiedTime(project.resolve("out/.dozaban-cache/site.state"),
                FileTime.from(Files.getLastModifiedTime(jar).toInstant().minusSeconds(5)));
        assertEquals(optimizing, compiler("build", "--content", "large", "--out", "out/site"),
                "a state written before the jar was built: every page is rendered again");
        Files.setLastModifiedTime(project.resolve("out/.dozaban-cache/site.state"),
                FileTime.from(Files.getLastModifiedTime(jar).toInstant().plusSeconds(5)));
        assertEquals(optimizing, compiler("build", "--clean", "--content", "large", "--out", "out/site"));
        assertEquals(quick, compiler("build", "--clean", "--content", "small", "--out", "out/site"));
        Files.createDirectories(project.resolve("content/en"));
        Files.move(large, project.resolve("content/en"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(optimizing, compiler("build"), "the default folders, site/ without build state");
        assertEquals(optimizing, compiler("serve"));
        assertEquals(quick, compiler("check"));
    }

    /** The compiler and collector options the launcher gave the JVM for {@code args}. */
    private String compiler(String... args) throws Exception {
        List<String> withMarker = new ArrayList<>(List.of(args));
        withMarker.add("compiler");
        Result result = run(withMarker.toArray(String[]::new));
        assertEquals(0, result.exit(), result.err());
        return result.out().lines().skip(1).findFirst().orElseThrow();
    }

    /** Where the JVM took the class {@code Hello} from when the launcher ran {@code command}. */
    private String sourceOfHello(String command) throws Exception {
        Path log = project.resolve("classes.log");
        Files.deleteIfExists(log);
        run(Map.of("JDK_JAVA_OPTIONS", "-Xlog:class+load=info:file=" + log), command);
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(line -> line.contains(" Hello source: ")).findFirst()
                    .map(line -> line.substring(line.indexOf(" Hello source: ") + " Hello source: ".length()))
                    .orElseThrow();
        }
    }

    private Result run(String... args) throws Exception {
        return run(Map.of(), args);
    }

    private Result run(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", project.resolve("dozaban").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile());
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), out, err);
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
