package org.dozaban.lint;

import org.dozaban.content.Problem;
import org.dozaban.content.Severity;
import org.dozaban.content.Suggestions;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@code lint:} mapping of {@code site.yaml}: a rule id to {@code off}, {@code warning} or
 * {@code error}. Rules not named stay warnings. A site.yaml that cannot be read at all gives the
 * defaults: the content loader reports why.
 *
 * @param levels   the level set for each named rule
 * @param problems errors in the mapping itself: unknown rules, unknown levels
 */
public record LintSettings(Map<String, Level> levels, List<Problem> problems) {

    /** What a rule's findings become. */
    public enum Level { OFF, WARNING, ERROR }

    /** Every rule a warning. */
    public static final LintSettings DEFAULTS = new LintSettings(Map.of(), List.of());

    private static final List<String> LEVELS = List.of("off", "warning", "error");

    public LintSettings {
        levels = Map.copyOf(levels);
        problems = List.copyOf(problems);
    }

    /** The settings in {@code siteYaml}; the defaults when it is missing or not readable YAML. */
    public static LintSettings read(Path siteYaml) throws IOException {
        if (!Files.isRegularFile(siteYaml)) {
            return DEFAULTS;
        }
        Optional<Node> root;
        try {
            String text = Files.readString(siteYaml);
            root = new Compose(LoadSettings.builder().setLabel(siteYaml.toString()).build()).composeString(text);
        } catch (CharacterCodingException | YamlEngineException e) {
            return DEFAULTS;
        }
        if (root.isEmpty() || !(root.get() instanceof MappingNode mapping)) {
            return DEFAULTS;
        }
        for (NodeTuple entry : mapping.getValue()) {
            if (entry.getKeyNode() instanceof ScalarNode key && key.getValue().equals("lint")) {
                return parse(siteYaml, entry.getValueNode());
            }
        }
        return DEFAULTS;
    }

    private static LintSettings parse(Path file, Node node) {
        Map<String, Level> levels = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        if (!(node instanceof MappingNode mapping)) {
            problems.add(problem(file, node, "\"lint\" is not a mapping",
                    "name rules and their levels, for example: lint: {latin-digits: off, arabic-letters: error}"));
            return new LintSettings(levels, problems);
        }
        List<String> known = List.copyOf(RuleSet.knownIds());
        for (NodeTuple entry : mapping.getValue()) {
            String rule = entry.getKeyNode() instanceof ScalarNode key ? key.getValue() : "";
            String level = entry.getValueNode() instanceof ScalarNode value ? value.getValue() : "";
            if (!known.contains(rule)) {
                problems.add(problem(file, entry.getKeyNode(), "unknown lint rule \"" + rule + "\"",
                        Suggestions.hint(rule, known, "lint rules")));
            } else if (!LEVELS.contains(level)) {
                problems.add(problem(file, entry.getValueNode(), "unknown lint level \"" + level + "\"",
                        "write one of: " + String.join(", ", LEVELS)));
            } else {
                levels.put(rule, Level.valueOf(level.toUpperCase(Locale.ROOT)));
            }
        }
        return new LintSettings(levels, problems);
    }

    private static Problem problem(Path file, Node node, String message, String hint) {
        Optional<Mark> mark = node.getStartMark();
        return new Problem(file, mark.map(m -> m.getLine() + 1).orElse(0), mark.map(m -> m.getColumn() + 1).orElse(0),
                message, hint);
    }

    /** {@code found} with each rule's level applied: problems of rules turned off dropped. */
    public List<Problem> apply(List<Problem> found) {
        List<Problem> kept = new ArrayList<>();
        for (Problem problem : found) {
            switch (levels.getOrDefault(problem.rule(), Level.WARNING)) {
                case OFF -> { }
                case WARNING -> kept.add(problem);
                case ERROR -> kept.add(problem.withSeverity(Severity.ERROR));
            }
        }
        return kept;
    }
}
