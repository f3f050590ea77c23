/**
 * Problem reports for people and machines: plain text, GitHub Actions workflow commands (line
 * annotations on a pull request) and a documented JSON schema.
 */
package org.dozaban.report;
