package org.dozaban.html;

import java.util.Optional;

/** Looks up the size of the image an article's {@code img src} names; empty for remote or unknown images. */
@FunctionalInterface
public interface ImageSizes {

    /** No image is known. */
    ImageSizes NONE = src -> Optional.empty();

    Optional<ImageSize> of(String src);
}
