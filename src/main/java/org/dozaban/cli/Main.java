package org.dozaban.cli;

/** Entry point placeholder while the CLI is written. */
public final class Main {
    public static void main(String[] args) {
    }
}
