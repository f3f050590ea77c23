package org.dozaban.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A whole file of YAML, such as {@code site.yaml}, read with positions. */
final class YamlFile {

    private YamlFile() {
    }

    /**
     * The file's root mapping, or empty after reporting why there is none: the file is missing
     * (reported as {@code whatItIs} is missing), not UTF-8, not YAML, or not a mapping. Hints show
     * {@code example}.
     */
    static Optional<YamlNode.Mapping> readMapping(Path file, String whatItIs, String example, Problems problems)
            throws IOException {
        return readMapping(file, whatItIs, example, Yaml.MAX_LENGTH, problems);
    }

    /** {@link #readMapping(Path, String, String, Problems)} for a file of up to {@code maxLength} characters. */
    static Optional<YamlNode.Mapping> readMapping(Path file, String whatItIs, String example, int maxLength,
                                                  Problems problems) throws IOException {
        if (!Files.isRegularFile(file)) {
            problems.add(file, Place.FILE, whatItIs + " is missing", "create it, for example with: " + example);
            return Optional.empty();
        }
        return TextFile.read(file, problems)
                .flatMap(text -> Yaml.parse(file, text, 1, maxLength, problems))
                .flatMap(root -> new YamlFields(file, problems).mapping(root, "the file", example));
    }
}
