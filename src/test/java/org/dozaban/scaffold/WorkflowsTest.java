package org.dozaban.scaffold;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The GitHub workflows of this repository and of archives made by {@code init}: valid YAML in the
 * structure GitHub Actions reads (keys it knows, jobs with steps, each step one action pinned to a
 * major version or one command, known job dependencies, closed expressions), and the duties each has:
 * a pull request is checked with annotations and its site attached; main is published with Pages.
 */
class WorkflowsTest {

    private static final List<Path> FOLDERS = List.of(Path.of(".github/workflows"),
            Path.of("src/main/resources/org/dozaban/scaffold/archive/_github/workflows"));
    private static final Set<String> TOP_KEYS = Set.of("name", "run-name", "on", "permissions", "env", "defaults",
            "concurrency", "jobs");
    private static final Set<String> JOB_KEYS = Set.of("name", "runs-on", "container", "steps", "needs", "environment",
            "permissions", "if", "env", "concurrency", "timeout-minutes", "strategy", "outputs", "defaults");
    private static final Set<String> STEP_KEYS = Set.of("name", "id", "uses", "run", "with", "env", "if", "shell",
            "working-directory", "continue-on-error", "timeout-minutes");
    private static final Pattern ACTION = Pattern.compile("[\\w.-]+/[\\w./-]+@v\\d+");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{(.*?)}}");

    static List<Path> workflows() throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path folder : FOLDERS) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(f -> f.toString().endsWith(".yml")).sorted().forEach(all::add);
            }
        }
        return all;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(Path file) throws IOException {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workflows")
    @SuppressWarnings("unchecked")
    void hasTheStructureGithubActionsReads(Path file) throws IOException {
        Map<String, Object> workflow = read(file);
        assertTrue(TOP_KEYS.containsAll(workflow.keySet()), "unknown keys in " + workflow.keySet());
        assertTrue(workflow.get("name") instanceof String, "name");
        assertTrue(workflow.get("on") instanceof Map<?, ?>, "on");
        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        assertFalse(jobs.isEmpty(), "jobs");
        for (Map.Entry<String, Object> entry : jobs.entrySet()) {
            String job = entry.getKey();
            Map<String, Object> body = (Map<String, Object>) entry.getValue();
            assertTrue(JOB_KEYS.containsAll(body.keySet()), job + ": unknown keys in " + body.keySet());
            assertTrue(body.get("runs-on") instanceof String, job + ": runs-on");
            if (body.containsKey("needs")) {
                assertTrue(jobs.containsKey(body.get("needs")), job + ": needs an unknown job " + body.get("needs"));
            }
            List<Map<String, Object>> steps = (List<Map<String, Object>>) body.get("steps");
            assertFalse(steps.isEmpty(), job + ": steps");
            for (Map<String, Object> step : steps) {
                assertTrue(STEP_KEYS.containsAll(step.keySet()), job + ": unknown step keys in " + step.keySet());
                assertTrue(step.containsKey("uses") ^ step.containsKey("run"), job + ": a step needs uses or run: " + step);
                if (step.containsKey("uses")) {
                    assertTrue(ACTION.matcher((String) step.get("uses")).matches(), "unpinned " + step.get("uses"));
                } else {
                    assertTrue(step.get("run") instanceof String, job + ": run is text");
                }
            }
        }
        String text = Files.readString(file);
        assertEquals(count(text, "${{"), count(text, "}}"), "unclosed expression");
        Matcher expressions = EXPRESSION.matcher(text);
        while (expressions.find()) {
            assertFalse(expressions.group(1).isBlank(), "empty expression");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workflows")
    @SuppressWarnings("unchecked")
    void doesItsDuty(Path file) throws IOException {
        Map<String, Object> workflow = read(file);
        Map<String, Object> on = (Map<String, Object>) workflow.get("on");
        String text = Files.readString(file);
        List<String> uses = new ArrayList<>();
        List<String> runs = new ArrayList<>();
        ((Map<String, Object>) workflow.get("jobs")).values().forEach(job ->
                ((List<Map<String, Object>>) ((Map<String, Object>) job).get("steps")).forEach(step -> {
                    if (step.containsKey("uses")) {
                        uses.add(((String) step.get("uses")).replaceFirst("@.*", ""));
                    } else {
                        runs.add((String) step.get("run"));
                    }
                }));
        if (file.getFileName().toString().equals("pull-request.yml")) {
            assertTrue(on.containsKey("pull_request"), "runs on pull requests");
            assertTrue(runs.stream().anyMatch(r -> r.contains(" check --format github")), "check with annotations");
            assertTrue(runs.stream().anyMatch(r -> r.contains(" build --out \"$RUNNER_TEMP/")), "build to a temp folder");
            assertTrue(uses.contains("actions/upload-artifact"), "attach the built site");
        } else {
            assertEquals("publish.yml", file.getFileName().toString());
            Map<String, Object> push = (Map<String, Object>) on.get("push");
            assertEquals(List.of("main"), push.get("branches"));
            assertTrue(uses.containsAll(List.of("actions/configure-pages", "actions/upload-pages-artifact",
                    "actions/deploy-pages")), "publish with the GitHub Pages actions: " + uses);
            Map<String, Object> permissions = (Map<String, Object>) workflow.get("permissions");
            assertEquals("write", permissions.get("pages"));
            assertEquals("write", permissions.get("id-token"));
            assertTrue(text.contains("github-pages"), "the github-pages environment");
        }
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
