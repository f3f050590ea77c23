package org.dozaban.render;

import org.dozaban.html.ImageSize;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The size an SVG file declares: its root's {@code width} and {@code height} in pixels, else its {@code viewBox}. */
final class SvgSize {

    private SvgSize() {
    }

    static Optional<ImageSize> read(Path file) {
        Document svg;
        try {
            svg = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), "", Parser.xmlParser());
        } catch (IOException e) {
            return Optional.empty();
        }
        Element root = svg.selectFirst("svg");
        if (root == null) {
            return Optional.empty();
        }
        Optional<Integer> width = pixels(root.attr("width"));
        Optional<Integer> height = pixels(root.attr("height"));
        if (width.isPresent() && height.isPresent()) {
            return Optional.of(new ImageSize(width.get(), height.get()));
        }
        String[] box = root.attr("viewBox").strip().split("[\\s,]+");
        if (box.length == 4) {
            Optional<Integer> w = pixels(box[2]);
            Optional<Integer> h = pixels(box[3]);
            if (w.isPresent() && h.isPresent()) {
                return Optional.of(new ImageSize(w.get(), h.get()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> pixels(String value) {
        String number = value.strip().replaceFirst("px$", "");
        try {
            long rounded = Math.round(Double.parseDouble(number));
            return rounded > 0 && rounded < 100_000 ? Optional.of((int) rounded) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
