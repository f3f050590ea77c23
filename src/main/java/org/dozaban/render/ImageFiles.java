package org.dozaban.render;

import org.dozaban.html.ImageSize;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sizes of image files, read from their headers through ImageIO (with the TwelveMonkeys JPEG and WebP
 * readers), once per file and render. SVG is read from its {@code width}/{@code height} or
 * {@code viewBox}.
 */
final class ImageFiles {

    private final Map<Path, Optional<ImageSize>> sizes = new ConcurrentHashMap<>();

    /** The size of the image in {@code file}, or empty when no reader knows its format. */
    Optional<ImageSize> size(Path file) {
        return sizes.computeIfAbsent(file, ImageFiles::read);
    }

    private static Optional<ImageSize> read(Path file) {
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
            return SvgSize.read(file);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new ImageSize(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            if (!java.nio.file.Files.isReadable(file)) {
                throw new UncheckedIOException(e);
            }
            return Optional.empty();
        }
    }
}
