package org.dozaban.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Reads the version Maven wrote into {@code version.properties}. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties props = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/org/dozaban/version.properties")) {
            if (in != null) {
                props.load(in);
            }
        }
        return new String[] {"dozaban " + props.getProperty("version", "unknown")};
    }
}
