package org.dozaban.content;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses YAML text into {@link YamlNode}s that keep their file position. Works on SnakeYAML's node
 * graph rather than on constructed Java objects, because constructed values forget where they came from.
 * Syntax errors, repeated keys and non-text keys become problems.
 */
final class Yaml {

    /** Deeper nesting than this is never content. */
    private static final int MAX_DEPTH = 20;

    /** A YAML file longer than this, in characters, is not a content file. */
    static final int MAX_LENGTH = 2_000_000;

    private final Path file;
    private final int firstLine;
    private final Problems problems;

    private final int maxLength;

    private Yaml(Path file, int firstLine, int maxLength, Problems problems) {
        this.maxLength = maxLength;
        this.file = file;
        this.firstLine = firstLine;
        this.problems = problems;
    }

    /**
     * Parses one YAML document.
     *
     * @param text      the YAML text
     * @param firstLine the 1-based file line {@code text} starts on (front matter starts below its {@code ---})
     * @return the root node (an empty mapping for an empty document), or empty after a syntax error
     */
    static Optional<YamlNode> parse(Path file, String text, int firstLine, Problems problems) {
        return new Yaml(file, firstLine, MAX_LENGTH, problems).parse(text);
    }

    /** {@link #parse(Path, String, int, Problems)} for a file that may be longer: one that grows with the archive. */
    static Optional<YamlNode> parse(Path file, String text, int firstLine, int maxLength, Problems problems) {
        return new Yaml(file, firstLine, maxLength, problems).parse(text);
    }

    private Optional<YamlNode> parse(String text) {
        if (!YamlText.isAcceptable(file, text, firstLine, maxLength, problems)) {
            return Optional.empty();
        }
        LoadSettings settings = LoadSettings.builder().setLabel(file.toString())
                // lists and mappings as keys are parsed, to be reported with their place
                .setCodePointLimit(Integer.MAX_VALUE).setMaxAliasesForCollections(0)
                .setAllowRecursiveKeys(false).setAllowNonScalarKeys(true).build();
        try {
            if (!isShallow(text, settings)) {
                return Optional.empty();
            }
            Optional<Node> root = new Compose(settings).composeString(text);
            return Optional.of(root.map(node -> convert(node, 0))
                    .orElseGet(() -> new YamlNode.Mapping(List.of(), new Place(firstLine, 1))));
        } catch (MarkedYamlEngineException e) {
            YamlSyntax.report(e, text.codePointCount(0, text.length()), this::place, new YamlFields(file, problems));
        } catch (YamlEngineException e) {
            problems.add(file, Place.FILE, "invalid YAML: " + e.getMessage(), "check the indentation and quoting");
        }
        return Optional.empty();
    }

    /**
     * Walks the parser's events, which keep no recursion, before building nodes, which do: deep
     * nesting, aliases (which can multiply a small file into a huge one) and a second document are
     * reported with their place.
     */
    private boolean isShallow(String text, LoadSettings settings) {
        int depth = 0;
        int documents = 0;
        for (Event event : new Parse(settings).parseString(text)) {
            Place at = event.getStartMark().map(this::place).orElse(Place.FILE);
            switch (event.getEventId()) {
                case MappingStart, SequenceStart -> {
                    if (++depth > MAX_DEPTH) {
                        problems.add(file, at, "YAML nested too deeply", "content files need at most two levels");
                        return false;
                    }
                }
                case MappingEnd, SequenceEnd -> depth--;
                case Alias -> {
                    problems.add(file, at, "YAML aliases (*name) are not allowed",
                            "write the value out in full; quote a text that starts with *");
                    return false;
                }
                case DocumentStart -> {
                    if (++documents > 1) {
                        problems.add(file, at, "a second YAML document starts here",
                                "a file holds one document: remove this \"---\" line and what follows,"
                                        + " or join it to the first");
                        return false;
                    }
                }
                default -> {
                }
            }
        }
        return true;
    }

    private Place place(Mark mark) {
        return new Place(firstLine + mark.getLine(), mark.getColumn() + 1);
    }

    private YamlNode convert(Node node, int depth) {
        Place place = node.getStartMark().map(this::place).orElse(Place.FILE);
        if (depth > MAX_DEPTH) {
            problems.add(file, place, "YAML nested too deeply", "content files need at most two levels");
            return new YamlNode.Scalar("", "null", place);
        }
        if (node instanceof MappingNode mapping) {
            return mapping(mapping, place, depth);
        }
        if (node instanceof SequenceNode sequence) {
            List<YamlNode> items = new ArrayList<>();
            sequence.getValue().forEach(item -> items.add(convert(item, depth + 1)));
            return new YamlNode.Sequence(items, place);
        }
        return scalar((ScalarNode) node, place);
    }

    private YamlNode.Mapping mapping(MappingNode node, Place place, int depth) {
        List<YamlNode.Entry> entries = new ArrayList<>();
        Map<String, Place> seen = new HashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            YamlNode key = convert(tuple.getKeyNode(), depth + 1);
            if (!(key instanceof YamlNode.Scalar text) || text.isNull()) {
                problems.add(file, key.place(), "a key must be plain text, not " + key.kind(),
                        "write keys as \"name: value\"");
                continue;
            }
            Place first = seen.putIfAbsent(text.value(), text.place());
            if (first != null) {
                problems.add(file, text.place(), "key \"" + text.value() + "\" appears twice",
                        "it was first given on line " + first.line() + "; keep only one of them");
                continue;
            }
            entries.add(new YamlNode.Entry(text, convert(tuple.getValueNode(), depth + 1)));
        }
        return new YamlNode.Mapping(entries, place);
    }

    private static YamlNode.Scalar scalar(ScalarNode node, Place place) {
        String tag = node.getTag().getValue();
        String type = tag.startsWith(Tag.PREFIX) ? tag.substring(Tag.PREFIX.length()) : "str";
        return new YamlNode.Scalar(node.getValue(), type, place);
    }
}
