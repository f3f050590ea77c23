package org.dozaban.html;

/** The intrinsic size of an image file, in pixels. */
public record ImageSize(int width, int height) {
}
