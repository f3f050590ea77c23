package org.dozaban.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The folder options shared by commands that read content and templates. */
final class SiteOptions {

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "Template folder (default: ${DEFAULT-VALUE}).")
    Path templates;
}
