package org.dozaban.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Generators of hostile text: words in several scripts, bidi and zero-width controls, Markdown and
 * YAML punctuation, and mutations of valid text (truncation, byte flips, inserted nesting, huge lines).
 */
final class Mutations {

    /** Words that must survive rendering, in Latin, Persian, Arabic, Cyrillic, Greek and Han script. */
    static final List<String> WORDS = List.of("alpha", "bravo", "charlie", "ایران", "می\u200cروم", "عراق",
            "العربية", "Ирак", "Ελλάδα", "中文", "delta42", "echo");

    static final List<String> CONTROLS = List.of("\u202e", "\u202c", "\u2066", "\u2069", "\u200f", "\u200e",
            "\u200b", "\u200d", "\u0000", "\u001b", "\u0007", "\u0085", "\u00a0", "\ufeff", "\t", "\r");

    private Mutations() {
    }

    static Arbitrary<String> word() {
        return Arbitraries.of(WORDS);
    }

    /** One of the mutations, applied to {@code text}. */
    static Arbitrary<byte[]> mutated(Arbitrary<String> texts) {
        Arbitrary<byte[]> bytes = texts.map(t -> t.getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(
                bytes,
                Combinators.combine(bytes, Arbitraries.doubles().between(0, 1)).as(Mutations::truncate),
                Combinators.combine(bytes, Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 255))
                        .as(Mutations::flip),
                Combinators.combine(bytes, Arbitraries.integers().between(0, 10_000), nesting())
                        .as(Mutations::insert),
                Combinators.combine(bytes, Arbitraries.integers().between(0, 10_000), Arbitraries.of(CONTROLS)
                        .map(c -> c.getBytes(StandardCharsets.UTF_8))).as(Mutations::insert));
    }

    /** Deeply nested or very long runs of Markdown and YAML structure. */
    static Arbitrary<byte[]> nesting() {
        return Combinators.combine(Arbitraries.of("[", "{", ">", "> ", "- ", "  - ", "*", "_", "1. ", "<b>", "<div>",
                        "`", "\"", "'", "&a ", "*a ", "? ", ": ", "\n", "word "),
                        Arbitraries.integers().between(1, 5000))
                .as((unit, times) -> unit.repeat(times).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] truncate(byte[] bytes, double at) {
        return java.util.Arrays.copyOf(bytes, (int) (bytes.length * at));
    }

    private static byte[] flip(byte[] bytes, int at, int value) {
        if (bytes.length == 0) {
            return bytes;
        }
        byte[] copy = bytes.clone();
        copy[at % copy.length] = (byte) value;
        return copy;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        int where = bytes.length == 0 ? 0 : at % (bytes.length + 1);
        byte[] out = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, out, 0, where);
        System.arraycopy(inserted, 0, out, where, inserted.length);
        System.arraycopy(bytes, where, out, where + inserted.length, bytes.length - where);
        return out;
    }
}
