package org.dozaban.lint;

import org.dozaban.content.Problem;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every Persian rule against its examples in {@code lint/fa-examples.yaml}: each "must" line is
 * reported by the rule and its fixes give the expected line; each "mustNot" line is not reported.
 */
class RuleExamplesTest {

    private static final Path FILE = Path.of("content/fa/example.md");

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, List<Object>>> examples() throws IOException {
        String text = Files.readString(Path.of("src/test/resources/lint/fa-examples.yaml"));
        return (Map<String, Map<String, List<Object>>>) new Load(LoadSettings.builder().build()).loadFromString(text);
    }

    @Test
    void everyRuleHasExamplesBothWays() throws IOException {
        Map<String, Map<String, List<Object>>> examples = examples();
        for (Rule rule : RuleSet.forLanguage("fa").rules()) {
            Map<String, List<Object>> ofRule = examples.get(rule.id());
            assertTrue(ofRule != null && !ofRule.getOrDefault("must", List.of()).isEmpty()
                    && !ofRule.getOrDefault("mustNot", List.of()).isEmpty(), rule.id() + " needs must and mustNot");
        }
        assertEquals(RuleSet.knownIds(), new java.util.TreeSet<>(examples.keySet()), "examples of unknown rules");
    }

    @TestFactory
    Stream<DynamicTest> rulesFindAndFixTheirExamples() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        examples().forEach((rule, byKind) -> {
            for (Object item : byKind.getOrDefault("must", List.of())) {
                Map<?, ?> example = (Map<?, ?>) item;
                String text = (String) example.get("text");
                tests.add(DynamicTest.dynamicTest(rule + " must: " + text, () -> {
                    boolean frontMatter = Boolean.TRUE.equals(example.get("frontMatter"));
                    String file = article(text, frontMatter);
                    List<Problem> found = found(rule, file);
                    assertFalse(found.isEmpty(), rule + " missed: " + text);
                    String fixed = Fixer.apply(file, found).text();
                    assertEquals(article((String) example.get("fixed"), frontMatter), fixed);
                }));
            }
            for (Object item : byKind.getOrDefault("mustNot", List.of())) {
                String text = item instanceof Map<?, ?> map ? (String) map.get("text") : (String) item;
                boolean frontMatter = item instanceof Map<?, ?> map && Boolean.TRUE.equals(map.get("frontMatter"));
                tests.add(DynamicTest.dynamicTest(rule + " must not: " + text, () ->
                        assertEquals(List.of(), found(rule, article(text, frontMatter)), text)));
            }
        });
        return tests.stream();
    }

    /** An article with {@code line} as its body, or as a line of its front matter. */
    private static String article(String line, boolean frontMatter) {
        return frontMatter ? "---\n" + line + "\ndate: 2014-06-17\n---\n\nمتن\n"
                : "---\ntitle: عنوان\n---\n\n" + line + "\n";
    }

    private static List<Problem> found(String rule, String file) {
        return Linter.forLanguage("fa").lint(FILE, file).stream().filter(p -> p.rule().equals(rule)).toList();
    }
}
