package org.dozaban.publish;

import org.dozaban.content.ContentException;
import org.dozaban.content.Problem;
import org.dozaban.content.SiteConfig;

import java.nio.file.Files;
import java.nio.file.Path;

/** The preview image {@code site.yaml} names is one of the template assets the site publishes. */
public final class PreviewImage {

    private PreviewImage() {
    }

    /**
     * @param templatesDir the template folder, whose {@code assets/} are published under {@code assets/}
     * @throws ContentException when {@code image:} names a file that is not there
     */
    public static void check(SiteConfig config, Path templatesDir) throws ContentException {
        String image = config.image();
        if (image != null && !Files.isRegularFile(templatesDir.resolve(image))) {
            throw new ContentException(new Problem(templatesDir.resolve(image), 0, 0,
                    "the preview image that site.yaml names does not exist",
                    "put the image in " + templatesDir.resolve("assets") + "/ or change \"image\" in site.yaml"));
        }
    }
}
