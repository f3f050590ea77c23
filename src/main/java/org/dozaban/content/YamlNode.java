package org.dozaban.content;

import java.util.List;
import java.util.Optional;

/**
 * A YAML value with the place it was written, so that validation errors can point at it.
 * Only what content files need: text, lists and mappings with text keys.
 */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

    Place place();

    /** How the value reads in an error message: "text", "a list", "a mapping". */
    String kind();

    /**
     * A plain or quoted scalar.
     *
     * @param value the text as written, unquoted
     * @param type  the resolved YAML type: "str", "null", "bool", "int", "float"
     */
    record Scalar(String value, String type, Place place) implements YamlNode {

        boolean isNull() {
            return type.equals("null");
        }

        boolean isBool() {
            return type.equals("bool");
        }

        @Override
        public String kind() {
            return isNull() ? "empty" : "text";
        }
    }

    /** A block or flow list. */
    record Sequence(List<YamlNode> items, Place place) implements YamlNode {

        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    /** One {@code key: value} of a mapping. */
    record Entry(Scalar key, YamlNode value) {

        String name() {
            return key.value();
        }
    }

    /** A mapping with text keys, in the order written; keys are unique (the parser reports repeats). */
    record Mapping(List<Entry> entries, Place place) implements YamlNode {

        public Mapping {
            entries = List.copyOf(entries);
        }

        Optional<Entry> get(String key) {
            return entries.stream().filter(e -> e.name().equals(key)).findFirst();
        }

        @Override
        public String kind() {
            return "a mapping";
        }
    }
}
